"""Tests for keyfold.core.vault.secret_backends.keychain, against a real Secret Service."""

import secrets

import pytest
from keyring.backends import fail

from keyfold.core.errors import StorageError
from keyfold.core.vault.secret_backends import KeychainBackend, SecretRef
from keyfold.core.vault.secret_backends.keychain import SERVICE, one_line_reason
from tests.core.vault.support import require_secret_service


def _ref() -> SecretRef:
    return SecretRef(secrets.token_hex(4), "deploy", 1)


@pytest.mark.keychain
def test_store_load_delete_in_the_secret_service() -> None:
    backend = KeychainBackend(require_secret_service())
    assert backend.is_primary
    assert "SecretService" in backend.name
    ref = _ref()
    envelope = '{"key_id": "deploy", "name": "Schlüssel ✓"}'.encode()
    backend.store(ref, envelope)
    assert backend.contains(ref)
    assert backend.load(ref) == envelope
    assert backend.keyring.get_password(SERVICE, str(ref)) == envelope.decode()
    backend.delete(ref)
    assert not backend.contains(ref)
    backend.delete(ref)  # already gone: no error
    with pytest.raises(StorageError, match="missing"):
        backend.load(ref)


def test_a_failing_keyring_becomes_a_storage_error() -> None:
    backend = KeychainBackend(fail.Keyring())
    with pytest.raises(StorageError, match="refused to store key deploy"):
        backend.store(_ref(), b"{}")
    with pytest.raises(StorageError, match="deploy"):
        backend.load(_ref())


def test_one_line_reason() -> None:
    assert one_line_reason(RuntimeError("Prompt\ndismissed..")) == "Prompt dismissed."
    assert one_line_reason(RuntimeError()) == "RuntimeError."
