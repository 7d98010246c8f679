"""Rotation commands: rotate (also in an emergency), resume, schedule, expire.

Every controller call that writes, or may be slow, runs through `TaskRunner`;
results come back to the GUI thread, where dialogs and models are updated. The
small vault reads that keep flags and details current run where the window's
own refresh reads the key list: on the GUI thread, right after it.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from keyfold.controller.audit import AuditService
from keyfold.controller.rotation import RotationService
from keyfold.core.audit import AuditKind
from keyfold.core.errors import KeyfoldError, WrongPassphraseError
from keyfold.core.keys import PublicKeyFormat
from keyfold.core.rotation import (
    RegistrationStep,
    RotationRecord,
    RotationState,
    RotationStatus,
)
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.dialogs.progress_task_dialog import alive
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.models.formatting import counted
from keyfold.gui.base.models.lifecycle import KeyLifecycle
from keyfold.gui.base.models.rotation_words import notice_text
from keyfold.gui.base.workers.tasks import TaskContext
from keyfold.gui.rotation.notice import NoticeItem, RotationNotice
from keyfold.gui.rotation.passphrase_dialog import PassphraseDialog
from keyfold.gui.rotation.policy_dialog import RotationPolicyDialog
from keyfold.gui.rotation.result_dialog import RotationResultDialog
from keyfold.gui.rotation.rotate_dialog import RotateDialog


class KeyView(Protocol):
    """What rotation needs from the key list and its details pane (the window gives it)."""

    def shown_key(self) -> KeyRecord | None:
        """The key the details pane shows."""

    def selected_version(self) -> int | None: ...

    def can_expire(self) -> bool: ...

    def set_lifecycle(self, lifecycle: KeyLifecycle) -> None: ...

    def set_rotation_enabled(self, enabled: bool) -> None:
        """The pane's own Rotate and Schedule buttons."""

    def show_rotation_states(self, statuses: Mapping[str, RotationStatus]) -> None:
        """The key list's Rotation column."""

    def active_registrations(self, key_id: str) -> int:
        """How many servers hold an active registration of the key."""


@dataclass(frozen=True)
class RotationOverview:
    """Every key's rotation verdict and the rotations left with servers to tell."""

    statuses: Mapping[str, RotationStatus]
    pending: tuple[RotationRecord, ...]


@dataclass(frozen=True)
class RotationReport:
    """What the result dialog shows: the rotation and all its server steps."""

    rotation: RotationRecord
    steps: tuple[RegistrationStep, ...]
    # Public key files exported before the rotation, still on disk: now out of date.
    stale_exports: tuple[tuple[Path, PublicKeyFormat], ...] = ()


def exported_files(audit: AuditService, key_id: str) -> tuple[tuple[Path, PublicKeyFormat], ...]:
    """Files the key's public half was saved to (latest format per file) that still exist."""
    found: dict[Path, PublicKeyFormat] = {}
    for entry in audit.list(kind=AuditKind.EXPORT, key_id=key_id):
        name, fmt = entry.details.get("file"), entry.details.get("format")
        if name and fmt in {f.value for f in PublicKeyFormat}:
            found[Path(name)] = PublicKeyFormat(fmt)
    return tuple((path, fmt) for path, fmt in found.items() if path.is_file())


class RotationCommands(QObject):
    """What the rotation actions, the details pane and the start-up notice do."""

    def __init__(self, ctx: FeatureContext, view: KeyView, notice: RotationNotice) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.view = view
        self.notice = notice
        self.actions: dict[str, QAction] = {}
        self.overview = RotationOverview({}, ())
        self._notice_active = False
        self._loaded = False
        self._result_dialog: RotationResultDialog | None = None

    @property
    def _rotation(self) -> RotationService:
        return self.ctx.controller.rotation

    # State ------------------------------------------------------------------

    def reload_states(self) -> None:
        """Re-read which keys are due (the vault changed); updates flags and notice."""
        try:
            overview = self._load_overview()
        except KeyfoldError as exc:
            self._report(exc)
            return
        self._overview_loaded(overview)

    def check_due_keys(self) -> None:
        """At start-up: list due keys and unfinished rotations in the notice bar."""
        self._notice_active = True
        if self._loaded:
            # The window's first refresh loaded the states already: show them.
            self._overview_loaded(self.overview)
        else:
            self.reload_states()

    def _load_overview(self) -> RotationOverview:
        # The keys the list shows, all in one go (one query per table).
        statuses = self._rotation.statuses(self._shown_records())
        pending = self._rotation.rotations(states=(RotationState.PENDING_REGISTRATIONS,))
        return RotationOverview(statuses, tuple(pending))

    def _overview_loaded(self, overview: RotationOverview) -> None:
        self.overview = overview
        self._loaded = True
        self.view.show_rotation_states(overview.statuses)
        if self._notice_active:
            self.notice.show_items(self._notice_items(overview))
        self.update_actions()

    def _notice_items(self, overview: RotationOverview) -> list[NoticeItem]:
        labels = {r.key_id: r.name or r.key_id for r in self._shown_records()}
        items = [
            NoticeItem(key_id, labels.get(key_id, key_id), notice_text(status))
            for key_id, status in sorted(
                overview.statuses.items(), key=lambda pair: (not pair[1].overdue, pair[0])
            )
            if status.due and key_id in labels
        ]
        pending_keys = sorted({record.key_id for record in overview.pending})
        items += [
            NoticeItem(
                key_id,
                labels.get(key_id, key_id),
                self.tr("some servers were not told about its new version"),
                pending=True,
            )
            for key_id in pending_keys
            if key_id in labels
        ]
        return items

    def load_lifecycle(self, record: object) -> None:
        """The details pane shows a key: add its usage per version and its schedule."""
        if not isinstance(record, KeyRecord):
            return
        key_id = record.key_id
        try:
            lifecycle = KeyLifecycle(
                key_id,
                self.ctx.controller.audit.usage(key_id),
                self._rotation.policy(key_id),
                self._rotation.status(key_id),
            )
        except KeyfoldError as exc:
            self._report(exc)
            return
        self.view.set_lifecycle(lifecycle)

    def update_actions(self) -> None:
        record = self._selected()
        for name in ("rotate_key", "rotation_policy"):
            self.actions[name].setEnabled(record is not None)
        self.actions["expire_version"].setEnabled(self.view.can_expire())
        pending = {r.key_id for r in self.overview.pending}
        self.actions["resume_rotation"].setEnabled(record is not None and record.key_id in pending)
        self.view.set_rotation_enabled(record is not None)

    # Rotating ---------------------------------------------------------------

    def rotate(self, key_id: str | None = None, *, emergency: bool = False) -> None:
        """Open the rotate dialog for `key_id` (default: the selected key)."""
        record = self._record(key_id)
        if record is None:
            return
        servers = self.view.active_registrations(record.key_id)
        dialog = RotateDialog(record, servers, emergency, self.ctx.window)
        dialog.submitted.connect(lambda: self._rotate_submitted(dialog))
        self.ctx.dialogs.open(dialog)

    def _rotate_submitted(self, dialog: RotateDialog) -> None:
        record = dialog.record
        label = record.name or record.key_id
        if not dialog.emergency:
            self._start_rotation(dialog)
            return
        dialog.set_busy(False)  # the confirmation takes over until answered

        def confirmed() -> None:
            dialog.set_busy(True)
            self._start_rotation(dialog)

        self.ctx.dialogs.confirm(
            dialog,
            self.tr("Emergency rotation"),
            self.tr(
                "Cancel every server registration of “{key}” now, then give it a new version? "
                "Servers refuse the old key at once, so anything still using it stops working "
                "until it gets the new one. Do this when the private key may have leaked."
            ).format(key=label),
            action=self.tr("Revoke and rotate"),
            on_yes=confirmed,
            destructive=True,
        )

    def _start_rotation(self, dialog: RotateDialog) -> None:
        record = dialog.record
        passphrase = dialog.passphrase()
        emergency = dialog.emergency
        rotation = self._rotation
        audit = self.ctx.controller.audit

        def work(_task: TaskContext) -> RotationReport:
            result = rotation.rotate(
                record.key_id,
                passphrase,
                emergency=emergency,
                expected_version=record.current.version,
            )
            steps = rotation.steps(result.rotation.rotation_id)
            return RotationReport(
                result.rotation, tuple(steps), exported_files(audit, record.key_id)
            )

        def done(report: RotationReport) -> None:
            dialog.succeed()
            self.ctx.refresh(record.key_id)
            self.ctx.notify(
                self.tr("Rotated {key}: version {version} is now current.").format(
                    key=record.key_id, version=report.rotation.to_version
                )
            )
            self._show_result(record, report)

        def failed(error: Exception) -> None:
            if alive(dialog):
                wrong = isinstance(error, WrongPassphraseError)
                dialog.fail(self._wrong_passphrase() if wrong else user_message(error))

        self.ctx.tasks.run_task(work, done, failed)

    def _show_result(self, record: KeyRecord, report: RotationReport) -> None:
        label = record.name or record.key_id
        dialog = RotationResultDialog(
            report.rotation, label, report.steps, self.ctx.window, stale=report.stale_exports
        )
        dialog.resume_requested.connect(lambda: self.resume(record.key_id, dialog))
        dialog.export_again_requested.connect(
            lambda: self._export_again(record.key_id, report.stale_exports, dialog)
        )
        self._result_dialog = dialog
        self.ctx.dialogs.open(dialog)

    def _export_again(
        self,
        key_id: str,
        files: tuple[tuple[Path, PublicKeyFormat], ...],
        dialog: RotationResultDialog,
    ) -> None:
        """Write the new version's public key over each out-of-date export."""
        keys = self.ctx.controller.keys

        def work(_task: TaskContext) -> int:
            for path, fmt in files:
                keys.export_public_to_file(key_id, fmt, path)
            return len(files)

        def done(count: int) -> None:
            if alive(dialog):
                dialog.exported_again()
            self.ctx.notify(
                counted(
                    count,
                    self.tr("Saved the new public key over %n old export.", "", count),
                    self.tr("Saved the new public key over %n old exports.", "", count),
                )
            )

        def failed(error: Exception) -> None:
            self.ctx.dialogs.error(self.ctx.window, self.tr("Could not save"), user_message(error))

        self.ctx.tasks.run_task(work, done, failed)

    # Resuming ---------------------------------------------------------------

    def resume(self, key_id: str | None = None, shown: RotationResultDialog | None = None) -> None:
        """Retry the server steps of `key_id`'s unfinished rotations."""
        record = self._record(key_id)
        if record is None:
            return
        if not record.protected:
            self._start_resume(record, None, None, shown)
            return
        dialog = PassphraseDialog(
            record,
            self.tr(
                "Telling the servers about the new version of “{key}” "
                "needs its passphrase: the old version signs the move."
            ).format(key=record.name or record.key_id),
            self.tr("Resume"),
            shown or self.ctx.window,
        )
        dialog.submitted.connect(
            lambda: self._start_resume(record, dialog.passphrase(), dialog, shown)
        )
        self.ctx.dialogs.open(dialog)

    def _start_resume(
        self,
        record: KeyRecord,
        passphrase: str | None,
        dialog: PassphraseDialog | None,
        shown: RotationResultDialog | None,
    ) -> None:
        key_id = record.key_id
        rotation = self._rotation

        def work(_task: TaskContext) -> list[RotationReport]:
            results = rotation.resume(key_id, passphrase)
            return [
                RotationReport(r.rotation, tuple(rotation.steps(r.rotation.rotation_id)))
                for r in results
            ]

        def done(reports: list[RotationReport]) -> None:
            if dialog is not None:
                dialog.succeed()
            if shown is not None and alive(shown):
                shown.set_busy(False)
            self.ctx.refresh(key_id)
            if not reports:
                self.ctx.notify(self.tr("Nothing was left to finish for {key}.").format(key=key_id))
                return
            last = reports[-1]
            left = last.rotation.state is RotationState.PENDING_REGISTRATIONS
            text = (
                self.tr("Some servers still could not be told about {key}'s new version.")
                if left
                else self.tr("Every server now knows {key}'s new version.")
            )
            self.ctx.notify(text.format(key=key_id))
            if shown is not None and alive(shown):
                shown.show_rotation(last.rotation, last.steps)
            else:
                self._show_result(record, last)

        def failed(error: Exception) -> None:
            if shown is not None and alive(shown):
                shown.set_busy(False)
            wrong = isinstance(error, WrongPassphraseError)
            message = self._wrong_passphrase() if wrong else user_message(error)
            if dialog is not None and alive(dialog):
                dialog.fail(message)
            else:
                self.ctx.dialogs.error(
                    self.ctx.window, self.tr("Could not finish the rotation"), message
                )

        if shown is not None:
            shown.set_busy(True)
        self.ctx.tasks.run_task(work, done, failed)

    # Schedule and versions --------------------------------------------------

    def edit_policy(self, key_id: str | None = None) -> None:
        record = self._record(key_id)
        if record is None:
            return
        rotation = self._rotation
        dialog = RotationPolicyDialog(record, rotation.policy(record.key_id), self.ctx.window)

        def done(_result: None) -> None:
            dialog.succeed()
            self.ctx.refresh(record.key_id)
            self.ctx.notify(
                self.tr("Saved the rotation schedule of {key}.").format(key=record.key_id)
            )

        def start() -> None:
            policy = dialog.policy()  # read here, on the GUI thread
            self.ctx.tasks.run_task(
                lambda _task: rotation.set_policy(record.key_id, policy),
                done,
                lambda error: dialog.fail(user_message(error)),
            )

        dialog.submitted.connect(start)
        self.ctx.dialogs.open(dialog)

    def expire(self, version: int | None = None) -> None:
        """Expire an old version chosen in the details pane, after asking."""
        record = self.view.shown_key()
        version = version if version is not None else self.view.selected_version()
        if record is None or version is None or not self.view.can_expire():
            return
        key_id = record.key_id
        label = record.name or key_id

        def expired(_result: KeyRecord) -> None:
            self.ctx.refresh(key_id)
            self.ctx.notify(
                self.tr("Expired version {version} of {key}.").format(version=version, key=key_id)
            )

        rotation = self._rotation

        def expire_now() -> None:
            self.ctx.tasks.run_task(
                lambda _task: rotation.expire(key_id, version),
                expired,
                lambda error: self.ctx.dialogs.error(
                    self.ctx.window, self.tr("Could not expire the version"), user_message(error)
                ),
            )

        self.ctx.dialogs.confirm(
            self.ctx.window,
            self.tr("Expire old version"),
            self.tr(
                "Expire version {version} of “{key}”? It stays in the vault and in backups for "
                "the record, but is marked as retired and no longer in use. This cannot be undone."
            ).format(version=version, key=label),
            action=self.tr("Expire version"),
            on_yes=expire_now,
            destructive=True,
        )

    # Helpers ----------------------------------------------------------------

    def _wrong_passphrase(self) -> str:
        return self.tr("That passphrase is not right. Try again.")

    def _shown_records(self) -> list[KeyRecord]:
        return self.ctx.listed_keys()

    def _selected(self) -> KeyRecord | None:
        return self.ctx.current_key()

    def _record(self, key_id: str | None) -> KeyRecord | None:
        if key_id is None:
            return self._selected()
        for record in self._shown_records():
            if record.key_id == key_id:
                return record
        return None

    def _report(self, error: Exception) -> None:
        self.ctx.notify(user_message(error))
