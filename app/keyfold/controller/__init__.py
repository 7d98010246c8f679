"""The controller: one application-service layer the GUI and the CLI both call."""

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from keyfold.controller.unlock import UnlockCache
from keyfold.core.lazy import lazy_exports
from keyfold.core.rotation.upkeep import upkeep_pending
from keyfold.core.vault import Vault, default_vault_home

if TYPE_CHECKING:
    from keyfold.controller.audit import AuditService
    from keyfold.controller.backups import BackupService, ConflictPolicy, RestoreOutcome
    from keyfold.controller.data_encryption import DataEncryptionService
    from keyfold.controller.encryption import EncryptionService
    from keyfold.controller.git_setup import GitSetupService
    from keyfold.controller.keys import KeyService
    from keyfold.controller.paper import PaperService
    from keyfold.controller.passwords import DerivedPasswordService
    from keyfold.controller.registry import RegistryService
    from keyfold.controller.rotation import RotationService
    from keyfold.controller.shard_keys import ShardKeyManager
    from keyfold.controller.shares import ShareService
    from keyfold.controller.signing import SigningService
    from keyfold.controller.ssh_keys import SshService
    from keyfold.core.vault.records import BackupRecord
    from keyfold.core.vault.tables.registrations import RegistrationRecord

__all__ = [
    "BackupService",
    "ConflictPolicy",
    "Controller",
    "KeyService",
    "RestoreOutcome",
    "UnlockCache",
]

# Names this package re-exports, imported on first use (keyfold-cli list
# should not pay for the backup formats).
_LAZY_EXPORTS = {
    "BackupService": "keyfold.controller.backups",
    "ConflictPolicy": "keyfold.controller.backups",
    "RestoreOutcome": "keyfold.controller.backups",
    "KeyService": "keyfold.controller.keys",
}

__getattr__ = lazy_exports(__name__, _LAZY_EXPORTS)


class Controller:
    """Composes the services over one vault; build it with `Controller.open()`.

    Every service records its lifecycle events in the one audit trail
    (`audit`, the key service's), which the others get through their
    constructors. Each service is built, and its modules imported, when
    first used: a command that lists keys never loads the registry client,
    the encryption engine or the audit trail.
    """

    def __init__(self, vault: Vault, unlock: UnlockCache | None = None) -> None:
        self.vault = vault
        self.unlock = unlock if unlock is not None else UnlockCache()

    @cached_property
    def audit(self) -> "AuditService":
        # The key service's own, which it builds when it first records: so
        # listing keys, which records nothing, never loads the audit modules.
        return self.keys.audit

    @cached_property
    def keys(self) -> "KeyService":
        from keyfold.controller.keys import KeyService

        return KeyService(self.vault, self.unlock)

    @cached_property
    def backups(self) -> "BackupService":
        from keyfold.controller.backups import BackupService

        return BackupService(self.vault, self.keys, audit=self.audit)

    @cached_property
    def signing(self) -> "SigningService":
        from keyfold.controller.signing import SigningService

        return SigningService(self.vault, self.keys, audit=self.audit)

    @cached_property
    def registry(self) -> "RegistryService":
        from keyfold.controller.registry import RegistryService

        return RegistryService(self.vault, self.keys, audit=self.audit)

    @cached_property
    def rotation(self) -> "RotationService":
        from keyfold.controller.registration_follower import RegistryRotationAdapter
        from keyfold.controller.rotation import RotationService

        return RotationService(
            self.vault,
            self.keys,
            self.audit,
            registrations=RegistryRotationAdapter(self.registry, self.keys),
        )

    @cached_property
    def passwords(self) -> "DerivedPasswordService":
        from keyfold.controller.passwords import DerivedPasswordService

        return DerivedPasswordService(self.vault, self.keys, self.audit)

    @cached_property
    def encryption(self) -> "EncryptionService":
        from keyfold.controller.encryption import EncryptionService

        return EncryptionService(self.vault, self.keys, audit=self.audit)

    @cached_property
    def data(self) -> "DataEncryptionService":
        """Values encrypted under vault keys; one engine, so its metrics cover them all."""
        from keyfold.controller.data_encryption import DataEncryptionService

        return DataEncryptionService(self.vault, self.keys, audit=self.audit)

    @cached_property
    def shard_keys(self) -> "ShardKeyManager":
        from keyfold.controller.shard_keys import ShardKeyManager

        return ShardKeyManager(self.vault, self.keys, audit=self.audit)

    @cached_property
    def ssh(self) -> "SshService":
        """The keys as SSH keys: the "Use for SSH" switch and SSH signatures."""
        from keyfold.controller.ssh_keys import SshService

        return SshService(self.vault, self.keys, self.signing, self.audit)

    @cached_property
    def git(self) -> "GitSetupService":
        from keyfold.controller.git_setup import GitSetupService

        return GitSetupService(self.vault, self.audit)

    @cached_property
    def shares(self) -> "ShareService":
        """SLIP-39 shares of keys (restored through `combine`)."""
        from keyfold.controller.shares import ShareService

        return ShareService(self.vault, self.keys, audit=self.audit)

    @cached_property
    def paper(self) -> "PaperService":
        """Printable PDF backups (restored through `backups`)."""
        from keyfold.controller.paper import PaperService

        return PaperService(self.vault, self.keys, audit=self.audit)

    def list_backups(self) -> list["BackupRecord"]:
        """The backups the vault recorded, as `backups.list()`, without building the
        backup service (which imports the backup formats: Argon2, AES)."""
        return self.vault.list_backups()

    def list_registrations(self) -> list["RegistrationRecord"]:
        """The registrations the vault recorded, as `registry.list()`, without
        building the registry service (which imports the HTTP client)."""
        # Here, not at the top: each frozen dataclass costs its module's import
        # about half a millisecond, and listing keys never needs this one.
        from keyfold.core.vault.tables import registrations

        with self.vault.reading() as conn:
            return registrations.all_records(conn)

    @classmethod
    def open(cls, vault_dir: Path | None = None) -> "Controller":
        """The controller over `vault_dir`, else $KEYFOLD_HOME or the user data dir.

        Settles rotations a killed process left behind and expires archived
        versions past their retention period. One read says whether either
        has anything to do; only then is the rotation code loaded.
        """
        controller = cls(Vault(vault_dir if vault_dir is not None else default_vault_home()))
        with controller.vault.reading() as conn:
            pending = upkeep_pending(conn)
        if pending:
            controller.rotation.recover()
            controller.rotation.apply_retention()
        return controller
