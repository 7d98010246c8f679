"""Change the passphrase that protects a key (or, in the keychain, remove it)."""

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from keyfold.core.vault.records import KeyRecord, StorageKind
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.passphrase_fields import PassphraseFields


class ChangePassphraseDialog(TaskDialog):
    def __init__(self, record: KeyRecord, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change passphrase of {key_id}").format(key_id=record.key_id),
            self.tr("Change passphrase"),
            parent,
        )
        self.setObjectName("changePassphraseDialog")
        self.record = record
        self.old_edit = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "oldEdit")
        self.old_edit.setAccessibleName(self.tr("Current passphrase"))
        self.new = PassphraseFields(label=self.tr("New passphrase"))
        self.new.set_user_inputs([record.name, record.key_id])
        self.remove_check = named(
            QCheckBox(self.tr("Remove the passphrase (the keychain protects the key)")),
            "removeCheck",
        )
        self.remove_check.setVisible(record.storage is StorageKind.KEYCHAIN)
        self.remove_check.toggled.connect(lambda on: self.new.setEnabled(not on))
        form = QFormLayout()
        if record.protected:
            form.addRow(self.tr("Current passphrase:"), self.old_edit)
        else:
            form.addRow(QLabel(self.tr("This key has no passphrase yet.")))
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.new)
        layout.addWidget(self.remove_check)
        self.resize(500, self.sizeHint().height())

    def problem(self) -> str | None:
        if self.record.protected and not self.old_edit.text():
            return self.tr("Type the current passphrase.")
        if self.remove_check.isChecked():
            return None
        return self.new.problem()

    def old_passphrase(self) -> str | None:
        return self.old_edit.text() if self.record.protected else None

    def new_passphrase(self) -> str | None:
        return None if self.remove_check.isChecked() else self.new.passphrase()
