"""The activity table model: Qt's model tester, words, sorting values."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from keyfold.core.audit import AuditEntry
from keyfold.gui.activity import columns as a
from keyfold.gui.activity.model import AuditTableModel
from keyfold.gui.base.models.columns import RECORD_ROLE, SORT_ROLE


def entry(seq: int, kind: str, key_id: str | None = "alpha", **details: str) -> AuditEntry:
    return AuditEntry(seq, datetime(2025, 6, seq, tzinfo=UTC), kind, key_id, 1, "test", details)


def test_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = AuditTableModel()
    model.set_records([entry(1, "generate"), entry(2, "sign", count="3")])
    qtmodeltester.check(model, force_py=True)
    model.set_records([])
    qtmodeltester.check(model, force_py=True)


def test_cells_in_plain_words(qapp: object) -> None:
    model = AuditTableModel()
    signed = entry(2, "sign", action="files", file="/home/me/a.txt", count="1")
    model.set_records([entry(1, "generate", None), signed, entry(3, "from_the_future")])
    assert model.index(1, a.AUDIT_COL_WHAT).data() == "Signed"
    assert model.index(1, a.AUDIT_COL_DETAILS).data() == "Signed a.txt with alpha, version 1"
    model.key_names = {"alpha": "Release signing"}
    assert model.index(1, a.AUDIT_COL_DETAILS).data() == (
        "Signed a.txt with Release signing, version 1"
    )
    # The log's own words, on demand.
    assert model.index(1, a.AUDIT_COL_DETAILS).data(Qt.ItemDataRole.ToolTipRole) == (
        "action: files\ncount: 1\nfile: /home/me/a.txt"
    )
    assert model.index(1, a.AUDIT_COL_KEY).data() == "alpha"
    assert model.index(0, a.AUDIT_COL_KEY).data() == ""
    assert model.index(2, a.AUDIT_COL_WHAT).data() == "From the future"
    assert model.index(1, a.AUDIT_COL_WHEN).data(SORT_ROLE) == 2
    assert model.index(1, 0).data(RECORD_ROLE) is signed
    assert "Entry 2" in model.index(1, a.AUDIT_COL_WHEN).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(a.AUDIT_COL_WHAT, Qt.Orientation.Horizontal) == "What"
