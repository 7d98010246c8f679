"""Tests for keyfold.core.audit.keychain_anchor, with a real Secret Service."""

import secrets

import pytest

from keyfold.core.audit.keychain_anchor import SERVICE, KeychainAnchor
from keyfold.core.errors import StorageError
from keyfold.core.vault.secret_backends.keychain import KEYRING_ERRORS
from tests.core.vault.support import require_secret_service


@pytest.mark.keychain
def test_the_head_round_trips_through_the_keychain() -> None:
    backend = require_secret_service()
    vault_id = f"test-{secrets.token_hex(6)}"
    anchor = KeychainAnchor(backend, vault_id, KEYRING_ERRORS)
    try:
        assert anchor.read() is None
        anchor.write(7, "ab" * 32)
        assert anchor.read() == (7, "ab" * 32)
        backend.set_password(SERVICE, vault_id, "not json")
        with pytest.raises(StorageError, match="malformed"):
            anchor.read()
    finally:
        backend.delete_password(SERVICE, vault_id)
