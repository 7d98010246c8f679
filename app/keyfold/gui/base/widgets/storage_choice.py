"""A combo box of where a private key can live, from the vault's backend status."""

from PySide6.QtWidgets import QComboBox, QWidget

from keyfold.core.vault.records import BackendStatus, StorageKind


class StorageChoice(QComboBox):
    """Keychain first when there is one; otherwise says why it is missing."""

    def __init__(self, status: BackendStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storageCombo")
        self.setAccessibleName(self.tr("Where to keep the private key"))
        if status.keychain_available:
            self.addItem(
                self.tr("System keychain ({keychain})").format(keychain=status.keychain_name),
                StorageKind.KEYCHAIN.value,
            )
        self.addItem(self.tr("Encrypted file in the vault folder"), StorageKind.FILE.value)
        index = self.findData(status.default_storage.value)
        self.setCurrentIndex(max(index, 0))
        if not status.keychain_available:
            self.setToolTip(self.tr("No system keychain: {reason}").format(reason=status.reason))

    def storage(self) -> StorageKind:
        return StorageKind(self.currentData())

    def set_storage(self, kind: StorageKind) -> None:
        index = self.findData(kind.value)
        if index >= 0:
            self.setCurrentIndex(index)
