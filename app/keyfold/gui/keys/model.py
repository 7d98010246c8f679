"""The table model of the vault's keys, with lock, backup and rotation state."""

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
from keyfold.gui.base.models.record_table import RecordTableModel
from keyfold.gui.base.models.rotation_words import due_label, due_rank, due_sentence
from keyfold.gui.keys.search import haystack


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
        # Every key (records()); the rows are those matching the search words.
        self._all: list[KeyRecord] = []
        self._haystacks: dict[str, str] = {}
        self._words: tuple[str, ...] = ()

    def set_records(self, records: Sequence[KeyRecord]) -> None:
        self.beginResetModel()
        self._all = self._sorted(list(records))
        # Fingerprints are cached per key (core.keys), so this is string joins only.
        self._haystacks = {record.key_id: haystack(record) for record in self._all}
        self._records = self._matching()
        self.endResetModel()

    def records(self) -> list[KeyRecord]:
        """Every key, shown by the search or not."""
        return list(self._all)

    def set_search(self, words: tuple[str, ...]) -> None:
        """Show only keys containing every word (casefolded); selections stay on their keys."""
        if words == self._words:
            return
        self._words = words
        self._relayout()

    def resort(self) -> None:
        if self._sorting is None or not self._all:
            return
        self._all = self._sorted(self._all)
        self._relayout()

    def row_of(self, key_id: str) -> int | None:
        for row, record in enumerate(self._records):
            if record.key_id == key_id:
                return row
        return None

    def _matching(self) -> list[KeyRecord]:
        words = self._words
        if not words:
            return list(self._all)
        found = self._haystacks
        return [r for r in self._all if all(word in found[r.key_id] for word in words)]

    def _relayout(self) -> None:
        """The rows changed order or membership: one layout change, not a reset."""
        self.layoutAboutToBeChanged.emit()
        old = self._records
        self._records = self._matching()
        position = {record.key_id: row for row, record in enumerate(self._records)}
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            row = position.get(old[index.row()].key_id) if index.row() < len(old) else None
            moved.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

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
