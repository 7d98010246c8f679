"""Backup commands: open the backup and restore wizards."""

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from keyfold.core.errors import WrongPassphraseError
from keyfold.core.vault.records import BackupRecord, KeyRecord
from keyfold.gui.backups.backup_wizard import BackupWizard
from keyfold.gui.backups.check_dialog import CheckBackupDialog
from keyfold.gui.backups.restore_wizard import RestoreWizard
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.workers.tasks import TaskContext


class BackupCommands:
    def __init__(self, ctx: FeatureContext) -> None:
        self.ctx = ctx

    def backup(self, selected: Sequence[KeyRecord] = ()) -> None:
        wizard: BackupWizard | None = None

        def unlock(record: KeyRecord, then: Callable[[], None]) -> None:
            reason = QCoreApplication.translate(
                "BackupCommands", "The backup needs this key's private half."
            )
            self.ctx.unlock(record, then, reason=reason, parent=wizard)

        wizard = BackupWizard(self.ctx, unlock, [r.key_id for r in selected])
        self.ctx.dialogs.open(wizard)

    def check(self, record: BackupRecord) -> None:
        """Open a backup in memory with its passphrase; records when it last worked."""
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
        self.ctx.dialogs.open(wizard)
