"""What every Storage backend must do, checked the same way for SQLite and PostgreSQL."""

from datetime import UTC

import pytest

from keyfold.core.keys import KeyPair
from keyfold.server.ratelimit import RateSpec
from keyfold.server.storage import ACTIVE, Conflict, LogEntry, NewKey, Nonce, Storage

KEY = NewKey("c1", "reg-1", None, b"\x01" * 32, "laptop", "fp-1", {"team": "ops"})
# PostgreSQL keeps verification ids as UUIDs.
VERIFICATION_ID = "00000000-0000-0000-0000-000000000001"


def check_registration_round_trip(store: Storage) -> None:
    """Register, refuse the same client again, verify once: last_used is stamped."""
    row = store.register(KEY).row
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


def check_limits_and_nonces(store: Storage) -> None:
    """Rate buckets are shared state with a burst; a nonce is spent once."""
    spec = RateSpec(2, 3600.0)
    assert [store.take("verify:127.0.0.2", spec) for _ in range(3)][:2] == [0.0, 0.0]
    assert store.take("verify:127.0.0.2", spec) > 0
    assert store.take("verify:127.0.0.3", spec) == 0.0
    server_id, key = store.server_identity()
    assert store.server_identity() == (server_id, key) and len(key) == 32
    pair_key = KeyPair.generate().public.raw
    new = NewKey("n1", "reg-n1", None, pair_key, None, "fp-n1", {})
    nonce = Nonce("1.aa.bb", 1e12)
    assert store.register(new, proof=nonce).row.proven is True
    other = NewKey("n2", "reg-n2", None, KeyPair.generate().public.raw, None, "fp-n2", {})
    with pytest.raises(Conflict) as used:
        store.register(other, proof=nonce)
    assert used.value.code == "NONCE_USED"
    assert store.get("n2") is None
