"""Screenshots of every Keyfold screen, light and dark, into docs/screenshots/.

Run under Xvfb (the xcb platform draws real window decorations' contents):
  xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
      .venv/bin/python scripts/screenshots.py [--theme light|dark|both] [--out DIR]
          [--lang LANG] [--only NAME ...]
Each theme runs in its own process: icons are tinted from the palette at start.
--lang installs resources/translations/keyfold_LANG.qm (build it first with
packaging/update_translations.sh --release); files are then named NAME-LANG.png
(NAME-LANG-dark.png for the dark theme). --only keeps just the named screens, e.g.
  ... scripts/screenshots.py --theme light --lang de --only 01-empty-state 03-keys
"""

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from screenshot_registry import registry_screens
from screenshot_rotation import rotation_screens
from screenshot_shares import shares_screens
from screenshot_ssh import ssh_screens

from keyfold.controller import ConflictPolicy, Controller, UnlockCache
from keyfold.core.backup import KdfParams
from keyfold.core.vault import Vault
from keyfold.gui.app import configure_application, install_translations
from keyfold.gui.base.appearance import Theme, apply_theme
from keyfold.gui.base.clipboard import ClipboardGuard
from keyfold.gui.base.dialogs.runner import DialogRunner
from keyfold.gui.base.settings import GuiSettings
from keyfold.gui.base.workers.tasks import SynchronousPool, TaskRunner
from keyfold.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "correct horse battery staple"  # noqa: S105 -- a throwaway demo vault


class ShowingRunner(DialogRunner):
    """Shows dialogs without modality and remembers them, so they can be grabbed."""

    def __init__(self) -> None:
        self.shown: list[QDialog] = []

    def open(self, dialog: QDialog, on_accepted: Callable[[], None] | None = None) -> None:
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        self.shown.append(dialog)
        dialog.show()

    def confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        *,
        action: str,
        on_yes: Callable[[], None],
        destructive: bool = False,
    ) -> None:
        no_button = QMessageBox.StandardButton.NoButton
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, no_button, parent)
        box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        self.shown.append(box)
        box.show()


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, out: Path, name: str, tag: str, only: set[str] | None = None) -> None:
    settle()
    if only is not None and name not in only:
        return
    path = out / f"{name}-{tag}.png"
    widget.grab().save(str(path))
    print(path)


def populate(controller: Controller) -> None:
    keys = controller.keys
    keys.generate(
        "release-signing",
        passphrase=PASSPHRASE,
        name="Release signing",
        description="Signs the app's release archives",
        tags=["release", "ci"],
    )
    keys.generate("alice-laptop", passphrase=PASSPHRASE, name="Alice's laptop", tags=["personal"])
    keys.generate(
        "node-registration",
        passphrase=PASSPHRASE,
        name="DataFold node",
        description="Registered with the team's DataFold node",
        tags=["datafold"],
    )
    keys.lock_all()


def file_screens(
    window: MainWindow,
    runner: ShowingRunner,
    controller: Controller,
    home: Path,
    shot: Callable[[QWidget, str], None],
) -> None:
    """Files from the desktop: what a drop, or `keyfold FILE`, opens."""
    document = home / "release-1.0.tar.xz"
    document.write_bytes(b"release archive\n" * 4096)
    window.refresh("release-signing")
    window.open_files([document])
    dialog = runner.shown[-1]
    sign_button = getattr(dialog, "buttons", {}).get("signOffer")
    if sign_button is not None:  # encrypting is offered too: the drop asks first
        shot(dialog, "26-file-offers")
        sign_button.click()
    signer = runner.shown[-1]
    shot(signer, "27-sign-files")
    signer.reject()
    controller.keys.unlock("release-signing", PASSPHRASE)
    controller.signing.sign_files("release-signing", [document])
    controller.keys.lock_all()
    window.open_files([home / "release-1.0.tar.xz.minisig"])
    settle(300)
    shot(runner.shown[-1], "28-verify-files")
    runner.shown[-1].reject()


def screenshot_tag(theme: str, lang: str | None) -> str:
    """The file name's ending: the theme, or the language (plus "-dark" when dark)."""
    if lang is None:
        return theme
    return lang if theme == "light" else f"{lang}-{theme}"


def run(theme: str, out: Path, lang: str | None = None, only: set[str] | None = None) -> None:
    app = QApplication([sys.argv[0]])
    configure_application(app)
    if lang is not None:
        folder = ROOT / "resources" / "translations"
        qm = folder / f"keyfold_{lang}.qm"
        if not qm.is_file():
            raise SystemExit(f"No {qm}: run packaging/update_translations.sh --release.")
        install_translations(app, QLocale(lang), folder)
    tag = screenshot_tag(theme, lang)

    def shot(widget: QWidget, name: str) -> None:
        grab(widget, out, name, tag, only)

    # The app's own theme setting, as a user picks it in Settings.
    apply_theme(app, Theme.DARK if theme == "dark" else Theme.LIGHT)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        vault = Vault(home / "vault", kdf=KdfParams.argon2id(256, 1), keychain=None)
        controller = Controller(vault, UnlockCache())
        runner = ShowingRunner()
        window = MainWindow(
            controller,
            tasks=TaskRunner(SynchronousPool()),
            dialogs=runner,
            settings=GuiSettings(home / "gui.ini"),
            clipboard=ClipboardGuard(QGuiApplication.clipboard()),
        )
        window.resize(1120, 720)
        window.show()
        window.install_features()  # what the first turn of the event loop does
        shot(window, "01-empty-state")

        window.key_commands.new_key()
        dialog = runner.shown[-1]
        dialog.name_edit.setText("Release signing")  # type: ignore[attr-defined]
        dialog.passphrase.passphrase_edit.setText("hunter2")  # type: ignore[attr-defined]
        dialog.passphrase.confirm_edit.setText("hunter2")  # type: ignore[attr-defined]
        shot(dialog, "02-new-key-weak")
        strong = "tangerine lighthouse quietly 7 bicycles"
        dialog.passphrase.passphrase_edit.setText(strong)  # type: ignore[attr-defined]
        dialog.passphrase.confirm_edit.setText(strong[:-3])  # type: ignore[attr-defined]
        shot(dialog, "02b-new-key-strong-repeat-differs")
        dialog.reject()

        populate(controller)
        backups = controller.backups
        controller.keys.unlock("release-signing", PASSPHRASE)
        backups.create(["release-signing"], PASSPHRASE, home / "backups")
        controller.keys.lock_all()
        window.refresh("release-signing")
        shot(window, "03-keys")

        window.keys_page.search.setText("datafold")
        shot(window, "04-search")
        window.keys_page.search.setText("nothing like this")
        shot(window, "04b-search-no-matches")
        window.keys_page.search.clear()

        window.keys_page.select_key("release-signing")
        window.resize(800, 600)
        shot(window, "03b-keys-800x600")
        window.drop_overlay.show_over()
        shot(window, "03c-drop-hover")
        window.drop_overlay.hide()
        window.resize(1120, 720)

        window.key_commands.unlock(controller.keys.get("alice-laptop"))
        shot(runner.shown[-1], "05-unlock")
        runner.shown[-1].reject()

        window.key_commands.delete(controller.keys.get("alice-laptop"))
        shot(runner.shown[-1], "06-delete-confirm")
        runner.shown[-1].close()

        window.backup_commands.backup([controller.keys.get("alice-laptop")])
        wizard = runner.shown[-1]
        shot(wizard, "07-backup-keys")
        wizard.next()
        shot(wizard, "08-backup-unlock")
        controller.keys.unlock("alice-laptop", PASSPHRASE)
        wizard.unlock_page.refresh()  # type: ignore[attr-defined]
        wizard.next()
        page = wizard.passphrase_page  # type: ignore[attr-defined]
        page.fields.passphrase_edit.setText(PASSPHRASE)
        page.fields.confirm_edit.setText(PASSPHRASE)
        shot(wizard, "09-backup-passphrase")
        wizard.next()
        wizard.destination_page.path_edit.setText(str(home / "backups"))  # type: ignore[attr-defined]
        shot(wizard, "10-backup-destination")
        wizard.next()
        shot(wizard, "11-backup-done")
        wizard.accept()

        window.tabs.setCurrentWidget(window.backups_page)
        shot(window, "12-backups")
        window.tabs.setCurrentWidget(window.registrations_page)
        shot(window, "13-registrations")
        window.tabs.setCurrentWidget(window.keys_page)

        window.backup_commands.restore([home / "backups" / "alice-laptop-backup.json"])
        wizard = runner.shown[-1]
        shot(wizard, "14-restore-files")
        wizard.next()
        shot(wizard, "15-restore-conflicts")
        wizard.conflicts_page.set_policy(  # type: ignore[attr-defined]
            home / "backups" / "alice-laptop-backup.json",
            "alice-laptop",
            ConflictPolicy.RENAME,
        )
        wizard.next()
        wizard.passphrase_page.passphrase_edit.setText("wrong passphrase")  # type: ignore[attr-defined]
        wizard.next()
        shot(wizard, "16-restore-wrong-passphrase")
        wizard.passphrase_page.passphrase_edit.setText(PASSPHRASE)  # type: ignore[attr-defined]
        wizard.passphrase_page.previous_radio.setChecked(True)  # type: ignore[attr-defined]
        wizard.passphrase_page.previous_edit.setText(PASSPHRASE)  # type: ignore[attr-defined]
        shot(wizard, "16b-restore-which-passphrase")
        wizard.next()
        settle(300)
        shot(wizard, "17-restore-summary")
        wizard.accept()

        window._open_settings()
        shot(runner.shown[-1], "18-settings")
        runner.shown[-1].reject()
        file_screens(window, runner, controller, home, shot)
        shares_screens(window, runner.shown, controller, home, shot)
        registry_screens(window, runner.shown, controller, home, shot)
        rotation_screens(window, runner.shown, controller, home, shot)
        ssh_screens(window, runner.shown, controller, home, shot)
        window.close()
        del window
    QCoreApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--theme", choices=("light", "dark", "both"), default="both")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", help="a language with a compiled translation, e.g. de")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="just these screens")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.theme == "both":
        for theme in ("light", "dark"):
            command = [sys.executable, __file__, "--theme", theme, "--out", str(args.out)]
            if args.lang is not None:
                command += ["--lang", args.lang]
            if args.only is not None:
                command += ["--only", *args.only]
            subprocess.run(command, check=True, env=os.environ.copy())
        return 0
    run(args.theme, args.out, args.lang, set(args.only) if args.only is not None else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
