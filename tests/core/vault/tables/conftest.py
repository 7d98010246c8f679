"""A database at the current schema, as an opened vault has it."""

import sqlite3
from collections.abc import Iterator

import pytest

from keyfold.core.vault import schema


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.row_factory = sqlite3.Row
    schema.migrate(connection)
    yield connection
    connection.close()
