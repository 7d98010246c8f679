"""The keys view's proxy: hands the search text and the sort to the key model.

KeyTableModel filters and sorts in Python over precomputed per-key strings,
so this proxy never calls back into Python per row: Qt's default
filterAcceptsRow (no pattern) accepts every row the model shows.
"""

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from keyfold.gui.base.models.columns import SORT_ROLE
from keyfold.gui.keys.model import KeyTableModel
from keyfold.gui.keys.search import search_words


class KeyFilterProxy(QSortFilterProxyModel):
    """Search across name, id, tags and fingerprint; spaces in a query are AND."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._keys: KeyTableModel | None = None
        self.setSortRole(SORT_ROLE)

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        self._keys = model if isinstance(model, KeyTableModel) else None
        if self._keys is not None:
            self._keys.set_search(search_words(self._search))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._keys is None:
            super().sort(column, order)
            return
        self._keys.sort(column, order)

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text == self._search:
            return
        self._search = text
        if self._keys is not None:
            self._keys.set_search(search_words(text))
