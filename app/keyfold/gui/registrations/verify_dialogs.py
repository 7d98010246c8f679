"""Asking a server whether a signed file or message comes from a registered key."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from keyfold.controller.registry import RegistrationRecord
from keyfold.controller.registry_servers import ServerRecord
from keyfold.core.registry import RemoteVerification
from keyfold.core.signing import signature_path_for
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color, good_color
from keyfold.gui.registrations.errors import verdict_details
from keyfold.gui.registrations.server_choice import ServerChoice
from keyfold.gui.registrations.task_dialog import RegistryTaskDialog


class VerifyOnServerDialog(RegistryTaskDialog):
    """Server and client ID fields, and the verdict; subclasses add what is checked."""

    def __init__(
        self,
        title: str,
        registrations: Sequence[RegistrationRecord],
        servers: Sequence[ServerRecord],
        selected: RegistrationRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, self.tr("Verify on server"), parent)
        self._registrations = list(registrations)
        self.server_choice = named(ServerChoice(), "verifyServerChoice")
        self.server_choice.set_servers(
            servers,
            [r.server for r in registrations],
            selected.server if selected else None,
        )
        self.client_id_choice = named(QComboBox(editable=True), "verifyClientId")
        self.client_id_choice.setAccessibleName(self.tr("Client ID"))
        self.client_id_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.verdict_label = named(QLabel(wordWrap=True), "verdictLabel")
        self.verdict_label.setAccessibleName(self.tr("Result"))
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict_label.setVisible(False)
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.server_choice.currentTextChanged.connect(lambda _: self._fill_client_ids())
        self._fill_client_ids(selected.client_id if selected else None)
        self.setMinimumWidth(560)

    def add_server_rows(self) -> None:
        self.form.addRow(self.tr("Server:"), self.server_choice)
        self.form.addRow(self.tr("Client ID:"), self.client_id_choice)
        self.form.addRow(self.verdict_label)

    def server(self) -> str:
        return self.server_choice.url()

    def client_id(self) -> str:
        return self.client_id_choice.currentText().strip()

    def problem(self) -> str | None:
        if not self.server():
            return self.tr("Type the address of the server to ask.")
        if not self.client_id():
            return self.tr("Type the client ID the signer registered their key under.")
        return None

    def submit(self) -> None:
        self.verdict_label.setVisible(False)
        super().submit()

    def show_verdict(self, verdict: RemoteVerification, what: str) -> None:
        """The server's answer in a sentence; the code and hash as details.

        `what` names the signed thing: a file name, or "the message" translated.
        """
        self.set_busy(False)
        palette = self.palette()
        if verdict.verified:
            text = self.tr(
                "Verified: the server confirms that {what} was signed by the key registered "
                "as {client_id}."
            ).format(what=what, client_id=verdict.client_id)
            color = good_color(palette)
        else:
            reason = verdict.reason.rstrip(".")
            text = self.tr("The signature did not verify on the server: {reason}.").format(
                reason=reason
            )
            color = error_color(palette)
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.verdict_label.setVisible(True)
        self.set_details(verdict_details(verdict))

    def _fill_client_ids(self, selected: str | None = None) -> None:
        server = self.server()
        current = selected or self.client_id()
        self.client_id_choice.clear()
        for record in self._registrations:
            if record.server == server:
                self.client_id_choice.addItem(record.client_id)
        self.client_id_choice.setEditText(current or self.client_id_choice.itemText(0))


class VerifyFileOnServerDialog(VerifyOnServerDialog):
    """A signed file (its .minisig beside it) checked by the server."""

    browse_requested = Signal()

    def __init__(
        self,
        registrations: Sequence[RegistrationRecord],
        servers: Sequence[ServerRecord],
        selected: RegistrationRecord | None,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Verify a signed file on the server"), registrations, servers, selected, parent
        )
        self.setObjectName("verifyFileOnServerDialog")
        self.path_edit = named(QLineEdit(), "verifyFilePath")
        self.path_edit.setAccessibleName(self.tr("Signed file"))
        self.path_edit.setPlaceholderText(self.tr("The file that was signed"))
        self.browse_button = named(QPushButton(self.tr("Choose…")), "verifyBrowseButton")
        self.browse_button.setAccessibleName(self.tr("Choose the signed file"))
        self.signature_label = named(QLabel(wordWrap=True), "signatureLabel")
        self.signature_label.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.form.addRow(self.tr("File:"), row)
        self.form.addRow("", self.signature_label)
        self.add_server_rows()
        self.browse_button.clicked.connect(self.browse_requested)
        self.path_edit.textChanged.connect(self._show_signature_name)
        if path is not None:
            self.set_path(path)
        self._show_signature_name()

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def problem(self) -> str | None:
        if not self.path_edit.text().strip():
            return self.tr("Choose the signed file to verify.")
        return super().problem()

    def _show_signature_name(self) -> None:
        # "/" or "dir/" while typing has no file name to put ".minisig" after.
        name = Path(self.path_edit.text().strip()).name
        self.signature_label.setText(
            self.tr("Its signature is read from {name}, beside it.").format(
                name=signature_path_for(Path(name)).name
            )
            if name
            else self.tr("The signature is read from the .minisig file beside it.")
        )


class VerifyMessageOnServerDialog(VerifyOnServerDialog):
    """A text message and its hex (or base64) signature, checked by the server."""

    def __init__(
        self,
        registrations: Sequence[RegistrationRecord],
        servers: Sequence[ServerRecord],
        selected: RegistrationRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Verify a signed message on the server"),
            registrations,
            servers,
            selected,
            parent,
        )
        self.setObjectName("verifyMessageOnServerDialog")
        self.message_edit = named(QPlainTextEdit(), "verifyMessageText")
        self.message_edit.setAccessibleName(self.tr("Message"))
        self.message_edit.setPlaceholderText(self.tr("The exact text that was signed"))
        self.message_edit.setTabChangesFocus(True)
        self.message_edit.setMinimumHeight(90)
        self.signature_edit = named(QLineEdit(), "verifyMessageSignature")
        self.signature_edit.setAccessibleName(self.tr("Signature"))
        self.signature_edit.setPlaceholderText(self.tr("128 hex digits (or base64)"))
        self.form.addRow(self.tr("Message:"), self.message_edit)
        self.form.addRow(self.tr("Signature:"), self.signature_edit)
        self.add_server_rows()

    def text(self) -> str:
        return self.message_edit.toPlainText()

    def signature_text(self) -> str:
        return self.signature_edit.text().strip()

    def problem(self) -> str | None:
        if not self.text():
            return self.tr("Type or paste the message that was signed.")
        if not self.signature_text():
            return self.tr("Paste the message's signature.")
        return super().problem()
