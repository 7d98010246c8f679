"""The table model of a rotation's server steps: what was asked of each server, and how it went."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from keyfold.core.rotation import RegistrationStep, StepOutcome
from keyfold.gui.base.models.record_table import RecordTableModel
from keyfold.gui.base.models.rotation_words import outcome_words, step_words
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

STEP_COL_SERVER = 0
STEP_COL_CLIENT = 1
STEP_COL_ACTION = 2
STEP_COL_OUTCOME = 3
# Marked here, translated by the model's headerData in this context.
STEP_HEADERS = (
    QT_TRANSLATE_NOOP("RotationStepsModel", "Server"),
    QT_TRANSLATE_NOOP("RotationStepsModel", "Client ID"),
    QT_TRANSLATE_NOOP("RotationStepsModel", "What was done"),
    QT_TRANSLATE_NOOP("RotationStepsModel", "Outcome"),
)


class RotationStepsModel(RecordTableModel[RegistrationStep]):
    """One row per registration step of one rotation, in the order they ran."""

    HEADER_CONTEXT = "RotationStepsModel"
    HEADERS = STEP_HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._failed_color: QColor | None = None

    def set_failed_color(self, color: QColor) -> None:
        """How failed outcomes are drawn (the view picks it for its palette)."""
        self._failed_color = color

    def _tooltip(self, step: RegistrationStep, column: int) -> str | None:
        return self._display(step, column)

    def _role_data(self, step: RegistrationStep, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == STEP_COL_OUTCOME:
            return self._failed_color if step.outcome is StepOutcome.FAILED else None
        return None

    def _display(self, step: RegistrationStep, column: int) -> str | None:
        if column == STEP_COL_SERVER:
            return step.server
        if column == STEP_COL_CLIENT:
            if step.new_client_id and step.new_client_id != step.client_id:
                return f"{step.client_id} → {step.new_client_id}"
            return step.client_id
        if column == STEP_COL_ACTION:
            return step_words(step)
        if column == STEP_COL_OUTCOME:
            return outcome_words(step)
        return None
