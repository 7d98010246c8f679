"""Signing commands: sign and check files, messages, trusted keys, and drops."""

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from keyfold.controller.signature_files import start_hashing
from keyfold.controller.signing import (
    FileVerification,
    MessageVerification,
    SignedFile,
    SignerSource,
    SigningService,
)
from keyfold.controller.trusted_keys import TrustedKey
from keyfold.core.errors import InvalidInputError, OperationCancelledError, StorageError
from keyfold.core.signing import HashJob, decode_signature
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.dialogs.progress_task_dialog import alive
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.models.formatting import counted, format_size
from keyfold.gui.base.widgets.file_offers import FileOffer, FileOffersDialog
from keyfold.gui.base.workers.tasks import TaskContext
from keyfold.gui.signing.drops import asks_to_verify
from keyfold.gui.signing.messages_dialog import MessagesDialog
from keyfold.gui.signing.sign_dialog import SignFilesDialog, SignPlan, plan_signing
from keyfold.gui.signing.trusted_dialog import (
    ImportTrustedDialog,
    TrustedKeysDialog,
    public_key_filter,
)
from keyfold.gui.signing.verify_dialog import VerifyDialog

VerifyOnServer = Callable[[Path, str | None, QWidget], object]


class SigningCommands(QObject):
    """What the signing actions and drops do; every slow step runs in a worker."""

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.actions: dict[str, QAction] = {}
        # Checking a file's signer on a server (the registrations feature, when the
        # window has it): called with the file, the signer's fingerprint, the parent.
        self.verify_on_server: VerifyOnServer | None = None
        # Each open Sign dialog's files, hashing since they were counted: the
        # hashing runs while the user picks the key and types the passphrase.
        self._hashing: dict[SignFilesDialog, HashJob] = {}
        self.offers: list[FileOffer] = [
            FileOffer(
                "signOffer",
                self.tr("Sign…"),
                self.tr("Sign the files with one of your keys"),
                self.sign,
            )
        ]

    @property
    def _signing(self) -> SigningService:
        return self.ctx.controller.signing

    # Drops ------------------------------------------------------------------

    def drop(self, paths: list[Path]) -> None:
        """Dropped files are signed, or checked when signatures come along."""
        if asks_to_verify(paths):
            self.verify(paths)
        elif len(self.offers) == 1:
            self.offers[0].handle(paths)
        else:
            self.ctx.dialogs.open(FileOffersDialog(paths, self.offers, self.ctx.window))

    def add_offer(self, offer: FileOffer) -> None:
        """Another thing dropped files can become (encrypting, say)."""
        self.offers.append(offer)

    # Signing files ----------------------------------------------------------

    def sign(self, paths: Sequence[Path] | None = None) -> None:
        if paths is None:
            paths = self.ctx.dialogs.open_files(
                self.ctx.window, self.tr("Choose files to sign"), self._all_files()
            )
            if not paths:
                return
        chosen = list(paths)
        dialog = SignFilesDialog(chosen, self._records(), self._selected_key_id(), self.ctx.window)
        dialog.choose_folder_requested.connect(lambda: self._choose_folder(dialog))
        dialog.submitted.connect(lambda: self._sign_submitted(dialog))
        self.ctx.dialogs.open(dialog)

        closed: list[bool] = []

        def close(_code: int) -> None:
            closed.append(True)
            self._stop_hashing(dialog)

        dialog.finished.connect(close)

        def planned(result: tuple[SignPlan, HashJob | None]) -> None:
            plan, hashing = result
            if closed or not alive(dialog):
                if hashing is not None:
                    hashing.cancel()
                return
            dialog.set_plan(plan)
            if hashing is not None:
                self._hashing[dialog] = hashing

        def failed(error: Exception) -> None:
            if alive(dialog):
                dialog.fail(user_message(error))

        self.ctx.tasks.run_task(lambda _task: _plan_and_hash(chosen), planned, failed)

    def _stop_hashing(self, dialog: SignFilesDialog) -> None:
        hashing = self._hashing.pop(dialog, None)
        if hashing is not None:
            hashing.cancel()

    def _choose_folder(self, dialog: SignFilesDialog) -> None:
        folder = self.ctx.dialogs.choose_folder(
            dialog, self.tr("Choose a folder for the signatures")
        )
        if folder is not None:
            dialog.set_folder(folder)

    def _sign_submitted(self, dialog: SignFilesDialog) -> None:
        key_id = dialog.key_choice.key_id()
        plan = dialog.plan
        assert key_id is not None and plan is not None  # problem() checked both
        output_dir = dialog.output_dir()

        def go() -> None:
            dialog.set_busy(True)
            self._check_existing(dialog, key_id, plan, output_dir)

        self._when_unlocked(key_id, dialog, go, self._sign_reason())

    def _check_existing(
        self, dialog: SignFilesDialog, key_id: str, plan: SignPlan, output_dir: Path | None
    ) -> None:
        def checked(existing: list[Path]) -> None:
            if not existing:
                self._start_signing(dialog, key_id, plan, output_dir, overwrite=False)
                return
            dialog.set_busy(False)
            first = existing[0].name
            others = len(existing) - 1
            question = (
                self.tr("The signature {first} exists already. Replace it with new signatures?")
                if others == 0
                else counted(
                    others,
                    self.tr(
                        "{first} and %n other signature exist already. "
                        "Replace them with new signatures?",
                        "",
                        others,
                    ),
                    self.tr(
                        "{first} and %n other signatures exist already. "
                        "Replace them with new signatures?",
                        "",
                        others,
                    ),
                )
            )
            self.ctx.dialogs.confirm(
                dialog,
                self.tr("Replace signatures?"),
                question.format(first=first),
                action=self.tr("Replace"),
                on_yes=lambda: self._start_signing(
                    dialog, key_id, plan, output_dir, overwrite=True
                ),
                destructive=True,
            )

        signing = self._signing
        self.ctx.tasks.run_task(
            lambda _task: signing.existing_signatures(list(plan.files), output_dir),
            checked,
            lambda error: dialog.fail(user_message(error)),
        )

    def _start_signing(
        self,
        dialog: SignFilesDialog,
        key_id: str,
        plan: SignPlan,
        output_dir: Path | None,
        *,
        overwrite: bool,
    ) -> None:
        files = list(plan.files)
        # The hashing started with the dialog, used once: signing stops it
        # when it fails, and signing again hashes anew.
        hashing = self._hashing.pop(dialog, None)

        signing = self._signing

        def work(task: TaskContext) -> list[SignedFile]:
            return signing.sign_files(
                key_id,
                files,
                output_dir=output_dir,
                overwrite=overwrite,
                progress=task.progress,
                cancel=task.cancel_token,
                hashing=hashing,
            )

        def progressed(done: int, total: int) -> None:
            count = len(files)
            dialog.show_progress(
                done,
                total,
                counted(
                    count,
                    self.tr("Reading {done} of {total} · {files_done} of %n file done", "", count),
                    self.tr("Reading {done} of {total} · {files_done} of %n files done", "", count),
                ).format(
                    done=format_size(done),
                    total=format_size(total),
                    files_done=plan.files_done(done),
                ),
            )

        def signed(result: list[SignedFile]) -> None:
            dialog.succeed()
            # The versions table counts signatures: show the new count now.
            self.ctx.refresh(None)
            count = len(result)
            if output_dir is not None:
                text = counted(
                    count,
                    self.tr("Signed %n file with {key}; in {folder}.", "", count),
                    self.tr("Signed %n files with {key}; in {folder}.", "", count),
                )
            else:
                text = counted(
                    count,
                    self.tr("Signed %n file with {key}; beside the files.", "", count),
                    self.tr("Signed %n files with {key}; beside the files.", "", count),
                )
            self.ctx.notify(text.format(key=key_id, folder=output_dir))

        def failed(error: Exception) -> None:
            if isinstance(error, OperationCancelledError):
                dialog.fail(self.tr("Stopped. No signatures were written."))
            elif isinstance(error, StorageError) and output_dir is None:
                dialog.fail(user_message(error))
                dialog.offer_folder(
                    self.tr(
                        "The signatures cannot go beside these files: choose a folder for them."
                    )
                )
            else:
                dialog.fail(user_message(error))

        dialog.set_busy(True)
        dialog.watch(self.ctx.tasks.run_task(work, signed, failed, progressed))

    # Checking files ---------------------------------------------------------

    def verify(self, paths: Sequence[Path] | None = None) -> None:
        if paths is None:
            paths = self.ctx.dialogs.open_files(
                self.ctx.window, self.tr("Choose files or signatures to check"), self._all_files()
            )
            if not paths:
                return
        chosen = list(paths)
        dialog = VerifyDialog(self.ctx.window)
        dialog.verify_on_server_requested.connect(lambda row: self._verify_on_server(row, dialog))
        self.ctx.dialogs.open(dialog)

        signing = self._signing

        def work(task: TaskContext) -> list[FileVerification]:
            return signing.verify_files(chosen, progress=task.progress, cancel=task.cancel_token)

        def checked(rows: list[FileVerification]) -> None:
            if alive(dialog):
                dialog.show_results(rows)

        def failed(error: Exception) -> None:
            if not alive(dialog):
                return
            if isinstance(error, OperationCancelledError):
                dialog.show_failure(self.tr("Stopped before every file was checked."))
            else:
                dialog.show_failure(user_message(error))

        def progressed(done: int, total: int) -> None:
            if alive(dialog):
                dialog.show_progress(done, total)

        dialog.watch(self.ctx.tasks.run_task(work, checked, failed, progressed))

    def _verify_on_server(self, row: FileVerification, parent: QWidget) -> None:
        """The registry's "Verify on server" for a file checked here, its signer's
        registration chosen when the vault knows one."""
        if self.verify_on_server is not None:
            self.verify_on_server(row.path, row.fingerprint, parent)

    # Trusted keys -----------------------------------------------------------

    def trusted_keys(self) -> TrustedKeysDialog:
        dialog = TrustedKeysDialog(self.ctx.window)
        dialog.import_requested.connect(lambda: self.import_trusted(dialog))
        dialog.remove_requested.connect(lambda key: self._remove_trusted(dialog, key))
        self.ctx.dialogs.open(dialog)
        self._load_trusted(dialog)
        return dialog

    def _load_trusted(self, dialog: TrustedKeysDialog, select: str | None = None) -> None:
        def loaded(keys: list[TrustedKey]) -> None:
            if alive(dialog):
                dialog.set_keys(keys, select)

        signing = self._signing
        self.ctx.tasks.run_task(
            lambda _task: signing.list_trusted(),
            loaded,
            lambda error: self.ctx.dialogs.error(
                dialog, self.tr("Could not read the trusted keys"), user_message(error)
            ),
        )

    def import_trusted(
        self, listing: TrustedKeysDialog | None = None, path: Path | None = None
    ) -> ImportTrustedDialog:
        dialog = ImportTrustedDialog(listing or self.ctx.window)
        if path is not None:
            dialog.set_path(path)

        def browse() -> None:
            files = self.ctx.dialogs.open_files(
                dialog, self.tr("Choose a public key file"), public_key_filter()
            )
            if files:
                dialog.set_path(files[0])

        signing = self._signing

        def start() -> None:
            # Read the dialog and word the source here, on the GUI thread.
            source, name = dialog.source(), dialog.name()
            if isinstance(source, Path):
                label = self.tr("The public key file {name}").format(name=source.name)
            else:
                label = self.tr("The pasted public key")

            def work(_task: TaskContext) -> TrustedKey:
                # A file is read on the worker: the controller takes bytes.
                data = source.read_bytes() if isinstance(source, Path) else source.encode()
                return signing.import_trusted(data, name, source=label)

            self.ctx.tasks.run_task(work, imported, lambda error: dialog.fail(user_message(error)))

        def imported(key: TrustedKey) -> None:
            dialog.succeed()
            self.ctx.notify(
                self.tr("Signatures by {name} can now be checked.").format(name=key.name)
            )
            if listing is not None and alive(listing):
                self._load_trusted(listing, key.name)

        dialog.browse_requested.connect(browse)
        dialog.submitted.connect(start)
        self.ctx.dialogs.open(dialog)
        return dialog

    def _remove_trusted(self, listing: TrustedKeysDialog, key: TrustedKey) -> None:
        def removed(_result: None) -> None:
            self.ctx.notify(self.tr("No longer trusting {name}.").format(name=key.name))
            if alive(listing):
                self._load_trusted(listing)

        def remove_now() -> None:
            signing = self._signing
            self.ctx.tasks.run_task(
                lambda _task: signing.remove_trusted(key.name),
                removed,
                lambda error: self.ctx.dialogs.error(
                    listing, self.tr("Could not remove the key"), user_message(error)
                ),
            )

        self.ctx.dialogs.confirm(
            listing,
            self.tr("Remove trusted key"),
            self.tr(
                "Stop trusting “{name}”? Its signatures will then show as made by an "
                "unknown key. You can import it again later."
            ).format(name=key.name),
            action=self.tr("Remove"),
            on_yes=remove_now,
            destructive=True,
        )

    # Messages ---------------------------------------------------------------

    def messages(self) -> MessagesDialog:
        dialog = MessagesDialog(
            self._records(),
            self._selected_key_id(),
            lambda what, text: self.ctx.copy_text(what, text, secret=True),
            self.ctx.window,
        )
        dialog.sign_requested.connect(lambda: self._sign_message(dialog))
        dialog.verify_requested.connect(lambda: self._verify_message(dialog))
        self.ctx.dialogs.open(dialog)

        def loaded(keys: list[TrustedKey]) -> None:
            if alive(dialog):
                dialog.set_trusted(keys)

        signing = self._signing
        self.ctx.tasks.run_task(
            lambda _task: signing.list_trusted(),
            loaded,
            lambda error: dialog.show_verify_error(user_message(error)),
        )
        return dialog

    def _sign_message(self, dialog: MessagesDialog) -> None:
        key_id, text = dialog.sign_request()
        assert key_id is not None  # sign_problem() checked it

        def done(signature: bytes) -> None:
            dialog.set_signing(False)
            dialog.show_signature(signature)
            self.ctx.refresh(None)  # the signature count in the versions table

        def failed(error: Exception) -> None:
            dialog.set_signing(False)
            dialog.set_sign_status(user_message(error), error=True)

        def go() -> None:
            dialog.set_signing(True)
            signing = self._signing
            self.ctx.tasks.run_task(lambda _task: signing.sign_message(key_id, text), done, failed)

        self._when_unlocked(key_id, dialog, go, self._sign_reason())

    def _verify_message(self, dialog: MessagesDialog) -> None:
        request = dialog.verify_request()
        trusted = request.trusted

        signing = self._signing

        def work(_task: TaskContext) -> MessageVerification:
            signature = decode_signature(request.signature)
            return signing.verify_message(
                request.text,
                signature,
                key_id=request.key_id,
                public_key=None if trusted is None else trusted.public_key,
            )

        def done(result: MessageVerification) -> None:
            dialog.set_verifying(False)
            if result.valid and trusted is not None:
                result = dataclasses.replace(
                    result, signer_name=trusted.name, source=SignerSource.TRUSTED
                )
            dialog.show_verification(result)

        def failed(error: Exception) -> None:
            dialog.set_verifying(False)
            dialog.show_verify_error(user_message(error))

        dialog.set_verifying(True)
        self.ctx.tasks.run_task(work, done, failed)

    # Shared -----------------------------------------------------------------

    def _all_files(self) -> str:
        return self.tr("All files (*)")

    def _sign_reason(self) -> str:
        return self.tr("Signing needs this key's private half.")

    def _records(self) -> list[KeyRecord]:
        return self.ctx.listed_keys()

    def _selected_key_id(self) -> str | None:
        record = self.ctx.current_key()
        return None if record is None else record.key_id

    def _when_unlocked(
        self, key_id: str, parent: QWidget, then: Callable[[], None], reason: str
    ) -> None:
        """Run `then` now if the key can be used, else after the unlock dialog."""
        record = next((r for r in self._records() if r.key_id == key_id), None)
        if record is None or not record.protected or self._unlocked(record):
            then()
            return
        if isinstance(parent, SignFilesDialog):
            parent.set_busy(False)  # the unlock dialog takes over until it closes
        self.ctx.unlock(record, then, reason=reason, parent=parent)

    def _unlocked(self, record: KeyRecord) -> bool:
        return self.ctx.controller.unlock.get(record.key_id, record.current.version) is not None


def _plan_and_hash(paths: Sequence[Path]) -> tuple[SignPlan, HashJob | None]:
    """Runs on a worker: the plan, and its files' hashing started at once."""
    plan = plan_signing(paths)
    try:
        return plan, start_hashing(plan.files)
    except InvalidInputError:
        return plan, None  # an unreadable file: signing names it
