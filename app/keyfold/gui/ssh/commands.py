"""What the SSH menu, drops and agent questions do in the window; slow work runs in workers."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QSystemTrayIcon, QWidget

from keyfold.controller.git_setup import GitSetupPlan
from keyfold.controller.ssh_agent import SignPrompt
from keyfold.controller.ssh_keys import SshVerification
from keyfold.core.errors import KeyfoldError
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.workers.tasks import TaskContext
from keyfold.gui.ssh.agent_host import AgentHost
from keyfold.gui.ssh.drops import pairs
from keyfold.gui.ssh.git_dialog import GitSetupDialog
from keyfold.gui.ssh.prompt_dialogs import SshConfirmDialog, SshUnlockDialog
from keyfold.gui.ssh.settings import SshSettings
from keyfold.gui.ssh.settings_dialog import SshAgentDialog
from keyfold.gui.ssh.sign_dialog import SshSignDialog
from keyfold.gui.ssh.tray import SshTray


class SshCommands(QObject):
    """The agent's host, its settings and questions, git setup, and `.sig` files."""

    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.settings = SshSettings(ctx.settings)
        self.host = AgentHost(ctx.controller, self)
        self.host.confirm_each_use = self.settings.confirm_each_use
        # Queued: the agent emits on its own threads; dialogs open on the GUI thread.
        queued = Qt.ConnectionType.QueuedConnection
        self.host.passphrase_wanted.connect(self._ask_passphrase, queued)
        self.host.confirmation_wanted.connect(self._ask_confirmation, queued)
        self.host.key_unlocked.connect(self._key_unlocked, queued)
        self.host.running_changed.connect(self._running_changed)
        self.actions: dict[str, QAction] = {}
        self.tray: SshTray | None = None
        self.quitting = False

    # The agent ---------------------------------------------------------------

    def start_if_wanted(self) -> None:
        if self.settings.serve:
            self._start(self.settings.socket_path)

    def stop(self) -> None:
        self.host.stop()

    def agent_settings(self) -> SshAgentDialog:
        controller = self.ctx.controller
        dialog = SshAgentDialog(
            serve=self.settings.serve,
            socket_path=self.settings.socket_path,
            confirm_each_use=self.settings.confirm_each_use,
            records=controller.keys.list(),
            ssh_key_ids=controller.ssh.ssh_key_ids(),
            status=self._status(),
            on_copy=self.ctx.copy_text,
            parent=self.ctx.window,
        )
        self.ctx.dialogs.open(dialog, lambda: self._apply(dialog))
        return dialog

    def _apply(self, dialog: SshAgentDialog) -> None:
        chosen = set(dialog.chosen_key_ids())
        before = set(self.ctx.controller.ssh.ssh_key_ids())
        changes = [(key_id, key_id in chosen) for key_id in sorted(chosen ^ before)]
        serve = dialog.serve_check.isChecked()
        path = dialog.socket_path()
        self.settings.serve = serve
        self.settings.socket_path = path
        self.settings.confirm_each_use = dialog.confirm_check.isChecked()
        self.host.confirm_each_use = self.settings.confirm_each_use
        ssh = self.ctx.controller.ssh

        def work(_task: TaskContext) -> None:
            for key_id, enabled in changes:
                ssh.set_use_for_ssh(key_id, enabled)

        def done(_result: None) -> None:
            self.selection_changed()
            if not serve:
                self.host.stop()
                self.ctx.notify(self.tr("Keyfold no longer serves keys to SSH."))
            elif self._start(path):
                self.ctx.notify(self._status())

        self.ctx.tasks.run_task(work, done, self._failed)

    def _start(self, path: Path) -> bool:
        if self.host.running and self.host.path == path.absolute():
            return True
        try:
            self.host.start(path)
        except KeyfoldError as exc:
            self.ctx.dialogs.error(
                self.ctx.window, self.tr("The SSH agent did not start"), str(exc)
            )
            return False
        return True

    def _status(self) -> str:
        if not self.host.running:
            return self.tr("Keyfold is not serving keys to SSH now.")
        count = len(self.ctx.controller.ssh.ssh_key_ids())
        # Singular and plural sources, both numerus, as the main window's counts.
        text = (
            self.tr("Serving %n key to SSH on {socket}.", "", count)
            if count == 1
            else self.tr("Serving %n keys to SSH on {socket}.", "", count)
        )
        return text.format(socket=self.host.path)

    def _running_changed(self, running: bool) -> None:
        if self.tray is not None:
            self.tray.setVisible(running)
            self.tray.set_serving(str(self.host.path) if running else None)
        # With the agent in the tray, closing the window must not end the app.
        QGuiApplication.setQuitOnLastWindowClosed(not (running and self.tray is not None))

    def keep_running(self) -> bool:
        """Closing the window hides it while the agent serves from the tray."""
        return self.host.running and self.tray is not None and not self.quitting

    def install_tray(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = SshTray(self._show_window, self.quit, self.ctx.window)

    def quit(self) -> None:
        self.quitting = True
        self.ctx.window.close()
        self.host.stop()
        app = QApplication.instance()
        if app is not None and self.tray is not None:
            app.quit()

    def _show_window(self) -> None:
        self.ctx.window.show()
        self.ctx.window.raise_()
        self.ctx.window.activateWindow()

    # The agent's questions (on the GUI thread) ------------------------------

    def _ask_passphrase(self, request_id: int, prompt: SignPrompt, error: str) -> None:
        dialog = SshUnlockDialog(prompt, error, self._dialog_parent())

        def submitted() -> None:
            self.host.answer(request_id, dialog.passphrase())
            dialog.succeed()

        dialog.submitted.connect(submitted)
        dialog.rejected.connect(lambda: self.host.answer(request_id, None))
        self._show(dialog)

    def _ask_confirmation(self, request_id: int, prompt: SignPrompt) -> None:
        dialog = SshConfirmDialog(prompt, self._dialog_parent())
        dialog.accepted.connect(lambda: self.host.answer(request_id, True))
        dialog.rejected.connect(lambda: self.host.answer(request_id, False))
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        self.ctx.dialogs.open(dialog)
        if dialog.parent() is None:
            # Asked from the tray: bring the question to the front on its own.
            dialog.raise_()
            dialog.activateWindow()

    def _dialog_parent(self) -> QWidget | None:
        # From the tray the window is hidden: the question stands on its own then.
        return self.ctx.window if self.ctx.window.isVisible() else None

    def _key_unlocked(self, key_id: str) -> None:
        self.ctx.refresh(None)
        self.ctx.notify(self.tr("Unlocked {key_id} for SSH.").format(key_id=key_id))

    # Use for SSH --------------------------------------------------------------

    def toggle_use_for_ssh(self, checked: bool) -> None:
        record = self.ctx.current_key()
        if record is None:
            return
        key_id, ssh = record.key_id, self.ctx.controller.ssh

        def work(_task: TaskContext) -> None:
            ssh.set_use_for_ssh(key_id, checked)

        def done(_result: None) -> None:
            message = (
                self.tr("{key_id} is used for SSH now.")
                if checked
                else self.tr("{key_id} is no longer used for SSH.")
            )
            self.ctx.notify(message.format(key_id=key_id))
            self.selection_changed()

        self.ctx.tasks.run_task(work, done, self._failed)

    def selection_changed(self) -> None:
        record = self.ctx.current_key()
        use = self.actions.get("use_for_ssh")
        if use is not None:
            use.setEnabled(record is not None)
            use.blockSignals(True)
            use.setChecked(record is not None and self.ctx.controller.ssh.uses_ssh(record.key_id))
            use.blockSignals(False)
        git = self.actions.get("git_setup")
        if git is not None:
            git.setEnabled(record is not None)

    # git ------------------------------------------------------------------------

    def git_setup(self) -> GitSetupDialog | None:
        record = self.ctx.current_key()
        if record is None:
            return None
        setups = self.ctx.controller.git.setups(record.key_id)
        stale = any(setup.version != record.current.version for setup in setups)
        dialog = GitSetupDialog(record, needs_update=stale, parent=self.ctx.window)
        if setups:
            dialog.email_edit.setText(setups[0].email)
        dialog.browse_button.clicked.connect(lambda: self._browse_repo(dialog))
        dialog.submitted.connect(lambda: self._plan_git(dialog))
        dialog.update_button.clicked.connect(lambda: self._follow_rotation(dialog, record))
        self.ctx.dialogs.open(dialog)
        return dialog

    def _browse_repo(self, dialog: GitSetupDialog) -> None:
        folder = self.ctx.dialogs.choose_folder(dialog, self.tr("Choose the repository"))
        if folder is not None:
            dialog.repo_edit.setText(str(folder))

    def _plan_git(self, dialog: GitSetupDialog) -> None:
        key_id, email, repo, is_global = (
            dialog.record.key_id,
            dialog.email(),
            dialog.repo(),
            dialog.is_global(),
        )
        git = self.ctx.controller.git

        def work(_task: TaskContext) -> list[GitSetupPlan]:
            return [git.plan(key_id, email=email, repo=repo, global_=is_global)]

        self.ctx.tasks.run_task(
            work,
            lambda plans: self._confirm_git(dialog, plans),
            lambda e: dialog.fail(user_message(e)),
        )

    def _follow_rotation(self, dialog: GitSetupDialog, record: KeyRecord) -> None:
        dialog.set_busy(True)
        key_id, git = record.key_id, self.ctx.controller.git

        def work(_task: TaskContext) -> list[GitSetupPlan]:
            return git.follow_rotation(key_id)

        self.ctx.tasks.run_task(
            work,
            lambda plans: self._confirm_git(dialog, plans),
            lambda e: dialog.fail(user_message(e)),
        )

    def _confirm_git(self, dialog: GitSetupDialog, plans: Sequence[GitSetupPlan]) -> None:
        dialog.set_busy(False)
        if not any(plan.changes_anything for plan in plans):
            dialog.succeed()
            self.ctx.notify(self.tr("git signs with this key already; nothing changed."))
            return
        lines = [line for plan in plans for line in plan.describe()]
        git = self.ctx.controller.git

        def apply() -> None:
            dialog.set_busy(True)

            def work(_task: TaskContext) -> None:
                for plan in plans:
                    git.apply(plan)

            def done(_result: None) -> None:
                dialog.succeed()
                self.ctx.notify(self.tr("git now signs your commits and tags with this key."))

            self.ctx.tasks.run_task(work, done, lambda e: dialog.fail(user_message(e)))

        self.ctx.dialogs.confirm(
            dialog,
            self.tr("Change these git settings?"),
            self.tr("Keyfold will make these changes and nothing else:")
            + "\n\n"
            + "\n".join(lines),
            action=self.tr("Make the changes"),
            on_yes=apply,
        )

    # SSH signature files --------------------------------------------------------

    def sign_ssh(self, paths: Sequence[Path]) -> SshSignDialog | None:
        files = [path for path in paths if path.is_file()]
        if not files:
            self.ctx.notify(self.tr("SSH signatures are made of files, not folders."))
            return None
        records = self.ctx.controller.keys.list()
        selected = self.ctx.current_key()
        dialog = SshSignDialog(
            files, records, None if selected is None else selected.key_id, self.ctx.window
        )
        dialog.submitted.connect(lambda: self._sign_submitted(dialog))
        self.ctx.dialogs.open(dialog)
        return dialog

    def _sign_submitted(self, dialog: SshSignDialog) -> None:
        key_id = dialog.key_choice.key_id()
        record = next((r for r in self.ctx.controller.keys.list() if r.key_id == key_id), None)
        if record is None:
            dialog.fail(self.tr("Choose a key."))
            return
        if record.protected and not self.ctx.controller.keys.is_unlocked(record.key_id):
            dialog.set_busy(False)
            self.ctx.unlock(
                record,
                lambda: self._sign_files(dialog, record.key_id),
                reason=self.tr("SSH signatures need this key's private half."),
                parent=dialog,
            )
            return
        self._sign_files(dialog, record.key_id)

    def _sign_files(self, dialog: SshSignDialog, key_id: str) -> None:
        paths, ssh = list(dialog.paths), self.ctx.controller.ssh
        existing = [p.with_name(p.name + ".sig") for p in paths]
        existing = [p for p in existing if p.exists()]

        def go() -> None:
            dialog.set_busy(True)

            def work(task: TaskContext) -> list[Path]:
                return [
                    ssh.sign_file(key_id, path, overwrite=True, cancel=task.cancel_token)
                    for path in paths
                ]

            def done(written: list[Path]) -> None:
                dialog.succeed()
                count = len(written)
                text = (
                    self.tr("Wrote the SSH signature {file}.")
                    if count == 1
                    else self.tr("Wrote %n SSH signatures, such as {file}.", "", count)
                )
                self.ctx.notify(text.format(file=written[0].name))

            self.ctx.tasks.run_task(work, done, lambda e: dialog.fail(user_message(e)))

        if existing:
            self.ctx.dialogs.confirm(
                dialog,
                self.tr("Replace signatures?"),
                self.tr("{file} exists already. Replace it with a new signature?").format(
                    file=existing[0].name
                ),
                action=self.tr("Replace"),
                on_yes=go,
            )
        else:
            go()

    def verify_ssh(self, paths: Sequence[Path]) -> None:
        found, ssh = pairs(paths), self.ctx.controller.ssh

        def work(task: TaskContext) -> list[SshVerification]:
            return [
                ssh.verify_file(file, signature, cancel=task.cancel_token)
                for file, signature in found
            ]

        def done(results: list[SshVerification]) -> None:
            lines = [("✓ " if r.valid else "✗ ") + f"{r.path.name}: {r.reason}" for r in results]
            title = self.tr("SSH signatures")
            if all(r.valid for r in results):
                self.ctx.dialogs.inform(self.ctx.window, title, "\n".join(lines))
            else:
                self.ctx.dialogs.error(self.ctx.window, title, "\n".join(lines))

        self.ctx.tasks.run_task(work, done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.ctx.dialogs.error(self.ctx.window, self.tr("SSH"), user_message(error))
