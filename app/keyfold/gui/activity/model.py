"""The table model of activity-log entries, oldest first as stored."""

from typing import Any

from PySide6.QtCore import QObject

from keyfold.core.audit import AuditEntry
from keyfold.gui.activity import columns as a
from keyfold.gui.activity.wording import details_text, kind_words, sentence
from keyfold.gui.base.models.formatting import format_time
from keyfold.gui.base.models.record_table import RecordTableModel


class AuditTableModel(RecordTableModel[AuditEntry]):
    """One row per entry; RECORD_ROLE gives the AuditEntry, SORT_ROLE a sortable value."""

    HEADER_CONTEXT = a.HEADER_CONTEXT
    HEADERS = a.AUDIT_HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Key names by id, so sentences name keys as the user does.
        self.key_names: dict[str, str] = {}

    def _display(self, entry: AuditEntry, column: int) -> str | None:
        if column == a.AUDIT_COL_WHEN:
            return format_time(entry.timestamp)
        if column == a.AUDIT_COL_WHAT:
            return kind_words(entry.kind)
        if column == a.AUDIT_COL_KEY:
            return entry.key_id or ""
        if column == a.AUDIT_COL_VERSION:
            return "" if entry.version is None else str(entry.version)
        if column == a.AUDIT_COL_DETAILS:
            return sentence(entry, self.key_names.get(entry.key_id or "", ""))
        if column == a.AUDIT_COL_ACTOR:
            return entry.actor
        return None

    def _sort_key(self, entry: AuditEntry, column: int) -> Any:
        if column == a.AUDIT_COL_WHEN:
            return entry.seq  # the log's own order, even within one second
        if column == a.AUDIT_COL_VERSION:
            return -1 if entry.version is None else entry.version
        return super()._sort_key(entry, column)

    def _tooltip(self, entry: AuditEntry, column: int) -> str | None:
        if column == a.AUDIT_COL_WHEN:
            return self.tr("Entry {number}, {time}").format(
                number=entry.seq, time=entry.timestamp.isoformat()
            )
        # Details on demand: the log's own words, as recorded.
        if column == a.AUDIT_COL_DETAILS and entry.details:
            return details_text(entry.details)
        if column == a.AUDIT_COL_WHAT:
            return entry.kind
        return None
