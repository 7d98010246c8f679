"""The `derived_password_policies` table: the password policy saved for each key and service."""

import sqlite3

from keyfold.core.derived_passwords import CharClass, PasswordPolicy


def load(conn: sqlite3.Connection, key_id: str, service: str) -> PasswordPolicy | None:
    """The policy saved for the (normalised) service, None when it has none yet."""
    row = conn.execute(
        "SELECT length, classes, symbols, counter FROM derived_password_policies "
        "WHERE key_id = ? AND service = ?",
        (key_id, service),
    ).fetchone()
    if row is None:
        return None
    classes = frozenset(CharClass(part) for part in str(row[1]).split(",") if part)
    return PasswordPolicy(int(row[0]), classes, str(row[2]), int(row[3]))


def save(conn: sqlite3.Connection, key_id: str, service: str, policy: PasswordPolicy) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO derived_password_policies VALUES (?, ?, ?, ?, ?, ?)",
        (
            key_id,
            service,
            policy.length,
            ",".join(item.value for item in policy.sorted_classes),
            policy.symbols,
            policy.counter,
        ),
    )


def services(conn: sqlite3.Connection, key_id: str) -> list[tuple[str, PasswordPolicy]]:
    """Every service with a saved policy for the key, by name."""
    rows = conn.execute(
        "SELECT service FROM derived_password_policies WHERE key_id = ? ORDER BY service",
        (key_id,),
    ).fetchall()
    found = []
    for row in rows:
        policy = load(conn, key_id, str(row[0]))
        if policy is not None:
            found.append((str(row[0]), policy))
    return found
