"""Tests for keyfold.core.vault.secret_backends.base."""

import pytest

from keyfold.core.vault.secret_backends.base import SecretBackend, SecretRef


def test_ref_names_vault_key_and_version() -> None:
    assert str(SecretRef("abc", "deploy", 3)) == "abc/deploy/v3"
    # Later secret generations get their own name; generation 0 keeps the old one.
    assert str(SecretRef("abc", "deploy", 3, 2)) == "abc/deploy/v3.g2"
    assert SecretRef("abc", "deploy", 3, 0) == SecretRef("abc", "deploy", 3)


def test_backend_is_abstract() -> None:
    with pytest.raises(TypeError):
        SecretBackend()  # type: ignore[abstract]
