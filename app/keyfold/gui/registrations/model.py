"""The table model of key registrations with servers, status in words and colour."""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon

from keyfold.gui.base.models import columns as c
from keyfold.gui.base.models.formatting import format_time, sort_time
from keyfold.gui.base.models.record_table import RecordTableModel
from keyfold.gui.base.models.registration_status import (
    RegistrationRow,
    StatusTone,
    status_hint,
    status_tone,
    status_words,
)


class RegistrationTableModel(RecordTableModel[RegistrationRow]):
    """One row per registration of a key version with a server."""

    HEADERS = c.REG_HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._colors: Mapping[StatusTone, QColor] = {}
        self._icons: Mapping[StatusTone, QIcon] = {}

    def set_status_look(
        self, colors: Mapping[StatusTone, QColor], icons: Mapping[StatusTone, QIcon]
    ) -> None:
        """Colours and icons for the status column (the view picks them for its palette)."""
        self._colors = dict(colors)
        self._icons = dict(icons)
        roles = [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole]
        self._column_changed(c.REG_COL_STATUS, roles)

    def rows_for_key(self, key_id: str) -> list[RegistrationRow]:
        return [row for row in self._records if row.key_id == key_id]

    def row_of(self, server: str, client_id: str) -> int | None:
        for number, row in enumerate(self._records):
            if row.server == server and row.client_id == client_id:
                return number
        return None

    def _role_data(self, row: RegistrationRow, column: int, role: int) -> Any:
        if column == c.REG_COL_STATUS:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._colors.get(status_tone(row.status))
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icons.get(status_tone(row.status))
        return None

    def _display(self, row: RegistrationRow, column: int) -> str | None:
        values = {
            c.REG_COL_KEY: row.key_id,
            c.REG_COL_VERSION: str(row.key_version),
            c.REG_COL_SERVER: row.server,
            c.REG_COL_CLIENT: row.client_id,
            c.REG_COL_STATUS: status_words(row.status),
            c.REG_COL_DATE: format_time(row.registered_at, never=self.tr("Unknown")),
            c.REG_COL_CHECKED: format_time(row.last_checked),
            c.REG_COL_USED: format_time(row.last_used),
            c.REG_COL_REGISTRATION: row.registration_id,
        }
        return values.get(column)

    def _sort_key(self, row: RegistrationRow, column: int) -> Any:
        times = {
            c.REG_COL_DATE: row.registered_at,
            c.REG_COL_CHECKED: row.last_checked,
            c.REG_COL_USED: row.last_used,
        }
        if column in times:
            return sort_time(times[column])
        if column == c.REG_COL_VERSION:
            return row.key_version
        return super()._sort_key(row, column)

    def _tooltip(self, row: RegistrationRow, column: int) -> str | None:
        if column == c.REG_COL_STATUS:
            return self.tr("{hint}\nLast checked: {time}").format(
                hint=status_hint(row.status), time=format_time(row.last_checked)
            )
        if column == c.REG_COL_KEY:
            return self.tr("Fingerprint {fingerprint}").format(fingerprint=row.fingerprint)
        return None
