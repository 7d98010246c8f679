"""The Activity tab in the window: lists events, filters them, checks for tampering."""

import contextlib
import sqlite3

from PySide6.QtCore import QDate

from keyfold.controller import Controller
from keyfold.core.audit import AuditKind
from keyfold.gui.activity import columns as a
from keyfold.gui.activity.page import local_midnight
from keyfold.gui.base.models.columns import RECORD_ROLE
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import PASSPHRASE, make_key


def test_lists_events_and_filters(window: MainWindow, controller: Controller) -> None:
    make_key(controller, "alpha")
    make_key(controller, "beta")
    controller.keys.unlock("alpha", PASSPHRASE)
    controller.signing.sign_message("alpha", "hi")
    window.refresh()
    action = window.activity.actions["show_activity"]
    assert action.shortcut().toString() == "Ctrl+4"
    assert action.property("accessibleName") == "Activity"
    action.trigger()
    page = window.activity.page
    assert window.tabs.currentWidget() is page
    view = page.view
    kinds = {page.model.index(r, a.AUDIT_COL_WHAT).data() for r in range(page.model.rowCount())}
    assert {"Key created", "Key unlocked", "Signed"} <= kinds
    shown = view.model()
    first, last = (shown.index(r, 0).data(RECORD_ROLE).seq for r in (0, shown.rowCount() - 1))
    assert first > last  # newest first

    page.choose_kind(AuditKind.GENERATE)
    assert view.model().rowCount() == 2
    page.choose_key("beta")
    assert view.model().rowCount() == 1
    assert view.model().index(0, a.AUDIT_COL_KEY).data() == "beta"
    assert page.count_label.text().startswith("Showing 1 of ")
    page.choose_kind(None)
    page.choose_key(None)
    total = page.model.rowCount()
    assert view.model().rowCount() == total

    page.to_check.setChecked(True)
    page.to_date.setDate(QDate.currentDate().addDays(-1))
    assert view.model().rowCount() == 0
    page.to_check.setChecked(False)
    page.from_check.setChecked(True)
    page.from_date.setDate(QDate.currentDate())
    assert view.model().rowCount() == total

    # New events show up once the window reloads after a change.
    controller.signing.sign_message("alpha", "again")
    window.refresh()
    assert page.model.rowCount() == total + 1


def test_integrity_check_reports_ok_then_tampering(
    window: MainWindow, controller: Controller
) -> None:
    make_key(controller, "alpha")
    window.activity.actions["check_activity"].trigger()
    page = window.activity.page
    assert window.tabs.currentWidget() is page
    assert page.result_label.text().startswith("The activity log is intact")
    assert page.check_button.isEnabled()

    database = controller.vault.home / "vault.db"
    with contextlib.closing(sqlite3.connect(database)) as conn, conn:
        conn.execute("UPDATE audit_log SET key_id = 'mallory' WHERE seq = 1")
    page.check_button.click()
    text = page.result_label.text()
    assert text.startswith("The activity log was changed")
    assert "number 1" in text


def test_local_midnight_is_the_start_of_the_local_day() -> None:
    start = local_midnight(QDate(2025, 6, 1))
    assert (start.year, start.month, start.day, start.hour, start.minute) == (2025, 6, 1, 0, 0)
    assert start.tzinfo is not None
