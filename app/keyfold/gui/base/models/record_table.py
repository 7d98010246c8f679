"""A table model over a list of frozen records: one row a record, the columns a header tuple.

Subclasses set `HEADERS` (marked with QT_TRANSLATE_NOOP) and `HEADER_CONTEXT`, and say
what a cell shows in `_display`, `_sort_key`, `_tooltip` and `_role_data`. Their own
texts use `self.tr` in those methods: PySide translates `tr` under the runtime class
name, so this base has no `tr` calls of its own.
"""

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from keyfold.gui.base.models.columns import RECORD_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """RECORD_ROLE gives a row's record through any proxy; SORT_ROLE a sortable value."""

    HEADER_CONTEXT: ClassVar[str] = "Columns"
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []
        self._sorting: tuple[int, Qt.SortOrder] | None = None

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = self._sorted(list(records))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python, one sort key per row, keeping persistent indexes.

        A proxy that forwards its sort here (KeyFilterProxy) spares Qt's sort,
        which asks Python for two cells per comparison: seconds at 10,000 rows.
        """
        self._sorting = (column, order) if column >= 0 else None
        self.resort()

    def resort(self) -> None:
        """Sort again (what the sort column shows changed), moving selections along."""
        if self._sorting is None or not self._records:
            return
        self.layoutAboutToBeChanged.emit()
        old = self._records
        rows = self._sorted_rows(old)
        self._records = [old[row] for row in rows]
        moved = {before: after for after, before in enumerate(rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(moved[index.row()], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()

    def _sorted(self, records: list[R]) -> list[R]:
        return [records[row] for row in self._sorted_rows(records)] if self._sorting else records

    def _sorted_rows(self, records: list[R]) -> list[int]:
        assert self._sorting is not None
        column, order = self._sorting
        keys = [self._sort_key(record, column) for record in records]
        return sorted(
            range(len(records)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def records(self) -> list[R]:
        return list(self._records)

    def record(self, row: int) -> R:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.HEADER_CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == SORT_ROLE:
            return self._sort_key(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        return self._role_data(record, column, role)

    def _display(self, record: R, column: int) -> str | None:
        """The cell's text."""
        return None

    def _sort_key(self, record: R, column: int) -> Any:
        """What the cell sorts by: its text, ignoring case, unless a subclass knows better."""
        return (self._display(record, column) or "").casefold()

    def _tooltip(self, record: R, column: int) -> str | None:
        return None

    def _role_data(self, record: R, column: int, role: int) -> Any:
        """Any other role (colour, icon, alignment) of the cell."""
        return None

    def _column_changed(self, column: int, roles: Sequence[int] = ()) -> None:
        """Repaint one column of every row (state kept beside the records changed)."""
        if self._records:
            top = self.index(0, column)
            bottom = self.index(len(self._records) - 1, column)
            self.dataChanged.emit(top, bottom, list(roles))
