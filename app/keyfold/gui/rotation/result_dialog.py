"""After a rotation: the new version, and each server step's outcome, with Resume."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyfold.core.keys import PublicKeyFormat
from keyfold.core.rotation import RegistrationStep, RotationRecord, RotationState, StepOutcome
from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.models.formatting import counted
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
            "These servers could not be told about the new version and still know only "
            "the old one: {servers}. Try again with “Resume” once they can be reached.",
        ).format(servers=", ".join(stale_servers(steps)))
    if not steps:
        return QCoreApplication.translate(
            "RotationResultDialog",
            "The key was not registered with any server, so nothing else had to change.",
        )
    return QCoreApplication.translate(
        "RotationResultDialog", "Every server it is registered with now knows the new version."
    )


def stale_text(files: Sequence[tuple[Path, PublicKeyFormat]]) -> str:
    """Which exported public key files still hold the old version."""
    names = ", ".join(path.name for path, _ in files)
    return counted(
        len(files),
        QCoreApplication.translate(
            "RotationResultDialog",
            "The public key file you exported still holds the old version, so signatures "
            "made from now on do not check against it (minisign reports a key ID "
            "mismatch): {files}.",
        ),
        QCoreApplication.translate(
            "RotationResultDialog",
            "{count} public key files you exported still hold the old version, so signatures "
            "made from now on do not check against them (minisign reports a key ID "
            "mismatch): {files}.",
        ),
    ).format(count=len(files), files=names)


def stale_servers(steps: Sequence[RegistrationStep]) -> list[str]:
    """Servers that still know only the old version."""
    return sorted({step.server for step in steps if step.outcome is not StepOutcome.OK})


class RotationResultDialog(KeyfoldDialog):
    """Non-blocking report; `resume_requested` asks to retry the failed server steps,
    `export_again_requested` to write the new public key over out-of-date exports."""

    resume_requested = Signal()
    export_again_requested = Signal()

    def __init__(
        self,
        record: RotationRecord,
        label: str,
        steps: Sequence[RegistrationStep],
        parent: QWidget | None = None,
        *,
        stale: Sequence[tuple[Path, PublicKeyFormat]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rotationResultDialog")
        self.stale = named(QLabel(wordWrap=True), "staleExports")
        self.stale.setStyleSheet(f"color: {warning_color(self.palette())};")
        self.stale.setText(stale_text(stale) if stale else "")
        self.stale.setVisible(bool(stale))
        self.stale.setToolTip("\n".join(str(path) for path, _ in stale))
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
        self.export_button: QPushButton = self.buttons.addButton(
            self.tr("Export again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("exportAgainButton")
        self.export_button.setToolTip(
            self.tr("Save the new version's public key over each out-of-date file")
        )
        self.export_button.setVisible(bool(stale))
        self.export_button.clicked.connect(self.export_again_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.stale)
        layout.addWidget(self.servers)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the slack when there is no table to show
        layout.addWidget(self.buttons)
        self.show_rotation(record, steps)
        # Wide enough for every column, the last ("Outcome") included.
        self.table.resizeColumnsToContents()
        needed = self.table.horizontalHeader().length() + 2 * self.table.frameWidth() + 40
        self.resize(max(640, needed), 360 if steps else self.sizeHint().height())

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

    def exported_again(self) -> None:
        self.stale.setText(self.tr("The exported public key files now hold the new version."))
        self.stale.setStyleSheet("")
        self.export_button.setEnabled(False)

    def set_busy(self, busy: bool) -> None:
        self.resume_button.setEnabled(not busy)
