"""The restore wizard's "From shares": type or load SLIP-39 shares, then store the key."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from keyfold.controller.shares import LoadedShares
from keyfold.core.shares import (
    MAX_SHARES_READ,
    SHARE_WORDS,
    ShareCheck,
    ShareInput,
    check_mnemonic,
)
from keyfold.core.vault.key_ids import is_valid_key_id
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color
from keyfold.gui.base.widgets.passphrase_fields import PassphraseFields
from keyfold.gui.base.workers.tasks import TaskContext
from keyfold.gui.shares.wizard import SharesWizard, SummaryPage
from keyfold.gui.shares.word_entry import ShareWordsEdit

SHARES, STORE, DONE = range(3)


class ShareRow:
    """One share's line and the live verdict beside it."""

    def __init__(self, number: int) -> None:
        self.edit = named(ShareWordsEdit(), f"shareEdit{number}")
        self.edit.setAccessibleName(
            QCoreApplication.translate("EnterSharesPage", "Share {n}").format(n=number)
        )
        self.edit.setPlaceholderText(
            QCoreApplication.translate("EnterSharesPage", "the 33 words of a share")
        )
        self.status = named(QLabel(wordWrap=True), f"shareStatus{number}")
        self.check: ShareCheck | None = None


class EnterSharesPage(QWizardPage):
    def __init__(self, wizard: "CombineSharesWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Restore a key from shares"))
        self.setSubTitle(
            self.tr(
                "Type the words of each share (Keyfold completes them as you type) or load "
                "share files. Each line is checked as you type."
            )
        )
        self.rows: list[ShareRow] = []
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setColumnStretch(1, 1)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_holder)
        self.add_button = named(QPushButton(self.tr("Add a share")), "addShareButton")
        self.load_button = named(QPushButton(self.tr("Load share files…")), "loadSharesButton")
        self.load_button.setAccessibleName(self.tr("Load share files"))
        self.passphrase = named(
            QLineEdit(echoMode=QLineEdit.EchoMode.Password), "sharePassphraseEdit"
        )
        self.passphrase.setAccessibleName(self.tr("Share passphrase"))
        self.passphrase.setPlaceholderText(self.tr("only if the shares were given one"))
        self.summary = named(QLabel(wordWrap=True), "sharesSummary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.load_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Share passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        # The passphrase first: it is the same for every share, and typed once.
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        self.add_button.clicked.connect(lambda: self.add_row().edit.setFocus())
        self.load_button.clicked.connect(self._load)
        # Checking a full share may search for a mistyped word: wait for a pause in typing.
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.recheck)
        self.fingerprints: set[str] = set()
        self.add_row()

    def add_row(self, text: str = "") -> ShareRow:
        row = ShareRow(len(self.rows) + 1)
        label = QLabel(self.tr("Share {n}:").format(n=len(self.rows) + 1))
        label.setBuddy(row.edit)
        index = len(self.rows)
        self.grid.addWidget(label, 2 * index, 0)
        self.grid.addWidget(row.edit, 2 * index, 1)
        self.grid.addWidget(row.status, 2 * index + 1, 1)
        self.rows.append(row)
        row.edit.textChanged.connect(lambda _t: self._timer.start())
        if text:
            row.edit.setText(text)
        self.add_button.setEnabled(len(self.rows) < MAX_SHARES_READ)
        return row

    def recheck(self) -> None:
        for row in self.rows:
            text = row.edit.text()
            row.check = check_mnemonic(text) if text.strip() else None
            if row.check is None:
                row.status.clear()
                continue
            # Still typing is not an error; a wrong word or a full share that fails is.
            wrong = row.check.bad_word is not None or row.check.word_count >= SHARE_WORDS
            colour = f"color: {error_color(self.palette())};" if wrong and not row.check.ok else ""
            row.status.setStyleSheet(colour)
            mark = "✓ " if row.check.ok else ""
            row.status.setText(mark + row.check.message)
        self.summary.setText(self.progress_text())
        self.completeChanged.emit()

    def valid(self) -> list[ShareCheck]:
        return [row.check for row in self.rows if row.check is not None and row.check.ok]

    def progress_text(self) -> str:
        good = self.valid()
        if not good:
            return self.tr("No complete share yet.")
        sets = {check.identifier for check in good}
        if len(sets) > 1:
            return self.tr(
                "These shares come from different splits; keep only the shares of one key."
            )
        needed = good[0].threshold or 0
        distinct = len({check.index for check in good})
        if distinct >= needed:
            return self.tr("{n} of {k} shares: enough to restore the key.").format(
                n=distinct, k=needed
            )
        return self.tr("{n} of {k} shares entered; {left} more needed.").format(
            n=distinct, k=needed, left=needed - distinct
        )

    def isComplete(self) -> bool:
        good = self.valid()
        if not good or len({check.identifier for check in good}) > 1:
            return False
        return len({check.index for check in good}) >= (good[0].threshold or 0)

    def shares(self) -> list[ShareInput]:
        return [
            ShareInput(row.edit.text(), self.tr("share {n}").format(n=number))
            for number, row in enumerate(self.rows, start=1)
            if row.check is not None and row.check.ok
        ]

    def fill(self, mnemonics: list[str], fingerprint: str | None) -> None:
        """Put loaded shares into empty lines first, then new ones."""
        if fingerprint is not None:
            self.fingerprints.add(fingerprint)
        empty = [row for row in self.rows if not row.edit.text().strip()]
        for text in mnemonics:
            if empty:
                empty.pop(0).edit.setText(text)
            elif len(self.rows) < MAX_SHARES_READ:
                self.add_row(text)
        self.recheck()

    def _load(self) -> None:
        paths = self._wizard.ctx.dialogs.open_files(
            self, self.tr("Choose share files"), self.tr("Share files (*.txt);;All files (*)")
        )
        if paths:
            self._wizard.load_files(paths, self)

    def load_failed(self, error: Exception) -> None:
        self.summary.setText(user_message(error))


class StoreKeyPage(QWizardPage):
    def __init__(self, wizard: "CombineSharesWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Store the recovered key"))
        self.setSubTitle(self.tr("Choose the key's ID and name, and a passphrase to protect it."))
        self.key_id = named(QLineEdit("recovered-key"), "keyIdEdit")
        self.key_id.setAccessibleName(self.tr("Key ID"))
        self.name = named(QLineEdit(), "keyNameEdit")
        self.name.setAccessibleName(self.tr("Name"))
        self.passphrase = PassphraseFields(label=self.tr("Key passphrase"))
        self.error = named(QLabel(wordWrap=True), "pageError")
        self.error.setStyleSheet(f"color: {error_color(self.palette())};")
        form = QFormLayout()
        form.addRow(self.tr("Key ID:"), self.key_id)
        form.addRow(self.tr("Name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Restore"))
        for signal in (self.key_id.textChanged, self.passphrase.changed):
            signal.connect(self.completeChanged)
        self.running = False
        self.finished = False

    def isComplete(self) -> bool:
        return (
            is_valid_key_id(self.key_id.text().strip())
            and bool(self.passphrase.passphrase())
            and not self.running
        )

    def validatePage(self) -> bool:
        if self.finished:
            return True
        if self.running:
            return False
        problem = self.passphrase.problem()
        if problem is not None:
            self.error.setText(problem)
            return False
        self.error.clear()
        self.running = True
        self.completeChanged.emit()
        self._wizard.combine(
            self.key_id.text().strip(), self.name.text().strip(), self.passphrase.passphrase(), self
        )
        return False

    def stored(self) -> None:
        self.running = False
        self.finished = True
        QTimer.singleShot(0, self._wizard.next)

    def failed(self, error: Exception) -> None:
        self.running = False
        self.error.setText(user_message(error))
        self.completeChanged.emit()


class CombineDonePage(SummaryPage):
    def __init__(self, wizard: "CombineSharesWizard") -> None:
        super().__init__("combineSummary", self._summary)
        self._wizard = wizard
        self.setTitle(self.tr("Key restored"))

    def _summary(self) -> str | None:
        record = self._wizard.restored
        if record is None:
            return None
        return self.tr(
            "Restored {key}, fingerprint {fingerprint}. Compare the fingerprint with one you "
            "know (a share file's comment, a registration): a wrong share passphrase gives "
            "a different key."
        ).format(key=record.key_id, fingerprint=record.fingerprint)


class CombineSharesWizard(SharesWizard):
    def __init__(self, ctx: FeatureContext) -> None:
        super().__init__(ctx, "combineSharesWizard")
        self.setWindowTitle(self.tr("Restore from shares"))
        self.restored: KeyRecord | None = None
        self.shares_page = EnterSharesPage(self)
        self.store_page = StoreKeyPage(self)
        self.done_page = CombineDonePage(self)
        self.setPage(SHARES, self.shares_page)
        self.setPage(STORE, self.store_page)
        self.setPage(DONE, self.done_page)
        self.setStartId(SHARES)
        self.resize(760, 600)

    def load_files(self, paths: list[Path], page: EnterSharesPage) -> None:
        service = self.ctx.controller.shares

        def work(_task: TaskContext) -> LoadedShares:
            return service.load_files(paths)

        def done(loaded: LoadedShares) -> None:
            page.fill([share.text for share in loaded.shares], loaded.fingerprint)

        self.ctx.tasks.run_task(work, self.while_open(done), self.while_open(page.load_failed))

    def combine(self, key_id: str, name: str, passphrase: str, page: StoreKeyPage) -> None:
        shares = self.shares_page.shares()
        secret = self.shares_page.passphrase.text()
        fingerprints = self.shares_page.fingerprints
        expected = next(iter(fingerprints)) if len(fingerprints) == 1 else None
        service = self.ctx.controller.shares

        def work(_task: TaskContext) -> KeyRecord:
            return service.combine(
                shares,
                secret,
                key_id=key_id,
                passphrase=passphrase,
                name=name,
                expected_fingerprint=expected,
            )

        def done(record: KeyRecord) -> None:
            self.restored = record
            self.ctx.refresh(record.key_id)
            if not self.closed:
                page.stored()

        self.ctx.tasks.run_task(work, done, self.while_open(page.failed))
