"""Helpers for vault tests: cheap Argon2, a real Secret Service, env without D-Bus."""

import os

import keyring
import pytest
from keyring.backend import KeyringBackend

from keyfold.core.backup import KdfParams
from keyfold.core.vault.secret_backends import select_keychain
from tests.conftest import IN_CI

# Argon2's minimum cost: vault tests seal many keys and test the vault, not the KDF.
CHEAP_KDF = KdfParams(memory_kib=256, iterations=1)


def require_secret_service() -> KeyringBackend:
    """The real Secret Service keyring: skip locally without one, fail in CI."""
    backend = keyring.get_keyring()
    choice = select_keychain(backend)
    if choice.backend is None:
        message = f"no usable Secret Service ({choice.reason}); scripts/test provides one"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return backend


def env_without_dbus(**extra: str) -> dict[str, str]:
    """This process's environment with no way to reach a D-Bus session."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "PYTHON_KEYRING_BACKEND")
    }
    env.update(extra)
    return env
