"""A migrated in-memory vault database for the rotation tables' tests."""

import sqlite3
from collections.abc import Iterator

import pytest

from keyfold.core.vault import schema


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    schema.migrate(connection)
    yield connection
    connection.close()
