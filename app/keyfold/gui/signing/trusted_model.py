"""The table of trusted public keys (other people's keys, for checking signatures)."""

from typing import Any

from keyfold.controller.trusted_keys import TrustedKey
from keyfold.gui.base.models.formatting import format_time, short_fingerprint, sort_time
from keyfold.gui.base.models.record_table import RecordTableModel
from keyfold.gui.signing import columns as c


class TrustedKeyTableModel(RecordTableModel[TrustedKey]):
    HEADER_CONTEXT = c.HEADER_CONTEXT
    HEADERS = c.TRUSTED_HEADERS

    def row_of(self, name: str) -> int | None:
        for row, key in enumerate(self._records):
            if key.name == name:
                return row
        return None

    def _sort_key(self, key: TrustedKey, column: int) -> Any:
        if column == c.TRUSTED_COL_ADDED:
            return sort_time(key.added)
        return super()._sort_key(key, column)

    def _tooltip(self, key: TrustedKey, column: int) -> str | None:
        return key.fingerprint if column == c.TRUSTED_COL_FINGERPRINT else None

    def _display(self, key: TrustedKey, column: int) -> str | None:
        if column == c.TRUSTED_COL_NAME:
            return key.name
        if column == c.TRUSTED_COL_FINGERPRINT:
            return short_fingerprint(key.fingerprint)
        if column == c.TRUSTED_COL_KEY_NUMBER:
            return key.key_number_hex
        if column == c.TRUSTED_COL_ADDED:
            return format_time(key.added)
        return None
