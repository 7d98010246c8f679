"""The registrations table model: every column, status in words, colour and icon."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from pytestqt.modeltest import ModelTester

from keyfold.controller.registry import STATUS_NOT_FOUND, RegistrationRecord
from keyfold.core.keys import KeyPair
from keyfold.gui.base.models import columns as c
from keyfold.gui.base.models.registration_status import (
    StatusTone,
    rows_from_registry,
    status_tone,
    status_words,
)
from keyfold.gui.registrations.model import RegistrationTableModel

KEY = KeyPair.from_seed(bytes(range(32))).public


def _record(key_id: str, client_id: str, status: str, **kwargs: object) -> RegistrationRecord:
    values: dict[str, object] = {
        "server": "http://127.0.0.1:8000",
        "client_id": client_id,
        "key_id": key_id,
        "key_version": 1,
        "public_key": KEY,
        "registration_id": f"reg-{client_id}",
        "key_name": key_id.title(),
        "registered_at": datetime(2025, 1, 1, tzinfo=UTC),
        "status": status,
        "last_checked": datetime(2025, 1, 2, tzinfo=UTC),
        "last_used": None,
    }
    values.update(kwargs)
    return RegistrationRecord(**values)  # type: ignore[arg-type]


RECORDS = [
    _record("alpha", "client-1", "active", last_used=datetime(2025, 3, 1, tzinfo=UTC)),
    _record("beta", "client-2", "revoked", server="https://node.example", key_version=2),
    _record("gamma", "client-3", STATUS_NOT_FOUND, registered_at=None),
]


def test_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = RegistrationTableModel()
    model.set_records(rows_from_registry(RECORDS))
    qtmodeltester.check(model, force_py=True)
    model.set_records([])
    qtmodeltester.check(model, force_py=True)


def test_every_column_in_words() -> None:
    model = RegistrationTableModel()
    model.set_records(RECORDS)
    row = [model.index(1, column).data() for column in range(model.columnCount())]
    assert dict(zip(c.REG_HEADERS, row, strict=True)) == {
        "Key": "beta",
        "Version": "2",
        "Server": "https://node.example",
        "Client ID": "client-2",
        "Status": "Revoked",
        "Registered": row[c.REG_COL_DATE],
        "Last checked": row[c.REG_COL_CHECKED],
        "Last used": "Never",
        "Registration ID": "reg-client-2",
    }
    assert row[c.REG_COL_DATE].startswith(("2025-01-01", "2024-12-31"))  # local time
    assert model.index(2, c.REG_COL_STATUS).data() == "Not found on the server"
    assert model.index(2, c.REG_COL_DATE).data() == "Unknown"
    assert model.index(0, c.REG_COL_USED).data() != "Never"
    assert "refuses" in model.index(1, c.REG_COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, c.REG_COL_KEY).data(c.RECORD_ROLE) is RECORDS[0]
    assert [r.client_id for r in model.rows_for_key("alpha")] == ["client-1"]
    assert model.row_of("https://node.example", "client-2") == 1
    assert model.row_of("https://node.example", "client-1") is None


def test_status_colour_and_icon_follow_the_tone(qtbot: object) -> None:
    model = RegistrationTableModel()
    model.set_records(RECORDS)
    assert model.index(0, c.REG_COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) is None
    colors = {
        StatusTone.GOOD: QColor("green"),
        StatusTone.BAD: QColor("red"),
        StatusTone.ATTENTION: QColor("orange"),
    }
    pixmap = QPixmap(4, 4)
    icons = {tone: QIcon(pixmap) for tone in StatusTone}
    model.set_status_look(colors, icons)
    foreground = [
        model.index(row, c.REG_COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) for row in range(3)
    ]
    assert foreground == [QColor("green"), QColor("red"), QColor("orange")]
    assert model.index(0, c.REG_COL_KEY).data(Qt.ItemDataRole.ForegroundRole) is None
    assert isinstance(model.index(0, c.REG_COL_STATUS).data(Qt.ItemDataRole.DecorationRole), QIcon)


def test_unknown_statuses_are_shown_as_sent_and_need_attention() -> None:
    assert status_words("on_hold") == "On hold"
    assert status_tone("on_hold") is StatusTone.ATTENTION
    assert status_tone("active") is StatusTone.GOOD
    assert status_words("") == "Unknown"
