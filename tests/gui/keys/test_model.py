"""The key table model: Qt's model tester, columns, lock and backup states."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPersistentModelIndex, Qt
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


def _ids(model: KeyTableModel) -> list[str]:
    return [model.record(row).key_id for row in range(model.rowCount())]


def test_search_narrows_widens_and_keeps_persistent_rows_on_their_keys(
    controller: Controller,
) -> None:
    # Words with "-", which no key ID, hex or base64 fingerprint holds.
    for key_id, name in (("k1", "Del-ta"), ("k2", "al-pha"), ("k3", "al-pine"), ("k4", "be-ta")):
        make_key(controller, key_id, name)
    model = KeyTableModel(lambda _id: False)
    model.set_records(controller.keys.list())
    kept = QPersistentModelIndex(model.index(2, c.KEY_COL_NAME))  # k3
    gone = QPersistentModelIndex(model.index(3, c.KEY_COL_NAME))  # k4
    model.set_search(("al-",))
    assert _ids(model) == ["k2", "k3"]
    model.set_search(("al-p",))  # typed on: only the keys shown are looked at
    assert _ids(model) == ["k2", "k3"]
    model.set_search(("al-pi",))
    assert _ids(model) == ["k3"] and kept.row() == 0 and not gone.isValid()
    model.set_search(("-",))  # erased back: every key again
    assert _ids(model) == ["k1", "k2", "k3", "k4"] and kept.row() == 2
    model.set_search(("-", "-ta"))  # a second word narrows as well
    assert _ids(model) == ["k1", "k4"] and not kept.isValid()
    beta = QPersistentModelIndex(model.index(1, c.KEY_COL_NAME))
    model.sort(c.KEY_COL_NAME, Qt.SortOrder.AscendingOrder)
    assert _ids(model) == ["k4", "k1"] and beta.row() == 0  # be-ta, Del-ta
    model.set_search(())
    assert _ids(model) == ["k2", "k3", "k4", "k1"] and beta.row() == 2


def test_search_texts_wait_for_the_first_search_or_prepare_search(
    controller: Controller,
) -> None:
    make_key(controller, "k1", "One")
    make_key(controller, "k2", "Two")
    model = KeyTableModel(lambda _id: False)
    model.set_records(controller.keys.list())
    assert model._haystacks is None  # a load makes none: the window shows first
    model.sort(c.KEY_COL_NAME, Qt.SortOrder.DescendingOrder)  # a sort before any search
    wanted = controller.keys.get("k1").public_key.ssh_fingerprint[7:20]
    model.set_search((wanted.casefold(),))
    assert _ids(model) == ["k1"]
    model.set_records(controller.keys.list())
    assert model._haystacks is not None  # a search is on: the new load is filtered at once
    model.set_search(())
    model.set_records(controller.keys.list())
    assert model._haystacks is not None  # made before: made again with the load
    fresh = KeyTableModel(lambda _id: False)
    fresh.set_records(controller.keys.list())
    fresh.prepare_search()
    assert fresh._haystacks is not None and len(fresh._haystacks) == 2
