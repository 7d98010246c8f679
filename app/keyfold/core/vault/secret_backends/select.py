"""Choose the keychain: a real `keyring` backend that survives a probe, else none."""

import importlib.metadata
import importlib.util
import logging
import os
import secrets
import sys
from dataclasses import dataclass

import keyring
import keyring.core
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
# The backends keyring itself ships (its entry points' names).
_KEYRING_OWN_BACKENDS = frozenset(
    {"KWallet", "SecretService", "Windows", "chainer", "libsecret", "macOS"}
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


def platform_keyring() -> KeyringBackend:
    """keyring's choice of backend, built directly when it is certain.

    `keyring.get_keyring()` imports every installed backend to ask its
    priority, and on Linux the macOS one looks for its framework with
    `ctypes.util.find_library`, which runs ldconfig and gcc: 50 ms or more in
    every process that touches the keychain (each audit entry updates the
    anchor kept there). When the user chose no backend (PYTHON_KEYRING_BACKEND,
    keyringrc.cfg), no other package adds one and the desktop is not KDE
    (where KWallet outranks the Secret Service), discovery's answer is known:
    the platform's own backend when it is usable; on Linux without it, and
    without the modules KWallet and libsecret need, keyring's `fail` backend.
    Otherwise keyring discovers as it always does.
    """
    if os.environ.get("PYTHON_KEYRING_BACKEND") or keyring.core.load_config() is not None:
        return keyring.get_keyring()
    added = importlib.metadata.entry_points(group="keyring.backends")
    if any(entry.name not in _KEYRING_OWN_BACKENDS for entry in added):
        return keyring.get_keyring()
    candidate = _own_backend()
    if candidate is None:
        return keyring.get_keyring()
    try:
        usable = candidate.priority > 0
    except Exception:  # keyring reports an unusable backend by raising anything
        usable = False
    if usable:
        return candidate
    if _on_linux_like() and not any(map(importlib.util.find_spec, ("dbus", "gi"))):
        return fail.Keyring()  # type: ignore[no-untyped-call]
    return keyring.get_keyring()


def _on_linux_like() -> bool:
    return sys.platform not in ("darwin", "win32")


def _own_backend() -> KeyringBackend | None:
    """The backend keyring ships for this platform; None where discovery must decide."""
    if sys.platform == "darwin":
        from keyring.backends import macOS

        return macOS.Keyring()
    if sys.platform == "win32":
        from keyring.backends import Windows

        return Windows.WinVaultKeyring()
    if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper().split(":"):
        return None
    from keyring.backends import SecretService

    return SecretService.Keyring()  # type: ignore[no-untyped-call]


def select_keychain(backend: KeyringBackend | None = None) -> KeychainChoice:
    """Detect by type, then probe with a throwaway set and delete.

    A Secret Service whose login keyring is locked (or auto-started without
    an unlock) reports itself as usable and fails on the first write, so only
    a real write proves the keychain works.
    """
    try:
        chosen = backend if backend is not None else platform_keyring()
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
