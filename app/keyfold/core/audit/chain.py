"""The hash chain: the exact bytes each audit entry's hash covers, and the check of one link."""

import hashlib
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64
# What json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
# builds on every call; one encoder serves the million entries a verify hashes.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
# The one form format_timestamp writes; parse_timestamp accepts nothing else.
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", re.ASCII)


def canonical_bytes(
    seq: int,
    prev_hash: str,
    timestamp: str,
    kind: str,
    key_id: str | None,
    version: int | None,
    actor: str,
    details: Mapping[str, str],
) -> bytes:
    """The exact bytes an entry's hash covers: sorted-key compact UTF-8 JSON."""
    document = {
        "seq": seq,
        "prev_hash": prev_hash,
        "timestamp": timestamp,
        "kind": kind,
        "key_id": key_id,
        "version": version,
        "actor": actor,
        "details": dict(details),
    }
    return _CANONICAL.encode(document).encode("utf-8")


def entry_hash(*fields: Any) -> str:
    """SHA-256 hex of `canonical_bytes(*fields)`."""
    return hashlib.sha256(canonical_bytes(*fields)).hexdigest()


def format_timestamp(moment: datetime) -> str:
    """UTC ISO 8601 with microseconds and a Z, the form the hash covers."""
    if moment.tzinfo is None:
        raise ValueError("audit timestamps must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_timestamp(text: str) -> datetime:
    """The moment format_timestamp wrote; ValueError for any other text.

    fromisoformat (C) after a shape check, not strptime: listing a million
    entries spent a third of its time in strptime.
    """
    if not isinstance(text, str) or _STAMP.fullmatch(text) is None:
        raise ValueError(f"not an audit timestamp: {str(text)[:40]!r}")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)


def check_row(row: tuple[Any, ...], position: int, prev_hash: str) -> tuple[int, str] | None:
    """None when the row is the valid successor of `prev_hash` at `position`."""
    seq, stamp, kind, key_id, version, actor, details_text, stored_prev, stored_hash = row
    label = seq if isinstance(seq, int) else position
    if seq != position:
        if isinstance(seq, int) and seq > position:
            return position, f"Entry {position} is missing: entries were removed."
        return position, f"Entry {position} has sequence number {seq!r}."
    try:
        details = json.loads(details_text)
        if not isinstance(details, dict) or not all(
            isinstance(value, str) for value in details.values()
        ):
            raise TypeError
    except (TypeError, ValueError):
        return label, f"Entry {label} has malformed details."
    if stored_prev != prev_hash:
        return label, f"Entry {label} does not follow entry {label - 1}: the order was changed."
    try:
        digest = entry_hash(seq, stored_prev, stamp, kind, key_id, version, actor, details)
    except TypeError:
        return label, f"Entry {label} has malformed fields."
    if digest != stored_hash:
        return label, f"Entry {label} was changed after it was written."
    return None
