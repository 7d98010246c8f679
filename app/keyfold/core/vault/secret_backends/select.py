"""Choose the keychain: a real `keyring` backend that survives a probe, else none."""

import logging
import secrets
from dataclasses import dataclass

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from keyfold.core.vault.secret_backends.keychain import (
    KEYRING_ERRORS,
    SERVICE,
    KeychainBackend,
    backend_label,
    one_line_reason,
)

logger = logging.getLogger(__name__)

_PLACEHOLDERS = (fail.Keyring, null.Keyring)
# A bad PYTHON_KEYRING_BACKEND or keyringrc makes keyring raise these on load.
_LOAD_ERRORS: tuple[type[BaseException], ...] = (
    *KEYRING_ERRORS,
    ImportError,
    ValueError,
    AttributeError,
)


@dataclass(frozen=True)
class KeychainChoice:
    """The keychain to use (None when there is none) and a sentence saying why."""

    backend: KeychainBackend | None
    name: str
    reason: str


def is_real_keyring(backend: KeyringBackend) -> bool:
    """False for the fail/null backends and for a chainer holding only those."""
    if isinstance(backend, chainer.ChainerBackend):
        return any(is_real_keyring(inner) for inner in backend.backends)
    return not isinstance(backend, _PLACEHOLDERS)


def select_keychain(backend: KeyringBackend | None = None) -> KeychainChoice:
    """Detect by type, then probe with a throwaway set and delete.

    A Secret Service whose login keyring is locked (or auto-started without
    an unlock) reports itself as usable and fails on the first write, so only
    a real write proves the keychain works.
    """
    try:
        chosen = backend if backend is not None else keyring.get_keyring()
    except _LOAD_ERRORS as exc:
        logger.warning("No OS keychain could be loaded", exc_info=True)
        return KeychainChoice(None, "", f"No OS keychain could be loaded ({one_line_reason(exc)})")
    label = backend_label(chosen)
    if not is_real_keyring(chosen):
        return KeychainChoice(
            None, label, f"No OS keychain was found (keyring offers only {label})."
        )
    probe_user = f"probe-{secrets.token_hex(8)}"
    try:
        chosen.set_password(SERVICE, probe_user, "keyfold probe")
        chosen.delete_password(SERVICE, probe_user)
    except KEYRING_ERRORS as exc:
        logger.warning("The OS keychain %s refused a test write: %s", label, one_line_reason(exc))
        return KeychainChoice(
            None, label, f"The OS keychain ({label}) refused a test write: {one_line_reason(exc)}"
        )
    return KeychainChoice(
        KeychainBackend(chosen), label, f"Keys are kept in the OS keychain ({label})."
    )
