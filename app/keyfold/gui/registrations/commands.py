"""Registry commands: register, refresh, verify on a server, revoke, forget, servers.

Every network call runs in a worker; results come back to the GUI thread.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from keyfold.controller.registry import (
    AlreadyRegisteredError,
    RegistrationRecord,
    RegistryService,
    ServerCheck,
)
from keyfold.controller.registry_servers import ServerRecord, ServerStore
from keyfold.core.errors import OperationCancelledError, PassphraseRequiredError
from keyfold.core.registry import RemoteVerification
from keyfold.core.signing import decode_signature
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.dialogs.progress_task_dialog import alive
from keyfold.gui.base.models.formatting import counted, format_size
from keyfold.gui.base.workers.tasks import TaskContext, TaskHandle
from keyfold.gui.registrations.errors import show_error
from keyfold.gui.registrations.model import RegistrationTableModel
from keyfold.gui.registrations.page import RegistrationsPage
from keyfold.gui.registrations.register_dialog import RegisterDialog, RegisterRequest
from keyfold.gui.registrations.server_edit_dialog import ServerEditDialog, ServerFormValues
from keyfold.gui.registrations.servers_dialog import ServersDialog
from keyfold.gui.registrations.verify_dialogs import (
    VerifyFileOnServerDialog,
    VerifyMessageOnServerDialog,
)


@dataclass(frozen=True)
class RefreshOutcome:
    updated: tuple[RegistrationRecord, ...]
    failures: tuple[tuple[RegistrationRecord, Exception], ...]


class RegistryCommands(QObject):
    """What the registration actions do, on the window's controller."""

    def __init__(
        self, ctx: FeatureContext, page: RegistrationsPage, model: RegistrationTableModel
    ) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.page = page
        self.model = model
        self.actions: dict[str, QAction] = {}
        self.refreshing: TaskHandle | None = None

    @property
    def _registry(self) -> RegistryService:
        return self.ctx.controller.registry

    @property
    def _page_records(self) -> list[RegistrationRecord]:
        return self.page.selected_records()

    def update_actions(self) -> None:
        """Enable what the selection allows."""
        selected = self._page_records
        one = selected[0] if len(selected) == 1 else None
        if not self.actions:
            return
        self.actions["register_key"].setEnabled(bool(self.ctx.listed_keys()))
        self.actions["revoke_registration"].setEnabled(one is not None and one.active)
        self.actions["forget_registration"].setEnabled(one is not None)
        self.actions["refresh_registrations"].setEnabled(
            self.refreshing is None and self.model.rowCount() > 0
        )

    # Register ---------------------------------------------------------------

    def register(self, key_id: str | None = None) -> RegisterDialog:
        selected = key_id or self._selected_key_id()
        dialog = RegisterDialog(self._keys(), selected, self.ctx.window)
        self._fill_servers(dialog)
        dialog.manage_servers_requested.connect(
            lambda: self.servers(parent=dialog, on_close=lambda: self._fill_servers(dialog))
        )
        dialog.submitted.connect(lambda: self._register_submitted(dialog, adopt=False))
        self.ctx.dialogs.open(dialog)
        return dialog

    def _fill_servers(self, dialog: RegisterDialog) -> None:
        if alive(dialog):
            used = [r.server for r in self.model.records()]
            dialog.set_servers(self._registry.servers_store.servers(), used)

    def _register_submitted(self, dialog: RegisterDialog, *, adopt: bool) -> None:
        request = dialog.request()

        registry = self._registry

        def work(task: TaskContext) -> RegistrationRecord:
            return registry.register(
                request.key_id,
                request.server,
                request.client_id,
                request.key_name,
                request.user_id,
                adopt=adopt,
                cancel=task.cancel_token,
            )

        def registered(record: RegistrationRecord) -> None:
            dialog.succeed()
            text = (
                self.tr("Adopted the registration of {key} on {server} as {client_id}.")
                if adopt
                else self.tr("Registered {key} on {server} as {client_id}.")
            )
            self.ctx.notify(
                text.format(key=record.key_id, server=record.server, client_id=record.client_id)
            )
            self._reload(record)

        def failed(error: Exception) -> None:
            if not alive(dialog):
                return
            key = self._key(request.key_id)
            if isinstance(error, PassphraseRequiredError) and key is not None:
                # Not a failure: the unlock prompt says why, and registering goes on after it.
                dialog.set_busy(False)
                self.ctx.unlock(
                    key,
                    lambda: self._register_submitted(dialog, adopt=adopt),
                    reason=self.tr(
                        "The server asks for proof that you hold this key: "
                        "Keyfold signs its challenge with the key."
                    ),
                    parent=dialog,
                )
                return
            if isinstance(error, AlreadyRegisteredError) and error.adoptable and not adopt:
                dialog.fail_with(error)
                self._offer_adoption(dialog, request, error)
            elif isinstance(error, OperationCancelledError):
                dialog.fail(self.tr("Stopped. Nothing was registered."))
            else:
                dialog.fail_with(error)

        dialog.set_busy(True)
        dialog.watch(self.ctx.tasks.run_task(work, registered, failed))

    def _offer_adoption(
        self, dialog: RegisterDialog, request: RegisterRequest, error: AlreadyRegisteredError
    ) -> None:
        self.ctx.dialogs.confirm(
            dialog,
            self.tr("Adopt the registration?"),
            self.tr(
                "The client ID {client_id} is already registered on {server} "
                "with this same key ({key}). Record that registration in Keyfold "
                "as this key's?"
            ).format(client_id=request.client_id, server=request.server, key=request.key_id),
            action=self.tr("Adopt"),
            on_yes=lambda: self._register_submitted(dialog, adopt=True),
        )

    # Refresh ----------------------------------------------------------------

    def refresh_status(self, records: Sequence[RegistrationRecord] | None = None) -> None:
        """Ask the servers about the given, else the selected, else every registration."""
        chosen = list(records or self._page_records or self.model.records())
        if not chosen or self.refreshing is not None:
            return

        registry = self._registry

        def work(task: TaskContext) -> RefreshOutcome:
            updated: list[RegistrationRecord] = []
            failures: list[tuple[RegistrationRecord, Exception]] = []
            for number, record in enumerate(chosen):
                task.progress(number, len(chosen))
                try:
                    updated.append(registry.refresh(record, cancel=task.cancel_token))
                except OperationCancelledError:
                    raise
                # Not swallowed: each failure is reported below, beside the others.
                except Exception as exc:
                    failures.append((record, exc))
            return RefreshOutcome(tuple(updated), tuple(failures))

        def progressed(done: int, total: int) -> None:
            self.ctx.notify(
                self.tr("Checking registration {number} of {total}…").format(
                    number=done + 1, total=total
                )
            )

        def done(outcome: RefreshOutcome) -> None:
            self._refresh_finished()
            self._reload(chosen[0] if len(chosen) == 1 else None)
            self.ctx.notify(_refresh_summary(outcome))
            if outcome.failures:
                record, error = outcome.failures[0]
                title = self.tr("Could not check {client_id} on {server}").format(
                    client_id=record.client_id, server=record.server
                )
                show_error(self.ctx.dialogs, self.ctx.window, title, error)

        def failed(error: Exception) -> None:
            self._refresh_finished()
            if isinstance(error, OperationCancelledError):
                self.ctx.notify(self.tr("Stopped checking registrations."))
            else:
                show_error(
                    self.ctx.dialogs,
                    self.ctx.window,
                    self.tr("Could not check registrations"),
                    error,
                )

        count = len(chosen)
        self.ctx.notify(
            counted(
                count,
                self.tr("Checking %n registration…", "", count),
                self.tr("Checking %n registrations…", "", count),
            )
        )
        self.refreshing = self.ctx.tasks.run_task(work, done, failed, progressed)
        if self.refreshing.finished:  # a synchronous pool already delivered the result
            self.refreshing = None
        self.update_actions()

    def _refresh_finished(self) -> None:
        self.refreshing = None
        self.update_actions()

    # Verify on a server -----------------------------------------------------

    def verify_file(
        self,
        path: Path | None = None,
        *,
        fingerprint: str | None = None,
        parent: QWidget | None = None,
    ) -> VerifyFileOnServerDialog:
        """Ask the server about a signed file (its .minisig beside it).

        `fingerprint`: the signer's key, when known; an active registration of
        that key is chosen over the selected one. `parent`: the dialog asking
        (default: the window).
        """
        records = self.model.records()
        signer = next((r for r in records if r.active and r.fingerprint == fingerprint), None)
        dialog = VerifyFileOnServerDialog(
            records,
            self._registry.servers_store.servers(),
            signer or self._one_selected(),
            path,
            parent or self.ctx.window,
        )

        def browse() -> None:
            files = self.ctx.dialogs.open_files(
                dialog, self.tr("Choose the signed file"), self.tr("All files (*)")
            )
            if files:
                # Picking the signature itself means the file beside it.
                chosen = files[0]
                if chosen.suffix == ".minisig":
                    chosen = chosen.with_suffix("")
                dialog.set_path(chosen)

        dialog.browse_requested.connect(browse)
        dialog.submitted.connect(lambda: self._verify_file_submitted(dialog))
        self.ctx.dialogs.open(dialog)
        return dialog

    def _verify_file_submitted(self, dialog: VerifyFileOnServerDialog) -> None:
        path, server, client_id = dialog.path(), dialog.server(), dialog.client_id()

        registry = self._registry

        def work(task: TaskContext) -> RemoteVerification:
            return registry.verify_file_remote(
                path, server, client_id, progress=task.progress, cancel=task.cancel_token
            )

        def progressed(done: int, total: int) -> None:
            if alive(dialog):
                text = self.tr("Hashing {file}: {done} of {total}").format(
                    file=path.name, done=format_size(done), total=format_size(total)
                )
                dialog.show_progress(done, total, text)

        def verified(verdict: RemoteVerification) -> None:
            if alive(dialog):
                dialog.show_verdict(verdict, path.name)
            if verdict.verified:
                self._reload()

        dialog.watch(
            self.ctx.tasks.run_task(
                work, verified, lambda error: self._verify_failed(dialog, error), progressed
            )
        )

    def verify_message(self) -> VerifyMessageOnServerDialog:
        dialog = VerifyMessageOnServerDialog(
            self.model.records(),
            self._registry.servers_store.servers(),
            self._one_selected(),
            self.ctx.window,
        )
        dialog.submitted.connect(lambda: self._verify_message_submitted(dialog))
        self.ctx.dialogs.open(dialog)
        return dialog

    def _verify_message_submitted(self, dialog: VerifyMessageOnServerDialog) -> None:
        text, signature_text = dialog.text(), dialog.signature_text()
        server, client_id = dialog.server(), dialog.client_id()

        registry = self._registry

        def work(task: TaskContext) -> RemoteVerification:
            signature = decode_signature(signature_text)
            return registry.verify_message_remote(
                text, signature, server, client_id, cancel=task.cancel_token
            )

        def verified(verdict: RemoteVerification) -> None:
            if alive(dialog):
                dialog.show_verdict(verdict, self.tr("the message"))
            if verdict.verified:
                self._reload()

        dialog.watch(
            self.ctx.tasks.run_task(
                work, verified, lambda error: self._verify_failed(dialog, error)
            )
        )

    def _verify_failed(
        self, dialog: VerifyFileOnServerDialog | VerifyMessageOnServerDialog, error: Exception
    ) -> None:
        if not alive(dialog):
            return
        if isinstance(error, OperationCancelledError):
            dialog.fail(self.tr("Stopped before the server was asked."))
        else:
            dialog.fail_with(error)

    # Revoke and forget ------------------------------------------------------

    def revoke(self, record: RegistrationRecord | None = None) -> None:
        chosen = record or self._one_selected()
        if chosen is None:
            return
        self.ctx.dialogs.confirm(
            self.ctx.window,
            self.tr("Revoke registration"),
            self.tr(
                "Revoke the registration of key “{key}” on {server} "
                "(client ID {client_id})? The server will refuse its signatures from now "
                "on. This cannot be undone."
            ).format(key=chosen.key_id, server=chosen.server, client_id=chosen.client_id),
            action=self.tr("Revoke"),
            on_yes=lambda: self._revoke_now(chosen),
            destructive=True,
        )

    def _revoke_now(self, record: RegistrationRecord) -> None:
        registry = self._registry

        def work(task: TaskContext) -> RegistrationRecord:
            return registry.revoke(
                record.key_id, record.server, record.client_id, cancel=task.cancel_token
            )

        def revoked(updated: RegistrationRecord) -> None:
            self.ctx.notify(
                self.tr(
                    "Revoked {client_id} on {server}; the server refuses "
                    "signatures by {key} under it."
                ).format(client_id=updated.client_id, server=updated.server, key=updated.key_id)
            )
            self._reload(updated)

        def failed(error: Exception) -> None:
            key = self._key(record.key_id)
            if isinstance(error, PassphraseRequiredError) and key is not None:
                self.ctx.unlock(
                    key,
                    lambda: self._revoke_now(record),
                    reason=self.tr(
                        "The server checks that the request to revoke is signed by this key."
                    ),
                )
                return
            title = self.tr("Could not revoke {client_id}").format(client_id=record.client_id)
            show_error(self.ctx.dialogs, self.ctx.window, title, error)

        self.ctx.tasks.run_task(work, revoked, failed)

    def forget(self, record: RegistrationRecord | None = None) -> None:
        chosen = record or self._one_selected()
        if chosen is None:
            return

        def forget_now() -> None:
            registry = self._registry
            self.ctx.tasks.run_task(
                lambda _task: registry.forget(chosen.server, chosen.client_id),
                lambda _none: self._forgotten(chosen),
                lambda error: show_error(
                    self.ctx.dialogs,
                    self.ctx.window,
                    self.tr("Could not forget the registration"),
                    error,
                ),
            )

        self.ctx.dialogs.confirm(
            self.ctx.window,
            self.tr("Forget registration"),
            self.tr(
                "Remove the registration of key “{key}” on {server} "
                "(client ID {client_id}) from Keyfold? The server keeps it; revoke it "
                "first if it should stop accepting the key's signatures."
            ).format(key=chosen.key_id, server=chosen.server, client_id=chosen.client_id),
            action=self.tr("Forget"),
            on_yes=forget_now,
            destructive=True,
        )

    def _forgotten(self, record: RegistrationRecord) -> None:
        self.ctx.notify(
            self.tr("Forgot {client_id} on {server}.").format(
                client_id=record.client_id, server=record.server
            )
        )
        self._reload()

    # Servers ----------------------------------------------------------------

    def servers(
        self, *, parent: QWidget | None = None, on_close: Callable[[], None] | None = None
    ) -> ServersDialog:
        dialog = ServersDialog(parent or self.ctx.window)
        dialog.set_servers(self._registry.servers_store.servers())
        dialog.add_requested.connect(lambda: self.edit_server(None, dialog))
        dialog.edit_requested.connect(lambda server: self.edit_server(server, dialog))
        dialog.remove_requested.connect(lambda server: self._remove_server(server, dialog))
        dialog.test_requested.connect(lambda server: self._test_saved(server, dialog))
        if on_close is not None:
            dialog.finished.connect(lambda _result: on_close())
        self.ctx.dialogs.open(dialog)
        return dialog

    def edit_server(
        self, server: ServerRecord | None, listing: ServersDialog | None = None
    ) -> ServerEditDialog:
        dialog = ServerEditDialog(
            server, self._registry.servers_store.tokens_persist, listing or self.ctx.window
        )
        dialog.test_requested.connect(lambda: self._test_typed(dialog))

        store = self._registry.servers_store

        def saved(record: ServerRecord) -> None:
            dialog.succeed()
            self.ctx.notify(self.tr("Saved the server {url}.").format(url=record.url))
            if listing is not None and alive(listing):
                listing.set_servers(self._registry.servers_store.servers(), record.url)

        def start() -> None:
            settings = dialog.settings()  # read here, on the GUI thread
            work = partial(_save_server, store, server, settings)
            dialog.watch(self.ctx.tasks.run_task(lambda _task: work(), saved, dialog.fail_with))

        dialog.submitted.connect(start)
        self.ctx.dialogs.open(dialog)
        return dialog

    def _test_typed(self, dialog: ServerEditDialog) -> None:
        settings = dialog.settings()

        registry = self._registry

        def work(task: TaskContext) -> ServerCheck:
            return registry.test_settings(
                settings.url,
                pinned_sha256=settings.pinned_sha256,
                allow_plain_http=settings.allow_plain_http,
                token=None if settings.clear_token else settings.token,
                cancel=task.cancel_token,
            )

        dialog.set_testing(True)
        self._run_check(work, dialog)

    def _test_saved(self, server: ServerRecord, dialog: ServersDialog) -> None:
        dialog.set_testing(server.url)
        registry = self._registry
        self._run_check(
            lambda task: registry.test_server(server.url, cancel=task.cancel_token),
            dialog,
        )

    def _run_check(
        self,
        work: Callable[[TaskContext], ServerCheck],
        dialog: ServerEditDialog | ServersDialog,
    ) -> None:
        """Test a server in a worker; the dialog shows the outcome if it is still open."""

        def tested(check: ServerCheck) -> None:
            if alive(dialog):
                dialog.show_check(check)

        def failed(error: Exception) -> None:
            if alive(dialog):
                dialog.show_check_failure(error)

        self.ctx.tasks.run_task(work, tested, failed)

    def _remove_server(self, server: ServerRecord, listing: ServersDialog) -> None:
        def removed(_none: None) -> None:
            self.ctx.notify(self.tr("Removed the server {url}.").format(url=server.url))
            if alive(listing):
                listing.set_servers(self._registry.servers_store.servers())

        def remove_now() -> None:
            registry = self._registry
            self.ctx.tasks.run_task(
                lambda _task: registry.servers_store.remove(server.url),
                removed,
                lambda error: show_error(
                    self.ctx.dialogs, listing, self.tr("Could not remove the server"), error
                ),
            )

        self.ctx.dialogs.confirm(
            listing,
            self.tr("Remove server"),
            self.tr(
                "Remove the server {url} and its saved token from Keyfold? Keys "
                "registered with it stay listed."
            ).format(url=server.url),
            action=self.tr("Remove"),
            on_yes=remove_now,
            destructive=True,
        )

    # Shared -----------------------------------------------------------------

    def _reload(self, select: RegistrationRecord | None = None) -> None:
        """Reload the window's models, selecting `select` or keeping the selection."""
        page = self.page
        chosen = [select] if select is not None else page.selected_records()
        self.ctx.refresh(None)
        for record in chosen:
            page.select(record.server, record.client_id)
        if select is not None:
            self.ctx.show_page(page)
        self.update_actions()

    def _one_selected(self) -> RegistrationRecord | None:
        selected = self._page_records
        return selected[0] if len(selected) == 1 else None

    def _keys(self) -> list[KeyRecord]:
        return self.ctx.listed_keys()

    def _key(self, key_id: str) -> KeyRecord | None:
        return next((k for k in self._keys() if k.key_id == key_id), None)

    def _selected_key_id(self) -> str | None:
        record = self.ctx.current_key()
        return None if record is None else record.key_id


def _refresh_summary(outcome: RefreshOutcome) -> str:
    """The statuses are the server's own words, so they are shown untranslated."""
    parts = []
    if outcome.updated:
        counts: dict[str, int] = {}
        for record in outcome.updated:
            counts[record.status] = counts.get(record.status, 0) + 1
        states = ", ".join(f"{count} {status}" for status, count in sorted(counts.items()))
        updated = len(outcome.updated)
        parts.append(
            counted(
                updated,
                QCoreApplication.translate(
                    "RegistryCommands", "Checked {count} registration: {states}."
                ),
                QCoreApplication.translate(
                    "RegistryCommands", "Checked {count} registrations: {states}."
                ),
            ).format(count=updated, states=states)
        )
    if outcome.failures:
        failed = len(outcome.failures)
        parts.append(
            counted(
                failed,
                QCoreApplication.translate(
                    "RegistryCommands", "{count} registration could not be checked."
                ),
                QCoreApplication.translate(
                    "RegistryCommands", "{count} registrations could not be checked."
                ),
            ).format(count=failed)
        )
    return " ".join(parts)


def _save_server(
    store: ServerStore, original: ServerRecord | None, settings: ServerFormValues
) -> ServerRecord:
    """Save a server's settings (on a worker); editing the address replaces the old one."""
    record = store.save(
        settings.url,
        pinned_sha256=settings.pinned_sha256,
        allow_plain_http=settings.allow_plain_http,
        token=settings.token,
        clear_token=settings.clear_token,
    )
    # Editing the address saves a new server; the old one goes, token and all.
    if original is not None and original.saved and original.url != record.url:
        store.remove(original.url)
    return record
