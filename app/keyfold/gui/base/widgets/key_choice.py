"""A combo box of the vault's keys, for choosing which key signs or decrypts."""

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from keyfold.core.vault.records import KeyRecord


def key_label(record: KeyRecord) -> str:
    if record.name and record.name != record.key_id:
        return f"{record.name} ({record.key_id})"
    return record.key_id


class KeyChoice(QComboBox):
    """Items carry the key id as data; `none_text` adds a first "no key" item."""

    def __init__(
        self,
        records: Sequence[KeyRecord],
        selected: str | None = None,
        *,
        none_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if none_text is not None:
            self.addItem(none_text, None)
        for record in records:
            self.addItem(key_label(record), record.key_id)
        if selected is not None:
            self.select(selected)

    def select(self, key_id: str) -> None:
        index = self.findData(key_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def key_id(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None
