"""Usage totals from the `audit_log` table: per key version and kind, a count and a last time."""

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class UsageTotal:
    """How often one version of a key had one kind of entry; `count` details add up."""

    version: int
    kind: str
    total: int
    last_timestamp: str


def totals(conn: sqlite3.Connection, key_id: str, kinds: Sequence[str]) -> list[UsageTotal]:
    """Totals of the given entry kinds for every version of the key."""
    marks = ", ".join("?" for _ in kinds)
    query = (
        "SELECT version, kind, "  # noqa: S608 - only "?" placeholders are formatted in
        "SUM(COALESCE(CAST(json_extract(details, '$.count') AS INTEGER), 1)), "
        "MAX(timestamp) FROM audit_log "
        f"WHERE key_id = ? AND version IS NOT NULL AND kind IN ({marks}) "
        "GROUP BY version, kind"
    )
    rows = conn.execute(query, (key_id, *kinds)).fetchall()
    return [UsageTotal(int(row[0]), str(row[1]), int(row[2]), str(row[3])) for row in rows]


def totals_of_kind(conn: sqlite3.Connection, kind: str) -> dict[tuple[str, int], int]:
    """One kind's totals for every key version in the trail, in one query."""
    rows = conn.execute(
        "SELECT key_id, version, "
        "SUM(COALESCE(CAST(json_extract(details, '$.count') AS INTEGER), 1)) FROM audit_log "
        "WHERE kind = ? AND key_id IS NOT NULL AND version IS NOT NULL GROUP BY key_id, version",
        (kind,),
    ).fetchall()
    return {(str(row[0]), int(row[1])): int(row[2]) for row in rows}
