"""`keyfold [--vault DIR] [FILE...]`: start the desktop application."""

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from keyfold import __version__, logs
from keyfold.controller import Controller
from keyfold.core.errors import KeyfoldError
from keyfold.core.vault import default_vault_home
from keyfold.gui.base import crash
from keyfold.gui.base.appearance import apply_theme
from keyfold.gui.base.icons import app_icon
from keyfold.gui.base.identity import APP_ID
from keyfold.gui.base.resource_paths import resource
from keyfold.gui.base.settings import GuiSettings
from keyfold.gui.main_window import MainWindow
from keyfold.gui.open_files import absolute_paths, open_in_window, receive_files
from keyfold.gui.single_instance import InstanceServer, send_to_running, server_name

SMOKE_TEST_LINE = "keyfold: smoke test: main window shown"
logger = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    # Translated: main() installs the translators before it parses the arguments.
    parser = argparse.ArgumentParser(
        prog="keyfold", description=QCoreApplication.translate("App", "Keyfold key manager")
    )
    parser.add_argument("--version", action="version", version=f"keyfold {__version__}")
    parser.add_argument(
        "--vault", type=Path, help=QCoreApplication.translate("App", "the vault folder to open")
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=QCoreApplication.translate(
            "App", "show the main window, print one line and quit (checks a bundle starts)"
        ),
    )
    parser.add_argument(
        "files",
        nargs="*",
        help=QCoreApplication.translate(
            "App", "files to sign, signatures to check, backups to restore"
        ),
    )
    # Qt's own options (-platform, -style) are removed by QApplication first.
    return parser.parse_args(list(argv))


def configure_application(app: QCoreApplication) -> None:
    QCoreApplication.setOrganizationName("Keyfold")
    QCoreApplication.setOrganizationDomain("keyfold.io")
    QCoreApplication.setApplicationName("Keyfold")
    QCoreApplication.setApplicationVersion(__version__)
    if isinstance(app, QGuiApplication):
        QGuiApplication.setDesktopFileName(APP_ID)
        QGuiApplication.setApplicationDisplayName("Keyfold")
        QGuiApplication.setWindowIcon(app_icon())


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load `keyfold_<lang>.qm` and Qt's own `qtbase_<lang>.qm` for the locale, if present."""
    locale = locale if locale is not None else QLocale.system()
    sources = (
        ("keyfold", folder if folder is not None else resource("translations")),
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    )
    installed = []
    for name, directory in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(directory)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _single_instance(
    app: QApplication, vault: Path, files: list[Path], *, smoke_test: bool
) -> InstanceServer | None:
    """The server for later launches, or None when a running Keyfold took the files."""
    name = server_name(APP_ID, vault)
    # A smoke test must show its own window, never hand off to a running one.
    if not smoke_test and send_to_running(name, files):
        return None
    server = InstanceServer(name, app)
    if not server.listen() and not smoke_test and send_to_running(name, files):
        return None  # another instance started at the same moment and won
    return server


def _smoke_test(window: MainWindow, server: InstanceServer) -> None:
    shown = window.isVisible() and window.objectName() == "MainWindow"
    listening = "listening" if server.is_listening() else "not listening"
    print(f"{SMOKE_TEST_LINE if shown else 'keyfold: smoke test: no window'}; "
          f"single-instance socket {listening}", flush=True)  # fmt: skip
    QCoreApplication.exit(0 if shown else 1)


def main(argv: Sequence[str] | None = None) -> int:
    app = QApplication(list(argv) if argv is not None else sys.argv)
    # First, so whatever fails later is logged with its traceback and shown.
    reporter = crash.install(app, logs.configure("keyfold"))
    logger.info("Keyfold %s starting (%s)", __version__, crash.versions())
    configure_application(app)
    install_translations(app)
    args = parse_args(app.arguments()[1:])
    files = absolute_paths(args.files, Path.cwd())
    vault = args.vault if args.vault is not None else default_vault_home()
    server = _single_instance(app, vault, files, smoke_test=args.smoke_test)
    if server is None:
        return 0
    try:
        controller = Controller.open(vault)
    except KeyfoldError as exc:
        logger.warning("Cannot open the vault %s: %s", vault, exc)
        title = QCoreApplication.translate("App", "Keyfold cannot open the vault")
        QMessageBox.critical(None, title, str(exc))
        return 2
    except Exception as exc:  # a bug: logged with its traceback, shown before quitting
        reporter.show_now(exc, "opening the vault")
        return 2
    logger.info("Opened the vault %s", vault)
    settings = GuiSettings()
    apply_theme(app, settings.theme)
    window = MainWindow(controller, settings=settings)
    window.auto_lock.install(app)
    server.files_received.connect(lambda paths: receive_files(window, paths))
    window.show()
    if files:
        open_in_window(window, files)
    if args.smoke_test:
        QTimer.singleShot(0, lambda: _smoke_test(window, server))
    code = app.exec()
    logger.info("Keyfold quit (%d)", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
