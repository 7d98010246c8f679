"""The split wizard end to end: from the backup wizard, unlock, shares shown once, the check."""

from pathlib import Path

import shamir_mnemonic
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.core.shares import WORDS
from keyfold.gui.backups.backup_wizard import BackupWizard
from keyfold.gui.base.dialogs.unlock import UnlockDialog
from keyfold.gui.main_window import MainWindow
from keyfold.gui.shares.split_wizard import CHECK, DONE, SHOW, SplitSharesWizard
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key


def _open_from_backup_wizard(
    window: MainWindow, dialogs: FakeDialogs, controller: Controller
) -> SplitSharesWizard:
    make_key(controller, "alpha", "Alpha")
    make_key(controller, "beta", "Beta")
    window.refresh("alpha")
    window.action_set["backup"].trigger()
    backup = dialogs.last(BackupWizard)
    split_button = backup.findChild(QPushButton, "splitSharesButton")
    assert split_button is not None and split_button.isEnabled()
    backup.keys_page.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert not split_button.isEnabled()  # one key at a time
    backup.keys_page.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    split_button.click()
    assert not backup.isVisible()
    return dialogs.last(SplitSharesWizard)


def test_split_shows_each_share_once_and_checks_two_words(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    window: MainWindow,
    dialogs: FakeDialogs,
) -> None:
    wizard = _open_from_backup_wizard(window, dialogs, controller)
    page = wizard.settings_page
    page.count.setValue(3)
    page.threshold.setValue(2)
    wizard.next()  # the key is locked: unlock first, then it goes on by itself
    unlock = dialogs.last(UnlockDialog)
    unlock.passphrase_edit.setText(PASSPHRASE)
    unlock.ok_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == SHOW)
    split = wizard.split
    assert split is not None and split.shares.count == 3
    seen = []
    for index in range(1, 4):
        assert wizard.show_page.index == index
        texts = [
            wizard.show_page.grid.itemAt(i).widget().text()
            for i in range(wizard.show_page.grid.count())
        ]
        assert len(texts) == 33
        seen.append(texts)
        if index == 2:
            dialogs.save_path = tmp_path / "share-2.txt"
            wizard.show_page.save_button.click()
            assert "Saved share 2" in wizard.show_page.status.text()
        wizard.next()
    assert wizard.currentId() == CHECK
    assert wizard.show_page.grid.count() == 0  # the words are gone from the pages
    assert (
        shamir_mnemonic.combine_mnemonics(
            [(tmp_path / "share-2.txt").read_text().splitlines()[-1], split.shares.mnemonics[0]]
        )
        == controller.keys.key_pair("alpha").seed
    )

    check = wizard.check_page
    right = [split.shares.mnemonics[q.share - 1].split()[q.position - 1] for q in check.questions]
    check.edits[0].setText(right[0])
    check.edits[1].setText(WORDS[(WORDS.index(right[1]) + 1) % len(WORDS)])
    wizard.next()
    assert wizard.currentId() == CHECK
    assert "is not what Keyfold made" in check.error.text()
    assert controller.backups.list() == []
    check.edits[1].setText(right[1].upper() + " ")
    wizard.next()
    assert wizard.currentId() == DONE
    (record,) = controller.backups.list()
    assert record.preset == "slip39-2-of-3"
    assert controller.keys.get("alpha").backup_is_current
    wizard.accept()
    assert wizard.split is None


def test_impossible_settings_and_bad_passphrases_stay_on_the_page(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    wizard = _open_from_backup_wizard(window, dialogs, controller)
    controller.keys.unlock("alpha", PASSPHRASE)
    page = wizard.settings_page
    page.count.setValue(3)
    page.threshold.setValue(5)
    wizard.next()
    assert "threshold must be from 1" in page.error.text()
    page.threshold.setValue(2)
    page.protect.setChecked(True)
    page.passphrase.passphrase_edit.setText("Grüße aus Köln, 2026!")
    page.passphrase.confirm_edit.setText("Grüße aus Köln, 2026!")
    wizard.next()
    assert "printable ASCII" in page.error.text()
    assert wizard.split is None
