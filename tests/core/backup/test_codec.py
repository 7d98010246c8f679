"""Tests for keyfold.core.backup.codec: round trips, properties and independent vectors."""

import base64
import functools
import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_decrypt

from keyfold.core.backup import (
    BackupPreset,
    CipherKind,
    KdfKind,
    KdfParams,
    Layout,
    inspect_backup,
    open_backup,
    parse_backup_time,
    seal_key,
)
from keyfold.core.backup.ciphers import QUIRK_WARNING
from keyfold.core.backup.codec import ArchivedKey
from keyfold.core.errors import BackupFormatError, InvalidInputError, WrongPassphraseError
from keyfold.core.keys import KeyPair
from keyfold.core.limits import (
    MAX_BACKUP_BYTES,
    MAX_DESCRIPTION_LENGTH,
    MAX_KEY_VERSIONS,
    MAX_NAME_LENGTH,
)
from tests.core.backup import handmade
from tests.core.backup.sdk_vectors import PY_DATA, PY_VECTORS, PyVector

DATA = Path(__file__).parent / "data"

FAST_ARGON2 = KdfParams.argon2id(memory_kib=256, iterations=1, parallelism=1)
FAST_PBKDF2 = KdfParams.pbkdf2(1000)
PASSPHRASE = "correct horse battery staple"
# RFC 8032 test 1: the public key is d75a9801...511a.
RFC8032_SEED = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
RFC8032_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
CREATED = datetime(2025, 6, 8, 19, 59, 22, tzinfo=UTC)


def _doc(data: bytes) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(data)
    return document


# --- what seal_key writes ---------------------------------------------------------


def test_seal_writes_the_designs_superset() -> None:
    pair = KeyPair.from_seed(RFC8032_SEED)
    data = seal_key(
        pair,
        PASSPHRASE,
        key_id="production-signing-key",
        name="Production Signing Key",
        metadata={"description": "CI releases", "name": "overridden"},
        kdf=FAST_ARGON2,
        created=CREATED,
    )
    doc = _doc(data)
    assert list(doc) == [
        "version", "key_id", "algorithm", "kdf", "kdf_params", "encryption",
        "salt", "nonce", "ciphertext", "created", "metadata",
    ]  # fmt: skip
    assert doc["version"] == 1
    assert doc["key_id"] == "production-signing-key"
    assert (doc["algorithm"], doc["kdf"], doc["encryption"]) == (
        "Ed25519", "argon2id", "xchacha20-poly1305",
    )  # fmt: skip
    assert list(doc["kdf_params"]) == ["memory", "iterations", "parallelism", "salt"]
    assert doc["kdf_params"]["salt"] == doc["salt"]
    assert len(base64.b64decode(doc["salt"], validate=True)) == 16
    assert len(base64.b64decode(doc["nonce"], validate=True)) == 24
    assert len(base64.b64decode(doc["ciphertext"], validate=True)) == 64 + 16
    assert doc["created"] == "2025-06-08T19:59:22Z"
    assert doc["metadata"] == {
        "description": "CI releases",
        "name": "Production Signing Key",
        "created": "2025-06-08T19:59:22Z",
        "key_type": "ed25519",
        "label": "Production Signing Key",
        "public_key": RFC8032_PUBLIC,
        "fingerprint": hashlib.sha256(bytes.fromhex(RFC8032_PUBLIC)).hexdigest(),
    }


def test_the_datafold_sdk_preset_writes_unified_pbkdf2_aes_gcm() -> None:
    data = seal_key(KeyPair.generate(), PASSPHRASE, key_id="k", preset=BackupPreset.DATAFOLD_SDK)
    doc = _doc(data)
    assert "salt" not in doc
    assert (doc["kdf"], doc["encryption"]) == ("pbkdf2", "aes-gcm")
    assert list(doc["kdf_params"]) == ["iterations", "salt"]
    assert doc["kdf_params"]["iterations"] == 600_000
    assert len(base64.b64decode(doc["nonce"], validate=True)) == 12
    assert doc["metadata"]["label"] == ""
    info = inspect_backup(data)
    assert (info.layout, info.kdf, info.cipher) == (
        Layout.UNIFIED, KdfParams.pbkdf2(600_000), CipherKind.AES_GCM,
    )  # fmt: skip
    assert info.warnings == ()


def test_every_seal_has_a_fresh_salt_and_nonce() -> None:
    pair = KeyPair.generate()
    first, second = (_doc(seal_key(pair, PASSPHRASE, key_id="k", kdf=FAST_ARGON2)) for _ in "ab")
    assert first["salt"] != second["salt"]
    assert first["nonce"] != second["nonce"]


@pytest.mark.parametrize(
    ("created", "expected"),
    [
        (datetime(2025, 1, 2, 3, 4, 5, 678901), "2025-01-02T03:04:05Z"),  # naive means UTC
        (
            datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2))),
            "2025-01-02T01:04:05Z",
        ),
    ],
)
def test_created_is_written_in_utc(created: datetime, expected: str) -> None:
    data = seal_key(KeyPair.generate(), "", key_id="k", kdf=FAST_ARGON2, created=created)
    assert _doc(data)["created"] == expected
    assert inspect_backup(data).created == expected


def test_created_defaults_to_now() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    stamp = _doc(seal_key(KeyPair.generate(), "", key_id="k", kdf=FAST_ARGON2))["created"]
    written = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert before <= written <= datetime.now(UTC)


@pytest.mark.parametrize(
    ("kdf", "cipher"),
    [(FAST_ARGON2, None), (None, CipherKind.XCHACHA20_POLY1305)],
)
def test_the_sdk_preset_refuses_what_the_sdks_cannot_read(
    kdf: KdfParams | None, cipher: CipherKind | None
) -> None:
    with pytest.raises(InvalidInputError, match="DataFold SDK"):
        seal_key(
            KeyPair.generate(), "pw", key_id="k", preset=BackupPreset.DATAFOLD_SDK,
            kdf=kdf, cipher=cipher,
        )  # fmt: skip


def test_seal_refuses_an_empty_key_id_and_costs_beyond_the_limits() -> None:
    with pytest.raises(InvalidInputError, match="key id"):
        seal_key(KeyPair.generate(), "pw", key_id="", kdf=FAST_ARGON2)
    with pytest.raises(BackupFormatError, match=r"kdf_params\.iterations"):
        seal_key(KeyPair.generate(), "pw", key_id="k", kdf=KdfParams.argon2id(iterations=100))


def test_a_preset_given_as_its_string_value_works() -> None:
    data = seal_key(
        KeyPair.generate(), "pw", key_id="k", preset="datafold-sdk",  # type: ignore[arg-type]
        kdf=FAST_PBKDF2,
    )  # fmt: skip
    assert inspect_backup(data).layout == Layout.UNIFIED


# --- round trips --------------------------------------------------------------------

COMBINATIONS = [
    (BackupPreset.STANDARD, FAST_ARGON2, CipherKind.XCHACHA20_POLY1305, Layout.KEYFOLD),
    (BackupPreset.STANDARD, FAST_ARGON2, CipherKind.AES_GCM, Layout.KEYFOLD),
    (BackupPreset.STANDARD, FAST_PBKDF2, CipherKind.XCHACHA20_POLY1305, Layout.KEYFOLD),
    (BackupPreset.STANDARD, FAST_PBKDF2, CipherKind.AES_GCM, Layout.KEYFOLD),
    (BackupPreset.DATAFOLD_SDK, FAST_PBKDF2, CipherKind.AES_GCM, Layout.UNIFIED),
]


@pytest.mark.parametrize(("preset", "kdf", "cipher", "layout"), COMBINATIONS)
def test_round_trip(
    preset: BackupPreset, kdf: KdfParams, cipher: CipherKind, layout: Layout
) -> None:
    pair = KeyPair.generate()
    data = seal_key(
        pair, "pässwörd ✓", key_id="release-key", name="Release ✓", preset=preset,
        kdf=kdf, cipher=cipher, created=CREATED, metadata={"description": "d"},
    )  # fmt: skip
    opened = open_backup(data, "pässwörd ✓")
    assert opened.key_pair == pair
    info = opened.info
    assert info == inspect_backup(data)
    assert (info.key_id, info.name, info.created) == (
        "release-key",
        "Release ✓",
        "2025-06-08T19:59:22Z",
    )
    assert (info.layout, info.kdf, info.cipher) == (layout, kdf, cipher)
    assert info.public_key == pair.public
    assert info.fingerprint == pair.public.fingerprint
    assert info.metadata["description"] == "d"
    assert opened.warnings == info.warnings  # only the weak-cost warning, no quirk
    with pytest.raises(WrongPassphraseError):
        open_backup(data, "passwörd ✓")


def test_round_trip_with_the_default_costs() -> None:
    pair = KeyPair.generate()
    data = seal_key(pair, PASSPHRASE, key_id="k")
    opened = open_backup(data, PASSPHRASE)
    assert opened.key_pair == pair
    assert opened.info.kdf == KdfParams(KdfKind.ARGON2ID, 65536, 3, 1)
    assert opened.warnings == ()


def test_a_wrong_passphrase_error_names_no_secret() -> None:
    data = seal_key(KeyPair.generate(), PASSPHRASE, key_id="k", kdf=FAST_ARGON2)
    with pytest.raises(WrongPassphraseError) as caught:
        open_backup(data, "hunter2")
    assert "hunter2" not in str(caught.value)
    assert PASSPHRASE not in str(caught.value)


# --- properties ---------------------------------------------------------------------

kdf_params = st.one_of(
    st.builds(
        lambda p, extra, t: KdfParams.argon2id(
            memory_kib=8 * p + extra, iterations=t, parallelism=p
        ),
        st.integers(1, 4),
        st.integers(0, 96),
        st.integers(1, 2),
    ),
    st.builds(KdfParams.pbkdf2, st.integers(1000, 1500)),
)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.binary(min_size=32, max_size=32),
    passphrase=st.text(max_size=40),
    kdf=kdf_params,
    cipher=st.sampled_from(CipherKind),
    name=st.text(max_size=20),
    key_id=st.from_regex(r"[a-z0-9][a-z0-9._-]{0,63}", fullmatch=True),
)
def test_any_key_passphrase_and_costs_round_trip(
    seed: bytes, passphrase: str, kdf: KdfParams, cipher: CipherKind, name: str, key_id: str
) -> None:
    pair = KeyPair.from_seed(seed)
    data = seal_key(pair, passphrase, key_id=key_id, name=name, kdf=kdf, cipher=cipher)
    opened = open_backup(data, passphrase)
    assert opened.key_pair == pair
    assert (opened.info.key_id, opened.info.name, opened.info.kdf) == (key_id, name, kdf)


@functools.cache
def _sealed(cipher: CipherKind) -> bytes:
    pair = KeyPair.from_seed(RFC8032_SEED)
    return seal_key(pair, PASSPHRASE, key_id="k", kdf=FAST_ARGON2, cipher=cipher)


@settings(max_examples=50, deadline=None)
@given(
    cipher=st.sampled_from(CipherKind),
    field=st.sampled_from(["salt", "nonce", "ciphertext"]),
    position=st.integers(0, 200),
    mask=st.integers(1, 255),
)
def test_any_byte_flip_in_salt_nonce_or_ciphertext_is_rejected(
    cipher: CipherKind, field: str, position: int, mask: int
) -> None:
    doc = _doc(_sealed(cipher))
    raw = bytearray(base64.b64decode(doc[field]))
    raw[position % len(raw)] ^= mask
    doc[field] = base64.b64encode(bytes(raw)).decode()
    if field == "salt":
        doc["kdf_params"]["salt"] = doc["salt"]  # flip both copies: a real KDF input change
    with pytest.raises(WrongPassphraseError):
        open_backup(json.dumps(doc).encode(), PASSPHRASE)


@settings(max_examples=25, deadline=None)
@given(position=st.integers(0, 2000), char=st.characters(codec="ascii"))
def test_any_character_change_in_the_encoded_fields_is_rejected(position: int, char: str) -> None:
    data = _sealed(CipherKind.XCHACHA20_POLY1305).decode()
    doc = _doc(data.encode())
    field = ["salt", "nonce", "ciphertext"][position % 3]
    text = doc[field]
    index = position % len(text)
    if text[index] == char:
        return
    doc[field] = text[:index] + char + text[index + 1 :]
    with pytest.raises((WrongPassphraseError, BackupFormatError)):
        open_backup(json.dumps(doc).encode(), PASSPHRASE)


def test_a_flip_in_one_salt_copy_only_is_a_format_error() -> None:
    doc = _doc(_sealed(CipherKind.XCHACHA20_POLY1305))
    raw = bytearray(base64.b64decode(doc["salt"]))
    raw[0] ^= 1
    doc["salt"] = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(BackupFormatError) as caught:
        open_backup(json.dumps(doc).encode(), PASSPHRASE)
    assert caught.value.field == "salt"


# --- vectors built by hand, independently of the codec -----------------------------


@pytest.mark.parametrize("form", handmade.FORMS)
@pytest.mark.parametrize("cipher", handmade.CIPHERS)
@pytest.mark.parametrize("kdf", handmade.KDFS)
@pytest.mark.parametrize("layout", handmade.LAYOUTS)
def test_hand_built_files_open(layout: str, kdf: str, cipher: str, form: str) -> None:
    seed = hashlib.sha256(f"{layout}/{kdf}/{cipher}/{form}".encode()).digest()
    data = handmade.dumps(
        handmade.build(layout=layout, kdf=kdf, cipher=cipher, form=form, seed=seed)
    )
    opened = open_backup(data, "correct horse battery staple")
    assert opened.key_pair.seed == seed
    assert opened.key_pair.public.raw == handmade.public_key(seed)
    assert opened.info.layout == Layout(layout)
    assert (opened.info.kdf.kind, opened.info.cipher) == (KdfKind(kdf), CipherKind(cipher))
    assert QUIRK_WARNING not in opened.warnings


# Fixed files made once by tests/core/backup/handmade.py (RFC 8032 test key 1,
# passphrase "Vector passphrase ✓") and kept verbatim, so a change to either side
# shows up here.
SALT_B64 = "ZGVmZ2hpamtsbW5vcHFycw=="
XNONCE_B64 = "yMnKy8zNzs/Q0dLT1NXW19jZ2tvc3d7f"
FAST_ARGON2_FIELDS = {"memory": 256, "iterations": 1, "parallelism": 1}
SEED_METADATA = {"name": "Production Signing Key", "created": "2025-06-08T19:59:22Z"}
PINNED: dict[str, dict[str, Any]] = {
    "keyfold-argon2id-xchacha20": {
        "version": 1, "kdf": "argon2id", "kdf_params": {**FAST_ARGON2_FIELDS, "salt": SALT_B64},
        "encryption": "xchacha20-poly1305", "nonce": XNONCE_B64,
        "ciphertext": "OgTKZdo4GNRDBJdmkObnFVQyUR2wgwXIOzvI0bXIzG1zEEc7T5XEmWxossyYtM23P9oAGv6e"
        "YhRcHXfRGr9RXhk28iSETTdDnalWLoUZ97E=",
        "created": "2025-06-08T19:59:22Z",
        "metadata": {
            **SEED_METADATA, "label": "Production Signing Key", "key_type": "ed25519",
            "public_key": RFC8032_PUBLIC,
            "fingerprint": "21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9",
        },
        "key_id": "production-signing-key", "algorithm": "Ed25519", "salt": SALT_B64,
    },
    "unified-pbkdf2-aes-gcm": {
        "version": 1, "kdf": "pbkdf2", "kdf_params": {"iterations": 1000, "salt": SALT_B64},
        "encryption": "aes-gcm", "nonce": "yMnKy8zNzs/Q0dLT",
        "ciphertext": "1EnXktRdRmEaRHy6xNiUy0vZ/JOnSWggQF0gjClkDhI6FvH1N9ABvl5jXtjo/NkCJJU3xFm8"
        "Kfl9z49YJFA3IthLKlUM5G1IbwyhjcBvCZ8=",
        "created": "2025-06-08T19:59:22Z",
        "metadata": {"label": "Production Signing Key", "public_key": RFC8032_PUBLIC},
    },
    "seed-argon2id-aes-gcm-32-byte-seed": {
        "version": 1, "key_id": "production-signing-key", "algorithm": "Ed25519",
        "kdf": "argon2id", "kdf_params": FAST_ARGON2_FIELDS, "encryption": "aes-gcm",
        "salt": SALT_B64, "nonce": "yMnKy8zNzs/Q0dLT",
        "ciphertext": "FHisR258mt9+SvMqA3fb5cQME/a+Ah9WujIYWQsu5xmxhjnOfDqoZ3qKvBqAX95U",
        "metadata": SEED_METADATA,
    },
}  # fmt: skip
# The seed layout with a PKCS#8 plaintext, sealed as DataFold's Python SDK does.
QUIRK_VECTOR: dict[str, Any] = {
    "version": 1, "key_id": "production-signing-key", "algorithm": "Ed25519",
    "kdf": "argon2id", "kdf_params": FAST_ARGON2_FIELDS, "encryption": "xchacha20-poly1305",
    "salt": SALT_B64, "nonce": XNONCE_B64,
    "ciphertext": "MOhrqmsaR8qU2vgdEhoWzuPYyUjeL1SsMol2HSuonBVbTpPTbQciDs5LFSIenQioIA4etkxP"
    "4B6NnPt1zoxz6w==",
    "metadata": SEED_METADATA,
}  # fmt: skip


@pytest.mark.parametrize("name", list(PINNED))
def test_pinned_vectors_open(name: str) -> None:
    data = json.dumps(PINNED[name]).encode()
    opened = open_backup(data, "Vector passphrase ✓")
    assert opened.key_pair.seed == RFC8032_SEED
    assert opened.key_pair.public.hex == RFC8032_PUBLIC
    assert opened.info.name == "Production Signing Key"
    assert QUIRK_WARNING not in opened.warnings
    with pytest.raises(WrongPassphraseError):
        open_backup(data, "Vector passphrase")


def test_the_datafold_sdk_quirk_vector_opens_with_a_warning() -> None:
    data = json.dumps(QUIRK_VECTOR).encode()
    opened = open_backup(data, "Vector passphrase ✓")
    assert opened.key_pair.public.hex == RFC8032_PUBLIC
    assert QUIRK_WARNING in opened.warnings
    assert QUIRK_WARNING not in opened.info.warnings  # only decryption can tell
    assert QUIRK_WARNING.count(".") == 1 and QUIRK_WARNING.endswith(".")
    with pytest.raises(WrongPassphraseError):
        open_backup(data, "wrong")


@pytest.mark.parametrize("layout", handmade.LAYOUTS)
def test_hand_built_quirk_files_open_with_a_warning(layout: str) -> None:
    doc = handmade.build(layout=layout, cipher="datafold-quirk")
    opened = open_backup(handmade.dumps(doc), "correct horse battery staple")
    assert opened.key_pair.seed == bytes(range(32))
    assert opened.warnings[-1] == QUIRK_WARNING
    with pytest.raises(WrongPassphraseError):
        open_backup(handmade.dumps(doc), "Correct horse battery staple")


@pytest.mark.parametrize(
    ("preset", "kdf"),
    [(BackupPreset.STANDARD, FAST_ARGON2), (BackupPreset.DATAFOLD_SDK, FAST_PBKDF2)],
)
def test_a_sealed_file_decrypts_with_a_plain_implementation(
    preset: BackupPreset, kdf: KdfParams
) -> None:
    pair = KeyPair.generate()
    doc = _doc(seal_key(pair, "pässwörd", key_id="k", preset=preset, kdf=kdf))
    # Only the format's description (docs/formats.md): salt in kdf_params (and at the top
    # level for the superset), the named KDF with its parameters, the named AEAD, no
    # associated data.
    salt = base64.b64decode(doc["kdf_params"]["salt"], validate=True)
    params = {k: v for k, v in doc["kdf_params"].items() if k != "salt"}
    key = handmade.derive(doc["kdf"], "pässwörd", salt, params)
    nonce = base64.b64decode(doc["nonce"], validate=True)
    ciphertext = base64.b64decode(doc["ciphertext"], validate=True)
    plaintext = handmade.decrypt(doc["encryption"], key, nonce, ciphertext)
    assert plaintext == pair.seed + pair.public.raw
    assert doc["metadata"]["public_key"] == handmade.public_key(pair.seed).hex()


# --- contents that do not match ---------------------------------------------------


def test_a_public_key_in_metadata_that_is_not_the_sealed_one_is_refused() -> None:
    other = handmade.public_key(bytes(32))
    doc = handmade.build()
    doc["metadata"]["public_key"] = other.hex()
    doc["metadata"]["fingerprint"] = hashlib.sha256(other).hexdigest()
    with pytest.raises(BackupFormatError) as caught:
        open_backup(handmade.dumps(doc), "correct horse battery staple")
    assert caught.value.field == "metadata.public_key"


def test_a_fingerprint_that_is_not_the_sealed_keys_is_refused() -> None:
    doc = handmade.build(layout="unified")
    del doc["metadata"]["public_key"]
    doc["metadata"]["fingerprint"] = "00" * 32
    with pytest.raises(BackupFormatError) as caught:
        open_backup(handmade.dumps(doc), "correct horse battery staple")
    assert caught.value.field == "metadata.fingerprint"


def test_a_sealed_payload_that_is_no_key_is_refused() -> None:
    doc = handmade.build(layout="seed", payload=bytes(40))
    with pytest.raises(BackupFormatError) as caught:
        open_backup(handmade.dumps(doc), "correct horse battery staple")
    assert caught.value.field == "ciphertext"


# --- Keyfold's extension: the key's older versions -----------------------------------

STAMPS = [datetime(2025, 1, d, 8, 0, 0, tzinfo=UTC) for d in range(1, 10)]


def _archived(count: int) -> list[ArchivedKey]:
    return [
        ArchivedKey(number, "archived", STAMPS[number - 1], KeyPair.generate())
        for number in range(1, count + 1)
    ]


@settings(max_examples=25, deadline=None)
@given(
    seeds=st.lists(st.binary(min_size=32, max_size=32), min_size=1, max_size=4, unique=True),
    statuses=st.lists(st.sampled_from(["archived", "expired"]), min_size=3, max_size=3),
    passphrase=st.text(max_size=30),
    # The JavaScript SDK preset has its own floor (test_datafold_js.py covers it).
    preset=st.sampled_from([BackupPreset.STANDARD, BackupPreset.DATAFOLD_SDK]),
    gap=st.integers(0, 3),
)
def test_any_older_versions_round_trip(
    seeds: list[bytes], statuses: list[str], passphrase: str, preset: BackupPreset, gap: int
) -> None:
    *older, current = [KeyPair.from_seed(seed) for seed in seeds]
    archived = [
        ArchivedKey(index + 1, statuses[index], STAMPS[index], pair)
        for index, pair in enumerate(older)
    ]
    version = len(older) + 1 + gap
    kdf = FAST_ARGON2 if preset is BackupPreset.STANDARD else FAST_PBKDF2
    data = seal_key(
        current,
        passphrase,
        key_id="k",
        preset=preset,
        kdf=kdf,
        version=version,
        archived=list(reversed(archived)),
    )
    opened = open_backup(data, passphrase)
    assert opened.key_pair == current
    assert opened.archived == tuple(archived)  # oldest first, whatever the order given
    info = inspect_backup(data)
    assert info.version == version
    assert [(a.version, a.status, a.created, a.fingerprint) for a in info.archived] == [
        (a.version, a.status, a.created, a.key_pair.public.fingerprint) for a in archived
    ]


def test_a_plain_reader_sees_only_the_current_key() -> None:
    current = KeyPair.from_seed(RFC8032_SEED)
    older = _archived(2)
    doc = _doc(
        seal_key(current, PASSPHRASE, key_id="k", kdf=FAST_ARGON2, version=3, archived=older)
    )
    # What any reader of the documented format does: the top-level fields only.
    salt = base64.b64decode(doc["salt"])
    params = {k: v for k, v in doc["kdf_params"].items() if k != "salt"}
    key = handmade.derive(doc["kdf"], PASSPHRASE, salt, params)
    plaintext = handmade.decrypt(
        doc["encryption"], key, base64.b64decode(doc["nonce"]), base64.b64decode(doc["ciphertext"])
    )
    assert plaintext == current.seed + current.public.raw
    # The older versions: one block, the table bound as associated data,
    # sealed under the same key; nothing of the metadata repeated.
    archive = doc["keyfold_archive"]
    assert set(archive) == {"format", "versions", "nonce", "ciphertext"}
    table = base64.b64decode(archive["versions"])
    rows = [table[i : i + 45] for i in range(0, len(table), 45)]
    assert [int.from_bytes(row[:4], "big") for row in rows] == [old.version for old in older]
    assert [row[13:] for row in rows] == [old.key_pair.public.raw for old in older]
    assert [int.from_bytes(row[5:13], "big") for row in rows] == [
        int(old.created.timestamp()) for old in older
    ]
    seeds = crypto_aead_xchacha20poly1305_ietf_decrypt(
        base64.b64decode(archive["ciphertext"]),
        b"keyfold-archive/2\n" + table,
        base64.b64decode(archive["nonce"]),
        key,
    )
    assert seeds == b"".join(old.key_pair.seed for old in older)
    assert "name" not in json.dumps(archive)
    # Without the extension fields the file opens to the same current key.
    del doc["keyfold_archive"], doc["keyfold_version"]
    plain = open_backup(json.dumps(doc).encode(), PASSPHRASE)
    assert (plain.key_pair, plain.archived, plain.info.version) == (current, (), None)


def test_a_backup_without_older_versions_has_no_extension_list() -> None:
    doc = _doc(seal_key(KeyPair.generate(), PASSPHRASE, key_id="k", kdf=FAST_ARGON2, version=1))
    assert doc["keyfold_version"] == 1 and "keyfold_archive" not in doc


@pytest.mark.parametrize("part", ["versions", "ciphertext", "nonce"])
def test_a_flip_in_the_archive_is_rejected(part: str) -> None:
    doc = _doc(
        seal_key(KeyPair.generate(), PASSPHRASE, key_id="k", kdf=FAST_ARGON2, archived=_archived(2))
    )
    archive = doc["keyfold_archive"]
    raw = bytearray(base64.b64decode(archive[part]))
    raw[2] ^= 1  # in the table: the version number of the first row
    archive[part] = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(WrongPassphraseError):
        open_backup(json.dumps(doc).encode(), PASSPHRASE)


def test_a_file_of_the_older_layout_still_opens() -> None:
    # Written by Keyfold 36ed007 (one full envelope per older version).
    data = (DATA / "legacy-versions.json").read_bytes()
    assert "keyfold_versions" in _doc(data)
    opened = open_backup(data, "legacy passphrase")
    assert [(a.version, a.status) for a in opened.archived] == [(1, "archived"), (2, "expired")]
    assert [a.key_pair for a in opened.archived] == [
        KeyPair.from_seed(bytes([1]) * 32),
        KeyPair.from_seed(bytes([2]) * 32),
    ]
    assert opened.key_pair == KeyPair.from_seed(bytes([3]) * 32)
    assert opened.info.version == 3 and opened.info.name == "Legacy key"


def test_a_key_rotated_daily_for_ten_years_backs_up_and_opens() -> None:
    start = datetime(2016, 1, 1, tzinfo=UTC)
    older = [
        ArchivedKey(day, "archived", start + timedelta(days=day), KeyPair.generate())
        for day in range(1, 3651)
    ]
    data = seal_key(
        KeyPair.generate(),
        PASSPHRASE,
        key_id="daily",
        name="n" * MAX_NAME_LENGTH,
        metadata={"description": "d" * MAX_DESCRIPTION_LENGTH},
        kdf=FAST_ARGON2,
        version=3651,
        archived=older,
    )
    assert len(data) < MAX_BACKUP_BYTES // 4
    opened = open_backup(data, PASSPHRASE)
    assert opened.archived == tuple(older)


def test_the_most_versions_a_key_may_keep_fit_one_backup() -> None:
    # The bound the limits promise: MAX_KEY_VERSIONS with every field at its
    # limit is under the document cap (sealed with made-up keys: the size is what counts).
    pair = KeyPair.generate()
    older = [
        ArchivedKey(n, "archived", CREATED, KeyPair.from_seed(hashlib.sha256(b"%d" % n).digest()))
        for n in range(1, MAX_KEY_VERSIONS)
    ]
    data = seal_key(
        pair,
        PASSPHRASE,
        key_id="k" * 64,
        name="\u2603" * MAX_NAME_LENGTH,
        metadata={"description": "\u2603" * MAX_DESCRIPTION_LENGTH},
        kdf=FAST_ARGON2,
        version=MAX_KEY_VERSIONS,
        archived=older,
    )
    assert len(data) <= MAX_BACKUP_BYTES
    assert len(inspect_backup(data).archived) == MAX_KEY_VERSIONS - 1


def test_seal_refuses_more_versions_than_a_key_keeps() -> None:
    older = [ArchivedKey(n, "archived", CREATED, KeyPair.generate()) for n in range(1, 3)]
    with pytest.raises(InvalidInputError, match="Expire old versions"):
        seal_key(
            KeyPair.generate(),
            PASSPHRASE,
            key_id="k",
            kdf=FAST_ARGON2,
            archived=older * (MAX_KEY_VERSIONS // 2),
        )


@pytest.mark.parametrize(
    ("name", "description", "field"),
    [("n" * (MAX_NAME_LENGTH + 1), "", "name"), ("", "d" * (MAX_DESCRIPTION_LENGTH + 1), "descr")],
)
def test_seal_refuses_metadata_over_the_limits(name: str, description: str, field: str) -> None:
    with pytest.raises(InvalidInputError, match=f"The {field}.* the limit is"):
        seal_key(
            KeyPair.generate(),
            PASSPHRASE,
            key_id="k",
            name=name,
            metadata={"description": description},
            kdf=FAST_ARGON2,
        )


@pytest.mark.parametrize(
    ("version", "archived", "message"),
    [
        (2, [ArchivedKey(2, "archived", STAMPS[0], KeyPair.generate())], "taken"),
        (None, [ArchivedKey(1, "current", STAMPS[0], KeyPair.generate())], "status"),
        (None, [ArchivedKey(0, "archived", STAMPS[0], KeyPair.generate())], "invalid"),
        (None, [ArchivedKey(1, "archived", STAMPS[0], KeyPair.from_seed(RFC8032_SEED))], "repeats"),
    ],
)
def test_seal_refuses_inconsistent_versions(
    version: int | None, archived: list[ArchivedKey], message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        seal_key(
            KeyPair.from_seed(RFC8032_SEED),
            PASSPHRASE,
            key_id="k",
            kdf=FAST_ARGON2,
            version=version,
            archived=archived,
        )


# --- files DataFold's Python SDK wrote (data/datafold_py/README.md) -------------------

PY_IDS = [v.file for v in PY_VECTORS]


@pytest.mark.parametrize("vector", PY_VECTORS, ids=PY_IDS)
def test_python_sdk_files_are_described_before_the_passphrase(vector: PyVector) -> None:
    info = inspect_backup((PY_DATA / vector.file).read_bytes())
    assert (info.layout, info.key_id, info.kdf, info.cipher) == (
        Layout.SEED,
        vector.key_id,
        vector.kdf,
        vector.cipher,
    )
    assert info.public_key is None  # the SDK writes no public key outside the sealed part
    assert info.warnings == ()


@pytest.mark.parametrize("vector", PY_VECTORS, ids=PY_IDS)
def test_python_sdk_files_open_to_their_rfc_8032_keys(vector: PyVector) -> None:
    opened = open_backup((PY_DATA / vector.file).read_bytes(), vector.passphrase)
    assert opened.key_pair.public.hex == vector.public_key
    assert opened.info.public_key == opened.key_pair.public
    assert opened.warnings == ()
    assert parse_backup_time(opened.info.created) == vector.created


@pytest.mark.parametrize("vector", PY_VECTORS[:3], ids=PY_IDS[:3])
def test_python_sdk_files_refuse_a_wrong_passphrase(vector: PyVector) -> None:
    with pytest.raises(WrongPassphraseError):
        open_backup((PY_DATA / vector.file).read_bytes(), vector.passphrase + "!")


def test_a_scrypt_chacha20_backup_round_trips() -> None:
    # Keyfold writes neither, but the standard document carries them like the SDK.
    pair = KeyPair.from_seed(RFC8032_SEED)
    data = seal_key(
        pair,
        PASSPHRASE,
        key_id="k",
        kdf=KdfParams.scrypt(1024, 8, 1),
        cipher=CipherKind.CHACHA20_POLY1305,
    )
    assert _doc(data)["kdf_params"] == {"n": 1024, "r": 8, "p": 1, "salt": _doc(data)["salt"]}
    assert open_backup(data, PASSPHRASE).key_pair.seed == RFC8032_SEED


def test_a_hostile_scrypt_cost_is_refused_before_any_derivation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("hashlib.scrypt", lambda *a, **k: pytest.fail("scrypt ran"))
    doc = _doc((PY_DATA / "export-default.json").read_bytes())
    doc["kdf_params"] = {"n": 2**20, "r": 32, "p": 16}
    with pytest.raises(BackupFormatError) as caught:
        open_backup(json.dumps(doc).encode(), PASSPHRASE)
    assert caught.value.field == "kdf_params.n"
    assert "budget" in str(caught.value)
