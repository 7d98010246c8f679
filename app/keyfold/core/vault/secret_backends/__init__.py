"""Where sealed private keys live: the OS keychain or encrypted files."""

from keyfold.core.vault.secret_backends.base import SecretBackend, SecretRef
from keyfold.core.vault.secret_backends.encrypted_files import EncryptedFileBackend
from keyfold.core.vault.secret_backends.keychain import KeychainBackend
from keyfold.core.vault.secret_backends.select import KeychainChoice, select_keychain

__all__ = [
    "EncryptedFileBackend",
    "KeychainBackend",
    "KeychainChoice",
    "SecretBackend",
    "SecretRef",
    "select_keychain",
]
