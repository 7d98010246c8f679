"""Fixtures for vault tests."""

from pathlib import Path

import pytest

from keyfold.core.vault import Vault
from keyfold.core.vault.secret_backends import KeychainBackend
from tests.core.vault.support import CHEAP_KDF, require_secret_service


@pytest.fixture
def file_vault(tmp_path: Path) -> Vault:
    """A vault with the keychain turned off: every key in encrypted files."""
    return Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain=None)


@pytest.fixture
def keychain_vault(tmp_path: Path) -> Vault:
    """A vault over the real Secret Service of the test session."""
    backend = KeychainBackend(require_secret_service())
    return Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain=backend)
