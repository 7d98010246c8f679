"""The SSH preferences: serve keys to SSH, on which socket, asking before each use."""

from pathlib import Path

from keyfold.core.ssh.agent_socket import default_socket_path
from keyfold.gui.base.settings import GuiSettings

SERVE_KEY = "ssh/serve"
SOCKET_KEY = "ssh/socket"
CONFIRM_KEY = "ssh/confirm_each_use"


class SshSettings:
    """Typed SSH settings in the GUI's settings file."""

    def __init__(self, settings: GuiSettings) -> None:
        self._settings = settings

    @property
    def serve(self) -> bool:
        return _flag(self._settings.value(SERVE_KEY, False))

    @serve.setter
    def serve(self, value: bool) -> None:
        self._settings.set_value(SERVE_KEY, bool(value))

    @property
    def socket_path(self) -> Path:
        raw = str(self._settings.value(SOCKET_KEY, "") or "")
        return Path(raw).expanduser() if raw.strip() else default_socket_path()

    @socket_path.setter
    def socket_path(self, path: Path) -> None:
        self._settings.set_value(SOCKET_KEY, str(path))

    @property
    def confirm_each_use(self) -> bool:
        return _flag(self._settings.value(CONFIRM_KEY, False))

    @confirm_each_use.setter
    def confirm_each_use(self, value: bool) -> None:
        self._settings.set_value(CONFIRM_KEY, bool(value))


def _flag(raw: object) -> bool:
    # QSettings' INI files give booleans back as the strings "true"/"false".
    return raw is True or str(raw).lower() == "true"


def shell_line(path: Path) -> str:
    return f"export SSH_AUTH_SOCK={path}"


def ssh_config_lines(path: Path) -> str:
    return f"Host *\n    IdentityAgent {path}"
