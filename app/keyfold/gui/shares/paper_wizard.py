"""The "Paper backup (PDF)" wizard: passphrase and page size, a preview, save and check."""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from keyfold.core.paper.page import PageSize
from keyfold.core.vault.records import BackupRecord, KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color
from keyfold.gui.base.widgets.passphrase_fields import PassphraseFields
from keyfold.gui.base.workers.tasks import TaskContext
from keyfold.gui.shares.wizard import SharesWizard, UnlockKey

if TYPE_CHECKING:
    from keyfold.controller.paper import PaperBackup

SETTINGS, PREVIEW = range(2)
PREVIEW_WIDTH = 560
Made = tuple["PaperBackup", bytes]  # the backup and its first page as PNG


class PaperSettingsPage(QWizardPage):
    def __init__(self, wizard: "PaperBackupWizard") -> None:
        super().__init__()
        self._wizard = wizard
        record = wizard.record
        self.setTitle(self.tr("Paper backup of {key}").format(key=record.name or record.key_id))
        self.setSubTitle(
            self.tr(
                "A page to print: the encrypted key in QR codes and as text, with how to "
                "restore it. It survives a lost disk; the passphrase you choose here is still "
                "needed to restore it, so keep it apart from the page."
            )
        )
        self.passphrase = PassphraseFields(label=self.tr("Backup passphrase"))
        self.a4 = named(QRadioButton(self.tr("A4")), "pageA4")
        self.letter = named(QRadioButton(self.tr("US Letter")), "pageLetter")
        self.a4.setChecked(True)
        self._group = QButtonGroup(self)
        self._group.addButton(self.a4)
        self._group.addButton(self.letter)
        sizes = QHBoxLayout()
        sizes.addWidget(QLabel(self.tr("Paper size:")))
        sizes.addWidget(self.a4)
        sizes.addWidget(self.letter)
        sizes.addStretch(1)
        self.status = named(QLabel(wordWrap=True), "pageError")
        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrase)
        layout.addLayout(sizes)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.passphrase.changed.connect(self.completeChanged)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Make the page"))
        self.running = False
        self.made = False

    def initializePage(self) -> None:
        self.passphrase.set_user_inputs([self._wizard.record.key_id, self._wizard.record.name])

    def isComplete(self) -> bool:
        return bool(self.passphrase.passphrase()) and not self.running

    def validatePage(self) -> bool:
        if self.made:
            self.made = False
            return True
        if self.running:
            return False
        problem = self.passphrase.problem()
        if problem is not None:
            self._error(problem)
            return False
        if not self._wizard.ctx.controller.keys.is_unlocked(self._wizard.record.key_id):
            self._wizard.unlock_key(lambda: QTimer.singleShot(0, self._wizard.next))
            return False
        self._set_running(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Encrypting the key and laying out the page…"))
        size = PageSize.LETTER if self.letter.isChecked() else PageSize.A4
        self._wizard.make(self.passphrase.passphrase(), size, self)
        return False

    def finished_making(self) -> None:
        self._set_running(False)
        self.status.clear()
        self.made = True
        QTimer.singleShot(0, self._wizard.next)

    def failed(self, error: Exception) -> None:
        self._set_running(False)
        self._error(user_message(error))

    def _error(self, text: str) -> None:
        self.status.setStyleSheet(f"color: {error_color(self.palette())};")
        self.status.setText(text)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.passphrase.setEnabled(not running)
        self.completeChanged.emit()


class PaperPreviewPage(QWizardPage):
    """The first page as it will print; Save writes the PDF and reads its codes back."""

    def __init__(self, wizard: "PaperBackupWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("Save the PDF, then print it. Keyfold reads the saved file's codes back first.")
        )
        self.image = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "paperPreview")
        self.image.setAccessibleName(self.tr("Preview of the first page"))
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.save_button = named(QPushButton(self.tr("Save PDF…")), "savePaperButton")
        self.save_button.setAccessibleName(self.tr("Save the paper backup as PDF"))
        self.status = named(QLabel(wordWrap=True), "paperStatus")
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self.save_button.clicked.connect(self._save)
        self.saved: BackupRecord | None = None

    def initializePage(self) -> None:
        made = self._wizard.made
        if made is None:
            return
        paper, png = made
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.image.setPixmap(pixmap)
        codes = (
            self.tr("The backup fits one QR code.")
            if paper.codes == 1
            else self.tr("The backup takes {n} QR codes; scan them all.").format(n=paper.codes)
        )
        self.status.setText(codes)

    def isComplete(self) -> bool:
        return self.saved is not None

    def _save(self) -> None:
        record = self._wizard.record
        suggested = f"{record.key_id}-paper-backup-{datetime.now():%Y-%m-%d}.pdf"
        chosen = self._wizard.ctx.dialogs.save_file(
            self, self.tr("Save the paper backup"), suggested, self.tr("PDF (*.pdf)")
        )
        if chosen is None:
            return
        if chosen.suffix.lower() != ".pdf":
            chosen = chosen.with_name(chosen.name + ".pdf")
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving and reading the codes back…"))
        self._wizard.save(chosen, self)

    def saved_to(self, record: BackupRecord) -> None:
        self.saved = record
        self.save_button.setEnabled(True)
        self.status.setText(
            self.tr(
                "Saved to {path}. Its codes read back and open with your passphrase: print it "
                "now, and keep the page and the passphrase in different places."
            ).format(path=record.path)
        )
        self.completeChanged.emit()

    def failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(user_message(error))


class PaperBackupWizard(SharesWizard):
    def __init__(self, ctx: FeatureContext, record: KeyRecord, unlock: UnlockKey) -> None:
        super().__init__(ctx, "paperBackupWizard")
        self.setWindowTitle(self.tr("Paper backup (PDF)"))
        self.record = record
        self._unlock = unlock
        self.made: Made | None = None
        self.passphrase = ""
        self.settings_page = PaperSettingsPage(self)
        self.preview_page = PaperPreviewPage(self)
        self.setPage(SETTINGS, self.settings_page)
        self.setPage(PREVIEW, self.preview_page)
        self.setStartId(SETTINGS)
        self.resize(700, 760)

    def unlock_key(self, then: Callable[[], None]) -> None:
        self._unlock(self.record, then)

    def make(self, passphrase: str, size: PageSize, page: PaperSettingsPage) -> None:
        paper = self.ctx.controller.paper
        key_id = self.record.key_id

        def work(task: TaskContext) -> Made:
            # PDFium loads here, in the worker, not when the window starts.
            from keyfold.core.paper.preview import page_png

            made = paper.make(key_id, passphrase, size, cancel=task.cancel_token)
            return made, page_png(made.pdf, 0, PREVIEW_WIDTH)

        def done(made: Made) -> None:
            self.made = made
            self.passphrase = passphrase
            page.finished_making()

        self.ctx.tasks.run_task(work, self.while_open(done), self.while_open(page.failed))

    def save(self, path: Path, page: PaperPreviewPage) -> None:
        assert self.made is not None
        paper, _ = self.made
        service = self.ctx.controller.paper
        passphrase = self.passphrase

        def work(_task: TaskContext) -> BackupRecord:
            return service.save(paper, path, passphrase)

        def done(record: BackupRecord) -> None:
            self.ctx.refresh(paper.key_id)
            if not self.closed:
                page.saved_to(record)

        self.ctx.tasks.run_task(work, done, self.while_open(page.failed))

    def done(self, result: int) -> None:
        self.passphrase = ""
        super().done(result)
