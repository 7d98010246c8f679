"""Sign a short text message, or check a message against its signature."""

import base64
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from keyfold.controller.signing import MessageVerification, SignerSource
from keyfold.controller.trusted_keys import TrustedKey
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color, good_color
from keyfold.gui.base.widgets.copy_field import CopyField
from keyfold.gui.base.widgets.key_choice import KeyChoice, key_label

_TEXT_LINES = 5


@dataclass(frozen=True)
class VerifyRequest:
    text: str
    signature: str
    key_id: str | None  # a vault key
    trusted: TrustedKey | None  # or a trusted key; neither: any known key


def _text_edit(name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
    edit = named(QPlainTextEdit(), name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * _TEXT_LINES + 12)
    return edit


def verification_text(result: MessageVerification) -> str:
    if not result.valid:
        return QCoreApplication.translate("MessagesDialog", "Not valid. {reason}").format(
            reason=result.reason
        )
    who = result.signer_name or QCoreApplication.translate("MessagesDialog", "the given key")
    if result.source is SignerSource.VAULT:
        who = QCoreApplication.translate("MessagesDialog", "your key {name}").format(name=who)
    elif result.source is SignerSource.TRUSTED:
        who = QCoreApplication.translate("MessagesDialog", "the trusted key {name}").format(
            name=who
        )
    return QCoreApplication.translate(
        "MessagesDialog", "Valid: signed by {signer}, and the message is unchanged."
    ).format(signer=who)


class MessagesDialog(KeyfoldDialog):
    """Two tabs; the command connects `sign_requested` and `verify_requested`."""

    sign_requested = Signal()
    verify_requested = Signal()

    def __init__(
        self,
        records: Sequence[KeyRecord],
        selected: str | None,
        on_copy: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messagesDialog")
        self.setWindowTitle(self.tr("Sign or check a message"))
        self._records = list(records)
        self.tabs = named(QTabWidget(), "messageTabs")
        self.tabs.addTab(self._sign_tab(records, selected, on_copy), self.tr("Sign"))
        self.tabs.addTab(self._verify_tab(), self.tr("Check"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.set_trusted([])
        self.resize(600, 520)

    # Sign tab ---------------------------------------------------------------

    def _sign_tab(
        self,
        records: Sequence[KeyRecord],
        selected: str | None,
        on_copy: Callable[[str, str], None],
    ) -> QWidget:
        page = QWidget()
        self.sign_key = named(KeyChoice(records, selected), "messageKeyChoice")
        self.sign_key.setAccessibleName(self.tr("Key to sign with"))
        self.sign_text = _text_edit(
            "signMessageEdit", self.tr("Message to sign"), self.tr("Type the message")
        )
        self.sign_button = named(QPushButton(self.tr("Sign message")), "signMessageButton")
        self.sign_button.setAccessibleName(self.tr("Sign message"))
        self.sign_button.clicked.connect(self._sign_clicked)
        self.sign_status = named(QLabel(wordWrap=True), "signMessageStatus")
        self.hex_field = CopyField(self.tr("Signature (hex)"), on_copy, multiline=True, lines=3)
        self.hex_field.setObjectName("signatureHex")
        self.base64_field = CopyField(
            self.tr("Signature (base64)"), on_copy, multiline=True, lines=2
        )
        self.base64_field.setObjectName("signatureBase64")
        form = QFormLayout(page)
        form.addRow(self.tr("Sign with:"), self.sign_key)
        form.addRow(self.tr("Message:"), self.sign_text)
        form.addRow("", self.sign_button)
        form.addRow(self.sign_status)
        form.addRow(self.tr("Hex:"), self.hex_field)
        form.addRow(self.tr("Base64:"), self.base64_field)
        self.sign_text.textChanged.connect(self.clear_signature)
        self.sign_key.currentIndexChanged.connect(self.clear_signature)
        return page

    def sign_request(self) -> tuple[str | None, str]:
        return self.sign_key.key_id(), self.sign_text.toPlainText()

    def sign_problem(self) -> str | None:
        if self.sign_key.key_id() is None:
            return self.tr(
                "Choose the key to sign with; create or import one first if you have none."
            )
        if not self.sign_text.toPlainText():
            return self.tr("Type the message to sign.")
        return None

    def show_signature(self, signature: bytes) -> None:
        self.hex_field.set_text(signature.hex())
        self.base64_field.set_text(base64.b64encode(signature).decode("ascii"))
        self.set_sign_status(
            self.tr("Signed. Send the message together with one of these signatures.")
        )

    def clear_signature(self) -> None:
        self.hex_field.set_text("")
        self.base64_field.set_text("")

    def set_sign_status(self, text: str, *, error: bool = False) -> None:
        color = error_color(self.palette()) if error else ""
        self.sign_status.setStyleSheet(f"color: {color};" if color else "")
        self.sign_status.setText(text)

    def set_signing(self, busy: bool) -> None:
        self.sign_button.setEnabled(not busy)

    def _sign_clicked(self) -> None:
        problem = self.sign_problem()
        if problem is not None:
            self.set_sign_status(problem, error=True)
            return
        self.set_sign_status("")
        self.sign_requested.emit()

    # Check tab --------------------------------------------------------------

    def _verify_tab(self) -> QWidget:
        page = QWidget()
        self.verify_text = _text_edit(
            "verifyMessageEdit",
            self.tr("Message to check"),
            self.tr("Paste the message exactly as it was signed"),
        )
        self.signature_edit = named(QLineEdit(), "signatureEdit")
        self.signature_edit.setAccessibleName(self.tr("Signature"))
        self.signature_edit.setPlaceholderText(self.tr("The signature, in hex or base64"))
        self.verify_key = named(QComboBox(), "verifyKeyChoice")
        self.verify_key.setAccessibleName(self.tr("Key that should have signed"))
        self.verify_button = named(QPushButton(self.tr("Check signature")), "verifyMessageButton")
        self.verify_button.setAccessibleName(self.tr("Check signature"))
        self.verify_button.clicked.connect(self._verify_clicked)
        self.verify_result = named(QLabel(wordWrap=True), "verifyMessageResult")
        self.verify_result.setAccessibleName(self.tr("Result"))
        form = QFormLayout(page)
        form.addRow(self.tr("Message:"), self.verify_text)
        form.addRow(self.tr("Signature:"), self.signature_edit)
        form.addRow(self.tr("Signed by:"), self.verify_key)
        form.addRow("", self.verify_button)
        form.addRow(self.verify_result)
        for changed in (self.verify_text.textChanged, self.signature_edit.textChanged):
            changed.connect(lambda *_: self.verify_result.clear())
        return page

    def set_trusted(self, trusted: Sequence[TrustedKey]) -> None:
        """Fill "Signed by": any known key, each vault key, each trusted key."""
        self.verify_key.clear()
        self.verify_key.addItem(self.tr("Any of my keys or trusted keys"), None)
        for record in self._records:
            self.verify_key.addItem(
                self.tr("{key} — my key").format(key=key_label(record)), record.key_id
            )
        for key in trusted:
            self.verify_key.addItem(self.tr("{key} — trusted key").format(key=key.name), key)

    def verify_request(self) -> VerifyRequest:
        data = self.verify_key.currentData()
        return VerifyRequest(
            self.verify_text.toPlainText(),
            self.signature_edit.text().strip(),
            data if isinstance(data, str) else None,
            data if isinstance(data, TrustedKey) else None,
        )

    def show_verification(self, result: MessageVerification) -> None:
        color = good_color(self.palette()) if result.valid else error_color(self.palette())
        self.verify_result.setStyleSheet(f"color: {color};")
        self.verify_result.setText(verification_text(result))

    def show_verify_error(self, message: str) -> None:
        self.verify_result.setStyleSheet(f"color: {error_color(self.palette())};")
        self.verify_result.setText(message)

    def set_verifying(self, busy: bool) -> None:
        self.verify_button.setEnabled(not busy)

    def _verify_clicked(self) -> None:
        request = self.verify_request()
        if not request.text:
            self.show_verify_error(self.tr("Paste the message to check."))
        elif not request.signature:
            self.show_verify_error(self.tr("Paste the signature to check."))
        else:
            self.verify_result.clear()
            self.verify_requested.emit()
