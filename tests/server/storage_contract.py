"""What every Storage backend must do, checked the same way for SQLite and PostgreSQL."""

from datetime import UTC

import pytest

from keyfold.server.storage import ACTIVE, Conflict, LogEntry, NewKey, Storage

KEY = NewKey("c1", "reg-1", None, b"\x01" * 32, "laptop", "fp-1", {"team": "ops"})
# PostgreSQL keeps verification ids as UUIDs.
VERIFICATION_ID = "00000000-0000-0000-0000-000000000001"


def check_registration_round_trip(store: Storage) -> None:
    """Register, refuse the same client again, verify once: last_used is stamped."""
    row = store.register(KEY)
    assert (row.client_id, row.public_key, row.status, row.metadata) == (
        "c1",
        KEY.public_key,
        ACTIVE,
        {"team": "ops"},
    )
    assert row.registered_at.tzinfo is UTC and row.last_used is None
    with pytest.raises(Conflict) as taken:
        store.register(KEY)
    assert taken.value.code == "CLIENT_ALREADY_REGISTERED"
    used = store.record_verification(LogEntry("c1", "h", b"s", True, VERIFICATION_ID, None, None))
    stored = store.get("c1")
    assert stored is not None and stored.last_used == used
    assert store.verification_count("c1") == 1
