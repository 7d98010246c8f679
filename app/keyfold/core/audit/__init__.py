"""The audit trail: an append-only log of key lifecycle events chained by SHA-256.

Each entry stores the hash of the entry before it (`prev_hash`) and its own
`hash`, the SHA-256 of a canonical JSON document of its sequence number,
`prev_hash` and fields. `verify()` recomputes the chain, so an entry that is
edited, removed, reordered or inserted breaks it at the first bad sequence
number. Removing entries from the *end* leaves a shorter but valid chain, so a
second copy of the chain's head (count + head hash) is kept outside the
database, in the 0600 file `audit.head` next to it; the log must reach that
head with the same hash.

Threat model. The chain has no secret in it: it detects accidental corruption
and tampering by anyone who edits rows (a SQLite browser, a script, a restore
of an older database copy) without also recomputing every later hash *and*
rewriting the anchor file. Someone with full write access to the vault folder
can forge a consistent history; against that, `verify()` reports the head hash
so a user can note it somewhere else (a ticket, a printout) and later check
with `verify(expected_head=...)` that the history up to that point is intact.

No secret ever enters the log: `details` keys come from an allow-list, values
are short single-line strings, and values that look like key material are
refused (`AuditDetailError`).

The package: `log` (AuditLog and its records), `kinds` (the events),
`chain` (what each hash covers) and `details` (the secret guard).
"""

from typing import TYPE_CHECKING

from keyfold.core.audit.details import AuditDetailError, loggable, loggable_path
from keyfold.core.audit.kinds import AuditKind
from keyfold.core.lazy import lazy_exports

if TYPE_CHECKING:
    from keyfold.core.audit.chain import parse_timestamp
    from keyfold.core.audit.log import (
        ANCHOR_FILE_NAME,
        AuditEntry,
        AuditLog,
        AuditVerification,
    )

__all__ = [
    "ANCHOR_FILE_NAME",
    "AuditDetailError",
    "AuditEntry",
    "AuditKind",
    "AuditLog",
    "AuditVerification",
    "loggable",
    "loggable_path",
    "parse_timestamp",
]

# Loaded on first use: the key service names event kinds at import, and
# listing keys records nothing.
_LAZY = {
    "parse_timestamp": "keyfold.core.audit.chain",
    "ANCHOR_FILE_NAME": "keyfold.core.audit.log",
    "AuditEntry": "keyfold.core.audit.log",
    "AuditLog": "keyfold.core.audit.log",
    "AuditVerification": "keyfold.core.audit.log",
}

__getattr__ = lazy_exports(__name__, _LAZY)
