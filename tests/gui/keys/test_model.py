"""The key table model: Qt's model tester, columns, lock and backup states."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from keyfold.controller import Controller
from keyfold.gui.base.icons import warning_icon
from keyfold.gui.base.models import columns as c
from keyfold.gui.keys.model import KeyTableModel
from tests.gui.conftest import PASSPHRASE, make_key


def test_passes_qt_model_tester(qtmodeltester: ModelTester, controller: Controller) -> None:
    make_key(controller, "alpha", tags=["x"])
    make_key(controller, "beta")
    model = KeyTableModel(lambda _id: False)
    model.set_records(controller.keys.list())
    qtmodeltester.check(model, force_py=True)
    model.set_records([])
    qtmodeltester.check(model, force_py=True)


def test_columns_show_plain_words(controller: Controller) -> None:
    make_key(controller, "alpha", "Alpha")
    unlocked: set[str] = set()
    model = KeyTableModel(lambda key_id: key_id in unlocked)
    model.set_records(controller.keys.list())
    row = model.row_of("alpha")
    assert row == 0

    def cell(column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(0, column).data(role)

    assert cell(c.KEY_COL_NAME) == "Alpha"
    assert cell(c.KEY_COL_STORAGE) == "Encrypted file"
    assert cell(c.KEY_COL_BACKUP) == "Never backed up"
    assert cell(c.KEY_COL_BACKUP, Qt.ItemDataRole.ToolTipRole)
    assert cell(c.KEY_COL_LOCK) == "Locked"
    assert cell(c.KEY_COL_FINGERPRINT, Qt.ItemDataRole.ToolTipRole) == (
        controller.keys.get("alpha").fingerprint
    )
    assert cell(c.KEY_COL_NAME, c.RECORD_ROLE) == controller.keys.get("alpha")
    unlocked.add("alpha")
    changed: list[object] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.refresh_lock_state()
    assert changed and cell(c.KEY_COL_LOCK) == "Unlocked"
    assert model.headerData(c.KEY_COL_ID, Qt.Orientation.Horizontal) == "Key ID"


def test_backup_state_follows_the_record(
    qapp: object, tmp_path: Path, controller: Controller
) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    controller.backups.create(["alpha"], PASSPHRASE, tmp_path / "out")
    record = controller.keys.get("alpha")
    model = KeyTableModel(lambda _id: False, warning_icon())
    model.set_records([record, replace(record, key_id="stale", backup_is_current=False)])
    assert str(model.index(0, c.KEY_COL_BACKUP).data()).startswith("Backed up ")
    assert model.index(0, c.KEY_COL_BACKUP).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(1, c.KEY_COL_BACKUP).data() == "Changed since last backup"
    assert model.index(1, c.KEY_COL_BACKUP).data(Qt.ItemDataRole.DecorationRole) is not None


def test_control_and_bidi_characters_in_names_are_shown_visibly(controller: Controller) -> None:
    make_key(controller, "alpha", "Invoice\u202efdp.exe\x1b[31m")
    model = KeyTableModel(lambda _id: False)
    model.set_records(controller.keys.list())
    assert model.index(0, c.KEY_COL_NAME).data() == "Invoice\\u202efdp.exe\\x1b[31m"
