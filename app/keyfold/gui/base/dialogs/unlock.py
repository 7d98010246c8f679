"""Ask for a key's passphrase to unlock it for a while."""

from PySide6.QtWidgets import QWidget

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.passphrase_prompt import PassphrasePromptDialog


class UnlockDialog(PassphrasePromptDialog):
    def __init__(
        self, record: KeyRecord, minutes: int, reason: str = "", parent: QWidget | None = None
    ) -> None:
        text = reason or self.tr("Type the passphrase of the key “{key}”.").format(
            key=record.name or record.key_id
        )
        text += " " + (
            self.tr("It stays unlocked until you leave Keyfold alone for %n minute.", "", minutes)
            if minutes == 1
            else self.tr(
                "It stays unlocked until you leave Keyfold alone for %n minutes.", "", minutes
            )
        )
        super().__init__(
            self.tr("Unlock {key}").format(key=record.name or record.key_id),
            text,
            self.tr("Unlock"),
            parent,
        )
        self.setObjectName("unlockDialog")
        self.record = record
