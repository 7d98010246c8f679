"""VaultTables: a feature's own tables in the vault database, created on first use."""

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from keyfold.core.vault import Vault


class VaultTables:
    """Write and read connections to the vault with `schema` (CREATE TABLE IF NOT EXISTS) run
    once per process, under the vault's write lock."""

    def __init__(self, vault: Vault, schema: Sequence[str]) -> None:
        self.vault = vault
        self.schema = tuple(schema)
        self._ready = False

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (see Vault.database)."""
        with self.vault.database() as conn:
            if not self._ready:
                for statement in self.schema:
                    conn.execute(statement)
                self._ready = True
            yield conn

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read snapshot (see Vault.reading)."""
        if not self._ready:
            # The first read of a fresh vault creates the tables it reads.
            with self.writing() as conn:
                yield conn
            return
        with self.vault.reading() as conn:
            yield conn
