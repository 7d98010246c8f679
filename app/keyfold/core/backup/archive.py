"""A key's older versions in one sealed block: Keyfold's `keyfold_archive` extension.

    "keyfold_archive": {"format": 2, "versions": b64, "nonce": b64, "ciphertext": b64}

`versions` is a table of 45-byte rows, oldest first: version u32 | status u8
(0 archived, 1 expired) | created i64 (Unix seconds) | public key 32 bytes, all
big-endian. `ciphertext` seals the rows' 32-byte seeds, concatenated in the
same order, with the backup's cipher, the key its passphrase derives (same salt
and KDF as the top level, so one derivation opens everything) and the table
as associated data, so no row can be changed unnoticed. Nothing of the key's
name or description is repeated: a key rotated daily for ten years (3,650
versions) adds about 375 KB. The older `keyfold_versions` list (a full
envelope per version) is still read; see docs/backup-versions.md.
"""

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from keyfold.core.backup import ciphers
from keyfold.core.backup.ciphers import NONCE_SIZES, TAG_SIZE, CipherKind
from keyfold.core.backup.jsonfields import JsonObject, b64encode, get_b64, get_int, get_object
from keyfold.core.errors import BackupFormatError, KeyFormatError
from keyfold.core.keys import SEED_SIZE, KeyPair, PublicKey
from keyfold.core.limits import MAX_KEY_VERSIONS

ARCHIVE_FIELD = "keyfold_archive"
ARCHIVE_FORMAT = 2
STATUSES = ("archived", "expired")
_ROW = struct.Struct(">IBq32s")
_AAD_PREFIX = b"keyfold-archive/2\n"
# Year 1 to 9999 in Unix seconds: what datetime can represent.
_EARLIEST = -62135596800
_LATEST = 253402300799
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class ArchiveRow:
    """One older version as the table lists it (readable without the passphrase)."""

    version: int
    status: str
    created: datetime
    public_key: PublicKey


@dataclass(frozen=True)
class SealedArchive:
    rows: tuple[ArchiveRow, ...]
    table: bytes = field(repr=False)
    nonce: bytes = field(repr=False)
    ciphertext: bytes = field(repr=False)


def seal_archive(
    cipher: CipherKind,
    key: bytes,
    nonce: bytes,
    versions: list[tuple[int, str, datetime, KeyPair]],
) -> dict[str, object]:
    """The extension object for `versions` (number, status, created, key pair)."""
    ordered = sorted(versions, key=lambda item: item[0])
    table = b"".join(
        _ROW.pack(number, STATUSES.index(status), _seconds(created), pair.public.raw)
        for number, status, created, pair in ordered
    )
    seeds = b"".join(pair.seed for *_, pair in ordered)
    sealed = ciphers.encrypt(cipher, key, nonce, seeds, aad=_AAD_PREFIX + table)
    return {
        "format": ARCHIVE_FORMAT,
        "versions": b64encode(table),
        "nonce": b64encode(nonce),
        "ciphertext": b64encode(sealed),
    }


def parse_archive(doc: JsonObject, cipher: CipherKind) -> SealedArchive:
    """Check the extension object's structure; BackupFormatError names the field."""
    where = f"{ARCHIVE_FIELD}."
    obj = get_object(doc, ARCHIVE_FIELD)
    if get_int(obj, "format", where) != ARCHIVE_FORMAT:
        raise BackupFormatError(
            f"The field {where}format is not {ARCHIVE_FORMAT}; this Keyfold cannot read it.",
            field=f"{where}format",
        )
    table = get_b64(obj, "versions", where)
    if not table or len(table) % _ROW.size:
        raise BackupFormatError(
            f"The field {where}versions is not a whole number of {_ROW.size}-byte rows.",
            field=f"{where}versions",
        )
    count = len(table) // _ROW.size
    if count >= MAX_KEY_VERSIONS:
        raise BackupFormatError(
            f"The field {where}versions lists {count} versions; a key keeps at most "
            f"{MAX_KEY_VERSIONS}.",
            field=f"{where}versions",
        )
    rows = tuple(_row(table, index) for index in range(count))
    nonce = get_b64(obj, "nonce", where)
    if len(nonce) != NONCE_SIZES[cipher]:
        raise BackupFormatError(
            f"The field {where}nonce has {len(nonce)} bytes but {cipher} needs "
            f"{NONCE_SIZES[cipher]}.",
            field=f"{where}nonce",
        )
    ciphertext = get_b64(obj, "ciphertext", where)
    if len(ciphertext) != count * SEED_SIZE + TAG_SIZE:
        raise BackupFormatError(
            f"The field {where}ciphertext does not hold {count} keys.",
            field=f"{where}ciphertext",
        )
    return SealedArchive(rows, table, nonce, ciphertext)


def open_archive(sealed: SealedArchive, cipher: CipherKind, key: bytes) -> list[KeyPair]:
    """The older versions' key pairs, in the table's order; WrongPassphraseError
    when the key is wrong or anything in the block was changed."""
    seeds, _ = ciphers.decrypt(
        cipher, key, sealed.nonce, sealed.ciphertext, aad=_AAD_PREFIX + sealed.table
    )
    pairs = []
    for index, row in enumerate(sealed.rows):
        pair = KeyPair.from_seed(seeds[index * SEED_SIZE : (index + 1) * SEED_SIZE])
        if pair.public != row.public_key:
            raise BackupFormatError(
                f"Version {row.version} in {ARCHIVE_FIELD} does not match its public key.",
                field=f"{ARCHIVE_FIELD}.versions",
            )
        pairs.append(pair)
    return pairs


def _row(table: bytes, index: int) -> ArchiveRow:
    number, status, seconds, raw = _ROW.unpack_from(table, index * _ROW.size)
    where = f"{ARCHIVE_FIELD}.versions"
    if not 1 <= number <= 2**31 or status >= len(STATUSES):
        raise BackupFormatError(
            f"Row {index + 1} of {where} has an invalid version number or status.", field=where
        )
    if not _EARLIEST <= seconds <= _LATEST:
        raise BackupFormatError(f"Row {index + 1} of {where} has an invalid time.", field=where)
    try:
        public_key = PublicKey(raw)
    except KeyFormatError:
        raise BackupFormatError(
            f"Row {index + 1} of {where} has an invalid public key.", field=where
        ) from None
    return ArchiveRow(number, STATUSES[status], _EPOCH + timedelta(seconds=seconds), public_key)


def _seconds(moment: datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - _EPOCH) // timedelta(seconds=1)
