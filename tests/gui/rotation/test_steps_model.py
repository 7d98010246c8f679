"""The rotation steps model: Qt's model tester and each step in words."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester

from keyfold.core.rotation import RegistrationAction, RegistrationStep, StepOutcome
from keyfold.gui.base.models.columns import RECORD_ROLE
from keyfold.gui.rotation.steps_model import (
    STEP_COL_ACTION,
    STEP_COL_CLIENT,
    STEP_COL_OUTCOME,
    RotationStepsModel,
)


def step(
    action: RegistrationAction, outcome: StepOutcome, new: str = "", message: str = ""
) -> RegistrationStep:
    return RegistrationStep(
        "r1", "https://node.example", "laptop", action, outcome, new, message, datetime.now(UTC)
    )


def test_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = RotationStepsModel()
    model.set_records([step(RegistrationAction.ROTATE, StepOutcome.OK, "laptop")])
    qtmodeltester.check(model, force_py=True)
    model.set_records([])
    qtmodeltester.check(model, force_py=True)


def test_steps_in_plain_words(qapp: object) -> None:
    model = RotationStepsModel()
    failed = step(RegistrationAction.REGISTER, StepOutcome.FAILED, message="Server down.")
    model.set_records([step(RegistrationAction.REGISTER, StepOutcome.OK, "laptop-v2"), failed])
    model.set_failed_color(QColor("red"))
    assert model.index(0, STEP_COL_CLIENT).data() == "laptop → laptop-v2"
    assert model.index(0, STEP_COL_ACTION).data() == "Registered the new version"
    assert model.index(0, STEP_COL_OUTCOME).data() == "Done"
    assert model.index(0, STEP_COL_OUTCOME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, STEP_COL_OUTCOME).data() == "Failed; try again later: Server down."
    assert model.index(1, STEP_COL_OUTCOME).data(Qt.ItemDataRole.ForegroundRole) == QColor("red")
    assert model.index(1, 0).data(RECORD_ROLE) is failed
