"""The table model of the vault's keys, with lock, backup and rotation state."""

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon

from keyfold.core.display import shown
from keyfold.core.rotation import RotationStatus
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.models import columns as c
from keyfold.gui.base.models.formatting import (
    backup_state,
    format_time,
    needs_backup,
    short_fingerprint,
    sort_time,
    storage_label,
)
from keyfold.gui.base.models.record_table import Index, RecordTableModel
from keyfold.gui.base.models.rotation_words import due_label, due_rank, due_sentence
from keyfold.gui.keys.search import haystack

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
# The roles a key cell answers; Qt's delegate asks each painted cell for seven
# (font, alignment, colours, check state, icon, text), most of them unused here.
_ROLES = frozenset(
    {
        _DISPLAY,
        int(Qt.ItemDataRole.DecorationRole),
        int(Qt.ItemDataRole.ToolTipRole),
        c.RECORD_ROLE,
        c.SORT_ROLE,
    }
)
# Shown as they are now on every paint: the unlock cache expires keys by time,
# and "In 12 days" counts from today.
_LIVE_COLUMNS = frozenset({c.KEY_COL_LOCK, c.KEY_COL_ROTATION})


class KeyTableModel(RecordTableModel[KeyRecord]):
    """One row per key. `is_unlocked(key_id)` tells the lock column the truth."""

    HEADERS = c.KEY_HEADERS

    def __init__(
        self,
        is_unlocked: Callable[[str], bool],
        warning_icon: QIcon | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._is_unlocked = is_unlocked
        self._warning_icon = warning_icon
        # Kept across set_records: the rotation states are loaded in a worker.
        self._rotation: dict[str, RotationStatus] = {}
        # Every key (records()) and, in the same order, its search text (made
        # on the first search, see prepare_search); the rows are the keys at
        # `_shown` (ascending positions in `_all`).
        self._all: list[KeyRecord] = []
        self._haystacks: list[str] | None = None
        self._shown: list[int] = []
        self._words: tuple[str, ...] = ()
        # Each shown key's cell texts (None for the live columns), made on its
        # first paint: a keystroke repaints the visible rows, each of them again.
        self._texts: dict[str, tuple[str | None, ...]] = {}

    def set_records(self, records: Sequence[KeyRecord]) -> None:
        self.beginResetModel()
        self._texts = {}
        self._all = self._sorted(list(records))
        # Made again at once once they exist (the fingerprints are cached by
        # then); the first load leaves them to prepare_search.
        prepared = self._haystacks is not None
        self._haystacks = None
        if prepared:
            self._search_texts()
        self._shown = self._matching(range(len(self._all)), self._words)
        self._records = [self._all[position] for position in self._shown]
        self.endResetModel()

    def records(self) -> list[KeyRecord]:
        """Every key, shown by the search or not."""
        return list(self._all)

    def prepare_search(self) -> None:
        """Make every key's search text now, not on the first keystroke.

        The first load (the window's start) leaves them unmade: the SHA-256
        and OpenSSH fingerprints they hold cost about 5 µs a key the first time
        (50 ms at 10,000 keys), and the window shows first. The window warms
        the fingerprints on its preloader's thread after the first paint, then
        calls this (string joins only, about 1 µs a key). Later loads make
        them at once, so no keystroke waits for them.
        """
        self._search_texts()

    def _search_texts(self) -> list[str]:
        if self._haystacks is None:
            self._haystacks = [haystack(record) for record in self._all]
        return self._haystacks

    def set_search(self, words: tuple[str, ...]) -> None:
        """Show only keys containing every word (casefolded); selections stay on their keys."""
        if words == self._words:
            return
        # A query that only adds to the last one (each old word is inside a new
        # word) matches a subset of its keys: look only at the keys shown now.
        narrower = all(any(old in new for new in words) for old in self._words)
        self._words = words
        self._relayout(self._shown if narrower else range(len(self._all)))

    def resort(self) -> None:
        if self._sorting is None or not self._all:
            return
        order = self._sorted_rows(self._all)
        self._all = [self._all[position] for position in order]
        if self._haystacks is not None:
            self._haystacks = [self._haystacks[position] for position in order]
        now_at = {before: after for after, before in enumerate(order)}
        self._relayout(range(len(self._all)), renumbered=now_at)

    def row_of(self, key_id: str) -> int | None:
        for row, record in enumerate(self._records):
            if record.key_id == key_id:
                return row
        return None

    def _matching(self, candidates: Sequence[int], words: tuple[str, ...]) -> list[int]:
        """The positions among `candidates` whose search text holds every word.

        One plain comprehension per word: about 0.1 µs a key, where a generator
        per key (all(...)) took five times as long at 10,000 keys.
        """
        shown = list(candidates)
        if not words:
            return shown
        haystacks = self._search_texts()
        for word in words:
            shown = [position for position in shown if word in haystacks[position]]
        return shown

    def _relayout(
        self, candidates: Sequence[int], renumbered: Mapping[int, int] | None = None
    ) -> None:
        """The rows changed order or membership: one layout change, not a reset.
        `renumbered` maps the keys' old positions to new ones after a sort."""
        self.layoutAboutToBeChanged.emit()
        old = self._shown
        if renumbered is not None:
            old = [renumbered[position] for position in old]
        self._shown = self._matching(candidates, self._words)
        self._records = [self._all[position] for position in self._shown]
        # Only the few persistent indexes (selection, current row) move: each
        # finds its key's new row by bisection, not through a map of every row.
        shown = self._shown
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            row = index.row()
            new_row = None
            if 0 <= row < len(old):
                new_row = bisect_left(shown, old[row])
                if new_row == len(shown) or shown[new_row] != old[row]:
                    new_row = None
            moved.append(
                self.index(new_row, index.column()) if new_row is not None else QModelIndex()
            )
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """As the base model, with the paths a repaint takes kept short."""
        if role not in _ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if role != _DISPLAY or not 0 <= row < len(self._records):
            return super().data(index, role)
        record = self._records[row]
        column = index.column()
        if column in _LIVE_COLUMNS:
            return self._display(record, column)
        texts = self._texts.get(record.key_id)
        if texts is None:
            texts = tuple(
                None if column in _LIVE_COLUMNS else self._display(record, column)
                for column in range(len(self.HEADERS))
            )
            self._texts[record.key_id] = texts
        return texts[column] if 0 <= column < len(texts) else None

    def refresh_lock_state(self) -> None:
        """The unlock cache changed (unlock, idle lock): repaint that column."""
        self._column_changed(c.KEY_COL_LOCK)

    def set_rotation(self, statuses: Mapping[str, RotationStatus]) -> None:
        """Each key's rotation verdict (key_id -> status); repaints the Rotation column."""
        self._rotation = dict(statuses)
        self._column_changed(c.KEY_COL_ROTATION)
        if self._sorting is not None and self._sorting[0] == c.KEY_COL_ROTATION:
            self.resort()

    def rotation(self, key_id: str) -> RotationStatus | None:
        return self._rotation.get(key_id)

    def _role_data(self, record: KeyRecord, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DecorationRole:
            return None
        if column == c.KEY_COL_BACKUP:
            return self._warning_icon if needs_backup(record) else None
        if column == c.KEY_COL_ROTATION:
            status = self._rotation.get(record.key_id)
            return self._warning_icon if status is not None and status.due else None
        return None

    def _lock_text(self, record: KeyRecord) -> str:
        if not record.protected:
            return self.tr("No passphrase")
        return self.tr("Unlocked") if self._is_unlocked(record.key_id) else self.tr("Locked")

    def _display(self, record: KeyRecord, column: int) -> str | None:
        if column == c.KEY_COL_NAME:
            return shown(record.name or record.key_id)
        if column == c.KEY_COL_ID:
            return record.key_id
        if column == c.KEY_COL_TAGS:
            return ", ".join(record.tags)
        if column == c.KEY_COL_FINGERPRINT:
            return short_fingerprint(record.fingerprint)
        if column == c.KEY_COL_STORAGE:
            return storage_label(record.storage)
        if column == c.KEY_COL_LOCK:
            return self._lock_text(record)
        if column == c.KEY_COL_BACKUP:
            return backup_state(record)
        if column == c.KEY_COL_CREATED:
            return format_time(record.created)
        if column == c.KEY_COL_ROTATION:
            return due_label(self._rotation.get(record.key_id))
        return None

    def _sort_key(self, record: KeyRecord, column: int) -> Any:
        if column == c.KEY_COL_CREATED:
            return sort_time(record.created)
        if column == c.KEY_COL_BACKUP:
            return sort_time(record.last_backup if record.backup_is_current else None)
        if column == c.KEY_COL_ROTATION:
            status = self._rotation.get(record.key_id)
            # Most urgent last (so a descending sort puts it first), earliest due first.
            due_at = status.due_at.timestamp() if status is not None and status.due_at else 0.0
            return due_rank(status) * 1e10 - due_at
        return super()._sort_key(record, column)

    def _tooltip(self, record: KeyRecord, column: int) -> str | None:
        if column == c.KEY_COL_FINGERPRINT:
            return record.fingerprint
        if column == c.KEY_COL_BACKUP and needs_backup(record):
            return self.tr("Make a backup so you can get this key back if this computer is lost.")
        if column == c.KEY_COL_NAME and record.description:
            return record.description
        if column == c.KEY_COL_ROTATION and record.key_id in self._rotation:
            return due_sentence(self._rotation[record.key_id])
        return None
