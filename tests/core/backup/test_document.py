"""Tests for keyfold.core.backup.document: layouts read, superset written, every bad field named."""

import base64
import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from keyfold.core.backup.ciphers import CipherKind
from keyfold.core.backup.codec import ArchivedKey, seal_key
from keyfold.core.backup.document import (
    Layout,
    build_document,
    looks_like_backup,
    parse_backup_time,
    parse_document,
)
from keyfold.core.backup.jsonfields import MAX_BACKUP_BYTES
from keyfold.core.backup.kdf import KdfKind, KdfParams
from keyfold.core.errors import BackupFormatError
from keyfold.core.keys import KeyPair
from keyfold.core.limits import MAX_KEY_VERSIONS, MAX_LEGACY_ARCHIVED_VERSIONS
from tests.core.backup.handmade import b64, build, dumps, public_key

DATA = Path(__file__).parent / "data"

SEED = bytes(range(32))
SALT = bytes(range(100, 116))


@pytest.mark.parametrize("layout", ["seed", "unified", "keyfold"])
def test_each_layout_is_recognised(layout: str) -> None:
    sealed = parse_document(dumps(build(layout=layout)))
    assert sealed.info.layout == Layout(layout)
    assert sealed.salt == SALT
    assert sealed.nonce == bytes(range(200, 224))
    assert len(sealed.ciphertext) == 64 + 16


def test_seed_layout_info() -> None:
    info = parse_document(dumps(build(layout="seed", kdf="pbkdf2", cipher="aes-gcm"))).info
    assert info.key_id == "production-signing-key"
    assert info.name == "Production Signing Key"
    assert info.created == "2025-06-08T19:59:22Z"  # from metadata.created
    assert info.public_key is None
    assert info.fingerprint is None
    assert info.kdf == KdfParams.pbkdf2(1000)
    assert info.cipher is CipherKind.AES_GCM
    assert info.metadata == {"name": "Production Signing Key", "created": "2025-06-08T19:59:22Z"}


def test_unified_layout_info() -> None:
    doc = build(layout="unified")
    info = parse_document(dumps(doc)).info
    assert info.key_id == ""  # the unified layout need not name one
    assert info.name == "Production Signing Key"  # from metadata.label
    assert info.created == "2025-06-08T19:59:22Z"  # top-level created
    assert info.public_key is not None
    assert info.public_key.raw == public_key(SEED)
    assert info.fingerprint == info.public_key.fingerprint
    assert info.kdf == KdfParams.argon2id(memory_kib=256, iterations=1, parallelism=1)
    assert info.cipher is CipherKind.XCHACHA20_POLY1305
    doc["key_id"] = "named"
    assert parse_document(dumps(doc)).info.key_id == "named"


def test_keyfold_layout_info() -> None:
    info = parse_document(dumps(build(layout="keyfold"))).info
    assert info.key_id == "production-signing-key"
    assert info.name == "Production Signing Key"
    assert info.fingerprint is not None and len(info.fingerprint) == 64
    assert info.metadata["key_type"] == "ed25519"


def test_weak_costs_are_reported_as_warnings() -> None:
    (warning,) = parse_document(dumps(build())).info.warnings
    assert "Argon2id memory" in warning


def test_unknown_fields_are_ignored() -> None:
    doc = build()
    doc["future"] = {"anything": [1, 2]}
    doc["kdf_params"]["extra"] = "x"
    doc["metadata"]["tags"] = ["a", "b"]
    doc["metadata"]["description"] = "kept"
    info = parse_document(dumps(doc)).info
    assert info.metadata["description"] == "kept"
    assert "tags" not in info.metadata


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("kdf", "PBKDF2-SHA256", KdfKind.PBKDF2),
        ("kdf", "pbkdf2-hmac-sha256", KdfKind.PBKDF2),
        ("encryption", "AES-256-GCM", CipherKind.AES_GCM),
        ("encryption", "XChaCha20-Poly1305", CipherKind.XCHACHA20_POLY1305),
        ("kdf", "SCRYPT", KdfKind.SCRYPT),
        ("encryption", "ChaCha20Poly1305", CipherKind.CHACHA20_POLY1305),
    ],
)
def test_other_spellings_of_the_algorithms(field: str, value: str, expected: object) -> None:
    kind = {KdfKind.PBKDF2: "pbkdf2", KdfKind.SCRYPT: "scrypt"}.get(expected, "argon2id")  # type: ignore[call-overload]
    cipher = {
        CipherKind.AES_GCM: "aes-gcm",
        CipherKind.CHACHA20_POLY1305: "chacha20-poly1305",
    }.get(expected, "xchacha20-poly1305")  # type: ignore[call-overload]
    doc = build(kdf=kind, cipher=cipher)
    doc[field] = value
    info = parse_document(dumps(doc)).info
    assert expected in (info.kdf.kind, info.cipher)


def test_the_python_sdks_scrypt_and_chacha20_are_read_before_the_passphrase() -> None:
    doc = build(layout="seed", kdf="scrypt", cipher="chacha20-poly1305")
    info = parse_document(dumps(doc)).info
    assert (info.layout, info.key_id) == (Layout.SEED, "production-signing-key")
    assert info.kdf == KdfParams.scrypt(1024, 1, 1)
    assert info.cipher is CipherKind.CHACHA20_POLY1305
    assert info.warnings == (
        "The backup uses only 128 KiB of scrypt memory, so its passphrase is easier to guess "
        "than usual.",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # DataFold's Python SDK: isoformat() of an aware time, then a Z.
        ("2026-12-04T23:08:47.091317+00:00Z", datetime(2026, 12, 4, 23, 8, 47, 91317, UTC)),
        ("2025-06-08T19:59:22Z", datetime(2025, 6, 8, 19, 59, 22, tzinfo=UTC)),
        ("2025-06-08T21:59:22+02:00", datetime(2025, 6, 8, 19, 59, 22, tzinfo=UTC)),
        ("2025-06-08T19:59:22", datetime(2025, 6, 8, 19, 59, 22, tzinfo=UTC)),  # naive = UTC
        ("2025-06-08T19:59:22+02:00ZZ", None),
        ("Z", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_backup_time(text: str | None, expected: datetime | None) -> None:
    assert parse_backup_time(text) == expected


def test_pbkdf2_with_a_sha256_hash_field_is_read() -> None:
    doc = build(kdf="pbkdf2")
    doc["kdf_params"]["hash"] = "SHA-256"
    assert parse_document(dumps(doc)).info.kdf == KdfParams.pbkdf2(1000)


# The malformed corpus: each entry changes one field of a valid keyfold-layout
# document and names the field the error must report.
def _set(path: str, value: Any) -> Any:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        for part in parents:
            doc = doc[part]
        doc[last] = value

    return change


def _drop(*paths: str) -> Any:
    def change(doc: dict[str, Any]) -> None:
        for path in paths:
            *parents, last = path.split(".")
            target = doc
            for part in parents:
                target = target[part]
            del target[last]

    return change


def _both_salts(value: str) -> Any:
    def change(doc: dict[str, Any]) -> None:
        doc["salt"] = doc["kdf_params"]["salt"] = value

    return change


def _scrypt_with(**fields: Any) -> Any:
    """The document switched to scrypt (N=1024, r=1, p=1), then `fields` changed
    (None drops one)."""

    def change(doc: dict[str, Any]) -> None:
        doc["kdf"] = "scrypt"
        params = {"salt": doc["kdf_params"]["salt"], "n": 1024, "r": 1, "p": 1, **fields}
        doc["kdf_params"] = {key: value for key, value in params.items() if value is not None}

    return change


def _pbkdf2_with(path: str, value: Any) -> Any:
    def change(doc: dict[str, Any]) -> None:
        doc["kdf"] = "pbkdf2"
        _set(path, value)(doc)

    return change


OTHER_FINGERPRINT = "ab" * 32
MALFORMED = [
    (_drop("version"), "version"),
    (_set("version", 2), "version"),
    (_set("version", "1"), "version"),
    (_set("version", True), "version"),
    (_drop("kdf"), "kdf"),
    (_set("kdf", "bcrypt"), "kdf"),
    (_set("kdf", "scrypt"), "kdf_params.n"),  # Argon2id's fields are not scrypt's
    (_set("kdf", 7), "kdf"),
    (_drop("kdf_params"), "kdf_params"),
    (_set("kdf_params", [256, 1, 1]), "kdf_params"),
    (_drop("kdf_params.memory"), "kdf_params.memory"),
    (_set("kdf_params.memory", "256"), "kdf_params.memory"),
    (_set("kdf_params.memory", 2 * 1024 * 1024), "kdf_params.memory"),
    (_set("kdf_params.memory", 4), "kdf_params.memory"),
    (_set("kdf_params.memory", 2.5), "kdf_params.memory"),
    (_set("kdf_params.iterations", 65), "kdf_params.iterations"),
    (_set("kdf_params.iterations", 0), "kdf_params.iterations"),
    (_set("kdf_params.iterations", 10**40), "kdf_params.iterations"),
    (_set("kdf_params.parallelism", 17), "kdf_params.parallelism"),
    (_set("kdf_params.parallelism", -1), "kdf_params.parallelism"),
    (_pbkdf2_with("kdf_params.iterations", 10_000_001), "kdf_params.iterations"),
    (_pbkdf2_with("kdf_params.iterations", 10), "kdf_params.iterations"),
    (_pbkdf2_with("kdf_params.hash", "sha1"), "kdf_params.hash"),
    (_scrypt_with(n=None), "kdf_params.n"),
    (_scrypt_with(r=None), "kdf_params.r"),
    (_scrypt_with(p=None), "kdf_params.p"),
    (_scrypt_with(n="1024"), "kdf_params.n"),
    (_scrypt_with(n=1000), "kdf_params.n"),
    (_scrypt_with(n=512), "kdf_params.n"),
    (_scrypt_with(n=2**40), "kdf_params.n"),
    (_scrypt_with(n=10**400), "kdf_params.n"),
    (_scrypt_with(n=2**16), "kdf_params.n"),  # too large for r = 1
    (_scrypt_with(n=2**20, r=32, p=16), "kdf_params.n"),  # over the work budget
    (_scrypt_with(r=0), "kdf_params.r"),
    (_scrypt_with(r=True), "kdf_params.r"),
    (_scrypt_with(r=1.5), "kdf_params.r"),
    (_scrypt_with(p=17), "kdf_params.p"),
    (_scrypt_with(p=-1), "kdf_params.p"),
    (_drop("encryption"), "encryption"),
    (_set("encryption", "aes-cbc"), "encryption"),
    (_set("encryption", None), "encryption"),
    (_drop("salt", "kdf_params.salt"), "salt"),
    (_both_salts("not base64!"), "salt"),
    (_both_salts(b64(b"short")), "salt"),
    (_both_salts(b64(bytes(2000))), "salt"),
    (_set("salt", b64(bytes(16))), "salt"),  # differs from kdf_params.salt
    (_set("salt", 16), "salt"),
    (_drop("nonce"), "nonce"),
    (_set("nonce", "%%%"), "nonce"),
    (_set("nonce", b64(bytes(12))), "nonce"),
    (_set("encryption", "aes-gcm"), "nonce"),  # a 24-byte nonce for AES-GCM
    (_set("encryption", "chacha20-poly1305"), "nonce"),  # and for ChaCha20-Poly1305
    (_drop("ciphertext"), "ciphertext"),
    (_set("ciphertext", "@@@@"), "ciphertext"),
    (_set("ciphertext", b64(bytes(47))), "ciphertext"),
    (_set("ciphertext", ["AAAA"]), "ciphertext"),
    (_drop("algorithm"), "algorithm"),
    (_set("algorithm", "RSA"), "algorithm"),
    (_drop("key_id"), "key_id"),
    (_set("key_id", 42), "key_id"),
    (_set("key_id", "  "), "key_id"),
    (_set("created", 1749412762), "created"),
    (_set("metadata", "Production"), "metadata"),
    (_set("metadata.key_type", "rsa"), "metadata.key_type"),
    (_set("metadata.name", 5), "metadata.name"),
    (_set("metadata.label", ["x"]), "metadata.label"),
    (_set("metadata.created", {}), "metadata.created"),
    (_set("metadata.public_key", "zz"), "metadata.public_key"),
    (_set("metadata.public_key", "ab" * 31), "metadata.public_key"),
    (_set("metadata.fingerprint", "xyz"), "metadata.fingerprint"),
    (_set("metadata.fingerprint", OTHER_FINGERPRINT), "metadata.fingerprint"),
]


@pytest.mark.parametrize(("change", "field"), MALFORMED)
def test_each_malformed_field_is_named(change: Any, field: str) -> None:
    doc = copy.deepcopy(build())
    change(doc)
    with pytest.raises(BackupFormatError) as caught:
        parse_document(dumps(doc))
    message = str(caught.value)
    assert caught.value.field == field
    assert field in message
    assert "\n" not in message
    assert message.endswith(".")


def test_seed_layout_needs_key_id_and_algorithm_but_unified_does_not() -> None:
    for field in ("key_id", "algorithm"):
        seed_doc = build(layout="seed")
        del seed_doc[field]
        with pytest.raises(BackupFormatError) as caught:
            parse_document(dumps(seed_doc))
        assert caught.value.field == field
    unified = build(layout="unified")
    unified["algorithm"] = "ed25519"
    assert parse_document(dumps(unified)).info.layout == Layout.UNIFIED
    unified["algorithm"] = "secp256k1"
    with pytest.raises(BackupFormatError, match="algorithm"):
        parse_document(dumps(unified))


def test_unified_layout_names_kdf_params_salt() -> None:
    doc = build(layout="unified")
    doc["kdf_params"]["salt"] = "***"
    with pytest.raises(BackupFormatError) as caught:
        parse_document(dumps(doc))
    assert caught.value.field == "kdf_params.salt"


@pytest.mark.parametrize(
    "data",
    [b"", b"{", b"[]", b"null", b"\x00\x01binary", b"{}" + b" " * MAX_BACKUP_BYTES],
)
def test_files_that_are_not_a_json_object_are_refused(data: bytes) -> None:
    with pytest.raises(BackupFormatError) as caught:
        parse_document(data)
    assert caught.value.field == "file"


def test_errors_never_show_the_ciphertext() -> None:
    doc = build()
    doc["nonce"] = b64(bytes(5))
    with pytest.raises(BackupFormatError) as caught:
        parse_document(dumps(doc))
    assert doc["ciphertext"] not in str(caught.value)


def _build(layout: Layout, kdf: KdfParams, cipher: CipherKind) -> dict[str, Any]:
    data = build_document(
        layout,
        key_id="k1",
        kdf=kdf,
        cipher=cipher,
        salt=SALT,
        nonce=bytes(24 if cipher is CipherKind.XCHACHA20_POLY1305 else 12),
        ciphertext=bytes(80),
        created="2025-06-08T19:59:22Z",
        metadata={"name": "N", "label": "N"},
    )
    assert data.endswith(b"\n")
    document: dict[str, Any] = json.loads(data)
    return document


def test_the_superset_has_the_designs_fields_in_order() -> None:
    doc = _build(Layout.KEYFOLD, KdfParams(), CipherKind.XCHACHA20_POLY1305)
    assert list(doc) == [
        "version", "key_id", "algorithm", "kdf", "kdf_params", "encryption",
        "salt", "nonce", "ciphertext", "created", "metadata",
    ]  # fmt: skip
    assert doc["kdf_params"] == {
        "memory": 65536, "iterations": 3, "parallelism": 1, "salt": b64(SALT),
    }  # fmt: skip
    assert doc["salt"] == b64(SALT)
    assert (doc["version"], doc["algorithm"], doc["kdf"]) == (1, "Ed25519", "argon2id")
    assert doc["encryption"] == "xchacha20-poly1305"
    assert base64.b64decode(doc["nonce"], validate=True) == bytes(24)


def test_the_unified_layout_has_no_top_level_salt() -> None:
    doc = _build(Layout.UNIFIED, KdfParams.pbkdf2(), CipherKind.AES_GCM)
    assert "salt" not in doc
    assert doc["kdf_params"] == {"iterations": 600_000, "salt": b64(SALT)}
    assert (doc["kdf"], doc["encryption"]) == ("pbkdf2", "aes-gcm")
    assert parse_document(json.dumps(doc).encode()).info.layout == Layout.UNIFIED


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (dumps(build()), True),
        (b'\xef\xbb\xbf  {"ciphertext": 1}', True),  # a sniff, not validation
        (b'{"kdf": "argon2id"}', False),
        (b"-----BEGIN PRIVATE KEY-----\n", False),
        (b"00" * 32, False),
        (b'["ciphertext"]', False),
        (b"{not json", False),
        (b'{"ciphertext": "' + b"A" * MAX_BACKUP_BYTES + b'"}', False),
    ],
)
def test_looks_like_backup(data: bytes, expected: bool) -> None:
    assert looks_like_backup(data) is expected


# --- Keyfold's extension fields ---------------------------------------------------


def _with_versions() -> dict[str, Any]:
    """A backup of the older layout (Keyfold 36ed007) at version 3 carrying 1 and 2."""
    document: dict[str, Any] = json.loads((DATA / "legacy-versions.json").read_bytes())
    return document


def _with_archive() -> dict[str, Any]:
    """A backup of the current layout at version 3 carrying versions 1 and 2."""
    older = [
        ArchivedKey(number, "archived", datetime(2025, 1, number, tzinfo=UTC), KeyPair.generate())
        for number in (1, 2)
    ]
    data = seal_key(
        KeyPair.generate(),
        "pw",
        key_id="k",
        kdf=KdfParams(memory_kib=256, iterations=1),
        version=3,
        archived=older,
    )
    document: dict[str, Any] = json.loads(data)
    return document


def _versions_set(path: list[Any], value: Any) -> dict[str, Any]:
    doc = _with_versions()
    parent: Any = doc
    for step in path[:-1]:
        parent = parent[step]
    if value is _DROP:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


_DROP = object()
_ENTRY = ["keyfold_versions", 0]
_ENVELOPE = [*_ENTRY, "envelope"]
VERSIONS_MALFORMED = [
    (["keyfold_version"], "3", "keyfold_version"),
    (["keyfold_version"], 0, "keyfold_version"),
    (["keyfold_version"], 2, "keyfold_versions[1].version"),  # taken by an older one
    (["keyfold_versions"], {"1": {}}, "keyfold_versions"),
    (["keyfold_versions"], [{}] * (MAX_LEGACY_ARCHIVED_VERSIONS + 1), "keyfold_versions"),
    (_ENTRY, "version 1", "keyfold_versions[0]"),
    ([*_ENTRY, "version"], 2, "keyfold_versions[1].version"),
    ([*_ENTRY, "version"], -1, "keyfold_versions[0].version"),
    ([*_ENTRY, "status"], "current", "keyfold_versions[0].status"),
    ([*_ENTRY, "created"], "yesterday", "keyfold_versions[0].created"),
    ([*_ENTRY, "public_key"], _DROP, "keyfold_versions[0].public_key"),
    # Another real key: it does not match what the envelope holds.
    (
        [*_ENTRY, "public_key"],
        KeyPair.from_seed(bytes(32)).public.hex,
        "keyfold_versions[0].envelope.metadata.public_key",
    ),
    # A small-order point is no Ed25519 key at all.
    ([*_ENTRY, "public_key"], "00" * 32, "keyfold_versions[0].public_key"),
    ([*_ENTRY, "envelope"], _DROP, "keyfold_versions[0].envelope"),
    ([*_ENVELOPE, "nonce"], _DROP, "keyfold_versions[0].envelope.nonce"),
    ([*_ENVELOPE, "keyfold_versions"], [], "keyfold_versions[0].envelope.keyfold_versions"),
    ([*_ENVELOPE, "kdf_params", "iterations"], 2, "keyfold_versions[0].envelope.kdf_params"),
]


@pytest.mark.parametrize(("path", "value", "field"), VERSIONS_MALFORMED)
def test_every_bad_extension_field_is_named(path: list[Any], value: Any, field: str) -> None:
    doc = _versions_set(path, value)
    with pytest.raises(BackupFormatError) as caught:
        parse_document(json.dumps(doc).encode())
    assert caught.value.field == field
    message = str(caught.value)
    # Named in full, or a field inside an envelope by its name and the envelope's.
    assert field.rsplit(".", 1)[0] in message and "\n" not in message


def test_an_envelope_with_its_own_salt_is_refused() -> None:
    doc = _with_versions()
    envelope = doc["keyfold_versions"][0]["envelope"]
    envelope["salt"] = envelope["kdf_params"]["salt"] = b64(bytes(16))
    with pytest.raises(BackupFormatError, match="salt and KDF") as caught:
        parse_document(json.dumps(doc).encode())
    assert caught.value.field == "keyfold_versions[0].envelope.kdf_params"


def test_the_extension_is_described_without_the_passphrase() -> None:
    doc = _with_versions()
    info = parse_document(json.dumps(doc).encode()).info
    assert info.version == 3
    assert [(a.version, a.status, a.public_key.hex) for a in info.archived] == [
        (entry["version"], entry["status"], entry["public_key"])
        for entry in doc["keyfold_versions"]
    ]
    assert info.archived[0].created == datetime(2025, 1, 1, tzinfo=UTC)


def _row(version: int, status: int = 0, seconds: int = 0, key: bytes | None = None) -> bytes:
    raw = key if key is not None else KeyPair.generate().public.raw
    return (
        version.to_bytes(4, "big") + bytes([status]) + seconds.to_bytes(8, "big", signed=True) + raw
    )


ARCHIVE_MALFORMED = [
    ("format", 3, "keyfold_archive.format"),
    ("format", "2", "keyfold_archive.format"),
    ("versions", b64(b""), "keyfold_archive.versions"),
    ("versions", b64(b"x" * 44), "keyfold_archive.versions"),
    ("versions", b64(_row(0)), "keyfold_archive.versions"),
    ("versions", b64(_row(1, status=7)), "keyfold_archive.versions"),
    ("versions", b64(_row(1, seconds=2**62)), "keyfold_archive.versions"),
    ("versions", b64(_row(3) + _row(1)), "keyfold_archive.versions"),  # the top level number
    ("versions", b64(_row(1) + _row(1)), "keyfold_archive.versions"),
    ("versions", b64(_row(1) + _row(2) + _row(4)), "keyfold_archive.ciphertext"),
    ("versions", "not base64!", "keyfold_archive.versions"),
    ("nonce", b64(bytes(12)), "keyfold_archive.nonce"),
    ("ciphertext", b64(bytes(10)), "keyfold_archive.ciphertext"),
    ("ciphertext", None, "keyfold_archive.ciphertext"),
]


@pytest.mark.parametrize(("key", "value", "field"), ARCHIVE_MALFORMED)
def test_every_bad_archive_field_is_named(key: str, value: Any, field: str) -> None:
    doc = _with_archive()
    doc["keyfold_archive"][key] = value
    with pytest.raises(BackupFormatError) as caught:
        parse_document(json.dumps(doc).encode())
    assert caught.value.field == field
    assert "\n" not in str(caught.value)


def test_an_archive_that_repeats_the_current_key_is_refused() -> None:
    doc = _with_archive()
    top = bytes.fromhex(doc["metadata"]["public_key"])
    doc["keyfold_archive"]["versions"] = b64(_row(1, key=top) + _row(2))
    with pytest.raises(BackupFormatError, match="repeats a key"):
        parse_document(json.dumps(doc).encode())


def test_both_extension_layouts_at_once_are_refused() -> None:
    doc = _with_archive()
    doc["keyfold_versions"] = _with_versions()["keyfold_versions"]
    with pytest.raises(BackupFormatError, match="cannot both"):
        parse_document(json.dumps(doc).encode())


def test_an_archive_is_too_big_before_it_is_too_many() -> None:
    # The reader's version cap is the writer's (core/limits.py).
    doc = _with_archive()
    rows = b"".join(
        _row(n, key=bytes([n % 256, n // 256]) * 16) for n in range(4, 4 + MAX_KEY_VERSIONS)
    )
    doc["keyfold_archive"]["versions"] = b64(rows)
    with pytest.raises(BackupFormatError, match="at most") as caught:
        parse_document(json.dumps(doc).encode())
    assert caught.value.field == "keyfold_archive.versions"
