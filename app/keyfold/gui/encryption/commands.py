"""Encryption commands: encrypt files, decrypt them with the report, and statistics."""

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction

from keyfold.controller.data_encryption import DecryptedValue, TokenInfo
from keyfold.controller.encryption import EncryptedFileInfo, EncryptionResult
from keyfold.controller.trusted_keys import TrustedKey
from keyfold.core.encryption import ReceptionReport
from keyfold.core.encryption.metrics import Operation
from keyfold.core.errors import KeyfoldError, OperationCancelledError
from keyfold.core.vault.records import KeyRecord, VersionStatus
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.dialogs.progress_task_dialog import alive
from keyfold.gui.base.dialogs.unlock import UnlockDialog
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.models.formatting import counted, format_size
from keyfold.gui.base.workers.tasks import TaskContext
from keyfold.gui.encryption.decrypt_dialog import DecryptDialog
from keyfold.gui.encryption.drops import encrypted_source
from keyfold.gui.encryption.encrypt_dialog import EncryptDialog, EncryptRequest
from keyfold.gui.encryption.metrics import FileCryptoMetrics
from keyfold.gui.encryption.metrics_dialog import MetricsDialog
from keyfold.gui.encryption.text_dialog import TextEncryptDialog

T = TypeVar("T")


def encrypted_filter() -> str:
    return QCoreApplication.translate(
        "EncryptionCommands", "Encrypted files (*.kfe manifest.kfm);;All files (*)"
    )


def all_files() -> str:
    return QCoreApplication.translate("EncryptionCommands", "All files (*)")


def stored_size(path: Path) -> int:
    """Bytes on disk of a `.kfe` file or a shard folder."""
    if path.is_dir():
        return sum(entry.stat().st_size for entry in os.scandir(path) if entry.is_file())
    return path.stat().st_size


class EncryptionCommands(QObject):
    """What the encryption actions and drops do; slow steps run in workers."""

    # After each value operation, so an open statistics dialog can follow.
    values_changed = Signal()

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.service = ctx.controller.encryption
        self.metrics = FileCryptoMetrics(self)
        self.actions: dict[str, QAction] = {}
        self._queue: list[Path] = []
        self._decrypting = False

    # Encrypting -------------------------------------------------------------

    def encrypt(self, paths: Sequence[Path] | None = None) -> EncryptDialog | None:
        if paths is None:
            paths = self.ctx.dialogs.open_files(
                self.ctx.window, self.tr("Choose files to encrypt"), all_files()
            )
            if not paths:
                return None
        current = self.ctx.current_key()
        dialog = EncryptDialog(
            list(paths),
            self._records(),
            None if current is None else current.key_id,
            self.ctx.window,
        )
        dialog.submitted.connect(lambda: self._encrypt_submitted(dialog))
        self.ctx.dialogs.open(dialog)

        def loaded(keys: list[TrustedKey]) -> None:
            if alive(dialog):
                dialog.set_trusted(keys)

        signing = self.ctx.controller.signing
        self.ctx.tasks.run_task(
            lambda _task: signing.list_trusted(),
            loaded,
            lambda error: dialog.show_error(user_message(error)),
        )
        return dialog

    def _encrypt_submitted(self, dialog: EncryptDialog) -> None:
        request = dialog.request()
        signer = request.sign_with
        record = None if signer is None else self._record(signer)
        if record is not None and record.protected and not self._unlocked(record, None):
            dialog.set_busy(False)
            self.ctx.unlock(
                record,
                lambda: self._start_encrypting(dialog, request),
                reason=self.tr("Signing the encrypted files needs this key's private half."),
                parent=dialog,
            )
            return
        self._start_encrypting(dialog, request)

    def _start_encrypting(self, dialog: EncryptDialog, request: EncryptRequest) -> None:
        finished: list[Path] = []
        # (seconds, plain size, stored size) per file done; recorded on the GUI thread.
        timings: list[tuple[float, int, int]] = []
        service = self.service

        def work(task: TaskContext) -> list[EncryptionResult]:
            sizes = [path.stat().st_size for path in request.paths]
            total = sum(sizes)
            offset = 0
            results = []
            for path, size in zip(request.paths, sizes, strict=True):
                task.cancel_token.check()
                started = time.monotonic()

                def relay(done: int, _total: int, base: int = offset) -> None:
                    task.progress(base + done, total)

                result = service.encrypt(
                    path,
                    request.recipients,
                    passphrase=request.passphrase,
                    sign_with=request.sign_with,
                    layout=request.layout,
                    shard_size=request.shard_size,
                    progress=relay,
                    cancel=task.cancel_token,
                )
                timings.append((time.monotonic() - started, size, stored_size(result.output)))
                finished.append(result.output)
                results.append(result)
                offset += size
            return results

        def progressed(done: int, total: int) -> None:
            dialog.show_progress(
                done,
                total,
                self.tr("Encrypting: {done} of {total}").format(
                    done=format_size(done), total=format_size(total)
                ),
            )

        def record_timings() -> None:
            for seconds, plain, stored in timings:
                self.metrics.record(Operation.ENCRYPT, seconds, plain, stored)

        def encrypted(results: list[EncryptionResult]) -> None:
            record_timings()
            dialog.succeed()
            names = ", ".join(result.output.name for result in results)
            self.ctx.notify(
                counted(
                    len(results),
                    self.tr("Encrypted %n file: {names}.", "", len(results)),
                    self.tr("Encrypted %n files: {names}.", "", len(results)),
                ).format(names=names)
            )

        def failed(error: Exception) -> None:
            record_timings()
            self.metrics.record_failure()
            kept = (
                counted(
                    len(finished),
                    self.tr("%n file finished before that and was kept.", "", len(finished)),
                    self.tr("%n files finished before that and were kept.", "", len(finished)),
                )
                if finished
                else ""
            )
            if isinstance(error, OperationCancelledError):
                dialog.fail(self.tr("Stopped.") + " " + (kept or self.tr("Nothing was written.")))
            else:
                dialog.fail(user_message(error) + (" " + kept if kept else ""))

        dialog.set_busy(True)
        dialog.watch(self.ctx.tasks.run_task(work, encrypted, failed, progressed))

    # Decrypting -------------------------------------------------------------

    def decrypt(self, paths: Sequence[Path] | None = None) -> None:
        """Decrypt each file in turn, one dialog at a time."""
        if paths is None:
            paths = self.ctx.dialogs.open_files(
                self.ctx.window, self.tr("Choose an encrypted file"), encrypted_filter()
            )
        self._queue.extend(encrypted_source(path) or path for path in paths)
        if not self._decrypting:
            self._next_decrypt()

    def _next_decrypt(self) -> None:
        self._decrypting = bool(self._queue)
        if self._queue:
            dialog = self._open_decrypt(self._queue.pop(0))
            dialog.finished.connect(lambda _result: self._next_decrypt())

    def _open_decrypt(self, path: Path) -> DecryptDialog:
        dialog = DecryptDialog(path, self.ctx.copy_text, self.ctx.window)

        def choose() -> None:
            target = self.ctx.dialogs.save_file(
                dialog, self.tr("Save the decrypted file as"), str(dialog.output()), all_files()
            )
            if target is not None:
                dialog.output_edit.setText(str(target))

        def inspected(info: EncryptedFileInfo) -> None:
            if alive(dialog):
                dialog.set_info(info)

        def failed(error: Exception) -> None:
            if alive(dialog):
                dialog.status_label.setText(user_message(error))
                dialog.fail(self.tr("{name} cannot be decrypted.").format(name=path.name))

        dialog.choose_output_requested.connect(choose)
        dialog.submitted.connect(lambda: self._decrypt_submitted(dialog))
        self.ctx.dialogs.open(dialog)
        service = self.service
        self.ctx.tasks.run_task(lambda _task: service.inspect(path), inspected, failed)
        return dialog

    def _decrypt_submitted(self, dialog: DecryptDialog) -> None:
        info = dialog.info
        assert info is not None  # problem() checked it
        passphrase = dialog.passphrase()
        usable = [m for m in info.recipients if m.unlocked or self._cached(m.key_id, m.version)]
        if usable or passphrase is not None or not info.recipients:
            self._check_output(dialog, passphrase, {})
            return
        match = info.recipients[0]
        record = self._record(match.key_id)
        if record is None:
            self._check_output(dialog, passphrase, {})
            return
        dialog.set_busy(False)
        if match.version == record.current.version:
            self.ctx.unlock(
                record,
                lambda: self._check_output(dialog, None, {}),
                reason=self.tr("Decrypting needs this key's private half."),
                parent=dialog,
            )
            return
        # An older version of the key: its own passphrase goes straight to decrypting.
        unlock = UnlockDialog(
            record,
            self.ctx.settings.unlock_minutes,
            self.tr(
                "{name} was encrypted for version {version} of this key; "
                "type the passphrase that version had."
            ).format(name=info.path.name, version=match.version),
            dialog,
        )

        def with_passphrase() -> None:
            given = unlock.passphrase()
            unlock.succeed()
            self._check_output(dialog, None, {match.key_id: given})

        unlock.submitted.connect(with_passphrase)
        self.ctx.dialogs.open(unlock)

    def _check_output(
        self, dialog: DecryptDialog, passphrase: str | None, key_passphrases: dict[str, str]
    ) -> None:
        output = dialog.output()
        dialog.set_busy(True)

        def checked(exists: bool) -> None:
            if not exists:
                self._start_decrypting(dialog, passphrase, key_passphrases, overwrite=False)
                return
            dialog.set_busy(False)
            self.ctx.dialogs.confirm(
                dialog,
                self.tr("Replace file?"),
                self.tr("{name} exists already. Replace it with the decrypted file?").format(
                    name=output.name
                ),
                action=self.tr("Replace"),
                on_yes=lambda: self._start_decrypting(
                    dialog, passphrase, key_passphrases, overwrite=True
                ),
                destructive=True,
            )

        self.ctx.tasks.run_task(
            lambda _task: output.exists(), checked, lambda error: dialog.fail(user_message(error))
        )

    def _start_decrypting(
        self,
        dialog: DecryptDialog,
        passphrase: str | None,
        key_passphrases: dict[str, str],
        *,
        overwrite: bool,
    ) -> None:
        path, output = dialog.path, dialog.output()
        service = self.service
        # (seconds, stored size) when it worked; recorded on the GUI thread.
        timing: list[tuple[float, int]] = []

        def work(task: TaskContext) -> ReceptionReport:
            started = time.monotonic()
            report = service.decrypt(
                path,
                output,
                passphrase=passphrase,
                key_passphrases=key_passphrases,
                overwrite=overwrite,
                progress=task.progress,
                cancel=task.cancel_token,
            )
            if report.ok:
                timing.append((time.monotonic() - started, stored_size(path)))
            return report

        def progressed(done: int, total: int) -> None:
            dialog.show_progress(
                done,
                total,
                self.tr("Decrypting: {done} of {total}").format(
                    done=format_size(done), total=format_size(total)
                ),
            )

        def decrypted(report: ReceptionReport) -> None:
            for seconds, stored in timing:
                self.metrics.record(Operation.DECRYPT, seconds, report.manifest.total_size, stored)
            if report.ok:
                dialog.succeed()
                self.ctx.notify(
                    self.tr("Decrypted {name} to {output}.").format(
                        name=path.name, output=report.output
                    )
                )
            else:
                self.metrics.record_failure()
                dialog.show_report(report)

        def failed(error: Exception) -> None:
            self.metrics.record_failure()
            if isinstance(error, OperationCancelledError):
                dialog.fail(self.tr("Stopped. Nothing was written."))
            else:
                dialog.fail(user_message(error))

        dialog.set_busy(True)
        dialog.watch(self.ctx.tasks.run_task(work, decrypted, failed, progressed))

    # Statistics -------------------------------------------------------------

    def show_metrics(self) -> MetricsDialog:
        dialog = MetricsDialog(self.metrics, self.ctx.controller.data.metrics, self.ctx.window)
        self.values_changed.connect(dialog.refresh)
        dialog.finished.connect(lambda _result: self.values_changed.disconnect(dialog.refresh))
        self.ctx.dialogs.open(dialog)
        return dialog

    # Text values --------------------------------------------------------------

    def encrypt_text(self) -> TextEncryptDialog:
        """The Encrypt text window: values in, tokens out, and back."""
        current = self.ctx.current_key()
        dialog = TextEncryptDialog(
            self._records(), None if current is None else current.key_id, self.ctx.window
        )
        dialog.encrypt_requested.connect(lambda: self._text_encrypt(dialog))
        dialog.decrypt_requested.connect(lambda: self._text_decrypt(dialog))
        dialog.copy_requested.connect(lambda: self._copy_result(dialog))
        self.ctx.dialogs.open(dialog)
        return dialog

    def _text_encrypt(self, dialog: TextEncryptDialog) -> None:
        key_id = dialog.key_id()
        assert key_id is not None  # encrypt_problem() checked it
        value = dialog.value()
        data = self.ctx.controller.data

        def work(_task: TaskContext) -> tuple[str, TokenInfo]:
            token = data.encrypt(key_id, value)
            return token, data.inspect(token)

        def done(result: tuple[str, TokenInfo]) -> None:
            if alive(dialog):
                dialog.show_token(*result)
            self.values_changed.emit()

        self._with_key(dialog, key_id, lambda: self._run_value(dialog, work, done))

    def _text_decrypt(self, dialog: TextEncryptDialog) -> None:
        token = dialog.token()
        data = self.ctx.controller.data
        try:
            key_id = data.inspect(token).key_id
        except KeyfoldError as error:
            dialog.fail(user_message(error))
            return

        def done(opened: DecryptedValue) -> None:
            if alive(dialog):
                dialog.show_value(opened)
            self.values_changed.emit()

        self._with_key(
            dialog,
            key_id,
            lambda: self._run_value(dialog, lambda _task: data.decrypt(token), done),
        )

    def _run_value(
        self,
        dialog: TextEncryptDialog,
        work: Callable[[TaskContext], T],
        done: Callable[[T], None],
    ) -> None:
        def failed(error: Exception) -> None:
            if alive(dialog):
                dialog.fail(user_message(error))
            self.values_changed.emit()

        self.ctx.tasks.run_task(work, done, failed)

    def _with_key(self, dialog: TextEncryptDialog, key_id: str, then: Callable[[], None]) -> None:
        """Run `then` once `key_id` is usable: unlocked, unprotected, or after asking."""
        record = self._record(key_id)
        if record is None or not record.protected or self._all_unlocked(record):
            then()
            return
        dialog.set_busy(False)

        def unlocked() -> None:
            dialog.set_busy(True)
            then()

        self.ctx.unlock(
            record,
            unlocked,
            reason=self.tr("Encrypting and decrypting values needs this key's private half."),
            parent=dialog,
        )

    def _copy_result(self, dialog: TextEncryptDialog) -> None:
        text = dialog.result_text()
        if text:
            # Both are wiped from the clipboard after a while (the decrypted text is
            # a secret; a token is cleared too, so neither lingers).
            what = self.tr("Token") if dialog.result_is_token else self.tr("Decrypted text")
            self.ctx.copy_text(what, text, secret=True)

    # Shared -----------------------------------------------------------------

    def _records(self) -> list[KeyRecord]:
        return self.ctx.listed_keys()

    def _record(self, key_id: str) -> KeyRecord | None:
        return next((r for r in self._records() if r.key_id == key_id), None)

    def _cached(self, key_id: str, version: int) -> bool:
        return self.ctx.controller.unlock.get(key_id, version) is not None

    def _all_unlocked(self, record: KeyRecord) -> bool:
        return all(
            self._cached(record.key_id, v.version)
            for v in record.versions
            if v.status is not VersionStatus.EXPIRED
        )

    def _unlocked(self, record: KeyRecord, version: int | None) -> bool:
        return self._cached(record.key_id, record.current.version if version is None else version)
