"""A task dialog that asks for one passphrase under a sentence (unlock, rotation prompts)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.naming import named


class PassphrasePromptDialog(TaskDialog):
    """Subclasses give the title, the sentence and the OK button's text.

    Its own words are translated in context "PassphraseDialog" by name: PySide's `tr`
    would look them up under each subclass's name, where lupdate never puts them.
    """

    def __init__(self, title: str, text: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, ok_text, parent)
        self.passphrase_edit = named(
            QLineEdit(echoMode=QLineEdit.EchoMode.Password), "passphraseEdit"
        )
        self.passphrase_edit.setAccessibleName(
            QCoreApplication.translate("PassphraseDialog", "Passphrase")
        )
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QLabel(text, wordWrap=True))
        form.addRow(
            QCoreApplication.translate("PassphraseDialog", "Passphrase:"), self.passphrase_edit
        )
        self.resize(440, self.sizeHint().height())

    def problem(self) -> str | None:
        if self.passphrase_edit.text():
            return None
        return QCoreApplication.translate("PassphraseDialog", "Type the passphrase.")

    def passphrase(self) -> str:
        return str(self.passphrase_edit.text())

    def fail(self, message: str) -> None:
        super().fail(message)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()
