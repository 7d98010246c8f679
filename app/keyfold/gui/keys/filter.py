"""The keys view's proxy: sorts by `SORT_ROLE` and filters by the search text."""

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.models.columns import RECORD_ROLE, SORT_ROLE


def key_matches(record: KeyRecord, text: str) -> bool:
    """True when every word of `text` is in the name, id, a tag or fingerprint."""
    fingerprint = record.fingerprint
    haystack = " ".join(
        (
            record.name,
            record.key_id,
            " ".join(record.tags),
            fingerprint,
            record.public_key.ssh_fingerprint,
        )
    ).casefold()
    return all(word in haystack for word in text.casefold().split())


class KeyFilterProxy(QSortFilterProxyModel):
    """Search across name, id, tags and fingerprint; spaces in a query are AND."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text == self._search:
            return
        self.beginFilterChange()
        self._search = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._search:
            return True
        model = self.sourceModel()
        record = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        return isinstance(record, KeyRecord) and key_matches(record, self._search)
