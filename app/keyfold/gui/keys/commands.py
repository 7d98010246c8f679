"""Key commands: new, import, edit, passphrase, move, export, delete, unlock."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from keyfold.controller import KeyService
from keyfold.core.errors import WrongPassphraseError
from keyfold.core.keys import PublicKeyFormat
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.dialogs.unlock import UnlockDialog
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.models.formatting import needs_backup
from keyfold.gui.base.workers.tasks import TaskContext
from keyfold.gui.keys.change_passphrase_dialog import ChangePassphraseDialog
from keyfold.gui.keys.edit_metadata_dialog import EditMetadataDialog
from keyfold.gui.keys.generate_dialog import GenerateKeyDialog
from keyfold.gui.keys.import_dialog import ImportKeyDialog, import_filter
from keyfold.gui.keys.move_storage_dialog import MoveStorageDialog

EXPORT_SUFFIXES = {
    PublicKeyFormat.HEX: ".hex",
    PublicKeyFormat.BASE64: ".b64",
    PublicKeyFormat.PEM: ".pem",
    PublicKeyFormat.OPENSSH: ".pub",
    PublicKeyFormat.MINISIGN: ".minisign.pub",
}


class KeyCommands:
    def __init__(self, ctx: FeatureContext) -> None:
        self.ctx = ctx

    @property
    def _keys(self) -> KeyService:
        return self.ctx.controller.keys

    def _run_dialog_task(
        self,
        dialog: TaskDialog,
        prepare: Callable[[], Callable[[TaskContext], object]],
        done_message: Callable[[object], str],
        select: Callable[[object], str | None] = lambda _r: None,
    ) -> None:
        """On submit, `prepare()` reads the dialog on the GUI thread and returns the work,
        which runs in a worker with those plain values; close on success, else show why."""

        def finished(result: object) -> None:
            dialog.succeed()
            self.ctx.refresh(select(result))
            self.ctx.notify(done_message(result))

        def failed(error: Exception) -> None:
            dialog.fail(user_message(error))

        dialog.submitted.connect(lambda: self.ctx.tasks.run_task(prepare(), finished, failed))
        self.ctx.dialogs.open(dialog)

    def new_key(self) -> None:
        dialog = GenerateKeyDialog(self.ctx.controller.vault.backend_status, self.ctx.window)

        keys = self._keys

        def prepare() -> Callable[[TaskContext], KeyRecord]:
            r = dialog.request()
            return lambda _task: keys.generate(
                r.key_id,
                passphrase=r.passphrase,
                name=r.name,
                description=r.description,
                tags=r.tags,
                storage=r.storage,
            )

        self._run_dialog_task(
            dialog,
            prepare,
            lambda rec: QCoreApplication.translate(
                "KeyCommands", "Created the key {key_id}. Back it up next, so you cannot lose it."
            ).format(key_id=_id(rec)),
            _id,
        )

    def import_key(self, path: Path | None = None) -> None:
        dialog = ImportKeyDialog(self.ctx.controller.vault.backend_status, path, self.ctx.window)

        def browse() -> None:
            files = self.ctx.dialogs.open_files(
                dialog,
                QCoreApplication.translate("KeyCommands", "Choose a private key file"),
                import_filter(),
            )
            if files:
                dialog.set_path(files[0])

        keys = self._keys

        def prepare() -> Callable[[TaskContext], KeyRecord]:
            r = dialog.request()
            # The controller reads the file, on the worker thread.
            return lambda _task: keys.import_private_file(
                r.path,
                key_id=r.key_id,
                file_passphrase=r.file_passphrase,
                passphrase=r.passphrase,
                name=r.name,
                storage=r.storage,
                seed=r.seed,
            )

        dialog.browse_requested.connect(browse)
        self._run_dialog_task(
            dialog,
            prepare,
            lambda rec: QCoreApplication.translate(
                "KeyCommands", "Imported the key {key_id}."
            ).format(key_id=_id(rec)),
            _id,
        )

    def edit(self, record: KeyRecord) -> None:
        dialog = EditMetadataDialog(record, self.ctx.window)

        keys = self._keys

        def prepare() -> Callable[[TaskContext], KeyRecord]:
            name, description, tags = dialog.values()
            return lambda _task: keys.update_metadata(
                record.key_id, name=name, description=description, tags=tags
            )

        self._run_dialog_task(
            dialog,
            prepare,
            lambda rec: QCoreApplication.translate("KeyCommands", "Saved the key {key_id}.").format(
                key_id=_id(rec)
            ),
            _id,
        )

    def change_passphrase(self, record: KeyRecord) -> None:
        dialog = ChangePassphraseDialog(record, self.ctx.window)

        keys = self._keys

        def prepare() -> Callable[[TaskContext], None]:
            old, new = dialog.old_passphrase(), dialog.new_passphrase()
            return lambda _task: keys.change_passphrase(record.key_id, old, new)

        self._run_dialog_task(
            dialog,
            prepare,
            lambda _r: QCoreApplication.translate(
                "KeyCommands", "Changed the passphrase of {key_id}."
            ).format(key_id=record.key_id),
            lambda _r: None,
        )

    def move_storage(self, record: KeyRecord) -> None:
        status = self.ctx.controller.vault.backend_status
        dialog = MoveStorageDialog(record, status, self.ctx.window)

        keys = self._keys

        def prepare() -> Callable[[TaskContext], KeyRecord]:
            target, passphrase = dialog.target.storage(), dialog.passphrase()
            return lambda _task: keys.move_storage(record.key_id, target, passphrase)

        self._run_dialog_task(
            dialog,
            prepare,
            lambda rec: QCoreApplication.translate("KeyCommands", "Moved the key {key_id}.").format(
                key_id=_id(rec)
            ),
            _id,
        )

    def export_public(self, record: KeyRecord, fmt: PublicKeyFormat) -> None:
        suggested = record.key_id + EXPORT_SUFFIXES[fmt]
        target = self.ctx.dialogs.save_file(
            self.ctx.window,
            QCoreApplication.translate("KeyCommands", "Save the public key"),
            suggested,
            QCoreApplication.translate("KeyCommands", "All files (*)"),
        )
        if target is None:
            return

        keys = self._keys

        def work(_task: TaskContext) -> Path:
            return keys.export_public_to_file(record.key_id, fmt, target)

        self.ctx.tasks.run_task(
            work,
            lambda path: self.ctx.notify(
                QCoreApplication.translate("KeyCommands", "Saved the public key to {path}.").format(
                    path=path
                )
            ),
            lambda error: self.ctx.dialogs.error(
                self.ctx.window,
                QCoreApplication.translate("KeyCommands", "Could not save"),
                user_message(error),
            ),
        )

    def delete(self, record: KeyRecord) -> None:
        label = (
            QCoreApplication.translate("KeyCommands", "“{name}” ({key_id})").format(
                name=record.name, key_id=record.key_id
            )
            if record.name
            else record.key_id
        )
        text = QCoreApplication.translate(
            "KeyCommands", "Delete the key {key}? Its private key is removed from this computer."
        ).format(key=label)
        if needs_backup(record):
            text += "\n\n" + QCoreApplication.translate(
                "KeyCommands",
                "This key has no current backup: once deleted it cannot be "
                "recovered, and anything that trusts it will stop working.",
            )
        else:
            text += " " + QCoreApplication.translate(
                "KeyCommands", "You can restore it from your backup later."
            )

        def deleted(_result: None) -> None:
            self.ctx.refresh(None)
            self.ctx.notify(
                QCoreApplication.translate("KeyCommands", "Deleted the key {key_id}.").format(
                    key_id=record.key_id
                )
            )

        keys = self._keys

        def delete_now() -> None:
            self.ctx.tasks.run_task(
                lambda _task: keys.delete(record.key_id),
                deleted,
                lambda error: self.ctx.dialogs.error(
                    self.ctx.window,
                    QCoreApplication.translate("KeyCommands", "Could not delete the key"),
                    user_message(error),
                ),
            )

        self.ctx.dialogs.confirm(
            self.ctx.window,
            QCoreApplication.translate("KeyCommands", "Delete key"),
            text,
            action=QCoreApplication.translate("KeyCommands", "Delete key"),
            on_yes=delete_now,
            destructive=True,
        )

    def unlock(
        self,
        record: KeyRecord,
        then: Callable[[], None] | None = None,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """Ask for the passphrase; `then` runs once the key is unlocked."""
        minutes = self.ctx.settings.unlock_minutes
        dialog = UnlockDialog(record, minutes, reason, parent or self.ctx.window)

        def finished(_pair: object) -> None:
            dialog.succeed()
            # Keep the selection and the page: unlocking is often asked for by another
            # flow (decrypting, signing) that is about a different key or page.
            self.ctx.refresh(None)
            self.ctx.notify(
                QCoreApplication.translate("KeyCommands", "Unlocked {key_id}.").format(
                    key_id=record.key_id
                )
            )
            if then is not None:
                then()

        def failed(error: Exception) -> None:
            if isinstance(error, WrongPassphraseError):
                dialog.fail(
                    QCoreApplication.translate(
                        "KeyCommands", "That passphrase is not right. Try again."
                    )
                )
            else:
                dialog.fail(user_message(error))

        keys = self._keys

        def start() -> None:
            passphrase = dialog.passphrase()  # read here, on the GUI thread
            self.ctx.tasks.run_task(
                lambda _task: keys.unlock(record.key_id, passphrase), finished, failed
            )

        dialog.submitted.connect(start)
        self.ctx.dialogs.open(dialog)

    def lock_all(self) -> None:
        self._keys.lock_all()
        self.ctx.refresh(None)
        self.ctx.notify(QCoreApplication.translate("KeyCommands", "Locked all keys."))


def _id(record: object) -> str | None:
    return record.key_id if isinstance(record, KeyRecord) else None
