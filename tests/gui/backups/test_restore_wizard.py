"""The restore wizard end to end: files, what they hold, conflicts, passphrase, summary."""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from keyfold.controller import ConflictPolicy, Controller
from keyfold.core.errors import KeyNotFoundError
from keyfold.gui.backups import restore_flow as flow
from keyfold.gui.backups.restore_wizard import RestoreWizard
from keyfold.gui.base.workers.tasks import TaskRunner
from keyfold.gui.main_window import MainWindow
from tests.core.backup.sdk_vectors import DATA as SDK_FILES
from tests.core.backup.sdk_vectors import PY_DATA, PY_VECTORS, VECTORS, Vector
from tests.gui.conftest import PASSPHRASE, FakeDialogs, HeldPool, make_key

BACKUP_PASSPHRASE = "tangerine lighthouse quietly 7 bicycles"


@pytest.fixture
def backups(tmp_path: Path, controller: Controller) -> dict[str, Path]:
    """alpha and beta backed up (a file for alpha, a bundle of both); beta then deleted."""
    make_key(controller, "alpha", "Alpha")
    make_key(controller, "beta", "Beta")
    for key_id in ("alpha", "beta"):
        controller.keys.unlock(key_id, PASSPHRASE)
    single = controller.backups.create(["alpha"], BACKUP_PASSPHRASE, tmp_path / "single")
    bundle = controller.backups.create(
        ["alpha", "beta"], BACKUP_PASSPHRASE, tmp_path / "all.tar.gz", bundle=True
    )
    controller.keys.delete("beta")
    controller.keys.lock_all()
    return {"single": Path(single[0].path), "bundle": Path(bundle[0].path)}


def _open_wizard(window: MainWindow, dialogs: FakeDialogs, files: list[Path]) -> RestoreWizard:
    dialogs.files_to_open = files
    window.action_set["restore"].trigger()
    wizard = dialogs.last(RestoreWizard)
    wizard.files_page.drop_area.browse_button.click()
    return wizard


def test_bundle_with_conflict_overwrite_and_wrong_passphrase(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    window: MainWindow,
    dialogs: FakeDialogs,
    backups: dict[str, Path],
) -> None:
    bogus = tmp_path / "notes.json"
    bogus.write_text('{"hello": "world"}')
    alpha_before = controller.keys.get("alpha")
    wizard = _open_wizard(window, dialogs, [backups["bundle"], bogus])

    tree = wizard.files_page.tree
    assert tree.topLevelItemCount() == 2
    bundle_item, bogus_item = tree.topLevelItem(0), tree.topLevelItem(1)
    assert bundle_item.text(1) == "2 keys"
    beta_rows = {
        bundle_item.child(1).child(i).text(0): bundle_item.child(1).child(i).text(1)
        for i in range(bundle_item.child(1).childCount())
    }
    assert beta_rows["Key ID"] == "beta"
    assert beta_rows["Fingerprint"] and beta_rows["Encryption"] == "XChaCha20-Poly1305"
    assert bogus_item.text(1)  # the reason the file is not a backup
    assert wizard.files_page.isComplete()

    wizard.next()
    assert wizard.currentId() == flow.Step.CONFLICTS
    wizard.conflicts_page.set_policy(backups["bundle"], "alpha", ConflictPolicy.OVERWRITE)
    dialogs.answer = False
    wizard.next()
    assert wizard.currentId() == flow.Step.CONFLICTS
    assert "Replace alpha" in dialogs.confirmations[-1][1]
    dialogs.answer = True
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == flow.Step.PASSPHRASE)

    page = wizard.passphrase_page
    page.passphrase_edit.setText("not the passphrase")
    wizard.next()
    assert wizard.currentId() == flow.Step.PASSPHRASE
    assert "does not open all.tar.gz" in page.error.text()
    with pytest.raises(KeyNotFoundError):
        controller.keys.get("beta")  # nothing restored on a wrong passphrase

    page.passphrase_edit.setText(BACKUP_PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == flow.Step.SUMMARY)
    summary = wizard.summary_page.text.text()
    assert "alpha: replaced the key in this vault" in summary
    assert "beta: restored" in summary
    assert controller.keys.get("beta").fingerprint
    assert controller.keys.get("alpha").fingerprint == alpha_before.fingerprint
    # Restored keys keep the backup passphrase unless told otherwise, and say so.
    assert "protected by the backup's passphrase" in summary
    controller.keys.unlock("beta", BACKUP_PASSPHRASE)
    assert window.key_model.row_of("beta") is not None


def test_rename_on_conflict_with_a_new_passphrase(
    qtbot: QtBot,
    controller: Controller,
    window: MainWindow,
    dialogs: FakeDialogs,
    backups: dict[str, Path],
) -> None:
    window.open_files([backups["single"]])  # as when dropped on the window
    wizard = dialogs.last(RestoreWizard)
    assert [f.path for f in wizard.files] == [backups["single"]]
    wizard.next()
    wizard.conflicts_page.set_policy(backups["single"], "alpha", ConflictPolicy.RENAME)
    wizard.next()
    assert wizard.currentId() == flow.Step.PASSPHRASE
    assert dialogs.confirmations == []
    page = wizard.passphrase_page
    page.passphrase_edit.setText(BACKUP_PASSPHRASE)
    assert page.previous_radio.isVisible()  # alpha exists: its own passphrase is offered
    page.new_radio.setChecked(True)
    new = "marble saxophone drifting 93 clouds"
    page.new_fields.passphrase_edit.setText(new)
    page.new_fields.confirm_edit.setText(new)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == flow.Step.SUMMARY)
    assert "alpha as alpha-2: restored under a new ID" in wizard.summary_page.text.text()
    assert "protected by the new passphrase you chose" in wizard.summary_page.text.text()
    controller.keys.unlock("alpha-2", new)


def test_replace_keeping_the_keys_own_passphrase(
    qtbot: QtBot,
    controller: Controller,
    window: MainWindow,
    dialogs: FakeDialogs,
    backups: dict[str, Path],
) -> None:
    window.open_files([backups["single"]])
    wizard = dialogs.last(RestoreWizard)
    wizard.next()
    wizard.conflicts_page.set_policy(backups["single"], "alpha", ConflictPolicy.OVERWRITE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == flow.Step.PASSPHRASE)
    page = wizard.passphrase_page
    # Asked, not assumed: the backup's passphrase is one choice, the key's own another.
    assert page.backup_radio.isChecked() and page.previous_radio.isVisible()
    page.passphrase_edit.setText(BACKUP_PASSPHRASE)
    page.previous_radio.setChecked(True)
    assert not page.isComplete()  # the key's passphrase is needed
    page.previous_edit.setText("not it")
    wizard.next()
    assert "not the passphrase of alpha in this vault" in page.error.text()
    assert wizard.currentId() == flow.Step.PASSPHRASE
    page.previous_edit.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == flow.Step.SUMMARY)
    summary = wizard.summary_page.text.text()
    assert "alpha: replaced the key in this vault" in summary
    assert "protected by the passphrase the key had in this vault" in summary
    controller.keys.unlock("alpha", PASSPHRASE)  # the old passphrase still opens it


def test_no_conflict_goes_straight_to_the_passphrase(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs, backups: dict[str, Path]
) -> None:
    controller.keys.delete("alpha")
    wizard = _open_wizard(window, dialogs, [backups["single"]])
    wizard.next()
    assert wizard.currentId() == flow.Step.PASSPHRASE


def test_a_choice_per_key_in_a_bundle(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    window: MainWindow,
    dialogs: FakeDialogs,
) -> None:
    make_key(controller, "alpha", "Alpha")
    make_key(controller, "beta", "Beta")
    for key_id in ("alpha", "beta"):
        controller.keys.unlock(key_id, PASSPHRASE)
    (made,) = controller.backups.create(
        ["alpha", "beta"], BACKUP_PASSPHRASE, tmp_path / "both.tar.gz", bundle=True
    )
    controller.keys.lock_all()
    for key_id in ("alpha", "beta"):  # the vault's keys now differ from the backup's
        controller.keys.update_metadata(key_id, name="Changed")
    bundle = Path(made.path)
    wizard = _open_wizard(window, dialogs, [bundle])
    wizard.next()
    assert wizard.currentId() == flow.Step.CONFLICTS
    page = wizard.conflicts_page
    assert set(page.combos) == {(bundle, "alpha"), (bundle, "beta")}
    alpha_combo = page.findChild(QComboBox, "conflict:both.tar.gz:alpha")
    assert alpha_combo is not None
    assert alpha_combo.accessibleName() == "What to do with alpha from both.tar.gz"
    assert alpha_combo.currentData() == ConflictPolicy.SKIP.value
    page.set_policy(bundle, "beta", ConflictPolicy.OVERWRITE)
    dialogs.answer = True
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == flow.Step.PASSPHRASE)
    (title, text) = dialogs.confirmations[-1]
    assert title == "Replace keys"
    assert "Replace beta in this vault" in text and "alpha" not in text

    wizard.passphrase_page.passphrase_edit.setText(BACKUP_PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == flow.Step.SUMMARY)
    summary = wizard.summary_page.text.text()
    assert "alpha: skipped, the vault keeps its own (both.tar.gz)" in summary
    assert "beta: replaced the key in this vault (both.tar.gz)" in summary
    alpha, beta = controller.keys.get("alpha"), controller.keys.get("beta")
    assert (alpha.name, beta.name) == ("Changed", "Beta")
    controller.keys.unlock("alpha", PASSPHRASE)  # the vault's own, untouched
    controller.keys.unlock("beta", BACKUP_PASSPHRASE)  # the backup's


WIZARD_VECTORS = [v for v in VECTORS if v.file in {"export-binary.dfkb", "rotation-backup.json"}]


@pytest.mark.parametrize("vector", WIZARD_VECTORS, ids=[v.file for v in WIZARD_VECTORS])
def test_restores_a_javascript_sdk_backup(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, controller: Controller, vector: Vector
) -> None:
    wizard = _open_wizard(window, dialogs, [SDK_FILES / vector.file])
    (item,) = [wizard.files_page.tree.topLevelItem(0).child(0)]
    rows = {item.child(i).text(0): item.child(i).text(1) for i in range(item.childCount())}
    assert rows["Layout"].startswith("DataFold JavaScript SDK")
    assert rows["Key ID"] == rows["Name"] == "(sealed; shown after restoring)"
    wizard.next()
    assert wizard.currentId() == flow.Step.PASSPHRASE
    wizard.passphrase_page.passphrase_edit.setText(vector.passphrase)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == flow.Step.SUMMARY)
    summary = wizard.summary_page.text.text()
    assert f"{vector.key_id}: restored" in summary
    assert "DataFold JavaScript SDK" in summary
    assert controller.keys.get(vector.key_id).public_key.hex == vector.public_key


def test_restores_a_python_sdk_backup(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, controller: Controller
) -> None:
    vector = PY_VECTORS[0]  # the SDK's default: scrypt and ChaCha20-Poly1305
    wizard = _open_wizard(window, dialogs, [PY_DATA / vector.file])
    (item,) = [wizard.files_page.tree.topLevelItem(0).child(0)]
    rows = {item.child(i).text(0): item.child(i).text(1) for i in range(item.childCount())}
    assert rows["Key stretching"] == "scrypt, N=32,768, r=8, p=1 (32 MiB)"
    assert rows["Encryption"] == "ChaCha20-Poly1305"
    wizard.next()
    assert wizard.currentId() == flow.Step.PASSPHRASE
    wizard.passphrase_page.passphrase_edit.setText(vector.passphrase)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == flow.Step.SUMMARY)
    assert f"{vector.key_id}: restored" in wizard.summary_page.text.text()
    assert controller.keys.get(vector.key_id).public_key.hex == vector.public_key


def test_known_backups_are_offered_with_readable_dates(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs, backups: dict[str, Path]
) -> None:
    window.action_set["restore"].trigger()
    wizard = dialogs.last(RestoreWizard)
    known = wizard.files_page.known
    assert known.isVisibleTo(wizard) and known.count() == 2
    texts = [known.item(i).text() for i in range(known.count())]
    assert any(text.startswith("all.tar.gz — alpha, beta — ") for text in texts)
    assert all("T" not in text.rsplit("—", 1)[1] for text in texts)  # not raw ISO
    known.itemActivated.emit(known.item(texts.index(next(t for t in texts if "all" in t))))
    assert [f.path for f in wizard.files] == [backups["bundle"]]
    made = {
        row.text(0): row.text(1)
        for key in range(wizard.files_page.tree.topLevelItem(0).childCount())
        for row in [
            wizard.files_page.tree.topLevelItem(0).child(key).child(i)
            for i in range(wizard.files_page.tree.topLevelItem(0).child(key).childCount())
        ]
    }["Made"]
    assert "T" not in made and made[:4].isdigit()


def test_cancel_while_restoring_stops_and_restores_nothing(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs, backups: dict[str, Path]
) -> None:
    pool = HeldPool()
    ctx = replace(window.key_commands.ctx, tasks=TaskRunner(pool))
    wizard = RestoreWizard(ctx, [backups["bundle"]])
    dialogs.open(wizard)
    wizard.next()
    wizard.conflicts_page.set_policy(backups["bundle"], "alpha", ConflictPolicy.SKIP)
    wizard.next()
    wizard.passphrase_page.passphrase_edit.setText(BACKUP_PASSPHRASE)
    wizard.next()
    assert wizard.passphrase_page.running and pool.waiting
    wizard.reject()  # Cancel, as the user presses it while the bar moves
    pool.run_all()
    with pytest.raises(KeyNotFoundError):
        controller.keys.get("beta")
