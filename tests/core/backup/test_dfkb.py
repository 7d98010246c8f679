"""Tests for keyfold.core.backup.dfkb: the `.dfkb` header, its lengths, and fuzzing."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keyfold.core.backup.dfkb import HEADER_SIZE, MAX_TIMESTAMP_BYTES, is_dfkb, parse_dfkb
from keyfold.core.backup.jsonfields import MAX_BACKUP_BYTES
from keyfold.core.errors import BackupFormatError
from tests.core.backup import handmade_js

SDK_FILE = Path(__file__).parent / "data" / "datafold_js" / "export-binary.dfkb"


def test_splits_the_file_the_sdk_wrote() -> None:
    data = SDK_FILE.read_bytes()
    container = parse_dfkb(data)
    assert container.iterations == 100_000
    assert len(container.timestamp) == 24 and container.timestamp.endswith("Z")
    assert (len(container.salt), len(container.nonce)) == (32, 12)
    assert data.endswith(container.ciphertext)
    assert len(container.ciphertext) == len(data) - HEADER_SIZE - 24


def test_splits_a_handmade_file() -> None:
    container = parse_dfkb(handmade_js.build_dfkb(iterations=1234))
    assert (container.iterations, container.timestamp) == (1234, handmade_js.CREATED)
    assert (container.salt, container.nonce) == (handmade_js.SALT, handmade_js.NONCE)


def test_sniffs_by_content() -> None:
    assert is_dfkb(b"DFKB")
    assert not is_dfkb(b"{}") and not is_dfkb(b"dfkb")


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (b"DFKA" + bytes(100), "magic", "DFKB"),
        (b"DFKB" + bytes(10), "header", "shorter than"),
        (handmade_js.build_dfkb(version=2), "version", "only 1"),
        (handmade_js.build_dfkb(stamp_size=0xFFFFFFFF), "timestamp", "at most"),
        (handmade_js.build_dfkb(stamp_size=MAX_TIMESTAMP_BYTES + 1), "timestamp", "at most"),
        (handmade_js.build_dfkb(timestamp=b"2025\xff"), "timestamp", "not ASCII"),
        (handmade_js.build_dfkb(timestamp=b"2025\n"), "timestamp", "control"),
        (b"DFKB" + bytes(MAX_BACKUP_BYTES), "file", "larger than"),
    ],
    ids=["magic", "short", "version", "huge-stamp", "long-stamp", "binary", "newline", "big"],
)
def test_refuses_with_the_field_named(data: bytes, field: str, message: str) -> None:
    with pytest.raises(BackupFormatError, match=message) as caught:
        parse_dfkb(data)
    assert caught.value.field == field


def test_a_timestamp_length_running_into_the_ciphertext_is_refused() -> None:
    # "{}" sealed is 18 bytes; a timestamp said to be 40 bytes would eat them all.
    data = handmade_js.build_dfkb(b"{}", timestamp=b"", stamp_size=40)
    with pytest.raises(BackupFormatError, match="too few") as caught:
        parse_dfkb(data)
    assert caught.value.field == "timestamp"
    assert parse_dfkb(handmade_js.build_dfkb(b"{}", timestamp=b"")).timestamp == ""


@pytest.mark.parametrize("cut", range(0, HEADER_SIZE + 24 + 18))
def test_every_truncation_of_a_real_file_is_refused(cut: int) -> None:
    with pytest.raises(BackupFormatError):
        parse_dfkb(SDK_FILE.read_bytes()[:cut])


@settings(max_examples=500, deadline=None)
@given(header=st.binary(min_size=HEADER_SIZE - 4, max_size=HEADER_SIZE + 80))
def test_fuzz_headers(header: bytes) -> None:
    try:
        container = parse_dfkb(b"DFKB" + header)
    except BackupFormatError as exc:
        assert "\n" not in str(exc)
        return
    assert len(container.salt) == 32 and len(container.nonce) == 12
    assert len(container.timestamp) <= MAX_TIMESTAMP_BYTES
    assert len(container.ciphertext) >= 18
