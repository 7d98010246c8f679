"""Status-bar wording for where secrets are stored."""

from PySide6.QtCore import QCoreApplication

from keyfold.core.vault.records import BackendStatus, StorageKind


def storage_summary(status: BackendStatus) -> str:
    """Says plainly whether secrets go to the keychain or to the encrypted-file fallback."""
    if status.keychain_available and status.default_storage is StorageKind.KEYCHAIN:
        return QCoreApplication.translate(
            "Status", "Private keys are kept in the system keychain ({keychain})"
        ).format(keychain=status.keychain_name)
    if status.keychain_available:
        return QCoreApplication.translate(
            "Status", "Private keys are kept in encrypted files in the vault folder"
        )
    return QCoreApplication.translate(
        "Status", "No system keychain: private keys are kept in encrypted files"
    )
