"""Ask for a key's passphrase for one job (finishing a rotation), without unlocking it."""

from PySide6.QtWidgets import QWidget

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.passphrase_prompt import PassphrasePromptDialog


class PassphraseDialog(PassphrasePromptDialog):
    def __init__(
        self, record: KeyRecord, text: str, ok_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(record.name or record.key_id, text, ok_text, parent)
        self.setObjectName("rotationPassphraseDialog")
