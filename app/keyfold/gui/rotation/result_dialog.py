"""After a rotation: the new version, and each server step's outcome, with Resume."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyfold.core.rotation import RegistrationStep, RotationRecord, RotationState
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color, warning_color
from keyfold.gui.base.widgets.tables import make_table
from keyfold.gui.rotation.steps_model import STEP_COL_OUTCOME, RotationStepsModel


def summary(record: RotationRecord, label: str) -> str:
    text = QCoreApplication.translate(
        "RotationResultDialog",
        "Version {new} of “{key}” is now current and signs from now on. "
        "Version {old} is kept to check the signatures it made.",
    ).format(new=record.to_version, key=label, old=record.from_version)
    if record.emergency:
        text += " " + QCoreApplication.translate(
            "RotationResultDialog", "Its server registrations were cancelled first."
        )
    return text


def servers_text(record: RotationRecord, steps: Sequence[RegistrationStep]) -> str:
    if record.state is RotationState.PENDING_REGISTRATIONS:
        return QCoreApplication.translate(
            "RotationResultDialog",
            "Some servers could not be told about the new version (see below). They still "
            "know the old one. Try again with “Resume” once they can be reached.",
        )
    if not steps:
        return QCoreApplication.translate(
            "RotationResultDialog",
            "The key was not registered with any server, so nothing else had to change.",
        )
    return QCoreApplication.translate(
        "RotationResultDialog", "Every server it is registered with now knows the new version."
    )


class RotationResultDialog(QDialog):
    """Non-blocking report; `resume_requested` asks to retry the failed server steps."""

    resume_requested = Signal()

    def __init__(
        self,
        record: RotationRecord,
        label: str,
        steps: Sequence[RegistrationStep],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rotationResultDialog")
        self.setWindowTitle(self.tr("Rotated {key}").format(key=label))
        self.label = label
        self.summary = named(QLabel(wordWrap=True), "rotationSummary")
        self.servers = named(QLabel(wordWrap=True), "rotationServers")
        self.model = RotationStepsModel(self)
        self.model.set_failed_color(QColor(error_color(self.palette())))
        self.table = make_table(self.model, "rotationStepsView", self.tr("Server steps"))
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STEP_COL_OUTCOME, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.resume_button: QPushButton = self.buttons.addButton(
            self.tr("Resume"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setAccessibleName(self.tr("Resume: tell the remaining servers"))
        self.resume_button.setToolTip(self.tr("Try the failed server steps again"))
        self.buttons.rejected.connect(self.reject)
        self.resume_button.clicked.connect(self.resume_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.servers)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the slack when there is no table to show
        layout.addWidget(self.buttons)
        self.show_rotation(record, steps)
        self.resize(640, 360 if steps else self.sizeHint().height())

    def show_rotation(self, record: RotationRecord, steps: Sequence[RegistrationStep]) -> None:
        self.record = record
        pending = record.state is RotationState.PENDING_REGISTRATIONS
        self.summary.setText(summary(record, self.label))
        self.servers.setText(servers_text(record, steps))
        color = warning_color(self.palette()) if pending else ""
        self.servers.setStyleSheet(f"color: {color};" if color else "")
        self.model.set_records(steps)
        self.table.setVisible(bool(steps))
        self.resume_button.setVisible(pending)
        self.resume_button.setEnabled(True)

    def set_busy(self, busy: bool) -> None:
        self.resume_button.setEnabled(not busy)
