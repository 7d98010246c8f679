"""Tests for TrustedKeyStore over a real vault."""

import pytest

from keyfold.controller import Controller
from keyfold.controller.trusted_keys import MAX_TRUSTED_NAME_LENGTH, TrustedKeyStore
from keyfold.core.audit import AuditKind
from keyfold.core.errors import (
    InvalidInputError,
    KeyExistsError,
    KeyNotFoundError,
    SignatureFormatError,
)
from keyfold.core.keys import KeyPair, PublicKeyFormat


@pytest.fixture
def store(controller: Controller) -> TrustedKeyStore:
    return TrustedKeyStore(controller.vault, controller.audit)


def test_trusted_key_store(store: TrustedKeyStore) -> None:
    first = KeyPair.generate().public
    second = KeyPair.generate().public
    assert store.all() == []
    store.add(first.export(PublicKeyFormat.HEX).encode(), "zed")
    store.add(second.export(PublicKeyFormat.MINISIGN).encode(), "Amy")
    listed = store.all()
    assert [(t.name, t.public_key) for t in listed] == [("Amy", second), ("zed", first)]
    assert listed[0].key_number == second.key_number and listed[1].key_number is None
    with pytest.raises(KeyExistsError, match="trusted already as zed"):
        store.add(first.export(PublicKeyFormat.HEX).encode(), "other")
    with pytest.raises(KeyExistsError, match="named Amy exists"):
        store.add(KeyPair.generate().public.hex.encode(), "Amy")
    with pytest.raises(InvalidInputError, match="needs a name"):
        store.add(KeyPair.generate().public.hex.encode(), "  ")
    with pytest.raises(SignatureFormatError, match=r"carol\.pub"):
        store.add(b"garbage", "c", source="The public key carol.pub")
    store.remove("zed")
    assert [t.name for t in store.all()] == ["Amy"]
    with pytest.raises(KeyNotFoundError, match="No trusted key is named zed"):
        store.remove("zed")


def test_names_are_tidied_and_bounded(store: TrustedKeyStore, controller: Controller) -> None:
    key = KeyPair.generate().public
    assert store.add(key.hex.encode(), "  Ann \t Lee ").name == "Ann Lee"
    with pytest.raises(InvalidInputError, match=str(MAX_TRUSTED_NAME_LENGTH)):
        store.add(KeyPair.generate().public.hex.encode(), "x" * (MAX_TRUSTED_NAME_LENGTH + 1))
    store.remove("Ann Lee")
    kinds = [entry.kind for entry in controller.audit.list()]
    assert kinds == [AuditKind.TRUST, AuditKind.UNTRUST]
