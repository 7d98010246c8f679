"""Derived-password commands: make a key's password for a service, and copy it."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.dialogs.progress_task_dialog import alive
from keyfold.gui.base.messages import user_message
from keyfold.gui.passwords.password_dialog import DerivedPasswordDialog


class PasswordCommands(QObject):
    """What "Password for a service…" does; deriving runs in a worker.

    Its texts keep the "RotationCommands" translation context they were translated in.
    """

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.actions: dict[str, QAction] = {}

    def update_actions(self) -> None:
        self.actions["derive_password"].setEnabled(self.ctx.current_key() is not None)

    def derive_password(self, key_id: str | None = None) -> None:
        record = self._record(key_id)
        if record is None:
            return
        passwords = self.ctx.controller.passwords
        saved = {found.service: found.policy for found in passwords.services(record.key_id)}
        dialog = DerivedPasswordDialog(record, saved, self.ctx.window)
        dialog.submitted.connect(lambda: self._derive_submitted(dialog))
        dialog.copy_button.clicked.connect(lambda: self._copy_password(dialog))
        self.ctx.dialogs.open(dialog)

    def _derive_submitted(self, dialog: DerivedPasswordDialog) -> None:
        record = dialog.record
        request = dialog.request()
        passwords = self.ctx.controller.passwords

        def derive() -> None:
            dialog.set_busy(True)
            self.ctx.tasks.run_task(
                lambda _task: passwords.derive(record.key_id, request.service, request.policy),
                lambda password: dialog.show_password(password) if alive(dialog) else None,
                lambda error: dialog.fail(user_message(error)) if alive(dialog) else None,
            )

        self._when_unlocked(
            record,
            dialog,
            derive,
            QCoreApplication.translate(
                "RotationCommands", "Making a password needs this key's private half."
            ),
        )

    def _copy_password(self, dialog: DerivedPasswordDialog) -> None:
        password = dialog.password()
        if password:
            what = QCoreApplication.translate("RotationCommands", "Password")
            self.ctx.copy_text(what, password, secret=True)
            dialog.set_copied(self.ctx.clipboard.clear_after_ms // 1000)

    def _when_unlocked(
        self,
        record: KeyRecord,
        dialog: DerivedPasswordDialog,
        then: Callable[[], None],
        reason: str,
    ) -> None:
        cached = self.ctx.controller.unlock.get(record.key_id, record.current.version)
        if not record.protected or cached is not None:
            then()
            return
        dialog.set_busy(False)  # the unlock dialog takes over until it closes
        self.ctx.unlock(record, then, reason=reason, parent=dialog)

    def _record(self, key_id: str | None) -> KeyRecord | None:
        if key_id is None:
            return self.ctx.current_key()
        return next((r for r in self.ctx.listed_keys() if r.key_id == key_id), None)
