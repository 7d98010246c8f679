"""The user's data and log folders: platformdirs' answer, without its import on Linux.

Importing platformdirs loads `tempfile` (with `shutil`, `random` and their
compression modules) for its runtime folder, a few milliseconds of every
keyfold-cli run that only needs two XDG paths. On desktop Linux with an
absolute HOME those two are worked out here, by platformdirs' own rules
(tests/core/test_user_dirs.py compares them under each XDG setting);
anywhere else (macOS, Windows, Android, the BSDs, an unusual HOME) the
answer is platformdirs' own.
"""

import os
import sys


def user_data_dir(app: str) -> str:
    """`platformdirs.user_data_dir(app)`: where a vault lives by default."""
    if not _plain_linux():
        import platformdirs

        return platformdirs.user_data_dir(app)
    return os.path.join(_xdg_home("XDG_DATA_HOME", "~/.local/share"), app)


def user_log_dir(app: str) -> str:
    """`platformdirs.user_log_dir(app, appauthor=False)`: the state folder's `log`."""
    if not _plain_linux():
        import platformdirs

        return platformdirs.user_log_dir(app, appauthor=False)
    return os.path.join(_xdg_home("XDG_STATE_HOME", "~/.local/state"), app, "log")


def _plain_linux() -> bool:
    # platformdirs' Unix class, with a HOME that os.path.expanduser uses as it
    # is (platformdirs looks a relative or missing HOME up in pwd instead).
    return (
        sys.platform == "linux"
        and not hasattr(sys, "getandroidapilevel")
        and "ANDROID_DATA" not in os.environ
        and os.path.isabs(os.environ.get("HOME", ""))
    )


def _xdg_home(variable: str, default: str) -> str:
    # An empty or relative XDG variable is ignored, as the XDG spec says.
    configured = os.environ.get(variable, "")
    return configured if os.path.isabs(configured) else os.path.expanduser(default)
