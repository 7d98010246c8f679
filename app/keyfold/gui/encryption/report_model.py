"""The reception report as a table: which shard, what went wrong, was it recovered."""

from typing import Any

from PySide6.QtCore import QCoreApplication

from keyfold.core.encryption import ShardIssue, ShardProblem
from keyfold.gui.base.models.record_table import RecordTableModel
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP
from keyfold.gui.encryption import columns as c

# Marked here, translated at use (context "ShardProblems").
PROBLEM_TEXT = {
    ShardProblem.MISSING: QT_TRANSLATE_NOOP("ShardProblems", "Missing"),
    ShardProblem.DUPLICATED: QT_TRANSLATE_NOOP("ShardProblems", "Sent twice"),
    ShardProblem.REORDERED: QT_TRANSLATE_NOOP("ShardProblems", "Out of order"),
    ShardProblem.CORRUPTED: QT_TRANSLATE_NOOP("ShardProblems", "Damaged"),
    ShardProblem.FOREIGN_SIGNED: QT_TRANSLATE_NOOP("ShardProblems", "Signed by someone else"),
    ShardProblem.UNEXPECTED: QT_TRANSLATE_NOOP("ShardProblems", "Not in the manifest"),
}


class ShardIssueTableModel(RecordTableModel[ShardIssue]):
    HEADER_CONTEXT = c.COLUMNS_CONTEXT
    HEADERS = c.ISSUE_HEADERS

    def _sort_key(self, issue: ShardIssue, column: int) -> Any:
        if column == c.ISSUE_COL_INDEX:
            return -1 if issue.index is None else issue.index
        return super()._sort_key(issue, column)

    def _tooltip(self, issue: ShardIssue, column: int) -> str | None:
        if column == c.ISSUE_COL_SHARD:
            return issue.shard_id
        if column == c.ISSUE_COL_DETAIL:
            return issue.detail
        return None

    def _display(self, issue: ShardIssue, column: int) -> str | None:
        if column == c.ISSUE_COL_SHARD:
            return issue.shard_id
        if column == c.ISSUE_COL_INDEX:
            # People count from 1; the report counts from 0.
            return "" if issue.index is None else str(issue.index + 1)
        if column == c.ISSUE_COL_PROBLEM:
            if issue.problem in PROBLEM_TEXT:
                return QCoreApplication.translate("ShardProblems", PROBLEM_TEXT[issue.problem])
            return str(issue.problem)
        if column == c.ISSUE_COL_RECOVERED:
            return self.tr("Yes") if issue.recovered else self.tr("No")
        if column == c.ISSUE_COL_DETAIL:
            return issue.detail
        return None
