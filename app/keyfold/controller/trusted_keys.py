"""TrustedKeyStore: other people's public keys, kept in the vault to verify their signatures."""

from datetime import UTC, datetime

from keyfold.controller.audit import AuditService
from keyfold.core.audit import AuditKind, loggable
from keyfold.core.errors import InvalidInputError, KeyExistsError, KeyNotFoundError
from keyfold.core.signing import parse_verifying_key
from keyfold.core.vault import Vault
from keyfold.core.vault.tables import trusted_keys
from keyfold.core.vault.tables.trusted_keys import TrustedKey

__all__ = ["MAX_TRUSTED_NAME_LENGTH", "TrustedKey", "TrustedKeyStore"]

MAX_TRUSTED_NAME_LENGTH = 100


class TrustedKeyStore:
    """Add, list and remove trusted keys; every change is in the audit trail."""

    def __init__(self, vault: Vault, audit: AuditService) -> None:
        self.vault = vault
        self.audit = audit

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
        with self.vault.database() as conn:
            same_key = trusted_keys.find_public_key(conn, key.public_key)
            if same_key is not None:
                raise KeyExistsError(f"This public key is trusted already as {same_key.name}.")
            if trusted_keys.find(conn, clean) is not None:
                raise KeyExistsError(f"A trusted key named {clean} exists already.")
            trusted_keys.insert(conn, trusted)
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
        with self.vault.reading() as conn:
            return trusted_keys.all_keys(conn)

    def remove(self, name: str) -> None:
        with self.vault.database() as conn:
            row = trusted_keys.find(conn, name)
            if row is not None:
                trusted_keys.delete(conn, name)
                self.audit.append_in(
                    conn,
                    AuditKind.UNTRUST,
                    None,
                    None,
                    {
                        "trusted": loggable(name),
                        "fingerprint": row.fingerprint,
                    },
                )
        if row is None:
            raise KeyNotFoundError(f"No trusted key is named {name}.")
        self.audit.log.sync_anchor()
