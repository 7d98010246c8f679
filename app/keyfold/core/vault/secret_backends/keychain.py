"""The OS keychain backend through `keyring` (Secret Service, macOS, Windows)."""

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from keyfold.core.errors import StorageError
from keyfold.core.vault.secret_backends.base import SecretBackend, SecretRef

SERVICE = "keyfold"


def _keyring_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a keychain raises when it is locked, absent or refuses."""
    errors: list[type[BaseException]] = [KeyringError, OSError]
    try:
        from secretstorage.exceptions import SecretStorageException
    except ImportError:  # secretstorage only exists on Linux
        pass
    else:
        errors.append(SecretStorageException)
    try:
        from jeepney.wrappers import DBusErrorResponse
    except ImportError:
        pass
    else:
        errors.append(DBusErrorResponse)
    return tuple(errors)


KEYRING_ERRORS = _keyring_errors()


def backend_label(backend: KeyringBackend) -> str:
    """A readable backend name such as 'SecretService Keyring'."""
    name = getattr(backend, "name", None)
    return str(name) if name else type(backend).__name__


class KeychainBackend(SecretBackend):
    """Envelopes as keychain passwords: service "keyfold", user "<vault>/<key>/v<n>"."""

    is_primary = True

    def __init__(self, keyring_backend: KeyringBackend) -> None:
        self.keyring = keyring_backend
        self.name = backend_label(keyring_backend)

    def store(self, ref: SecretRef, envelope: bytes) -> None:
        try:
            self.keyring.set_password(SERVICE, str(ref), envelope.decode("utf-8"))
        except KEYRING_ERRORS as exc:
            raise StorageError(
                f"The OS keychain refused to store key {ref.key_id}: {one_line_reason(exc)}"
            ) from exc

    def load(self, ref: SecretRef) -> bytes:
        try:
            value = self.keyring.get_password(SERVICE, str(ref))
        except KEYRING_ERRORS as exc:
            raise StorageError(
                f"The OS keychain could not give key {ref.key_id}: {one_line_reason(exc)}"
            ) from exc
        if value is None:
            raise StorageError(
                f"The secret of key {ref.key_id} (version {ref.version}) is missing "
                "from the OS keychain."
            )
        return value.encode("utf-8")

    def delete(self, ref: SecretRef) -> None:
        try:
            self.keyring.delete_password(SERVICE, str(ref))
        except PasswordDeleteError:
            return  # not there: deleting is done
        except KEYRING_ERRORS as exc:
            raise StorageError(
                f"The OS keychain could not delete key {ref.key_id}: {one_line_reason(exc)}"
            ) from exc

    def contains(self, ref: SecretRef) -> bool:
        try:
            return self.keyring.get_password(SERVICE, str(ref)) is not None
        except KEYRING_ERRORS as exc:
            raise StorageError(
                f"The OS keychain could not look up key {ref.key_id}: {one_line_reason(exc)}"
            ) from exc


def one_line_reason(exc: BaseException) -> str:
    """The library's message on one line, ending in a full stop."""
    text = " ".join(str(exc).split()).rstrip(".") or type(exc).__name__
    return text + "."
