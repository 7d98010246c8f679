import pytest

from keyfold.core.encryption.errors import ContainerFormatError, NotARecipientError
from keyfold.core.encryption.recipients import (
    MAX_MEMORY_KIB,
    Recipient,
    open_master_key,
    seal_to_passphrase,
    seal_to_public_key,
)
from keyfold.core.errors import PassphraseRequiredError, WrongPassphraseError
from keyfold.core.keys import KeyPair
from tests.core.encryption.helpers import FAST_KDF

MASTER = bytes(range(32))
BINDING = b"file-id"


def test_sealed_to_a_public_key_opens_only_with_its_key_pair() -> None:
    bob, eve = KeyPair.generate(), KeyPair.generate()
    stanza = seal_to_public_key(MASTER, bob.public)
    assert stanza.fingerprint == bob.public.fingerprint
    assert open_master_key([stanza], BINDING, [bob]) == MASTER
    with pytest.raises(NotARecipientError):
        open_master_key([stanza], BINDING, [eve])


def test_every_identity_is_tried_key_fallback() -> None:
    old, current, other = KeyPair.generate(), KeyPair.generate(), KeyPair.generate()
    stanzas = [seal_to_public_key(MASTER, other.public), seal_to_public_key(MASTER, old.public)]
    assert open_master_key(stanzas, BINDING, [current, old]) == MASTER


def test_passphrase_recipient_is_bound_to_its_file() -> None:
    stanza = seal_to_passphrase(MASTER, "correct horse", BINDING, FAST_KDF)
    assert open_master_key([stanza], BINDING, passphrase="correct horse") == MASTER
    with pytest.raises(WrongPassphraseError):
        open_master_key([stanza], BINDING, passphrase="wrong")
    with pytest.raises(WrongPassphraseError):
        open_master_key([stanza], b"another file", passphrase="correct horse")
    with pytest.raises(PassphraseRequiredError):
        open_master_key([stanza], BINDING, [KeyPair.generate()])


def test_stanzas_survive_json() -> None:
    for stanza in (
        seal_to_public_key(MASTER, KeyPair.generate().public),
        seal_to_passphrase(MASTER, "pw", BINDING, FAST_KDF),
    ):
        assert Recipient.from_json(stanza.to_json(), "recipients[0]") == stanza


def test_hostile_kdf_costs_are_refused_before_deriving() -> None:
    doc = seal_to_passphrase(MASTER, "pw", BINDING, FAST_KDF).to_json()
    doc["memory"] = MAX_MEMORY_KIB + 1
    with pytest.raises(ContainerFormatError, match=r"recipients\[0\]\.memory"):
        Recipient.from_json(doc, "recipients[0]")


def test_unknown_recipient_type_is_named() -> None:
    with pytest.raises(ContainerFormatError, match=r"recipients\[1\]\.type"):
        Recipient.from_json({"type": "rsa", "sealed": ""}, "recipients[1]")
