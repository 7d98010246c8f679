"""The activity view's proxy: filter by kind, key and date range; sort by SORT_ROLE."""

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from keyfold.core.audit import AuditEntry
from keyfold.gui.base.models.columns import RECORD_ROLE, SORT_ROLE


class AuditFilterProxy(QSortFilterProxyModel):
    """Each setter re-filters only when its value really changed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._key_id: str | None = None
        self._since: datetime | None = None
        self._until: datetime | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def kind(self) -> str | None:
        return self._kind

    @property
    def key_id(self) -> str | None:
        return self._key_id

    def set_kind(self, kind: str | None) -> None:
        if kind != self._kind:
            self.beginFilterChange()
            self._kind = kind
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_key(self, key_id: str | None) -> None:
        if key_id != self._key_id:
            self.beginFilterChange()
            self._key_id = key_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_range(self, since: datetime | None, until: datetime | None) -> None:
        """Entries at or after `since` and before `until` (aware datetimes; None: open)."""
        if (since, until) != (self._since, self._until):
            self.beginFilterChange()
            self._since, self._until = since, until
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        entry = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        if not isinstance(entry, AuditEntry):
            return False
        if self._kind is not None and entry.kind != self._kind:
            return False
        if self._key_id is not None and entry.key_id != self._key_id:
            return False
        if self._since is not None and entry.timestamp < self._since:
            return False
        return self._until is None or entry.timestamp < self._until
