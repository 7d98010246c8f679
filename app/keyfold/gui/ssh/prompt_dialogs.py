"""What the agent asks in the window: a key's passphrase, or a yes for one signature."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from keyfold.controller.ssh_agent import SignPrompt
from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.dialogs.passphrase_prompt import PassphrasePromptDialog
from keyfold.gui.base.naming import named


def _request_text(prompt: SignPrompt) -> str:
    # One context for both dialogs: PySide's `tr` would look under each class's name.
    return QCoreApplication.translate(
        "SshPrompts", "{program} asks Keyfold to sign with “{key}” ({key_id}) for {purpose}."
    ).format(
        program=prompt.program, key=prompt.key_name, key_id=prompt.key_id, purpose=prompt.purpose
    )


class SshUnlockDialog(PassphrasePromptDialog):
    """Names the key and the program asking; the answer goes back to the agent."""

    def __init__(self, prompt: SignPrompt, error: str, parent: QWidget | None = None) -> None:
        text = (
            _request_text(prompt)
            + " "
            + self.tr("Type the key's passphrase to unlock it, or cancel to refuse.")
        )
        super().__init__(
            self.tr("Unlock {key} for SSH").format(key=prompt.key_name),
            text,
            self.tr("Unlock and sign"),
            parent,
        )
        self.setObjectName("sshUnlockDialog")
        self.prompt = prompt
        if error:
            self.show_error(error)
        self.passphrase_edit.setFocus()


class SshConfirmDialog(KeyfoldDialog):
    """Allow or deny one signature; Enter allows, Escape denies."""

    def __init__(self, prompt: SignPrompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sshConfirmDialog")
        self.setWindowTitle(self.tr("Allow this SSH signature?"))
        self.prompt = prompt
        buttons = QDialogButtonBox()
        self.allow_button = named(
            buttons.addButton(self.tr("Allow"), QDialogButtonBox.ButtonRole.AcceptRole),
            "allowButton",
        )
        deny = named(
            buttons.addButton(self.tr("Deny"), QDialogButtonBox.ButtonRole.RejectRole),
            "denyButton",
        )
        deny.setAccessibleName(self.tr("Deny"))
        self.allow_button.setAccessibleName(self.tr("Allow"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_request_text(prompt), wordWrap=True))
        layout.addWidget(
            QLabel(
                self.tr("Fingerprint: {fingerprint}").format(fingerprint=prompt.ssh_fingerprint),
                wordWrap=True,
            )
        )
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
