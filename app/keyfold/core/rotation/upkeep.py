"""Whether a vault has rotation upkeep to do, asked without loading the rotation code."""

import sqlite3


def upkeep_pending(conn: sqlite3.Connection) -> bool:
    """True when a rotation was left running or a key has a retention period.

    Every command opening a vault asks this, so it is one query in a module
    that imports nothing else: the journal and policy code load only when
    the answer is yes.
    """
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM rotation_journal WHERE state = 'running')"
        " OR EXISTS (SELECT 1 FROM rotation_policies WHERE retention_days IS NOT NULL)"
    ).fetchone()
    return bool(row[0])
