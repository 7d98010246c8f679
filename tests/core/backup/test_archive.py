"""Tests for keyfold.core.backup.archive: the sealed block of a key's older versions."""

import base64
from datetime import UTC, datetime, timedelta

import pytest

from keyfold.core.backup.archive import ARCHIVE_FIELD, open_archive, parse_archive, seal_archive
from keyfold.core.backup.ciphers import NONCE_SIZES, CipherKind
from keyfold.core.errors import WrongPassphraseError
from keyfold.core.keys import KeyPair

KEY = bytes(range(32))
START = datetime(2016, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("cipher", list(CipherKind))
def test_round_trip_in_any_order(cipher: CipherKind) -> None:
    versions = [
        (n, "expired" if n % 2 else "archived", START + timedelta(days=n), KeyPair.generate())
        for n in (5, 1, 3)
    ]
    block = seal_archive(cipher, KEY, bytes(NONCE_SIZES[cipher]), versions)
    sealed = parse_archive({ARCHIVE_FIELD: block}, cipher)
    ordered = sorted(versions, key=lambda v: v[0])
    assert [(r.version, r.status, r.created) for r in sealed.rows] == [v[:3] for v in ordered]
    assert open_archive(sealed, cipher, KEY) == [v[3] for v in ordered]


def test_a_row_changed_in_the_table_does_not_open() -> None:
    cipher = CipherKind.XCHACHA20_POLY1305
    block = seal_archive(cipher, KEY, bytes(24), [(1, "archived", START, KeyPair.generate())])
    table = bytearray(base64.b64decode(block["versions"]))
    table[4] = 1  # archived -> expired
    block["versions"] = base64.b64encode(bytes(table)).decode()
    with pytest.raises(WrongPassphraseError):
        open_archive(parse_archive({ARCHIVE_FIELD: block}, cipher), cipher, KEY)


def test_a_wrong_key_does_not_open() -> None:
    cipher = CipherKind.AES_GCM
    block = seal_archive(cipher, KEY, bytes(12), [(1, "archived", START, KeyPair.generate())])
    with pytest.raises(WrongPassphraseError):
        open_archive(parse_archive({ARCHIVE_FIELD: block}, cipher), cipher, bytes(32))


def test_each_version_costs_45_bytes_of_table_and_32_of_seed() -> None:
    versions = [(n, "archived", START, KeyPair.generate()) for n in range(1, 11)]
    block = seal_archive(CipherKind.XCHACHA20_POLY1305, KEY, bytes(24), versions)
    assert len(base64.b64decode(block["versions"])) == 450
    assert len(base64.b64decode(block["ciphertext"])) == 320 + 16
