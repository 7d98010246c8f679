"""The controller: one application-service layer the GUI and the CLI both call."""

from pathlib import Path

from keyfold.controller.audit import AuditService
from keyfold.controller.backups import BackupService, ConflictPolicy, RestoreOutcome
from keyfold.controller.data_encryption import DataEncryptionService
from keyfold.controller.encryption import EncryptionService
from keyfold.controller.keys import KeyService
from keyfold.controller.passwords import DerivedPasswordService
from keyfold.controller.registration_follower import RegistryRotationAdapter
from keyfold.controller.registry import RegistryService
from keyfold.controller.rotation import RotationService
from keyfold.controller.shard_keys import ShardKeyManager
from keyfold.controller.signing import SigningService
from keyfold.controller.unlock import UnlockCache
from keyfold.core.vault import Vault, default_vault_home

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
    (`audit`), which they get through their constructors. Building them does
    no I/O beyond opening the vault.
    """

    def __init__(self, vault: Vault, unlock: UnlockCache | None = None) -> None:
        self.vault = vault
        self.unlock = unlock if unlock is not None else UnlockCache()
        self.audit = AuditService(vault)
        self.keys = KeyService(vault, self.unlock, audit=self.audit)
        self.backups = BackupService(vault, self.keys, audit=self.audit)
        self.signing = SigningService(vault, self.keys, audit=self.audit)
        self.registry = RegistryService(vault, self.keys, audit=self.audit)
        self.rotation = RotationService(
            vault,
            self.keys,
            self.audit,
            registrations=RegistryRotationAdapter(self.registry, self.keys),
        )
        self.passwords = DerivedPasswordService(vault, self.keys, self.audit)
        self.encryption = EncryptionService(vault, self.keys, audit=self.audit)
        # Values encrypted under vault keys; one engine, so its metrics cover them all.
        self.data = DataEncryptionService(vault, self.keys, audit=self.audit)
        self.shard_keys = ShardKeyManager(vault, self.keys, audit=self.audit)

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
