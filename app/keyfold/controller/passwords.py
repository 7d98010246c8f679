"""DerivedPasswordService: per-service passwords from a key, with policies kept in the vault."""

from dataclasses import dataclass

from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.core.audit import AuditKind
from keyfold.core.derived_passwords import PasswordPolicy, derive_password, normalize_service
from keyfold.core.vault import Vault
from keyfold.core.vault.tables import password_policies


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

    def policy(self, key_id: str, service: str) -> PasswordPolicy | None:
        """The stored policy for the service, None if it has none yet."""
        name = normalize_service(service)
        with self.vault.reading() as conn:
            return password_policies.load(conn, key_id, name)

    def set_policy(self, key_id: str, service: str, policy: PasswordPolicy) -> None:
        self.vault.get_key(key_id)
        name = normalize_service(service)
        with self.vault.database() as conn:
            password_policies.save(conn, key_id, name, policy)
            self.audit.append_in(
                conn,
                AuditKind.POLICY_CHANGE,
                key_id,
                None,
                {"action": "derived_password", "service": name, "length": policy.length},
            )
        self.audit.log.sync_anchor()

    def services(self, key_id: str) -> list[ServicePolicy]:
        with self.vault.reading() as conn:
            saved = password_policies.services(conn, key_id)
        return [ServicePolicy(service, policy) for service, policy in saved]

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
