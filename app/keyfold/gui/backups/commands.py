"""Backup commands: open the backup and restore wizards."""

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from keyfold.controller.shares import SHARE_PRESET_PREFIX
from keyfold.core.errors import WrongPassphraseError
from keyfold.core.vault.records import BackupRecord, KeyRecord
from keyfold.gui.backups.backup_wizard import BackupWizard
from keyfold.gui.backups.check_dialog import CheckBackupDialog
from keyfold.gui.backups.other_methods import (
    BackupMethod,
    RestoreMethod,
    offer_backup_methods,
    offer_restore_methods,
)
from keyfold.gui.backups.restore_wizard import RestoreWizard
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.workers.tasks import TaskContext


class BackupCommands:
    def __init__(self, ctx: FeatureContext) -> None:
        self.ctx = ctx
        # Other ways to back up one key or to restore, which the window plugs in
        # (the shares feature: split, paper, from shares).
        self.backup_methods: list[BackupMethod] = []
        self.restore_methods: list[RestoreMethod] = []

    def backup(self, selected: Sequence[KeyRecord] = ()) -> None:
        wizard: BackupWizard | None = None

        def unlock(record: KeyRecord, then: Callable[[], None]) -> None:
            reason = QCoreApplication.translate(
                "BackupCommands", "The backup needs this key's private half."
            )
            self.ctx.unlock(record, then, reason=reason, parent=wizard)

        wizard = BackupWizard(self.ctx, unlock, [r.key_id for r in selected])
        if self.backup_methods:
            offer_backup_methods(wizard, self.backup_methods)
        self.ctx.dialogs.open(wizard)

    def check(self, record: BackupRecord) -> None:
        """Open a backup in memory with its passphrase; records when it last worked."""
        if record.preset.startswith(SHARE_PRESET_PREFIX):  # no file holds the whole key
            self.ctx.dialogs.inform(
                self.ctx.window,
                QCoreApplication.translate("BackupCommands", "Check shares"),
                QCoreApplication.translate(
                    "BackupCommands",
                    "Shares are checked by using them: Restore from a backup, From shares, "
                    "shows for each share whether its words and checksum are right.",
                ),
            )
            return
        dialog = CheckBackupDialog(record, self.ctx.window)

        backups = self.ctx.controller.backups

        def start() -> None:
            passphrase = dialog.passphrase()  # read here, on the GUI thread

            def work(_task: TaskContext) -> int:
                return len(backups.verify(Path(record.path), passphrase))

            self.ctx.tasks.run_task(work, done, failed)

        def done(count: int) -> None:
            message = dialog.opened_message(count)  # before the dialog closes
            dialog.succeed()
            self.ctx.refresh(None)
            self.ctx.notify(message)

        def failed(error: Exception) -> None:
            if isinstance(error, WrongPassphraseError):
                dialog.fail(
                    QCoreApplication.translate(
                        "BackupCommands", "That passphrase does not open this backup."
                    )
                )
            else:
                dialog.fail(user_message(error))

        dialog.submitted.connect(start)
        self.ctx.dialogs.open(dialog)

    def restore(self, paths: Sequence[Path] = ()) -> None:
        wizard = RestoreWizard(self.ctx, list(paths))
        if self.restore_methods:
            offer_restore_methods(wizard, self.restore_methods)
        self.ctx.dialogs.open(wizard)
