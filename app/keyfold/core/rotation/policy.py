"""Rotation policy per key and the due/overdue verdict for the keys view."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from keyfold.core.errors import InvalidInputError

DEFAULT_MAX_AGE_DAYS = 30  # the seeds' key_rotation_interval
GRACE_DAYS = 7
SIGNATURE_GRACE_FRACTION = 10  # overdue at limit + limit // 10 signatures


@dataclass(frozen=True)
class RotationPolicy:
    """Rotate after `max_age_days` and/or `max_signatures`; None turns a limit off.

    `retention_days`: archived versions older than this (since they were
    replaced) may be expired; None keeps them until expired by hand.
    """

    max_age_days: int | None = DEFAULT_MAX_AGE_DAYS
    max_signatures: int | None = None
    retention_days: int | None = None

    def __post_init__(self) -> None:
        for name in ("max_age_days", "max_signatures", "retention_days"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or value < 1):
                raise InvalidInputError(f"The rotation policy's {name} must be at least 1.")


@dataclass(frozen=True)
class RotationStatus:
    """Whether a key's current version should be rotated, and why."""

    key_id: str
    version: int
    age_days: float
    signatures: int
    due: bool
    overdue: bool
    reason: str
    due_at: datetime | None


def evaluate(
    policy: RotationPolicy,
    *,
    key_id: str,
    version: int,
    created: datetime,
    signatures: int,
    now: datetime,
) -> RotationStatus:
    """Due once a limit is reached; overdue GRACE_DAYS (or 10% of signatures) past it."""
    age = now - created
    age_days = age.total_seconds() / 86400
    reasons: list[str] = []
    due = overdue = False
    due_at = None
    if policy.max_age_days is not None:
        limit = timedelta(days=policy.max_age_days)
        due_at = created + limit
        if age >= limit:
            due = True
            reasons.append(f"version {version} is {int(age_days)} days old")
            overdue = age >= limit + timedelta(days=GRACE_DAYS)
    if policy.max_signatures is not None and signatures >= policy.max_signatures:
        due = True
        reasons.append(f"version {version} made {signatures} signatures")
        grace = max(1, policy.max_signatures // SIGNATURE_GRACE_FRACTION)
        overdue = overdue or signatures >= policy.max_signatures + grace
    return RotationStatus(
        key_id=key_id,
        version=version,
        age_days=age_days,
        signatures=signatures,
        due=due,
        overdue=overdue,
        reason="; ".join(reasons),
        due_at=due_at,
    )


def load_policy(conn: sqlite3.Connection, key_id: str) -> RotationPolicy:
    """The key's stored policy, else the default (rotate every 30 days)."""
    row = conn.execute(
        "SELECT max_age_days, max_signatures, retention_days FROM rotation_policies "
        "WHERE key_id = ?",
        (key_id,),
    ).fetchone()
    if row is None:
        return RotationPolicy()
    return RotationPolicy(row[0], row[1], row[2])


def load_policies(conn: sqlite3.Connection) -> dict[str, RotationPolicy]:
    """Every stored policy in one query (keys absent here have the default)."""
    rows = conn.execute(
        "SELECT key_id, max_age_days, max_signatures, retention_days FROM rotation_policies"
    ).fetchall()
    return {str(row[0]): RotationPolicy(row[1], row[2], row[3]) for row in rows}


def retention_days(conn: sqlite3.Connection) -> dict[str, int]:
    """The keys that have a retention period, and its days, in one query."""
    rows = conn.execute(
        "SELECT key_id, retention_days FROM rotation_policies WHERE retention_days IS NOT NULL"
    ).fetchall()
    return {str(row[0]): int(row[1]) for row in rows}


def save_policy(conn: sqlite3.Connection, key_id: str, policy: RotationPolicy) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO rotation_policies VALUES (?, ?, ?, ?)",
        (key_id, policy.max_age_days, policy.max_signatures, policy.retention_days),
    )


def delete_policy(conn: sqlite3.Connection, key_id: str) -> None:
    conn.execute("DELETE FROM rotation_policies WHERE key_id = ?", (key_id,))
