"""DerivedPasswordService: per-service passwords from a key, with policies kept in the vault."""

from dataclasses import dataclass

from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.controller.vault_tables import VaultTables
from keyfold.core.audit import AuditKind
from keyfold.core.derived_passwords import (
    CharClass,
    PasswordPolicy,
    derive_password,
    normalize_service,
)
from keyfold.core.vault import Vault

_SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS derived_password_policies (
    key_id TEXT NOT NULL,
    service TEXT NOT NULL,
    length INTEGER NOT NULL,
    classes TEXT NOT NULL,
    symbols TEXT NOT NULL,
    counter INTEGER NOT NULL,
    PRIMARY KEY (key_id, service)
)""",
)


@dataclass(frozen=True)
class ServicePolicy:
    service: str
    policy: PasswordPolicy


class DerivedPasswordService:
    """Per-service passwords from a key's current version; policies in the vault."""

    def __init__(self, vault: Vault, keys: KeyService, audit: AuditService) -> None:
        self.vault = vault
        self.keys = keys
        self.audit = audit
        self._tables = VaultTables(vault, _SCHEMA)

    def policy(self, key_id: str, service: str) -> PasswordPolicy | None:
        """The stored policy for the service, None if it has none yet."""
        name = normalize_service(service)
        with self._tables.reading() as conn:
            row = conn.execute(
                "SELECT length, classes, symbols, counter FROM derived_password_policies "
                "WHERE key_id = ? AND service = ?",
                (key_id, name),
            ).fetchone()
        if row is None:
            return None
        classes = frozenset(CharClass(part) for part in str(row[1]).split(",") if part)
        return PasswordPolicy(int(row[0]), classes, str(row[2]), int(row[3]))

    def set_policy(self, key_id: str, service: str, policy: PasswordPolicy) -> None:
        self.vault.get_key(key_id)
        name = normalize_service(service)
        with self._tables.writing() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO derived_password_policies VALUES (?, ?, ?, ?, ?, ?)",
                (
                    key_id,
                    name,
                    policy.length,
                    ",".join(item.value for item in policy.sorted_classes),
                    policy.symbols,
                    policy.counter,
                ),
            )
            self.audit.append_in(
                conn,
                AuditKind.POLICY_CHANGE,
                key_id,
                None,
                {"action": "derived_password", "service": name, "length": policy.length},
            )
        self.audit.log.sync_anchor()

    def services(self, key_id: str) -> list[ServicePolicy]:
        with self._tables.reading() as conn:
            rows = conn.execute(
                "SELECT service FROM derived_password_policies WHERE key_id = ? ORDER BY service",
                (key_id,),
            ).fetchall()
        found = []
        for row in rows:
            policy = self.policy(key_id, str(row[0]))
            if policy is not None:
                found.append(ServicePolicy(str(row[0]), policy))
        return found

    def derive(self, key_id: str, service: str, policy: PasswordPolicy | None = None) -> str:
        """The password for `service` from the current version (the key must be unlocked).

        A given policy is saved for the service; without one the saved policy
        (else the default) is used. The password itself is never stored or logged.
        """
        name = normalize_service(service)
        if policy is not None:
            if policy != self.policy(key_id, name):
                self.set_policy(key_id, name, policy)
        else:
            policy = self.policy(key_id, name) or PasswordPolicy()
        current = self.vault.key_version(key_id)
        pair = self.keys.key_pair(key_id, current.version)
        password = derive_password(pair.seed, name, policy)
        self.audit.record(
            AuditKind.DERIVE_PASSWORD,
            key_id,
            current.version,
            {"service": name, "length": policy.length},
        )
        return password
