"""The "Split into shares" wizard: threshold and count, each share shown once, a copy check."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from keyfold.controller.shares import SplitKey, share_file_name
from keyfold.core.errors import KeyfoldError
from keyfold.core.shares import SHARE_WORDS, check_passphrase, check_split
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color
from keyfold.gui.base.widgets.passphrase_fields import PassphraseFields
from keyfold.gui.base.workers.tasks import TaskContext
from keyfold.gui.shares import flow
from keyfold.gui.shares.wizard import SharesWizard, SummaryPage, UnlockKey

SETTINGS, SHOW, CHECK, DONE = range(4)


class SplitSettingsPage(QWizardPage):
    """How many shares, how many recover the key, and an optional SLIP-39 passphrase."""

    def __init__(self, wizard: "SplitSharesWizard") -> None:
        super().__init__()
        self._wizard = wizard
        record = wizard.record
        self.setTitle(self.tr("Split {key} into shares").format(key=record.name or record.key_id))
        self.setSubTitle(
            self.tr(
                "Give the shares to people or places you trust. Enough of them together bring "
                "the key back; fewer tell nothing about it. The shares are standard SLIP-39 "
                "word lists that other tools read too."
            )
        )
        self.threshold = named(QSpinBox(), "thresholdSpin")
        self.threshold.setRange(1, 16)
        self.threshold.setValue(flow.DEFAULT_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Shares needed to recover"))
        self.count = named(QSpinBox(), "countSpin")
        self.count.setRange(1, 16)
        self.count.setValue(flow.DEFAULT_COUNT)
        self.count.setAccessibleName(self.tr("Number of shares"))
        self.protect = named(
            QCheckBox(self.tr("Also protect the shares with a passphrase")), "sharePassCheck"
        )
        self.passphrase = PassphraseFields(label=self.tr("Share passphrase"))
        self.passphrase.setVisible(False)
        self.note = QLabel(
            self.tr(
                "SLIP-39 passphrases use plain ASCII letters, digits and punctuation. A wrong "
                "passphrase cannot be detected when recovering: it gives a different key."
            ),
            wordWrap=True,
        )
        self.note.setVisible(False)
        self.error = named(QLabel(wordWrap=True), "pageError")
        self.error.setStyleSheet(f"color: {error_color(self.palette())};")
        form = QFormLayout()
        form.addRow(self.tr("Number of shares:"), self.count)
        form.addRow(self.tr("Shares needed to recover:"), self.threshold)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.protect)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.protect.toggled.connect(self.passphrase.setVisible)
        self.protect.toggled.connect(self.note.setVisible)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Make the shares"))
        self.running = False

    def validatePage(self) -> bool:
        if self._wizard.split is not None:
            return True
        if self.running:
            return False
        try:
            check_split(self.threshold.value(), self.count.value())
            secret = ""
            if self.protect.isChecked():
                problem = self.passphrase.problem()
                if problem is not None:
                    self.error.setText(problem)
                    return False
                secret = self.passphrase.passphrase()
                check_passphrase(secret)
        except KeyfoldError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        if not self._wizard.ctx.controller.keys.is_unlocked(self._wizard.record.key_id):
            # Next again once unlocked; a cancelled unlock leaves the page as it was.
            self._wizard.unlock_key(lambda: QTimer.singleShot(0, self._wizard.next))
            return False
        self.running = True
        self._wizard.make_shares(self.threshold.value(), self.count.value(), secret, self)
        return False

    def made(self) -> None:
        self.running = False
        QTimer.singleShot(0, self._wizard.next)  # not from inside validatePage

    def failed(self, error: Exception) -> None:
        self.running = False
        self.error.setText(user_message(error))


class ShowSharePage(QWizardPage):
    """One share at a time, shown once: print or save it, then on to the next."""

    def __init__(self, wizard: "SplitSharesWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.index = 1
        self.heading = named(QLabel(wordWrap=True), "shareHeading")
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setHorizontalSpacing(24)
        self.print_button = named(QPushButton(self.tr("Print…")), "printShareButton")
        self.save_button = named(QPushButton(self.tr("Save as text…")), "saveShareButton")
        self.print_button.setAccessibleName(self.tr("Print this share"))
        self.save_button.setAccessibleName(self.tr("Save this share as a text file"))
        self.status = named(QLabel(wordWrap=True), "shareStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.grid_holder)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        self.setCommitPage(True)  # a share once passed is not shown again

    def initializePage(self) -> None:
        self.index = 1
        if self._wizard.split is not None:  # none when a test opens the page alone
            self._show()

    def validatePage(self) -> bool:
        split = self._wizard.split
        assert split is not None
        if self.index < split.shares.count:
            self.index += 1
            self._show()
            return False
        self._clear()
        return True

    def _show(self) -> None:
        split = self._wizard.split
        assert split is not None
        count, threshold = split.shares.count, split.shares.threshold
        self.setTitle(self.tr("Share {i} of {n}").format(i=self.index, n=count))
        self.setSubTitle(
            self.tr(
                "Write these {words} words down in order, or print or save them, and keep this "
                "share apart from the others. It is shown only once."
            ).format(words=SHARE_WORDS)
        )
        self.heading.setText(
            self.tr("Share {i} of {n} of the key {key}; any {k} recover it.").format(
                i=self.index, n=count, key=split.name or split.key_id, k=threshold
            )
        )
        self._clear()
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.15)
        words = split.shares.mnemonics[self.index - 1]
        for row, cells in enumerate(flow.numbered_words(words)):
            for column, cell in enumerate(cells):
                label = QLabel(cell)
                label.setFont(mono)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.grid.addWidget(label, row, column)
        self.status.clear()
        last = self.index == count
        self.setButtonText(
            QWizard.WizardButton.CommitButton,
            self.tr("Check my copies") if last else self.tr("Next share"),
        )

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def share_text(self) -> str:
        split = self._wizard.split
        assert split is not None
        return split.file_text(self.index)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setDefaultFont(QFont("monospace", 12))
        document.setPlainText(self.share_text())
        document.print_(printer)
        self.status.setText(self.tr("Sent share {i} to the printer.").format(i=self.index))

    def _save(self) -> None:
        split = self._wizard.split
        assert split is not None
        index = self.index
        suggested = share_file_name(split.key_id, index, split.shares.count)
        chosen = self._wizard.ctx.dialogs.save_file(
            self, self.tr("Save share {i}").format(i=index), suggested, self.tr("Text (*.txt)")
        )
        if chosen is None:
            return
        self._wizard.save_share(index, chosen, self.status)


class CheckCopiesPage(QWizardPage):
    """Asks for two random words from the shares, so a copying mistake shows now."""

    def __init__(self, wizard: "SplitSharesWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check your copies"))
        self.setSubTitle(
            self.tr("Type two words from your copies, so that a copying mistake shows now.")
        )
        self.form = QFormLayout()
        self.edits: list[QLineEdit] = []
        self.labels: list[QLabel] = []
        for number in range(2):
            edit = named(QLineEdit(), f"checkWord{number + 1}")
            label = QLabel()
            label.setBuddy(edit)
            self.form.addRow(label, edit)
            self.edits.append(edit)
            self.labels.append(label)
            edit.textChanged.connect(self.completeChanged)
        self.error = named(QLabel(wordWrap=True), "pageError")
        self.error.setStyleSheet(f"color: {error_color(self.palette())};")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Check"))
        self.questions: list[flow.WordQuestion] = []

    def initializePage(self) -> None:
        split = self._wizard.split
        if split is None:
            return
        self.questions = flow.pick_questions(split.shares.count, SHARE_WORDS)
        for question, label, edit in zip(self.questions, self.labels, self.edits, strict=True):
            text = self.tr("Word {w} of share {s}:").format(w=question.position, s=question.share)
            label.setText(text)
            edit.setAccessibleName(text.rstrip(":"))
            edit.clear()

    def isComplete(self) -> bool:
        return all(edit.text().strip() for edit in self.edits)

    def validatePage(self) -> bool:
        split = self._wizard.split
        assert split is not None
        wrong = [
            question
            for question, edit in zip(self.questions, self.edits, strict=True)
            if not flow.answer_is_right(split.shares.mnemonics, question, edit.text())
        ]
        if wrong:
            self.error.setText(
                self.tr(
                    "Word {w} of share {s} is not what Keyfold made. Compare your copy of that "
                    "share with the words: the shares cannot be shown again, so if a copy is "
                    "lost or wrong, start a new split."
                ).format(w=wrong[0].position, s=wrong[0].share)
            )
            return False
        self.error.clear()
        self._wizard.record_split()
        return True


class SplitDonePage(SummaryPage):
    def __init__(self, wizard: "SplitSharesWizard") -> None:
        super().__init__("splitSummary", self._summary)
        self._wizard = wizard
        self.setTitle(self.tr("The key is split"))

    def _summary(self) -> str | None:
        split = self._wizard.split
        if split is None:
            return None
        return self.tr(
            "Your copies match. Keep the {n} shares in different places: any {k} of them "
            "restore the key with Restore from a backup, From shares, or with any SLIP-39 "
            "tool. The split is recorded as a backup of the key."
        ).format(n=split.shares.count, k=split.shares.threshold)


class SplitSharesWizard(SharesWizard):
    def __init__(self, ctx: FeatureContext, record: KeyRecord, unlock: UnlockKey) -> None:
        super().__init__(ctx, "splitSharesWizard")
        self.setWindowTitle(self.tr("Split into shares"))
        self.record = record
        self._unlock = unlock
        self.split: SplitKey | None = None
        self.saved: list[Path] = []
        self.settings_page = SplitSettingsPage(self)
        self.show_page = ShowSharePage(self)
        self.check_page = CheckCopiesPage(self)
        self.done_page = SplitDonePage(self)
        for page_id, page in (
            (SETTINGS, self.settings_page),
            (SHOW, self.show_page),
            (CHECK, self.check_page),
            (DONE, self.done_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(SETTINGS)
        self.resize(680, 560)

    def make_shares(self, threshold: int, count: int, secret: str, page: SplitSettingsPage) -> None:
        """Split in a worker (the key is unlocked)."""
        shares = self.ctx.controller.shares
        key_id = self.record.key_id

        def work(_task: TaskContext) -> SplitKey:
            return shares.split(key_id, threshold, count, secret)

        def done(split: SplitKey) -> None:
            self.split = split
            page.made()

        self.ctx.tasks.run_task(work, self.while_open(done), self.while_open(page.failed))

    def unlock_key(self, then: Callable[[], None]) -> None:
        self._unlock(self.record, then)

    def save_share(self, index: int, path: Path, status: QLabel) -> None:
        split = self.split
        assert split is not None
        shares = self.ctx.controller.shares
        saved_text = self.tr("Saved share {i} to {path}.")

        def work(_task: TaskContext) -> Path:
            return shares.save_share(split, index, path)

        def done(written: Path) -> None:
            self.saved.append(written)
            if not self.closed:
                status.setText(saved_text.format(i=index, path=written))

        def failed(error: Exception) -> None:
            status.setText(user_message(error))

        self.ctx.tasks.run_task(work, done, self.while_open(failed))

    def record_split(self) -> None:
        split = self.split
        assert split is not None
        self.ctx.controller.shares.record_split(split, flow.share_location(self.saved))
        self.ctx.refresh(split.key_id)

    def done(self, result: int) -> None:
        self.split = None  # the words are not kept once the wizard closes
        super().done(result)
