"""Tests for PostgresStorage against a real, throwaway PostgreSQL cluster."""

import pytest

from keyfold.server.postgres_storage import PostgresStorage
from tests.server.live import running_postgres
from tests.server.storage_contract import check_limits_and_nonces, check_registration_round_trip


@pytest.mark.postgres
def test_a_registration_round_trips() -> None:
    with running_postgres() as dsn:
        store = PostgresStorage(dsn)
        try:
            check_registration_round_trip(store)
            check_limits_and_nonces(store)
        finally:
            store.close()
