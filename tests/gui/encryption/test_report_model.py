"""The reception report table."""

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from keyfold.core.encryption import ShardIssue, ShardProblem
from keyfold.gui.base.models.columns import RECORD_ROLE, SORT_ROLE
from keyfold.gui.encryption import columns as c
from keyfold.gui.encryption.report_model import ShardIssueTableModel

ISSUES = [
    ShardIssue("a1" * 16, 2, ShardProblem.CORRUPTED, "its signature does not verify", (2,), False),
    ShardIssue("b2" * 16, None, ShardProblem.UNEXPECTED, "not in the manifest", (5,), False),
    ShardIssue("c3" * 16, 0, ShardProblem.DUPLICATED, "arrived twice", (0, 4), True),
]


def test_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = ShardIssueTableModel()
    model.set_records(ISSUES)
    qtmodeltester.check(model, force_py=True)


def test_cells() -> None:
    model = ShardIssueTableModel()
    model.set_records(ISSUES)
    assert model.index(0, c.ISSUE_COL_SHARD).data() == "a1" * 16
    assert model.index(0, c.ISSUE_COL_INDEX).data() == "3"
    assert model.index(0, c.ISSUE_COL_PROBLEM).data() == "Damaged"
    assert model.index(0, c.ISSUE_COL_RECOVERED).data() == "No"
    assert model.index(0, c.ISSUE_COL_DETAIL).data(Qt.ItemDataRole.ToolTipRole) == (
        "its signature does not verify"
    )
    assert model.index(1, c.ISSUE_COL_INDEX).data() == ""
    assert model.index(1, c.ISSUE_COL_INDEX).data(SORT_ROLE) == -1
    assert model.index(2, c.ISSUE_COL_PROBLEM).data() == "Sent twice"
    assert model.index(2, c.ISSUE_COL_RECOVERED).data() == "Yes"
    assert model.index(2, 0).data(RECORD_ROLE) == ISSUES[2]
