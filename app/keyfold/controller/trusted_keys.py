"""TrustedKeyStore: other people's public keys, kept in the vault to verify their signatures."""

from dataclasses import dataclass
from datetime import UTC, datetime

from keyfold.controller.audit import AuditService
from keyfold.controller.vault_tables import VaultTables
from keyfold.core.audit import AuditKind, loggable
from keyfold.core.errors import InvalidInputError, KeyExistsError, KeyNotFoundError
from keyfold.core.keys import PublicKey
from keyfold.core.signing import parse_verifying_key
from keyfold.core.vault import Vault

MAX_TRUSTED_NAME_LENGTH = 100

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS trusted_keys (
        name TEXT PRIMARY KEY,
        public_key TEXT NOT NULL UNIQUE,
        key_number TEXT,
        added TEXT NOT NULL)""",
)


@dataclass(frozen=True)
class TrustedKey:
    """Someone else's public key, used only to verify their signatures."""

    name: str
    public_key: PublicKey
    key_number: bytes | None
    added: datetime

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint

    @property
    def key_number_hex(self) -> str:
        number = self.public_key.key_number if self.key_number is None else self.key_number
        return number[::-1].hex().upper()


class TrustedKeyStore:
    """Add, list and remove trusted keys; every change is in the audit trail."""

    def __init__(self, vault: Vault, audit: AuditService) -> None:
        self.audit = audit
        self._tables = VaultTables(vault, _SCHEMA)

    def add(self, data: bytes, name: str, *, source: str = "The public key") -> TrustedKey:
        """Trust a public key (minisign `.pub`, `ssh-ed25519` line or hex) under a name."""
        clean = " ".join(name.split())
        if not clean:
            raise InvalidInputError("A trusted key needs a name.")
        if len(clean) > MAX_TRUSTED_NAME_LENGTH:
            raise InvalidInputError(
                f"The trusted key name is longer than {MAX_TRUSTED_NAME_LENGTH} characters."
            )
        key = parse_verifying_key(data, source)
        trusted = TrustedKey(clean, key.public_key, key.key_number, datetime.now(UTC))
        with self._tables.writing() as conn:
            same_key = conn.execute(
                "SELECT name FROM trusted_keys WHERE public_key = ?", (key.public_key.hex,)
            ).fetchone()
            if same_key is not None:
                raise KeyExistsError(f"This public key is trusted already as {same_key['name']}.")
            if conn.execute("SELECT 1 FROM trusted_keys WHERE name = ?", (clean,)).fetchone():
                raise KeyExistsError(f"A trusted key named {clean} exists already.")
            conn.execute(
                "INSERT INTO trusted_keys (name, public_key, key_number, added) VALUES (?,?,?,?)",
                (
                    clean,
                    key.public_key.hex,
                    None if key.key_number is None else key.key_number.hex(),
                    trusted.added.isoformat(),
                ),
            )
            self.audit.append_in(
                conn,
                AuditKind.TRUST,
                None,
                None,
                {"trusted": loggable(clean), "fingerprint": key.public_key.fingerprint},
            )
        self.audit.log.sync_anchor()
        return trusted

    def all(self) -> list[TrustedKey]:
        """The trusted keys, by name."""
        with self._tables.reading() as conn:
            rows = conn.execute(
                "SELECT * FROM trusted_keys ORDER BY name COLLATE NOCASE"
            ).fetchall()
        return [
            TrustedKey(
                name=row["name"],
                public_key=PublicKey.from_hex(row["public_key"]),
                key_number=None if row["key_number"] is None else bytes.fromhex(row["key_number"]),
                added=datetime.fromisoformat(row["added"]),
            )
            for row in rows
        ]

    def remove(self, name: str) -> None:
        with self._tables.writing() as conn:
            row = conn.execute(
                "SELECT public_key FROM trusted_keys WHERE name = ?", (name,)
            ).fetchone()
            if row is not None:
                conn.execute("DELETE FROM trusted_keys WHERE name = ?", (name,))
                self.audit.append_in(
                    conn,
                    AuditKind.UNTRUST,
                    None,
                    None,
                    {
                        "trusted": loggable(name),
                        "fingerprint": PublicKey.from_hex(row["public_key"]).fingerprint,
                    },
                )
        if row is None:
            raise KeyNotFoundError(f"No trusted key is named {name}.")
        self.audit.log.sync_anchor()
