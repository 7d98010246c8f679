"""The `ssh_keys` table: the per-key "Use for SSH" switch the agent serves by."""

import sqlite3


def uses_ssh(conn: sqlite3.Connection, key_id: str) -> bool:
    row = conn.execute("SELECT use_for_ssh FROM ssh_keys WHERE key_id = ?", (key_id,)).fetchone()
    return bool(row and row["use_for_ssh"])


def set_use_for_ssh(conn: sqlite3.Connection, key_id: str, enabled: bool) -> None:
    conn.execute(
        """INSERT INTO ssh_keys (key_id, use_for_ssh) VALUES (?, ?)
           ON CONFLICT (key_id) DO UPDATE SET use_for_ssh = excluded.use_for_ssh""",
        (key_id, int(enabled)),
    )


def enabled_key_ids(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT key_id FROM ssh_keys WHERE use_for_ssh = 1")
    return {row["key_id"] for row in rows}
