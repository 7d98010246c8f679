"""Confirm a rotation: what happens, the emergency option, and the key's passphrase."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.models.formatting import counted
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import warning_color


def explanation(record: KeyRecord, servers: int) -> str:
    label = record.name or record.key_id
    current = record.current.version
    parts = [
        QCoreApplication.translate(
            "RotateDialog",
            "Rotating gives “{key}” a new key pair as version {new}, which signs from "
            "now on. Version {old} is kept so signatures it made still check out, but it "
            "signs nothing more.",
        ).format(key=label, new=current + 1, old=current)
    ]
    if servers:
        parts.append(
            counted(
                servers,
                QCoreApplication.translate(
                    "RotateDialog",
                    "The key is registered on {count} server: each is told about the "
                    "new version, and the old registration is cancelled.",
                ),
                QCoreApplication.translate(
                    "RotateDialog",
                    "The key is registered on {count} servers: each is told about the "
                    "new version, and the old registration is cancelled.",
                ),
            ).format(count=servers)
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "RotateDialog",
                "The key is not registered with any server, so nothing else has to change.",
            )
        )
    parts.append(
        QCoreApplication.translate(
            "RotateDialog", "Passwords made from this key for services change too."
        )
    )
    return " ".join(parts)


class RotateDialog(TaskDialog):
    def __init__(
        self,
        record: KeyRecord,
        servers: int,
        emergency: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Rotate {key}").format(key=record.name or record.key_id),
            self.tr("Rotate key"),
            parent,
        )
        self.setObjectName("rotateDialog")
        self.record = record
        self.explanation = named(QLabel(explanation(record, servers), wordWrap=True), "rotateText")
        self.emergency_check = named(
            QCheckBox(
                self.tr("Emergency: the key may have leaked (cancel its registrations first)")
            ),
            "emergencyCheck",
        )
        self.emergency_check.setAccessibleName(
            self.tr("Emergency rotation: the key may have leaked")
        )
        emergency_text = self.tr(
            "Use this when someone else may have the private key. Its server registrations are "
            "cancelled first, so the servers refuse the leaked key at once; anything still using "
            "it stops working until it gets the new version."
        )
        self.emergency_note = named(QLabel(emergency_text, wordWrap=True), "emergencyNote")
        self.emergency_note.setStyleSheet(f"color: {warning_color(self.palette())};")
        self.passphrase_edit = named(
            QLineEdit(echoMode=QLineEdit.EchoMode.Password), "passphraseEdit"
        )
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.explanation)
        form.addRow(self.emergency_check)
        form.addRow(self.emergency_note)
        if record.protected:
            hint = QLabel(
                self.tr("The new version is protected by the same passphrase."), wordWrap=True
            )
            form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
            form.addRow("", hint)
        else:
            self.passphrase_edit.setVisible(False)
        self.emergency_check.toggled.connect(self._emergency_toggled)
        self.emergency_check.setChecked(emergency)
        self._emergency_toggled(emergency)
        self.resize(520, self.sizeHint().height())

    @property
    def emergency(self) -> bool:
        return self.emergency_check.isChecked()

    def passphrase(self) -> str | None:
        return str(self.passphrase_edit.text()) if self.record.protected else None

    def problem(self) -> str | None:
        if self.record.protected and not self.passphrase_edit.text():
            return self.tr("Type the key's passphrase.")
        return None

    def fail(self, message: str) -> None:
        super().fail(message)
        if self.record.protected:
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()

    def _emergency_toggled(self, on: bool) -> None:
        self.emergency_note.setVisible(on)
        text = self.tr("Revoke and rotate…") if on else self.tr("Rotate key")
        self.ok_button.setText(text)
        self.ok_button.setAccessibleName(text.replace("…", ""))
        self.adjustSize()
