"""The restore wizard: files, conflicts, passphrase (restoring in a worker), summary."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from keyfold.controller.backups import ConflictPolicy, RestoreOutcome
from keyfold.core.errors import KeyfoldError, WrongPassphraseError
from keyfold.gui.backups import restore_flow as flow
from keyfold.gui.backups.restore_pages import ChooseFilesPage, ConflictsPage
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.icons import app_icon
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color
from keyfold.gui.base.widgets.passphrase_fields import PassphraseFields
from keyfold.gui.base.workers.tasks import TaskContext

RestoreResults = list[tuple[Path, list[RestoreOutcome]]]


class RestorePassphrasePage(QWizardPage):
    """Asks for the backup passphrase; Next restores in a worker, then moves on."""

    def __init__(self, wizard: "RestoreWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Type the backup's passphrase"))
        self.setSubTitle(self.tr("The passphrase you chose when you made the backup."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Restore"))
        self.passphrase_edit = named(
            QLineEdit(echoMode=QLineEdit.EchoMode.Password), "backupPassphraseEdit"
        )
        self.passphrase_edit.setAccessibleName(self.tr("Backup passphrase"))
        self.new_check = named(
            QCheckBox(self.tr("Protect the restored keys with a different passphrase")),
            "newPassCheck",
        )
        self.new_fields = PassphraseFields(label=self.tr("New passphrase"))
        self.new_fields.setVisible(False)
        self.progress = named(QProgressBar(), "restoreProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.error = named(QLabel(wordWrap=True), "pageError")
        self.error.setStyleSheet(f"color: {error_color(self.palette())};")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.new_check)
        layout.addWidget(self.new_fields)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.new_check.toggled.connect(self.new_fields.setVisible)
        self.passphrase_edit.textChanged.connect(self.completeChanged)
        self.finished = False
        self.running = False

    def initializePage(self) -> None:
        self.finished = False
        self.error.clear()

    def isComplete(self) -> bool:
        return bool(self.passphrase_edit.text()) and not self.running

    def validatePage(self) -> bool:
        if self.finished:
            return True
        if self.running:
            return False
        new_passphrase = None
        if self.new_check.isChecked():
            problem = self.new_fields.problem()
            if problem is not None:
                self.error.setText(problem)
                return False
            new_passphrase = self.new_fields.passphrase()
        self.error.clear()
        self._set_running(True)
        self._wizard.start_restore(self.passphrase_edit.text(), new_passphrase, self)
        return False

    def restored(self) -> None:
        self._set_running(False)
        self.finished = True
        # Not from inside validatePage (a synchronous pool reports at once).
        QTimer.singleShot(0, self._wizard.next)

    def failed(self, error: Exception) -> None:
        self._set_running(False)
        self.error.setText(user_message(error))
        if isinstance(error, WrongPassphraseError):
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.passphrase_edit.setEnabled(not running)
        self.new_check.setEnabled(not running)
        self.new_fields.setEnabled(not running)
        self.completeChanged.emit()


class RestoreSummaryPage(QWizardPage):
    def __init__(self, wizard: "RestoreWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Restore finished"))
        self.text = named(QLabel(wordWrap=True), "restoreSummary")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        lines = flow.summary_lines(self._wizard.results)
        self.text.setText("\n".join(lines) or self.tr("Nothing was restored."))


class RestoreWizard(QWizard):
    def __init__(self, ctx: FeatureContext, paths: Sequence[Path] = ()) -> None:
        super().__init__(ctx.window)
        self.setObjectName("restoreWizard")
        self.setWindowTitle(self.tr("Restore keys from a backup"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.ctx = ctx
        self.files: list[flow.InspectedFile] = []
        # (file, key id in it) -> what to do when the vault has that key already.
        self.policies: dict[tuple[Path, str], ConflictPolicy] = {}
        self.results: RestoreResults = []
        self.closed = False
        self.existing = {r.key_id for r in ctx.controller.keys.list()}
        self.files_page = ChooseFilesPage(self)
        self.conflicts_page = ConflictsPage(self)
        self.passphrase_page = RestorePassphrasePage(self)
        self.summary_page = RestoreSummaryPage(self)
        for step, page in (
            (flow.Step.FILES, self.files_page),
            (flow.Step.CONFLICTS, self.conflicts_page),
            (flow.Step.PASSPHRASE, self.passphrase_page),
            (flow.Step.SUMMARY, self.summary_page),
        ):
            self.setPage(int(step), page)
        self.setStartId(int(flow.Step.FILES))
        self.resize(700, 560)
        if paths:
            self.files_page.add_files(list(paths))

    def nextId(self) -> int:
        has_conflicts = bool(flow.files_with_conflicts(self.files, self.existing))
        following = flow.next_step(flow.Step(self.currentId()), has_conflicts)
        return -1 if following is None else int(following)

    def add_files(self, paths: Sequence[Path]) -> None:
        """Inspect each file (fast: no passphrase, no key derivation) and list it."""
        inspected = []
        for path in paths:
            try:
                infos = tuple(self.ctx.controller.backups.inspect(path))
                inspected.append(flow.InspectedFile(path, infos))
            except KeyfoldError as exc:
                inspected.append(flow.InspectedFile(path, (), str(exc)))
        self.files = flow.merge_files(self.files, inspected)

    def start_restore(
        self, passphrase: str, new_passphrase: str | None, page: RestorePassphrasePage
    ) -> None:
        files = flow.usable_files(self.files)
        policies = dict(self.policies)
        backups = self.ctx.controller.backups
        # Translated here, on the GUI thread; the worker only fills in the file name.
        wrong_passphrase = self.tr("The passphrase does not open {file}; check it and try again.")

        def work(task: TaskContext) -> RestoreResults:
            # Open every file first, so a wrong passphrase for one restores nothing.
            for done, file in enumerate(files):
                task.cancel_token.check()
                try:
                    backups.verify(file.path, passphrase)
                except WrongPassphraseError as exc:
                    raise WrongPassphraseError(
                        wrong_passphrase.format(file=file.path.name)
                    ) from exc
                task.progress(done + 1, 2 * len(files))
            results = []
            for done, file in enumerate(files, start=len(files) + 1):
                outcomes = backups.restore(
                    file.path,
                    passphrase,
                    on_conflict=ConflictPolicy.SKIP,
                    policies=flow.policies_for(file.path, policies),
                    new_passphrase=new_passphrase,
                    cancel=task.cancel_token,
                )
                results.append((file.path, outcomes))
                task.progress(done, 2 * len(files))
            return results

        def done(results: RestoreResults) -> None:
            self.results = results
            self.ctx.refresh(None)
            if not self.closed:
                page.restored()

        def failed(error: Exception) -> None:
            if not self.closed:
                page.failed(error)

        self.ctx.tasks.run_task(work, done, failed, page.show_progress)

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)
