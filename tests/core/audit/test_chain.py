"""Tests for the audit hash chain: canonical bytes, timestamps, and one link's check."""

import json
from datetime import UTC, datetime

import pytest

from keyfold.core.audit.chain import (
    GENESIS_HASH,
    canonical_bytes,
    check_row,
    entry_hash,
    format_timestamp,
    parse_timestamp,
)

STAMP = "2025-06-08T12:00:01.000000Z"
FIELDS = (1, GENESIS_HASH, STAMP, "sign", "alpha", 1, "me", {"file": "ä.txt"})


def test_canonical_bytes_are_sorted_compact_utf8_json() -> None:
    raw = canonical_bytes(*FIELDS)
    assert raw.startswith(b'{"actor":"me","details":{"file":"\xc3\xa4.txt"},"key_id":"alpha"')
    assert b" " not in raw
    assert len(entry_hash(*FIELDS)) == 64


def test_timestamps_are_utc_with_microseconds() -> None:
    moment = datetime(2025, 6, 8, 12, 0, 1, tzinfo=UTC)
    assert format_timestamp(moment) == STAMP and parse_timestamp(STAMP) == moment
    with pytest.raises(ValueError, match="timezone"):
        format_timestamp(datetime(2025, 6, 8))


@pytest.mark.parametrize(
    "text",
    [
        "2025-06-08T12:00:01Z",
        "2025-06-08 12:00:01.000000Z",
        "2025-06-08T12:00:01.000000+00:00",
        "2025-W23-7T12:00:01.000000Z",
        "2025-06-08T12:00:01,000000Z",
        "٢٠٢٥-06-08T12:00:01.000000Z",
        "2025-13-08T12:00:01.000000Z",
    ],
)
def test_only_the_written_timestamp_form_parses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_timestamp(text)


def _row(**changes: object) -> tuple[object, ...]:
    seq, prev, stamp, kind, key_id, version, actor, details = FIELDS
    row = {
        "seq": seq,
        "stamp": stamp,
        "kind": kind,
        "key_id": key_id,
        "version": version,
        "actor": actor,
        "details": json.dumps(details),
        "prev": prev,
        "hash": entry_hash(*FIELDS),
    }
    row.update(changes)
    return tuple(row.values())


def test_check_row_accepts_a_valid_link_and_names_each_fault() -> None:
    assert check_row(_row(), 1, GENESIS_HASH) is None
    missing = check_row(_row(seq=3), 1, GENESIS_HASH)
    assert missing == (1, "Entry 1 is missing: entries were removed.")
    assert check_row(_row(details="[1]"), 1, GENESIS_HASH) == (1, "Entry 1 has malformed details.")
    reordered = check_row(_row(prev="f" * 64), 1, GENESIS_HASH)
    assert reordered is not None and "order was changed" in reordered[1]
    edited = check_row(_row(actor="someone else"), 1, GENESIS_HASH)
    assert edited == (1, "Entry 1 was changed after it was written.")
