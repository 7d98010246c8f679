"""The restore wizard: files, conflicts, passphrase (restoring in a worker), summary."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from keyfold.controller.backups import ConflictPolicy, RestoreOutcome
from keyfold.core.errors import KeyfoldError, WrongPassphraseError
from keyfold.gui.backups import restore_flow as flow
from keyfold.gui.backups.restore_pages import ChooseFilesPage, ConflictsPage
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.dialogs.keyboard import KeyfoldWizard
from keyfold.gui.base.icons import app_icon
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color
from keyfold.gui.base.widgets.passphrase_fields import PassphraseFields
from keyfold.gui.base.workers.tasks import TaskContext, TaskHandle

RestoreResults = list[tuple[Path, list[RestoreOutcome]]]


class RestorePassphrasePage(QWizardPage):
    """Asks for the backup's passphrase and which passphrase protects the restored keys;
    Next restores in a worker, then moves on."""

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
        # Which passphrase protects the keys once restored: asked, never assumed.
        self.keep_label = QLabel(self.tr("Protect the restored keys with:"), wordWrap=True)
        self.backup_radio = named(
            QRadioButton(self.tr("The backup's passphrase, typed above")), "backupPassRadio"
        )
        self.previous_radio = named(
            QRadioButton(self.tr("The passphrase the key has in this vault now")),
            "previousPassRadio",
        )
        self.previous_edit = named(
            QLineEdit(echoMode=QLineEdit.EchoMode.Password), "previousPassphraseEdit"
        )
        self.previous_edit.setAccessibleName(self.tr("The key's current passphrase"))
        self.previous_edit.setPlaceholderText(self.tr("Its passphrase in this vault"))
        self.new_radio = named(QRadioButton(self.tr("A new passphrase")), "newPassRadio")
        self.choice = QButtonGroup(self)
        for radio in (self.backup_radio, self.previous_radio, self.new_radio):
            self.choice.addButton(radio)
        self.backup_radio.setChecked(True)
        self.new_fields = PassphraseFields(label=self.tr("New passphrase"))
        self.progress = named(QProgressBar(), "restoreProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.error = named(QLabel(wordWrap=True), "pageError")
        self.error.setStyleSheet(f"color: {error_color(self.palette())};")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keep_label)
        layout.addWidget(self.backup_radio)
        layout.addWidget(self.previous_radio)
        layout.addLayout(_indented(self.previous_edit))
        layout.addWidget(self.new_radio)
        layout.addLayout(_indented(self.new_fields))
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.choice.buttonToggled.connect(lambda *_: self._show_choice())
        self.passphrase_edit.textChanged.connect(self.completeChanged)
        self.previous_edit.textChanged.connect(self.completeChanged)
        # An error is about what was typed: it goes once the user types again.
        for edit in (self.passphrase_edit, self.previous_edit):
            edit.textChanged.connect(self.error.clear)
        self.finished = False
        self.running = False
        self._show_choice()

    def initializePage(self) -> None:
        self.finished = False
        self.error.clear()
        replaced = self._wizard.replaced_ids()
        self.previous_radio.setVisible(bool(replaced))
        if not replaced and self.previous_radio.isChecked():
            self.backup_radio.setChecked(True)
        self._show_choice()

    def isComplete(self) -> bool:
        if self.previous_radio.isChecked() and not self.previous_edit.text():
            return False
        return bool(self.passphrase_edit.text()) and not self.running

    def protection(self) -> flow.Protection:
        if self.previous_radio.isChecked():
            return flow.Protection.PREVIOUS
        if self.new_radio.isChecked():
            return flow.Protection.NEW
        return flow.Protection.BACKUP

    def validatePage(self) -> bool:
        if self.finished:
            return True
        if self.running:
            return False
        protection = self.protection()
        new_passphrase = None
        if protection is flow.Protection.NEW:
            problem = self.new_fields.problem()
            if problem is not None:
                self.error.setText(problem)
                return False
            new_passphrase = self.new_fields.passphrase()
        elif protection is flow.Protection.PREVIOUS:
            new_passphrase = self.previous_edit.text()
        self.error.clear()
        self._set_running(True)
        self._wizard.start_restore(self.passphrase_edit.text(), new_passphrase, protection, self)
        return False

    def restored(self) -> None:
        self._set_running(False)
        self.finished = True
        # Not from inside validatePage (a synchronous pool reports at once).
        QTimer.singleShot(0, self._wizard.next)

    def failed(self, error: Exception) -> None:
        self._set_running(False)
        self.error.setText(user_message(error))
        if isinstance(error, PreviousPassphraseError):
            self.previous_edit.selectAll()
            self.previous_edit.setFocus()
        elif isinstance(error, WrongPassphraseError):
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))

    def _show_choice(self) -> None:
        self.previous_edit.setVisible(
            self.previous_radio.isVisibleTo(self) and self.previous_radio.isChecked()
        )
        self.new_fields.setVisible(self.new_radio.isChecked())
        self.completeChanged.emit()

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.progress.setValue(0)
        for widget in (
            self.passphrase_edit,
            self.backup_radio,
            self.previous_radio,
            self.previous_edit,
            self.new_radio,
            self.new_fields,
        ):
            widget.setEnabled(not running)
        self.completeChanged.emit()


def _indented(widget: QWidget) -> QHBoxLayout:
    """`widget` set in under the choice it belongs to."""
    row = QHBoxLayout()
    row.addSpacing(24)
    row.addWidget(widget, 1)
    return row


class PreviousPassphraseError(WrongPassphraseError):
    """The passphrase typed as "the key's own" does not open the key in the vault."""


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
        if lines:
            lines += ["", flow.protection_sentence(self._wizard.protection)]
        self.text.setText("\n".join(lines) or self.tr("Nothing was restored."))


class RestoreWizard(KeyfoldWizard):
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
        self.protection = flow.Protection.BACKUP
        self.task: TaskHandle | None = None
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

    def replaced_ids(self) -> list[str]:
        """Keys of the vault the restore replaces or restores beside: their ids exist."""
        return sorted(
            {
                key_id
                for file, ids in flow.files_with_conflicts(self.files, self.existing)
                for key_id in ids
                if self.policies.get((file.path, key_id), ConflictPolicy.SKIP)
                is not ConflictPolicy.SKIP
            }
        )

    def start_restore(
        self,
        passphrase: str,
        new_passphrase: str | None,
        protection: flow.Protection,
        page: RestorePassphrasePage,
    ) -> None:
        files = flow.usable_files(self.files)
        policies = dict(self.policies)
        backups = self.ctx.controller.backups
        vault = self.ctx.controller.vault
        previous = self.replaced_ids() if protection is flow.Protection.PREVIOUS else []
        self.protection = protection
        # Translated here, on the GUI thread; the worker only fills in the names.
        wrong_passphrase = self.tr("The passphrase does not open {file}; check it and try again.")
        wrong_previous = self.tr(
            "That is not the passphrase of {key} in this vault; check it and try again."
        )

        def work(task: TaskContext) -> RestoreResults:
            # "The key's own passphrase" must be that: checked before anything changes.
            for key_id in previous:
                task.cancel_token.check()
                try:
                    vault.unseal(key_id, new_passphrase, vault.get_key(key_id).current.version)
                except WrongPassphraseError as exc:
                    raise PreviousPassphraseError(wrong_previous.format(key=key_id)) from exc
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

        self.task = self.ctx.tasks.run_task(work, done, failed, page.show_progress)

    def done(self, result: int) -> None:
        # Cancel while restoring stops it between keys: each key is stored whole or not.
        if self.task is not None and not self.task.finished:
            self.task.cancel()
        self.closed = True
        super().done(result)
