import pytest

from keyfold.core.encryption.errors import ContainerFormatError, NotARecipientError
from keyfold.core.encryption.recipients import (
    MAX_MEMORY_KIB,
    PassphraseParams,
    Recipient,
    open_master_key,
    seal_to_passphrase,
    seal_to_public_key,
)
from keyfold.core.errors import PassphraseRequiredError, WrongPassphraseError
from keyfold.core.keys import KeyPair
from keyfold.core.limits import KFE_MAX_PASSPHRASE_TRIES
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


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"salt": "AAAA"}, "salt"),  # 3 bytes: Argon2 needs 8
        ({"memory": 8, "parallelism": 16}, "memory"),  # 8 KiB cannot hold 16 lanes
        ({"memory": 1024 * 1024, "iterations": 64}, "KiB-passes"),  # in range, over budget
        ({"nonce": "AAAA"}, "nonce"),
    ],
)
def test_hostile_passphrase_recipients_are_refused_by_name(
    change: dict[str, object], field: str
) -> None:
    doc = {**seal_to_passphrase(MASTER, "pw", BINDING, FAST_KDF).to_json(), **change}
    with pytest.raises(ContainerFormatError, match=field):
        Recipient.from_json(doc, "recipients[0]")


def test_only_a_few_passphrase_recipients_are_tried_cheapest_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from keyfold.core.encryption import recipients as module

    dear = PassphraseParams(4096, 2, 1)
    stanzas = [seal_to_passphrase(MASTER, "other", BINDING, dear) for _ in range(4)]
    stanzas.append(seal_to_passphrase(MASTER, "pw", BINDING, FAST_KDF))
    costs: list[int] = []
    real = module.hash_secret_raw

    def counting(secret: bytes, salt: bytes, **kwargs: int) -> bytes:
        costs.append(kwargs["memory_cost"])
        return real(secret, salt, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "hash_secret_raw", counting)
    assert open_master_key(stanzas, BINDING, passphrase="pw") == MASTER
    assert costs == [FAST_KDF.memory_kib]  # the cheap one first, and it opened
    costs.clear()
    with pytest.raises(WrongPassphraseError):
        open_master_key(stanzas, BINDING, passphrase="nothing opens")
    assert len(costs) == KFE_MAX_PASSPHRASE_TRIES


def test_copies_sharing_salt_and_cost_derive_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyfold.core.encryption import recipients as module

    stanza = seal_to_passphrase(MASTER, "pw", BINDING, FAST_KDF)
    calls: list[bytes] = []
    real = module.hash_secret_raw
    monkeypatch.setattr(
        module, "hash_secret_raw", lambda s, salt, **k: calls.append(salt) or real(s, salt, **k)
    )
    broken = Recipient(
        stanza.kind, bytes(48), salt=stanza.salt, nonce=stanza.nonce, params=stanza.params
    )
    assert open_master_key([broken, stanza], BINDING, passphrase="pw") == MASTER
    assert calls == [stanza.salt]
