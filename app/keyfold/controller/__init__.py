"""The controller: one application-service layer the GUI and the CLI both call."""

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from keyfold.controller.audit import AuditService, audit_for
from keyfold.controller.backups import BackupService, ConflictPolicy, RestoreOutcome
from keyfold.controller.keys import KeyService
from keyfold.controller.unlock import UnlockCache
from keyfold.core.vault import Vault, default_vault_home

if TYPE_CHECKING:
    from keyfold.controller.data_encryption import DataEncryptionService
    from keyfold.controller.encryption import EncryptionService
    from keyfold.controller.git_setup import GitSetupService
    from keyfold.controller.passwords import DerivedPasswordService
    from keyfold.controller.registry import RegistryService
    from keyfold.controller.rotation import RotationService
    from keyfold.controller.shard_keys import ShardKeyManager
    from keyfold.controller.signing import SigningService
    from keyfold.controller.ssh_keys import SshService

__all__ = [
    "BackupService",
    "ConflictPolicy",
    "Controller",
    "KeyService",
    "RestoreOutcome",
    "UnlockCache",
]


class Controller:
    """Composes the services over one vault; build it with `Controller.open()`.

    Every service records its lifecycle events in the one audit trail
    (`audit`), which they get through their constructors.
    """

    def __init__(self, vault: Vault, unlock: UnlockCache | None = None) -> None:
        self.vault = vault
        self.unlock = unlock if unlock is not None else UnlockCache()
        self.keys = KeyService(vault, self.unlock, audit=self.audit)
        self.backups = BackupService(vault, self.keys, audit=self.audit)

    @classmethod
    def open(cls, vault_dir: Path | None = None) -> "Controller":
        """The controller over `vault_dir`, else $KEYFOLD_HOME or the user data dir.

        Settles rotations a killed process left behind and expires archived
        versions past their retention period (both no-ops when nothing is due).
        """
        controller = cls(Vault(vault_dir if vault_dir is not None else default_vault_home()))
        controller.rotation.recover()
        controller.rotation.apply_retention()
        return controller

    @cached_property
    def audit(self) -> AuditService:
        return audit_for(self)

    # The other services live in their own modules, which import the
    # controller's pieces; building them on first use keeps
    # `import keyfold.controller` free of import cycles and lets the key and
    # backup services work in a build that leaves a feature out.
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
        from keyfold.controller.rotation import rotation_for

        return rotation_for(self)

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
