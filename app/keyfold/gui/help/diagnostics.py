"""What "Copy diagnostics" copies: versions, platform, keychain backend and folders.

Nothing from the vault's contents: no key ids, names, passphrases or paths of
signed files, so it can be pasted into a public problem report.
"""

import platform
import sys

import PySide6
from PySide6.QtCore import QLocale, QUrl, qVersion
from PySide6.QtGui import QGuiApplication

from keyfold import __version__, logs
from keyfold.controller import Controller
from keyfold.gui.base.resource_paths import resources_dir

GUIDE_URL = "https://keyfold.io/guide"


def diagnostics(controller: Controller) -> str:
    status = controller.vault.backend_status
    keychain = status.keychain_name if status.keychain_available else "none"
    app = QGuiApplication.instance()
    platform_name = app.platformName() if isinstance(app, QGuiApplication) else "-"
    scheme = QGuiApplication.styleHints().colorScheme().name
    lines = (
        f"Keyfold {__version__}",
        f"Python {platform.python_version()} ({sys.implementation.name})",
        f"PySide6 {PySide6.__version__}, Qt {qVersion()}",
        f"Platform: {platform.platform()}; Qt platform {platform_name}; colour scheme {scheme}",
        f"Locale: {QLocale.system().name()}",
        f"Keychain: {keychain}; new keys go to {status.default_storage.value}",
        f"Keychain note: {status.reason}",
        f"Log folder: {logs.log_dir()}",
    )
    return "\n".join(lines) + "\n"


def guide_url() -> QUrl:
    """The checkout's docs/guide.md when run from source, else the guide's web page."""
    local = resources_dir().parent / "docs" / "guide.md"
    return QUrl.fromLocalFile(str(local)) if local.is_file() else QUrl(GUIDE_URL)
