"""The backup wizard: choose keys, unlock, passphrase, destination, write and check."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWizard, QWizardPage

from keyfold.core.backup import BackupInfo
from keyfold.core.errors import OperationCancelledError
from keyfold.core.vault.records import BackupRecord, KeyRecord
from keyfold.gui.backups import backup_flow as flow
from keyfold.gui.backups.backup_pages import (
    BackupPassphrasePage,
    ChooseKeysPage,
    DestinationPage,
    UnlockKeysPage,
)
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.dialogs.keyboard import KeyfoldWizard
from keyfold.gui.base.icons import app_icon
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.naming import named
from keyfold.gui.base.workers.tasks import TaskContext, TaskHandle

BackupResult = tuple[list[BackupRecord], list[list[BackupInfo]]]


class RunBackupPage(QWizardPage):
    """Writes the backup in a worker, then opens each file again to prove it works."""

    def __init__(self, wizard: "BackupWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Backing up"))
        self.progress = named(QProgressBar(), "backupProgress")
        self.progress.setRange(0, 100)
        self.status = named(QLabel(wordWrap=True), "backupStatus")
        self.stop_button = named(QPushButton(self.tr("Stop")), "stopButton")
        self.stop_button.setAccessibleName(self.tr("Stop the backup"))
        self.stop_button.clicked.connect(wizard.cancel_task)
        self.summary = named(QLabel(wordWrap=True), "backupSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.finished = False
        self.succeeded = False

    def initializePage(self) -> None:
        self.finished = self.succeeded = False
        self.summary.clear()
        self.progress.setValue(0)
        self.status.setText(self.tr("Encrypting the keys with your passphrase…"))
        self.stop_button.setVisible(True)
        self._wizard.start_backup(self._progress, self._done, self._failed)

    def isComplete(self) -> bool:
        return self.finished

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))
        if done >= 50:
            self.status.setText(self.tr("Checking that the backup opens again…"))

    def _done(self, result: BackupResult) -> None:
        records, checked = result
        self.finished = self.succeeded = True
        self.progress.setValue(100)
        self.stop_button.setVisible(False)
        self.setTitle(self.tr("Backup done"))
        self.status.setText(
            self.tr("Your keys are backed up, and the backup opens with your passphrase.")
        )
        self.summary.setText("\n".join(flow.summary_lines(records, checked)))
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.finished = True
        self.stop_button.setVisible(False)
        self.setTitle(self.tr("Backup not made"))
        if isinstance(error, OperationCancelledError):
            self.status.setText(self.tr("You stopped the backup; no file was written."))
        else:
            self.status.setText(user_message(error))
        self.completeChanged.emit()


class BackupWizard(KeyfoldWizard):
    def __init__(
        self,
        ctx: FeatureContext,
        unlock_key: Callable[[KeyRecord, Callable[[], None]], None],
        selected: Sequence[str] = (),
    ) -> None:
        super().__init__(ctx.window)
        self.setObjectName("backupWizard")
        self.setWindowTitle(self.tr("Back up keys"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.ctx = ctx
        self._unlock = unlock_key
        self.records = ctx.controller.keys.list()
        self.plan = flow.BackupPlan(key_ids=flow.initial_selection(self.records, selected))
        self.task: TaskHandle | None = None
        self.written: list[BackupRecord] = []
        # Set when the wizard closes: a late worker result must not touch its pages.
        self.closed = False
        self.keys_page = ChooseKeysPage(self)
        self.unlock_page = UnlockKeysPage(self)
        self.passphrase_page = BackupPassphrasePage(self)
        self.destination_page = DestinationPage(self)
        self.run_page = RunBackupPage(self)
        for step, page in (
            (flow.Step.KEYS, self.keys_page),
            (flow.Step.UNLOCK, self.unlock_page),
            (flow.Step.PASSPHRASE, self.passphrase_page),
            (flow.Step.DESTINATION, self.destination_page),
            (flow.Step.RUN, self.run_page),
        ):
            self.setPage(int(step), page)
        self.setStartId(int(flow.Step.KEYS))
        self.resize(640, 520)

    def nextId(self) -> int:
        following = flow.next_step(flow.Step(self.currentId()), self.plan)
        return -1 if following is None else int(following)

    def update_locked(self) -> None:
        unlocked = self.ctx.controller.unlock.unlocked_key_ids()
        by_id = {r.key_id: r for r in self.records}
        self.plan.locked = {
            key_id
            for key_id in self.plan.key_ids
            if key_id in by_id and by_id[key_id].protected and key_id not in unlocked
        }

    def unlock_key(self, key_id: str, then: Callable[[], None]) -> None:
        record = next(r for r in self.records if r.key_id == key_id)
        self._unlock(record, then)

    def start_backup(
        self,
        on_progress: Callable[[int, int], None],
        on_done: Callable[[BackupResult], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        plan = self.plan
        destination = plan.destination
        assert destination is not None
        backups = self.ctx.controller.backups

        def work(task: TaskContext) -> BackupResult:
            # create reads every file back with the passphrase: that is the check,
            # and the second half of its progress.
            created = backups.create_checked(
                plan.key_ids,
                plan.passphrase,
                destination,
                preset=plan.preset,
                bundle=plan.bundle,
                progress=task.progress,
                cancel=task.cancel_token,
            )
            return created.records, created.opened

        def done(result: BackupResult) -> None:
            self.task = None
            if self.closed:
                return
            self.written = result[0]
            if self.written:
                # The folder as the user chose it: a record's path is stored escaped.
                folder = destination.parent if plan.bundle else destination
                self.ctx.settings.last_backup_folder = folder
            self.ctx.refresh(None)
            on_done(result)

        def failed(error: Exception) -> None:
            self.task = None
            if not self.closed:
                on_error(error)

        self.task = self.ctx.tasks.run_task(work, done, failed, on_progress)

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def done(self, result: int) -> None:
        self.cancel_task()
        self.closed = True
        super().done(result)
