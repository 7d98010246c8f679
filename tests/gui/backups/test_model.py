"""The backups table model."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from keyfold.core.vault.records import BackupRecord
from keyfold.gui.backups.model import BackupTableModel
from keyfold.gui.base.models import columns as c

RECORDS = [
    BackupRecord("/b/one-backup.json", ("one",), ("f1",), datetime(2025, 1, 2, tzinfo=UTC),
                 "standard", False, None),
    BackupRecord("/b/all.tar.gz", ("one", "two"), ("f1", "f2"),
                 datetime(2025, 3, 4, tzinfo=UTC), "datafold-sdk", True,
                 datetime(2025, 3, 5, tzinfo=UTC)),
]  # fmt: skip


def test_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = BackupTableModel()
    model.set_records(RECORDS)
    qtmodeltester.check(model, force_py=True)


def test_cells() -> None:
    model = BackupTableModel()
    model.set_records(RECORDS)
    assert model.index(0, c.BACKUP_COL_FILE).data() == "one-backup.json"
    assert model.index(0, c.BACKUP_COL_FILE).data(Qt.ItemDataRole.ToolTipRole) == RECORDS[0].path
    assert model.index(0, c.BACKUP_COL_VERIFIED).data() == "Not checked"
    assert model.index(1, c.BACKUP_COL_KEYS).data() == "one, two"
    assert model.index(1, c.BACKUP_COL_FORMAT).data() == "DataFold SDK compatible, bundle"
    assert model.index(
        1,
        c.BACKUP_COL_DATE,
    ).data(c.SORT_ROLE) > model.index(0, c.BACKUP_COL_DATE).data(c.SORT_ROLE)
    assert model.index(1, 0).data(c.RECORD_ROLE) == RECORDS[1]
