"""Ask for a backup's passphrase to check that the file still opens."""

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from keyfold.core.vault.records import BackupRecord
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.naming import named


class CheckBackupDialog(TaskDialog):
    def __init__(self, record: BackupRecord, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check a backup"), self.tr("Check backup"), parent)
        self.setObjectName("checkBackupDialog")
        self.record = record
        self.passphrase_edit = named(
            QLineEdit(echoMode=QLineEdit.EchoMode.Password), "passphraseEdit"
        )
        self.passphrase_edit.setAccessibleName(self.tr("Backup passphrase"))
        text = self.tr(
            "Keyfold opens {path} in memory with the backup's passphrase, "
            "to prove you can restore it. Nothing is imported."
        ).format(path=record.path)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QLabel(text, wordWrap=True))
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        self.resize(460, self.sizeHint().height())

    def problem(self) -> str | None:
        return None if self.passphrase_edit.text() else self.tr("Type the backup's passphrase.")

    def opened_message(self, count: int) -> str:
        """The status-bar sentence once the backup opened with `count` keys in it."""
        if count == 1:
            # Singular and plural sources, both numerus: right in English with no
            # translator loaded, and every language's plural forms with one.
            return self.tr("The backup opens: %n key can be restored from it.", "", count)
        return self.tr("The backup opens: %n keys can be restored from it.", "", count)

    def passphrase(self) -> str:
        return str(self.passphrase_edit.text())
