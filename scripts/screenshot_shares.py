"""The shares and paper screens for scripts/screenshots.py: split, paper, restore from both."""

from pathlib import Path

from PySide6.QtWidgets import QDialog, QPushButton
from screenshot_registry import Grab

from keyfold.controller import Controller
from keyfold.core.paper.preview import page_png
from keyfold.core.shares import WORDS
from keyfold.gui.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"  # noqa: S105 -- a throwaway demo vault


def shares_screens(
    window: MainWindow, shown: list[QDialog], controller: Controller, home: Path, grab: Grab
) -> None:
    """Split a key into shares, print a paper backup, restore from a photo and from shares."""
    controller.keys.unlock("release-signing", PASSPHRASE)
    window.refresh("release-signing")
    window.backup_commands.backup([controller.keys.get("release-signing")])
    backup = shown[-1]
    grab(backup, "60-backup-other-ways")
    backup.findChild(QPushButton, "splitSharesButton").click()  # type: ignore[union-attr]
    wizard = shown[-1]
    grab(wizard, "61-split-settings")
    wizard.next()
    grab(wizard, "62-split-share")
    for _ in range(5):
        wizard.next()
    page = wizard.check_page  # type: ignore[attr-defined]
    page.edits[0].setText("academic")
    grab(wizard, "63-split-check")
    split = wizard.split  # type: ignore[attr-defined]
    mnemonics = list(split.shares.mnemonics)
    wizard.reject()

    window.backup_commands.backup([controller.keys.get("release-signing")])
    shown[-1].findChild(QPushButton, "paperBackupButton").click()  # type: ignore[union-attr]
    wizard = shown[-1]
    fields = wizard.settings_page.passphrase  # type: ignore[attr-defined]
    fields.passphrase_edit.setText(PASSPHRASE)
    fields.confirm_edit.setText(PASSPHRASE)
    grab(wizard, "64-paper-settings")
    wizard.next()
    grab(wizard, "65-paper-preview")
    made = wizard.made  # type: ignore[attr-defined]
    pdf = home / "release-signing-paper.pdf"
    controller.paper.save(made[0], pdf, PASSPHRASE)
    (home / "paper-page.png").write_bytes(page_png(made[0].pdf, 0, 900))
    wizard.reject()
    controller.keys.lock_all()

    window.backup_commands.restore([pdf])
    wizard = shown[-1]
    grab(wizard, "66-restore-paper")
    wizard.reject()

    window.backup_commands.restore([])
    shown[-1].findChild(QPushButton, "fromSharesButton").click()  # type: ignore[union-attr]
    wizard = shown[-1]
    page = wizard.shares_page  # type: ignore[attr-defined]
    page.rows[0].edit.setText(mnemonics[0])
    typo = mnemonics[3].split()
    typo[11] = WORDS[(WORDS.index(typo[11]) + 5) % len(WORDS)]
    page.add_row(" ".join(typo))
    page.add_row(" ".join(mnemonics[4].split()[:12]))
    page.recheck()
    grab(wizard, "67-from-shares")
    wizard.reject()
