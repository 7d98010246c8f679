"""Add or edit one registration server: address, certificate pin, token, plain http."""

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from keyfold.controller.registry import ServerCheck
from keyfold.controller.registry_servers import ServerRecord
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import warning_color
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP
from keyfold.gui.registrations.server_check import CheckResultLabel
from keyfold.gui.registrations.task_dialog import RegistryTaskDialog

SESSION_TOKEN_NOTE = QT_TRANSLATE_NOOP(
    "ServerEditDialog", "No system keychain: the token is kept until Keyfold closes."
)


@dataclass(frozen=True)
class ServerFormValues:
    """What the server dialog's fields say (the server's own settings are ServerSettings)."""

    url: str
    pinned_sha256: str | None
    allow_plain_http: bool
    token: str | None = field(repr=False)
    clear_token: bool


class ServerEditDialog(RegistryTaskDialog):
    test_requested = Signal()

    def __init__(
        self,
        server: ServerRecord | None,
        tokens_persist: bool,
        parent: QWidget | None = None,
    ) -> None:
        editing = server is not None and server.saved
        super().__init__(
            self.tr("Edit server") if editing else self.tr("Add a server"), self.tr("Save"), parent
        )
        self.setObjectName("serverEditDialog")
        self.original = server
        self.url_edit = named(QLineEdit(server.url if server else ""), "serverUrlEdit")
        self.url_edit.setPlaceholderText("https://registry.example.org")
        self.pin_edit = named(QLineEdit((server.pinned_sha256 or "") if server else ""), "pinEdit")
        self.pin_edit.setPlaceholderText(self.tr("Optional: SHA-256 of the server's certificate"))
        self.token_edit = named(QLineEdit(), "tokenEdit")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        has_token = server is not None and server.has_token
        self.token_edit.setPlaceholderText(
            self.tr("Saved — type a new one to replace it")
            if has_token
            else self.tr("Optional: bearer token")
        )
        self.clear_token_check = named(
            QCheckBox(self.tr("Remove the saved token")), "clearTokenCheck"
        )
        self.clear_token_check.setVisible(has_token)
        self.token_note = named(QLabel(wordWrap=True), "tokenNote")
        self.token_note.setStyleSheet(f"color: {warning_color(self.palette())};")
        if not tokens_persist:
            forgotten = server is not None and server.token_forgotten
            note = QCoreApplication.translate("ServerEditDialog", SESSION_TOKEN_NOTE)
            if forgotten:
                note += " " + self.tr("The token saved earlier was forgotten; type it again.")
            self.token_note.setText(note)
        self.token_note.setVisible(not tokens_persist)
        self.plain_http_check = named(
            QCheckBox(
                self.tr("Allow plain http:// to another computer (unencrypted; not advised)")
            ),
            "plainHttpCheck",
        )
        self.plain_http_check.setChecked(server is not None and server.allow_plain_http)
        self.test_button = named(QPushButton(self.tr("Test connection")), "testConnectionButton")
        self.test_result = CheckResultLabel()
        for widget, name in (
            (self.url_edit, self.tr("Server address")),
            (self.pin_edit, self.tr("Pinned certificate fingerprint")),
            (self.token_edit, self.tr("Access token")),
            (self.clear_token_check, self.tr("Remove the saved token")),
            (self.plain_http_check, self.tr("Allow plain http")),
            (self.test_button, self.tr("Test connection")),
        ):
            widget.setAccessibleName(name)

        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form = QFormLayout(self.body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Address:"), self.url_edit)
        form.addRow(self.tr("Certificate pin:"), self.pin_edit)
        form.addRow(self.tr("Access token:"), self.token_edit)
        form.addRow("", self.clear_token_check)
        form.addRow("", self.token_note)
        form.addRow("", self.plain_http_check)
        form.addRow(test_row)
        form.addRow(self.test_result)
        self.setMinimumWidth(560)
        self.test_button.clicked.connect(self._test)

    def problem(self) -> str | None:
        if not self.url_edit.text().strip():
            return self.tr("Type the server's address, such as https://registry.example.org.")
        return None

    def settings(self) -> ServerFormValues:
        return ServerFormValues(
            url=self.url_edit.text().strip(),
            pinned_sha256=self.pin_edit.text().strip() or None,
            allow_plain_http=self.plain_http_check.isChecked(),
            token=self.token_edit.text().strip() or None,
            clear_token=self.clear_token_check.isChecked(),
        )

    def set_testing(self, testing: bool) -> None:
        self.test_button.setEnabled(not testing)
        self.ok_button.setEnabled(not testing)
        if testing:
            self.test_result.show_pending(self.url_edit.text().strip())

    def show_check(self, check: ServerCheck) -> None:
        self.set_testing(False)
        self.test_result.show_check(check)

    def show_check_failure(self, error: Exception) -> None:
        self.set_testing(False)
        self.test_result.show_failure(error)

    def _test(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.show_error(problem)
            return
        self.show_error(None)
        self.test_requested.emit()
