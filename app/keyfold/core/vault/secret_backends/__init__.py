"""Where sealed private keys live: the OS keychain or encrypted files."""

from typing import TYPE_CHECKING

from keyfold.core.lazy import lazy_exports
from keyfold.core.vault.secret_backends.base import SecretBackend, SecretRef
from keyfold.core.vault.secret_backends.encrypted_files import EncryptedFileBackend

if TYPE_CHECKING:
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

# The keychain side imports `keyring` (and through it D-Bus and `cryptography`):
# loaded when a vault first needs its keychain, not with the file backend.
_LAZY = {
    "KeychainBackend": "keyfold.core.vault.secret_backends.keychain",
    "KeychainChoice": "keyfold.core.vault.secret_backends.select",
    "select_keychain": "keyfold.core.vault.secret_backends.select",
}

__getattr__ = lazy_exports(__name__, _LAZY)
