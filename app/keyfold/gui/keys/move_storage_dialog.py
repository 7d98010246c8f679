"""Move a key's private half between the system keychain and an encrypted file."""

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from keyfold.core.vault.records import BackendStatus, KeyRecord, StorageKind
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.models.formatting import storage_label
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.storage_choice import StorageChoice


class MoveStorageDialog(TaskDialog):
    def __init__(
        self, record: KeyRecord, status: BackendStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Move key {key_id}").format(key_id=record.key_id), self.tr("Move key"), parent
        )
        self.setObjectName("moveStorageDialog")
        self.record = record
        self.target = StorageChoice(status)
        other = StorageKind.FILE if record.storage is StorageKind.KEYCHAIN else StorageKind.KEYCHAIN
        self.target.set_storage(other)
        self.passphrase_edit = named(
            QLineEdit(echoMode=QLineEdit.EchoMode.Password), "passphraseEdit"
        )
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase of the key"))
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Now in:"), QLabel(storage_label(record.storage)))
        form.addRow(self.tr("Move to:"), self.target)
        if record.protected:
            form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        if not status.keychain_available:
            note = QLabel(
                self.tr("There is no system keychain here: {reason}").format(reason=status.reason),
                wordWrap=True,
            )
            form.addRow(note)
        self.resize(460, self.sizeHint().height())

    def problem(self) -> str | None:
        if self.target.storage() is self.record.storage:
            return self.tr("The key is there already; choose the other place.")
        if self.record.protected and not self.passphrase_edit.text():
            return self.tr("Type the key's passphrase.")
        if not self.record.protected and self.target.storage() is StorageKind.FILE:
            return self.tr(
                "A key in a file needs a passphrase: give it one with “Change passphrase” first."
            )
        return None

    def passphrase(self) -> str | None:
        return self.passphrase_edit.text() if self.record.protected else None
