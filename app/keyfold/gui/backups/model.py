"""The table model of backups Keyfold made: file, keys, date, format, checked."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from keyfold.core.vault.records import BackupRecord
from keyfold.gui.base.models import columns as c
from keyfold.gui.base.models.formatting import format_time, preset_label, sort_time
from keyfold.gui.base.models.record_table import RecordTableModel


def format_label(record: BackupRecord) -> str:
    label = preset_label(record.preset)
    if record.bundle:
        return QCoreApplication.translate("BackupTableModel", "{format}, bundle").format(
            format=label
        )
    return label


class BackupTableModel(RecordTableModel[BackupRecord]):
    """One row per backup file written."""

    HEADERS = c.BACKUP_HEADERS

    def _display(self, record: BackupRecord, column: int) -> str | None:
        if column == c.BACKUP_COL_FILE:
            return Path(record.path).name
        if column == c.BACKUP_COL_KEYS:
            return ", ".join(record.key_ids)
        if column == c.BACKUP_COL_DATE:
            return format_time(record.created)
        if column == c.BACKUP_COL_FORMAT:
            return format_label(record)
        if column == c.BACKUP_COL_VERIFIED:
            return format_time(record.last_verified, never=self.tr("Not checked"))
        return None

    def _sort_key(self, record: BackupRecord, column: int) -> Any:
        if column == c.BACKUP_COL_DATE:
            return sort_time(record.created)
        if column == c.BACKUP_COL_VERIFIED:
            return sort_time(record.last_verified)
        return super()._sort_key(record, column)

    def _tooltip(self, record: BackupRecord, column: int) -> str | None:
        return record.path if column == c.BACKUP_COL_FILE else None
