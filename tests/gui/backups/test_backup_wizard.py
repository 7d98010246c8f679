"""The backup wizard end to end: keys, unlock, passphrase, destination, run, check."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from keyfold.controller import Controller
from keyfold.core.backup import BackupPreset, open_backup, read_bundle
from keyfold.gui.backups import backup_flow as flow
from keyfold.gui.backups.backup_wizard import BackupWizard
from keyfold.gui.base.dialogs.unlock import UnlockDialog
from keyfold.gui.base.workers.tasks import TaskRunner
from keyfold.gui.main_window import MainWindow
from tests.core.backup import handmade_js
from tests.gui.conftest import PASSPHRASE, FakeDialogs, HeldPool, make_key

BACKUP_PASSPHRASE = "tangerine lighthouse quietly 7 bicycles"


def _unlock_in_page(wizard: BackupWizard, dialogs: FakeDialogs, key_id: str) -> None:
    page = wizard.unlock_page
    row = wizard.plan.key_ids.index(key_id)
    page.list.setCurrentRow(row)
    page.unlock_button.click()
    dialog = dialogs.last(UnlockDialog)
    assert dialog.parent() is wizard
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()


def _set_passphrase(wizard: BackupWizard, text: str) -> None:
    fields = wizard.passphrase_page.fields
    fields.passphrase_edit.setText(text)
    fields.confirm_edit.setText(text)


def test_bundle_of_two_locked_keys_end_to_end(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    make_key(controller, "beta")
    window.refresh("alpha")
    window.action_set["backup"].trigger()
    wizard = dialogs.last(BackupWizard)
    assert wizard.keys_page.chosen() == ["alpha"]
    wizard.keys_page.list.item(1).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert wizard.currentId() == flow.Step.UNLOCK
    assert not wizard.unlock_page.isComplete()
    _unlock_in_page(wizard, dialogs, "alpha")
    assert not wizard.unlock_page.isComplete()
    _unlock_in_page(wizard, dialogs, "beta")
    assert wizard.unlock_page.isComplete()
    wizard.next()

    _set_passphrase(wizard, "password")
    wizard.next()
    assert wizard.currentId() == flow.Step.PASSPHRASE
    assert "easy to guess" in wizard.passphrase_page.error.text()
    _set_passphrase(wizard, BACKUP_PASSPHRASE)
    wizard.next()

    page = wizard.destination_page
    assert page.isCommitPage()
    page.bundle.setChecked(True)
    page.path_edit.setText(str(tmp_path / "out"))
    wizard.next()

    run = wizard.run_page
    assert wizard.currentId() == flow.Step.RUN and run.succeeded, run.status.text()
    assert run.progress.value() == 100
    assert wizard.ctx.settings.last_backup_folder == tmp_path / "out"  # the bundle's folder
    bundle = Path(wizard.written[0].path)
    assert bundle.parent == tmp_path / "out" and bundle.name.endswith(".tar.gz")
    entries = read_bundle(bundle)
    assert sorted(key_id for key_id, _ in entries) == ["alpha", "beta"]
    for key_id, data in entries:
        opened = open_backup(data, BACKUP_PASSPHRASE)
        assert opened.key_pair.public == controller.keys.get(key_id).public_key
    # The wizard proved it by opening the file again; the vault remembers that.
    backups = controller.backups.list()
    assert backups[0].bundle and backups[0].last_verified is not None
    assert "opened again" in run.summary.text()
    assert window.backup_model.rowCount() == 1
    assert all(r.backup_is_current for r in controller.keys.list())


def test_one_file_per_key_in_datafold_sdk_format(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    window.backup_commands.backup()
    wizard = dialogs.last(BackupWizard)
    wizard.next()
    assert wizard.currentId() == flow.Step.PASSPHRASE  # nothing to unlock
    _set_passphrase(wizard, BACKUP_PASSPHRASE)
    wizard.next()
    wizard.destination_page.datafold.setChecked(True)
    dialogs.folder = tmp_path / "folder"
    wizard.destination_page.browse_button.click()
    wizard.next()
    assert wizard.run_page.succeeded, wizard.run_page.status.text()
    written = tmp_path / "folder" / "alpha-backup.json"
    assert [Path(r.path) for r in wizard.written] == [written]
    opened = open_backup(written.read_bytes(), BACKUP_PASSPHRASE)
    assert opened.info.cipher.value == "aes-gcm"
    assert wizard.written[0].preset == BackupPreset.DATAFOLD_SDK.value


def test_stop_cancels_the_running_backup(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    pool = HeldPool()
    ctx = replace(window.key_commands.ctx, tasks=TaskRunner(pool))
    wizard = BackupWizard(ctx, lambda _record, _then: None)
    dialogs.open(wizard)
    wizard.next()
    _set_passphrase(wizard, BACKUP_PASSPHRASE)
    wizard.next()
    wizard.destination_page.path_edit.setText(str(tmp_path / "out"))
    wizard.next()
    assert not wizard.run_page.isComplete()
    wizard.run_page.stop_button.click()
    pool.run_all()
    assert wizard.run_page.isComplete() and not wizard.run_page.succeeded
    assert "stopped" in wizard.run_page.status.text()
    assert not (tmp_path / "out" / "alpha-backup.json").exists()
    assert controller.backups.list() == []


def test_one_file_in_the_javascript_sdk_format(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    window.backup_commands.backup()
    wizard = dialogs.last(BackupWizard)
    wizard.next()
    _set_passphrase(wizard, BACKUP_PASSPHRASE)
    wizard.next()
    page = wizard.destination_page
    notes = [label.text() for label in page.findChildren(QLabel) if "weaker than" in label.text()]
    assert len(notes) == 2 and "JavaScript SDK's importKey" in notes[1]
    page.datafold_js.setChecked(True)
    page.path_edit.setText(str(tmp_path / "folder"))
    wizard.next()
    assert wizard.run_page.succeeded, wizard.run_page.status.text()
    written = tmp_path / "folder" / "alpha-backup.json"
    key_id, _, public, _ = handmade_js.sdk_import_key(written.read_text(), BACKUP_PASSPHRASE)
    assert (key_id, public) == ("alpha", controller.keys.get("alpha").public_key.raw)
    assert wizard.written[0].preset == BackupPreset.DATAFOLD_JS.value


def test_the_last_backup_folder_is_offered_next_time(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    window.backup_commands.backup()
    wizard = dialogs.last(BackupWizard)
    assert wizard.destination_page.path_edit.text() == ""
    wizard.next()
    _set_passphrase(wizard, BACKUP_PASSPHRASE)
    wizard.next()
    wizard.destination_page.path_edit.setText(str(tmp_path / "usb"))
    wizard.next()
    assert wizard.run_page.succeeded
    # One backup, one entry in the activity log (the read-back is part of it).
    backups = [e for e in controller.audit.list() if e.kind == "backup"]
    assert [e.details["action"] for e in backups] == ["create"]
    wizard.reject()
    window.backup_commands.backup()
    again = dialogs.last(BackupWizard)
    assert again is not wizard
    assert again.destination_page.path_edit.text() == str(tmp_path / "usb")
