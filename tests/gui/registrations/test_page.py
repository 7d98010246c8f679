"""The registrations page: hint when empty, selection, and status colours per palette."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from keyfold.controller.registry import RegistrationRecord
from keyfold.core.keys import KeyPair
from keyfold.gui.base.models import columns as c
from keyfold.gui.base.theme import good_color
from keyfold.gui.registrations.model import RegistrationTableModel
from keyfold.gui.registrations.page import RegistrationsPage


def _record(client_id: str) -> RegistrationRecord:
    return RegistrationRecord(
        "http://127.0.0.1:8000", client_id, "alpha", 1, KeyPair.generate().public,
        "reg", None, datetime(2025, 1, 1, tzinfo=UTC), "active", None, None,
    )  # fmt: skip


def test_hint_selection_and_colours(qtbot: QtBot) -> None:
    model = RegistrationTableModel()
    page = RegistrationsPage(model)
    qtbot.addWidget(page)
    page.show()
    assert page.hint.isVisible()
    model.set_records([_record("one"), _record("two")])
    assert not page.hint.isVisible()
    assert page.view.isColumnHidden(c.REG_COL_REGISTRATION)

    with qtbot.waitSignal(page.selection_changed):
        page.select("http://127.0.0.1:8000", "two")
    assert [r.client_id for r in page.selected_records()] == ["two"]

    status = model.index(0, c.REG_COL_STATUS)
    assert status.data(Qt.ItemDataRole.ForegroundRole) == QColor(good_color(page.palette()))
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    page.setPalette(dark)
    assert status.data(Qt.ItemDataRole.ForegroundRole) == QColor(good_color(dark))
    assert good_color(dark) != good_color(QPalette())
