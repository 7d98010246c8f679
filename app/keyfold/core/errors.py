"""The error hierarchy: every error carries one sentence a user can read.

Messages never contain secrets (passphrases, seeds, tokens): they name the
file, field or key that is wrong and what to do about it.
"""


class KeyfoldError(Exception):
    """Base of every error Keyfold reports to a user."""


class InvalidInputError(KeyfoldError):
    """Input a user gave (a file, an argument, a key) is not usable."""


class KeyFormatError(InvalidInputError):
    """A key in a file or string could not be read."""


class BackupFormatError(InvalidInputError):
    """A backup file is malformed; the message names the field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class WrongPassphraseError(KeyfoldError):
    """A passphrase did not open a sealed key or backup."""


class PassphraseRequiredError(KeyfoldError):
    """The operation needs a passphrase and none was given."""


class KeyNotFoundError(KeyfoldError):
    """No key with that id exists in the vault."""


class KeyExistsError(KeyfoldError):
    """A key with that id exists already."""


class StorageError(KeyfoldError):
    """The vault or a secret backend could not read or write."""


class KeychainUnavailableError(StorageError):
    """No usable OS keychain is present."""


class VaultBusyError(StorageError):
    """Another Keyfold process holds the vault lock for too long."""


class SignatureFormatError(InvalidInputError):
    """A signature or public key file is malformed."""


class VerificationError(KeyfoldError):
    """A signature did not verify; distinct from malformed input (exit 1)."""


class RegistryError(KeyfoldError):
    """A registration server refused a request or could not be reached."""

    def __init__(self, message: str, code: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class OperationCancelledError(KeyfoldError):
    """The user cancelled a long-running operation."""
