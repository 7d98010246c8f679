"""Backup commands: checking a backup from the backups view."""

from pathlib import Path

from keyfold.controller import Controller
from keyfold.gui.backups.check_dialog import CheckBackupDialog
from keyfold.gui.base.models import columns as c
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key


def test_check_a_backup_records_when_it_last_opened(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    (made,) = controller.backups.create(["alpha"], PASSPHRASE, tmp_path / "out")
    window.refresh()
    page = window.backups_page
    # create read the file back with the passphrase: it counts as checked then.
    assert page.model.index(0, c.BACKUP_COL_VERIFIED).data() != "Not checked"
    assert not page.check_button.isEnabled()
    page.view.selectRow(0)
    page.check_button.click()
    dialog = dialogs.last(CheckBackupDialog)
    dialog.passphrase_edit.setText("wrong")
    dialog.ok_button.click()
    assert "does not open" in dialog.error_label.text()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    (checked,) = controller.backups.list()
    assert made.last_verified is not None and checked.last_verified is not None
    assert checked.last_verified > made.last_verified
    assert "1 key can be restored" in window.statusBar().currentMessage()


def test_shares_and_paper_show_as_such_and_shares_are_checked_by_using_them(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    split = controller.shares.split("alpha", 2, 3)
    controller.shares.write_files(split, tmp_path / "shares")
    window.refresh()
    page = window.backups_page
    assert page.model.index(0, c.BACKUP_COL_FORMAT).data() == "SLIP-39 shares, 2 of 3"
    page.view.selectRow(0)
    page.check_button.click()
    assert "Shares are checked by using them" in dialogs.infos[-1]
