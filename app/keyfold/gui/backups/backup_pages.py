"""The backup wizard's first pages: keys, unlocking, passphrase, destination."""

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from keyfold.core.backup import BackupPreset
from keyfold.gui.backups import backup_flow as flow
from keyfold.gui.base.models.formatting import backup_state
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.passphrase_fields import PassphraseFields

if TYPE_CHECKING:
    from keyfold.gui.backups.backup_wizard import BackupWizard


class ChooseKeysPage(QWizardPage):
    def __init__(self, wizard: "BackupWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Which keys do you want to back up?"))
        self.setSubTitle(
            self.tr(
                "The keys you selected are ticked; with none selected, those never backed up "
                "or changed since their last backup."
            )
        )
        self.list = named(QListWidget(), "backupKeyList")
        self.list.setAccessibleName(self.tr("Keys to back up"))
        self.error = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        self.list.itemChanged.connect(lambda _item: self.completeChanged.emit())

    def initializePage(self) -> None:
        self.list.clear()
        for record in self._wizard.records:
            item = QListWidgetItem(
                self.tr("{name} ({key_id}) — {state}").format(
                    name=record.name or record.key_id,
                    key_id=record.key_id,
                    state=backup_state(record),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, record.key_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = record.key_id in self._wizard.plan.key_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def isComplete(self) -> bool:
        return bool(self.chosen())

    def validatePage(self) -> bool:
        self._wizard.plan.key_ids = self.chosen()
        self._wizard.update_locked()
        return flow.keys_problem(self._wizard.plan) is None


class UnlockKeysPage(QWizardPage):
    def __init__(self, wizard: "BackupWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Unlock the keys"))
        self.setSubTitle(
            self.tr("A backup holds the private key, so each locked key needs its passphrase.")
        )
        self.list = named(QListWidget(), "lockedKeyList")
        self.unlock_button = named(QPushButton(self.tr("Unlock selected key…")), "unlockKeyButton")
        self.unlock_button.setAccessibleName(self.tr("Unlock selected key"))
        self.unlock_button.clicked.connect(self._unlock_selected)
        self.list.itemDoubleClicked.connect(lambda _item: self._unlock_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._wizard.update_locked()
        self.list.clear()
        for key_id in self._wizard.plan.key_ids:
            text = (
                self.tr("{key_id} — locked")
                if key_id in self._wizard.plan.locked
                else self.tr("{key_id} — unlocked")
            )
            item = QListWidgetItem(text.format(key_id=key_id))
            item.setData(Qt.ItemDataRole.UserRole, key_id)
            self.list.addItem(item)
        locked = flow.locked_keys(self._wizard.plan)
        if locked:
            self.list.setCurrentRow(self._wizard.plan.key_ids.index(locked[0]))
        self.unlock_button.setEnabled(bool(locked))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return flow.unlock_problem(self._wizard.plan) is None

    def _unlock_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        key_id = str(item.data(Qt.ItemDataRole.UserRole))
        if key_id in self._wizard.plan.locked:
            self._wizard.unlock_key(key_id, then=self.refresh)


class BackupPassphrasePage(QWizardPage):
    def __init__(self, wizard: "BackupWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose a passphrase for the backup"))
        self.setSubTitle(
            self.tr(
                "You need this passphrase to restore the keys. Write it down and keep it apart "
                "from the backup: nobody can recover it, Keyfold included."
            )
        )
        self.fields = PassphraseFields(label=self.tr("Backup passphrase"))
        self.error = named(QLabel(wordWrap=True), "pageError")
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        self.fields.changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.fields.set_user_inputs(self._wizard.plan.key_ids)

    def isComplete(self) -> bool:
        return bool(self.fields.passphrase())

    def validatePage(self) -> bool:
        problem = self.fields.problem()
        self.error.setText(problem or "")
        if problem is None:
            self._wizard.plan.passphrase = self.fields.passphrase()
        return problem is None


class DestinationPage(QWizardPage):
    def __init__(self, wizard: "BackupWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Format and place"))
        self.setSubTitle(self.tr("Choose how the backup is written and where it goes."))
        self.standard = named(QRadioButton(self.tr("Standard (recommended)")), "presetStandard")
        self.datafold = named(QRadioButton(self.tr("DataFold unified layout")), "presetDatafold")
        self.datafold_js = named(
            QRadioButton(self.tr("DataFold JavaScript SDK")), "presetDatafoldJs"
        )
        datafold_note = self._note(
            self.tr(
                "For DataFold tools that read the SDKs' unified backup layout; its PBKDF2 key "
                "stretching makes it weaker than Keyfold's own format."
            )
        )
        datafold_js_note = self._note(
            self.tr(
                "For the DataFold JavaScript SDK's importKey; its PBKDF2 key stretching makes "
                "it weaker than Keyfold's own format."
            )
        )
        self.standard.setChecked(True)
        self.per_key = named(
            QRadioButton(self.tr("One file per key, into a folder")), "perKeyFiles"
        )
        self.bundle = named(QRadioButton(self.tr("A single bundle file (.tar.gz)")), "bundleFile")
        self.per_key.setChecked(True)
        self._groups = (QButtonGroup(self), QButtonGroup(self))
        for button in (self.standard, self.datafold, self.datafold_js):
            self._groups[0].addButton(button)
        for button in (self.per_key, self.bundle):
            self._groups[1].addButton(button)
        self.path_edit = named(QLineEdit(), "destinationEdit")
        self.path_edit.setAccessibleName(self.tr("Backup destination"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setAccessibleName(self.tr("Choose backup destination"))
        self.error = named(QLabel(wordWrap=True), "pageError")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Format</b>")))
        layout.addWidget(self.standard)
        layout.addWidget(self.datafold)
        layout.addWidget(datafold_note)
        layout.addWidget(self.datafold_js)
        layout.addWidget(datafold_js_note)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("<b>Destination</b>")))
        layout.addWidget(self.per_key)
        layout.addWidget(self.bundle)
        layout.addLayout(path_row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Back up now"))
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.bundle.toggled.connect(self._bundle_toggled)
        # Where the last backup went: most people back up to the same place.
        last = wizard.ctx.settings.last_backup_folder
        if last is not None:
            self.path_edit.setText(str(last))

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        plan = self._wizard.plan
        plan.preset = BackupPreset.STANDARD
        if self.datafold.isChecked():
            plan.preset = BackupPreset.DATAFOLD_SDK
        elif self.datafold_js.isChecked():
            plan.preset = BackupPreset.DATAFOLD_JS
        plan.bundle = self.bundle.isChecked()
        text = self.path_edit.text().strip()
        plan.destination = Path(text).expanduser() if text else None
        if plan.bundle and plan.destination is not None:
            # A folder for a bundle gets a dated file name inside it.
            plan.destination = flow.bundle_path(plan.destination, datetime.now())
        problem = flow.destination_problem(plan) or flow.preset_problem(plan)
        self.error.setText(problem or "")
        return problem is None

    @staticmethod
    def _note(text: str) -> QLabel:
        """A preset's one-sentence purpose, set in under its button."""
        note = QLabel(text, wordWrap=True)
        note.setContentsMargins(24, 0, 0, 4)
        return note

    def _bundle_toggled(self, bundle: bool) -> None:
        text = self.path_edit.text().strip()
        if bundle and text and not text.endswith(flow.BUNDLE_SUFFIX):
            self.path_edit.setText(str(flow.bundle_path(Path(text), datetime.now())))

    def _browse(self) -> None:
        chosen: Path | None
        if self.bundle.isChecked():
            chosen = self._wizard.ctx.dialogs.save_file(
                self,
                self.tr("Save the backup bundle"),
                flow.default_bundle_name(datetime.now()),
                self.tr("Backup bundles (*.tar.gz)"),
            )
        else:
            chosen = self._wizard.ctx.dialogs.choose_folder(
                self, self.tr("Folder for the backup files")
            )
        if chosen is not None:
            self.path_edit.setText(str(chosen))
