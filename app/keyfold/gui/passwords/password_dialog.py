"""A key's password for a service: choose the rules, get it masked, show or copy it."""

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from keyfold.core.derived_passwords import (
    DEFAULT_SYMBOLS,
    MAX_LENGTH,
    MIN_LENGTH,
    CharClass,
    PasswordPolicy,
    normalize_service,
)
from keyfold.core.errors import InvalidInputError
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.naming import named
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP
from keyfold.gui.base.widgets.flow_layout import FlowLayout

# Marked here, translated where the check boxes are made.
CLASS_LABELS = {
    CharClass.LOWER: QT_TRANSLATE_NOOP("DerivedPasswordDialog", "Small letters (a-z)"),
    CharClass.UPPER: QT_TRANSLATE_NOOP("DerivedPasswordDialog", "Capital letters (A-Z)"),
    CharClass.DIGITS: QT_TRANSLATE_NOOP("DerivedPasswordDialog", "Digits (0-9)"),
    CharClass.SYMBOLS: QT_TRANSLATE_NOOP("DerivedPasswordDialog", "Symbols (!#$%…)"),
}


@dataclass(frozen=True)
class PasswordRequest:
    service: str
    policy: PasswordPolicy


class DerivedPasswordDialog(TaskDialog):
    """`saved` holds each service's remembered rules; typing its name brings them back."""

    def __init__(
        self,
        record: KeyRecord,
        saved: Mapping[str, PasswordPolicy],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Password for a service"), self.tr("Get password"), parent)
        self.setObjectName("derivedPasswordDialog")
        self.record = record
        self._symbols = DEFAULT_SYMBOLS
        self._counter = 1
        self._saved = dict(saved)
        key = QLabel(
            self.tr("{key} (version {version})").format(
                key=record.name or record.key_id, version=record.current.version
            ),
            wordWrap=True,
        )
        self.service_combo = named(QComboBox(editable=True), "serviceEdit")
        self.service_combo.addItems(sorted(self._saved))
        self.service_combo.setCurrentText("")
        self.service_combo.setAccessibleName(self.tr("Service name"))
        line_edit = self.service_combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("e.g. github.com"))
        self.length_spin = named(QSpinBox(minimum=MIN_LENGTH, maximum=MAX_LENGTH), "lengthSpin")
        self.length_spin.setValue(PasswordPolicy().length)
        self.length_spin.setSuffix(self.tr(" characters"))
        self.length_spin.setAccessibleName(self.tr("Password length"))
        self.class_checks: dict[CharClass, QCheckBox] = {}
        # Wraps instead of cutting "Symbols (!#$%…)" off in a narrow dialog or in German.
        classes_box = QWidget()
        classes = FlowLayout(classes_box)
        for char_class, marked in CLASS_LABELS.items():
            text = QCoreApplication.translate("DerivedPasswordDialog", marked)
            check = named(QCheckBox(text), f"{char_class.value}Check")
            check.setChecked(True)
            check.setAccessibleName(text)
            self.class_checks[char_class] = check
            classes.addWidget(check)
        self.password_edit = named(
            QLineEdit(readOnly=True, echoMode=QLineEdit.EchoMode.Password), "passwordField"
        )
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("Press “Get password”"))
        self.show_button = named(QPushButton(self.tr("Show")), "showPasswordButton")
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(self.tr("Show the password"))
        self.copy_button = named(QPushButton(self.tr("Copy")), "copyPasswordButton")
        self.copy_button.setAccessibleName(self.tr("Copy the password"))
        self.copy_button.setToolTip(self.tr("Copies it; the clipboard is cleared after 30 seconds"))
        self.copied_label = named(QLabel(wordWrap=True), "copiedLabel")
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.show_button)
        password_row.addWidget(self.copy_button)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Key:"), key)
        form.addRow(self.tr("Service:"), self.service_combo)
        form.addRow(self.tr("Length:"), self.length_spin)
        form.addRow(self.tr("Use:"), classes_box)
        form.addRow(self.tr("Password:"), password_row)
        form.addRow("", self.copied_label)
        note = self.tr(
            "Anyone holding this key gets the same password for the same service and rules, so "
            "nothing is stored. Rotating the key gives every service a new password: change it "
            "on the service too."
        )
        form.addRow(named(QLabel(note, wordWrap=True), "passwordNote"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        self.show_button.toggled.connect(self._toggle_shown)
        self.service_combo.currentTextChanged.connect(self._service_changed)
        self.length_spin.valueChanged.connect(self._forget)
        for check in self.class_checks.values():
            check.toggled.connect(self._forget)
        self._forget()
        self.resize(600, self.sizeHint().height())

    def set_policy(self, policy: PasswordPolicy) -> None:
        """Show a service's saved rules (its symbols and counter are kept as saved)."""
        self._symbols = policy.symbols
        self._counter = policy.counter
        self.length_spin.setValue(policy.length)
        for char_class, check in self.class_checks.items():
            check.setChecked(char_class in policy.classes)

    def request(self) -> PasswordRequest:
        """The service and rules; InvalidInputError names what is wrong."""
        service = self.service_combo.currentText().strip()
        if not service:
            raise InvalidInputError(self.tr("Type the name of the service, such as github.com."))
        classes = frozenset(c for c, check in self.class_checks.items() if check.isChecked())
        policy = PasswordPolicy(
            self.length_spin.value(), classes, self._symbols or DEFAULT_SYMBOLS, self._counter
        )
        return PasswordRequest(service, policy)

    def problem(self) -> str | None:
        try:
            self.request()
        except InvalidInputError as exc:
            return str(exc)
        return None

    def show_password(self, password: str) -> None:
        self.set_busy(False)
        self.password_edit.setText(password)
        self.show_button.setEnabled(True)
        self.copy_button.setEnabled(True)

    def password(self) -> str:
        return str(self.password_edit.text())

    def set_copied(self, seconds: int) -> None:
        self.copied_label.setText(
            self.tr("Copied. The clipboard is cleared in {seconds} seconds.").format(
                seconds=seconds
            )
        )

    def _service_changed(self, text: str) -> None:
        try:
            policy = self._saved.get(normalize_service(text))
        except InvalidInputError:
            policy = None
        if policy is not None:
            self.set_policy(policy)
        self._forget()

    def _toggle_shown(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.show_button.setAccessibleName(
            self.tr("Hide the password") if shown else self.tr("Show the password")
        )

    def _forget(self) -> None:
        """The rules changed: the password shown no longer matches them."""
        self.password_edit.clear()
        self.show_button.setChecked(False)
        self.show_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.copied_label.clear()
