"""Encrypt text or JSON with a key's data key into a token, or open a token again."""

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyfold.controller.data_encryption import DecryptedValue, TokenInfo
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color
from keyfold.gui.base.widgets.key_choice import KeyChoice

KIND_TEXT = "text"
KIND_JSON = "json"


class TextEncryptDialog(KeyfoldDialog):
    """The form; `EncryptionCommands` runs the work in a worker and reports back.

    `encrypt_requested` / `decrypt_requested` ask for the work; the commands
    call `show_token`, `show_value` or `fail` when it is done.
    """

    encrypt_requested = Signal()
    decrypt_requested = Signal()
    copy_requested = Signal()

    def __init__(
        self, records: Sequence[KeyRecord], selected: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("textEncryptDialog")
        self.setWindowTitle(self.tr("Encrypt text"))
        self._busy = False
        self._result_is_token = False
        intro = QLabel(
            self.tr(
                "Encrypt a short text or JSON value with one of your keys. The result is a "
                "token you can store anywhere; only this vault's key opens it again. Paste a "
                "token here and choose Decrypt to read it."
            ),
            wordWrap=True,
        )
        self.key_choice = named(KeyChoice(records, selected), "textKeyChoice")
        self.key_choice.setAccessibleName(self.tr("Key to encrypt with"))
        self.kind_choice = named(QComboBox(), "textKindChoice")
        self.kind_choice.setAccessibleName(self.tr("Treat the input as"))
        self.kind_choice.addItem(self.tr("Plain text"), KIND_TEXT)
        self.kind_choice.addItem(self.tr("JSON"), KIND_JSON)
        self.input_edit = named(QPlainTextEdit(), "textInput")
        self.input_edit.setAccessibleName(self.tr("Text to encrypt, or a token to decrypt"))
        self.input_edit.setPlaceholderText(
            self.tr("Type or paste the text to encrypt, or a token (kfd1:…) to decrypt")
        )
        self.input_edit.setTabChangesFocus(True)
        self.output_edit = named(QPlainTextEdit(readOnly=True), "textOutput")
        self.output_edit.setAccessibleName(self.tr("Result"))
        self.output_edit.setPlaceholderText(self.tr("The token or the decrypted text appears here"))
        self.output_edit.setTabChangesFocus(True)
        self.status_label = named(QLabel(wordWrap=True), "textStatus")
        self.error_label = named(QLabel(wordWrap=True), "textError")
        self.error_label.setStyleSheet(f"color: {error_color(self.palette())};")
        self.error_label.setVisible(False)
        self.busy_bar = named(QProgressBar(textVisible=False), "textBusyBar")
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.encrypt_button = self._button(
            self.tr("&Encrypt"), "encryptTextButton", self.tr("Encrypt"), "Ctrl+Return"
        )
        self.decrypt_button = self._button(
            self.tr("&Decrypt"), "decryptTextButton", self.tr("Decrypt"), "Ctrl+Shift+Return"
        )
        self.copy_button = self._button(
            self.tr("Co&py result"), "copyResultButton", self.tr("Copy result"), "Ctrl+Alt+C"
        )
        self.copy_button.setEnabled(False)
        self.encrypt_button.setDefault(True)
        self.encrypt_button.clicked.connect(self._encrypt_clicked)
        self.decrypt_button.clicked.connect(self._decrypt_clicked)
        self.copy_button.clicked.connect(self.copy_requested)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))

        form = QFormLayout()
        form.addRow(self.tr("&Key:"), self.key_choice)
        form.addRow(self.tr("&Treat as:"), self.kind_choice)
        form.addRow(self.tr("&Input:"), self.input_edit)
        form.addRow(self.tr("&Result:"), self.output_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self.resize(600, 520)

    def _button(self, text: str, name: str, accessible: str, shortcut: str) -> QPushButton:
        button = named(self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole), name)
        button.setAccessibleName(accessible)
        sequence = QKeySequence(shortcut)
        # A shortcut of its own, so the button keeps its Alt+letter mnemonic too.
        named(QShortcut(sequence, self), name + "Shortcut").activated.connect(button.click)
        keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(self.tr("{action} ({keys})").format(action=accessible, keys=keys))
        return button

    # What the commands read ------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def key_id(self) -> str | None:
        return self.key_choice.key_id()

    def kind(self) -> str:
        return str(self.kind_choice.currentData())

    def value(self) -> Any:
        """The input as the value to encrypt: the text, or the parsed JSON."""
        text = self.input_edit.toPlainText()
        return json.loads(text) if self.kind() == KIND_JSON else text

    def token(self) -> str:
        return self.input_edit.toPlainText().strip()

    def result_text(self) -> str:
        return self.output_edit.toPlainText()

    @property
    def result_is_token(self) -> bool:
        return self._result_is_token

    def encrypt_problem(self) -> str | None:
        if self.key_id() is None:
            return self.tr("Choose a key to encrypt with.")
        if not self.input_edit.toPlainText():
            return self.tr("Type the text to encrypt.")
        if self.kind() == KIND_JSON:
            try:
                json.loads(self.input_edit.toPlainText())
            except ValueError as exc:
                return self.tr("The input is not valid JSON ({problem}).").format(problem=str(exc))
        return None

    def decrypt_problem(self) -> str | None:
        if not self.token():
            return self.tr("Paste a token to decrypt.")
        return None

    # What the commands call --------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (self.encrypt_button, self.decrypt_button, self.key_choice, self.input_edit):
            widget.setEnabled(not busy)
        self.copy_button.setEnabled(not busy and bool(self.result_text()))

    def show_token(self, token: str, info: TokenInfo) -> None:
        self.set_busy(False)
        self._result_is_token = True
        self.output_edit.setPlainText(token)
        self.copy_button.setEnabled(True)
        self.show_error(None)
        status = (
            self.tr("Encrypted with version {version} of {key}, compressed first.")
            if info.compressed
            else self.tr("Encrypted with version {version} of {key}.")
        )
        self.status_label.setText(status.format(version=info.version, key=info.key_id))

    def show_value(self, opened: DecryptedValue) -> None:
        self.set_busy(False)
        self._result_is_token = False
        if opened.kind == KIND_JSON:
            text = json.dumps(opened.value, indent=2, ensure_ascii=False)
        elif isinstance(opened.value, bytes):
            text = opened.value.hex()
        else:
            text = str(opened.value)
        self.output_edit.setPlainText(text)
        self.copy_button.setEnabled(True)
        self.show_error(None)
        kinds = {
            KIND_TEXT: self.tr("text"),
            KIND_JSON: self.tr("JSON"),
            "bytes": self.tr("bytes, shown as hex"),
        }
        if opened.current:
            status = self.tr("Decrypted {kind} with version {version} of {key}, its current one.")
        else:
            status = self.tr(
                "Decrypted {kind} with version {version} of {key}, an older version. "
                "Encrypt it again to move it to the current one."
            )
        self.status_label.setText(
            status.format(
                kind=kinds.get(opened.kind, opened.kind), version=opened.version, key=opened.key_id
            )
        )

    def fail(self, message: str) -> None:
        # An earlier result would read as the answer to this request: clear it.
        self.output_edit.clear()
        self.status_label.clear()
        self.set_busy(False)
        self.show_error(message)

    def show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    # Internals -------------------------------------------------------------------------

    def _encrypt_clicked(self) -> None:
        self._request(self.encrypt_problem(), self.encrypt_requested)

    def _decrypt_clicked(self) -> None:
        self._request(self.decrypt_problem(), self.decrypt_requested)

    def _request(self, problem: str | None, signal: Any) -> None:
        if self._busy:
            return
        if problem is not None:
            self.show_error(problem)
            return
        self.show_error(None)
        self.set_busy(True)
        signal.emit()
