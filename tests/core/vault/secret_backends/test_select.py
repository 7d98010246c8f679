"""Tests for keyfold.core.vault.secret_backends.select."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import PasswordSetError

from keyfold.core.vault.secret_backends import select_keychain
from keyfold.core.vault.secret_backends.select import is_real_keyring
from tests.conftest import require_tool
from tests.core.vault.support import env_without_dbus, require_secret_service

# Every KeyringBackend subclass registers itself with keyring; viable = False
# keeps these test doubles out of keyring's own choice for the whole session.


class _OnlyPlaceholders(chainer.ChainerBackend):
    viable = False
    backends = (fail.Keyring(), null.Keyring())  # type: ignore[assignment]


class _RefusesWrites(KeyringBackend):
    """What a locked login keyring looks like to keyring: present, then refusing."""

    viable = False
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("Prompt dismissed.")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordSetError("Prompt dismissed.")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), _OnlyPlaceholders()])
def test_placeholder_backends_mean_no_keychain(backend: KeyringBackend) -> None:
    assert not is_real_keyring(backend)
    choice = select_keychain(backend)
    assert choice.backend is None
    assert "No OS keychain" in choice.reason


def test_a_keychain_that_refuses_the_probe_is_not_used() -> None:
    choice = select_keychain(_RefusesWrites())
    assert choice.backend is None
    assert "refused a test write: Prompt dismissed." in choice.reason


def test_no_dbus_session_means_no_keychain(tmp_path: Path) -> None:
    script = (
        "from keyfold.core.vault.secret_backends import select_keychain\n"
        "choice = select_keychain()\n"
        "print(choice.backend is None, choice.name)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env_without_dbus(XDG_CONFIG_HOME=str(tmp_path)),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "True"


@pytest.mark.keychain
def test_the_real_secret_service_passes_the_probe() -> None:
    backend = require_secret_service()
    choice = select_keychain(backend)
    assert choice.backend is not None
    assert choice.backend.keyring is backend
    assert "OS keychain" in choice.reason


@pytest.mark.keychain
def test_a_locked_gnome_keyring_falls_back(tmp_path: Path) -> None:
    """The trap: a daemon started without --unlock reports SecretService, then refuses."""
    dbus_run_session = require_tool("dbus-run-session")
    require_tool("gnome-keyring-daemon")
    script = (
        "import keyring\n"
        "from keyfold.core.vault.secret_backends import select_keychain\n"
        "choice = select_keychain()\n"
        "print(type(keyring.get_keyring()).__module__)\n"
        "print(choice.backend is None)\n"
    )
    env = env_without_dbus(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("GNOME_KEYRING_CONTROL", None)
    result = subprocess.run(
        [
            dbus_run_session,
            "--",
            "bash",
            "-c",
            'gnome-keyring-daemon --start --components=secrets >/dev/null && exec "$@"',
            "locked",
            sys.executable,
            "-c",
            script,
        ],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["keyring.backends.SecretService", "True"]


_CHOSEN = (
    "import sys\n"
    "from keyfold.core.vault.secret_backends.select import platform_keyring\n"
    "backend = platform_keyring()\n"
    "print(type(backend).__module__, 'keyring.backends.macOS' in sys.modules)\n"
)


def _chosen(env: dict[str, str]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", _CHOSEN], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.keychain
def test_the_secret_service_is_built_directly_without_discovery() -> None:
    require_secret_service()
    env = {k: v for k, v in os.environ.items() if k != "XDG_CURRENT_DESKTOP"}
    # keyring's discovery would have imported the macOS backend to ask its priority.
    assert _chosen(env) == ["keyring.backends.SecretService", "False"]


@pytest.mark.keychain
def test_a_kde_desktop_leaves_the_choice_to_keyring(tmp_path: Path) -> None:
    require_secret_service()
    env = {**os.environ, "XDG_CURRENT_DESKTOP": "KDE", "XDG_CONFIG_HOME": str(tmp_path)}
    assert _chosen(env)[1] == "True"


def test_a_backend_the_user_chose_is_kept(tmp_path: Path) -> None:
    env = env_without_dbus(
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", XDG_CONFIG_HOME=str(tmp_path)
    )
    assert _chosen(env)[0] == "keyring.backends.null"
    config = tmp_path / "python_keyring"
    config.mkdir()
    (config / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring=keyring.backends.fail.Keyring\n"
    )
    env.pop("PYTHON_KEYRING_BACKEND")
    assert _chosen(env)[0] == "keyring.backends.fail"


def test_without_a_secret_service_the_answer_is_known_too(tmp_path: Path) -> None:
    # No D-Bus session and neither `dbus` (KWallet) nor `gi` (libsecret)
    # installed: discovery could only answer `fail`, so it is not run.
    assert _chosen(env_without_dbus(XDG_CONFIG_HOME=str(tmp_path))) == [
        "keyring.backends.fail",
        "False",
    ]


def test_without_a_secret_service_on_kde_keyring_discovers(tmp_path: Path) -> None:
    env = env_without_dbus(XDG_CONFIG_HOME=str(tmp_path), XDG_CURRENT_DESKTOP="KDE")
    assert _chosen(env) == ["keyring.backends.fail", "True"]
