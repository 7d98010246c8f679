"""The files DataFold's SDKs wrote (data/datafold_js/README.md, data/datafold_py/README.md)
and what each holds."""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from keyfold.core.backup import CipherKind, KdfParams, Layout

DATA = Path(__file__).parent / "data" / "datafold_js"
PASSPHRASE = "correct horse battery staple"
UNICODE_PASSPHRASE = "Pässwört-ключ-🔑-日本"


@dataclass(frozen=True)
class Vector:
    """A file made by the SDK's own code (see data/datafold_js/README.md) and what it holds."""

    file: str
    passphrase: str
    layout: Layout  # before the passphrase
    opened_layout: Layout
    key_id: str
    name: str
    created: str
    description: str
    public_key: str
    iterations: int
    tags: tuple[str, ...]


ALICE = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"  # RFC 8032 test 1
USER2 = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"  # RFC 8032 test 2
ROTATING = "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025"  # RFC 8032 test 3
UNIFIED = "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf"  # RFC 8032 SHA(abc)

VECTORS = [
    Vector(
        "export-json.json", PASSPHRASE, Layout.DATAFOLD_JS, Layout.DATAFOLD_JS,
        "alice-signing", "Alice Signing Key", "2025-06-01T09:30:00.000Z",
        "Signs release artefacts", ALICE, 100_000, ("release", "ci"),
    ),
    Vector(
        "export-binary.dfkb", PASSPHRASE, Layout.DATAFOLD_JS_BINARY, Layout.DATAFOLD_JS_BINARY,
        "alice-signing", "Alice Signing Key", "2025-06-01T09:30:00.000Z",
        "Signs release artefacts", ALICE, 100_000, ("release", "ci"),
    ),
    Vector(
        "export-json-unicode-passphrase.json", UNICODE_PASSPHRASE, Layout.DATAFOLD_JS,
        Layout.DATAFOLD_JS, "user_key_2", "user_key_2", "2026-12-04T20:14:00.077Z",
        "Exported key", USER2, 120_000, ("exported",),
    ),
    Vector(
        "export-binary-unicode-passphrase.dfkb", UNICODE_PASSPHRASE, Layout.DATAFOLD_JS_BINARY,
        Layout.DATAFOLD_JS_BINARY, "user_key_2", "user_key_2", "2026-12-04T20:14:00.244Z",
        "Exported key", USER2, 100_000, ("exported",),
    ),
    Vector(
        "rotation-backup.json", PASSPHRASE, Layout.DATAFOLD_JS, Layout.DATAFOLD_JS_ROTATION,
        "rotating-key", "Rotating Key", "2025-03-15T12:00:00.000Z",
        "Rotated every 30 days", ROTATING, 150_000, ("rotation-test",),
    ),
    Vector(
        "unified-pbkdf2-aes-gcm.json", PASSPHRASE, Layout.UNIFIED, Layout.UNIFIED,
        "", "Unified Layout Key", "2026-12-04T20:14:00.376Z", "", UNIFIED, 100_000, (),
    ),
]  # fmt: skip


PY_DATA = Path(__file__).parent / "data" / "datafold_py"


@dataclass(frozen=True)
class PyVector:
    """A file DataFold's Python SDK wrote (see data/datafold_py/README.md) and what it holds."""

    file: str
    passphrase: str
    key_id: str
    kdf: KdfParams
    cipher: CipherKind
    created: datetime  # the file's `created`, which Keyfold takes as the key's
    public_key: str


def _at(minute: int, second: int, micro: int) -> datetime:
    return datetime(2026, 12, 4, 23, minute, second, micro, UTC)


SDK_SCRYPT = KdfParams.scrypt(32768, 8, 1)
CHACHA = CipherKind.CHACHA20_POLY1305

PY_VECTORS = [
    PyVector(
        "export-default.json", PASSPHRASE, "alice-signing", SDK_SCRYPT, CHACHA,
        _at(8, 47, 91317), ALICE,
    ),
    PyVector(
        "export-binary-unicode-passphrase.bin", UNICODE_PASSPHRASE, "user_key_2", SDK_SCRYPT,
        CHACHA, _at(8, 47, 193535), USER2,
    ),
    PyVector(
        "export-scrypt-aes-gcm.json", PASSPHRASE, "rotating-key", SDK_SCRYPT, CipherKind.AES_GCM,
        _at(8, 47, 290100), ROTATING,
    ),
    PyVector(
        "export-pbkdf2-chacha20.json", PASSPHRASE, "pbkdf2-key", KdfParams.pbkdf2(100_000),
        CHACHA, _at(8, 47, 307974), UNIFIED,
    ),
    PyVector(
        "export-key-to-file.json", PASSPHRASE, "file-export", SDK_SCRYPT, CHACHA,
        _at(8, 47, 423683), ALICE,
    ),
]  # fmt: skip
