"""The shared table model over a list of records."""

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyfold.gui.base.models.columns import RECORD_ROLE, SORT_ROLE
from keyfold.gui.base.models.record_table import RecordTableModel
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Fruit:
    name: str
    count: int


class FruitModel(RecordTableModel[Fruit]):
    HEADER_CONTEXT = "FruitColumns"
    HEADERS = (
        QT_TRANSLATE_NOOP("FruitColumns", "Fruit"),
        QT_TRANSLATE_NOOP("FruitColumns", "Count"),
    )

    def _display(self, record: Fruit, column: int) -> str | None:
        return record.name if column == 0 else str(record.count)


FRUITS = [Fruit("Pear", 12), Fruit("apple", 3)]


def test_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = FruitModel()
    model.set_records(FRUITS)
    qtmodeltester.check(model, force_py=True)


def test_rows_columns_and_headers() -> None:
    model = FruitModel()
    assert model.rowCount() == 0
    model.set_records(FRUITS)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.records() == FRUITS
    assert model.record(1) == FRUITS[1]


def test_default_roles() -> None:
    model = FruitModel()
    model.set_records(FRUITS)
    assert model.index(0, 1).data() == "12"
    assert model.index(0, 0).data(SORT_ROLE) == "pear"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_record_role_through_a_proxy() -> None:
    model = FruitModel()
    model.set_records(FRUITS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(0)
    assert proxy.index(0, 1).data(RECORD_ROLE) == Fruit("apple", 3)


def test_column_changed_covers_every_row(qtbot: QtBot) -> None:
    model = FruitModel()
    model.set_records(FRUITS)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model._column_changed(1, [Qt.ItemDataRole.ForegroundRole])
    top, bottom, roles = blocker.args or []
    assert (top.row(), top.column(), bottom.row(), bottom.column()) == (0, 1, 1, 1)
    assert roles == [Qt.ItemDataRole.ForegroundRole]
