"""The keys page: room for names, and the keyboard (Tab, Ctrl+U, Escape, no matches)."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.gui.base.dialogs.unlock import UnlockDialog
from keyfold.gui.base.models import columns as c
from keyfold.gui.keys.page import NAME_MIN_CHARS
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key


def test_name_column_keeps_room_in_a_narrow_window(
    window: MainWindow, controller: Controller
) -> None:
    make_key(controller, "release-signing", "Release signing")
    window.refresh("release-signing")
    window.resize(600, 500)
    view = window.keys_page.view
    page_width = window.keys_page.splitter.widget(0).width()
    room = view.fontMetrics().averageCharWidth() * NAME_MIN_CHARS
    assert view.minimumWidth() > room
    assert page_width >= view.minimumWidth()
    assert view.horizontalHeader().sectionSize(c.KEY_COL_NAME) >= room


def test_keyboard_in_the_key_list(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    make_key(controller, "alpha", "Alpha")
    make_key(controller, "beta", "Beta")
    window.refresh("alpha")
    page = window.keys_page
    window.activateWindow()
    # Tab leaves the table instead of walking its cells.
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert not page.view.hasFocus()
    # Ctrl+U unlocks the selected key even while the search field has focus.
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(dialogs.opened[-1], UnlockDialog)
    dialogs.opened[-1].reject()
    # No matches says so; Escape clears the search and shows every key again.
    qtbot.keyClicks(page.search, "zzz")
    assert page.proxy.rowCount() == 0
    assert page.no_matches.isVisible() and "zzz" in page.no_matches.text()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.proxy.rowCount() == 2
    assert not page.no_matches.isVisible()


def test_unlocking_another_key_keeps_the_selection_and_page(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    """As when decrypting asks to unlock the key a file was sent to."""
    make_key(controller, "alpha", "Alpha")
    make_key(controller, "beta", "Beta")
    window.refresh("beta")
    window.tabs.setCurrentWidget(window.backups_page)
    window.key_commands.unlock(controller.keys.get("alpha"))
    dialog = dialogs.last(UnlockDialog)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert controller.keys.is_unlocked("alpha")
    assert [r.key_id for r in window.keys_page.selected_records()] == ["beta"]
    assert window.tabs.currentWidget() is window.backups_page


def test_a_search_that_hides_the_selected_key_hides_its_details(
    window: MainWindow, controller: Controller
) -> None:
    make_key(controller, "alpha", "Alpha")
    make_key(controller, "beta", "Beta")
    window.refresh("alpha")
    page = window.keys_page
    assert [r.key_id for r in page.selected_records()] == ["alpha"]
    assert window.details.isVisibleTo(window)
    page.search.setText("bet")
    assert page.proxy.rowCount() == 1
    assert page.selected_records() == []
    assert not window.details.isVisibleTo(window)
    page.search.setText("alp")
    page.select_key("alpha")
    page.search.setText("a")  # both match: the selection stays on alpha
    assert [r.key_id for r in page.selected_records()] == ["alpha"]
    assert window.details.record is not None and window.details.record.key_id == "alpha"


def test_id_column_fits_each_load_and_keeps_its_width_while_searching(
    window: MainWindow, controller: Controller, qtbot: QtBot
) -> None:
    make_key(controller, "a", "Alpha")
    window.refresh("a")
    header = window.keys_page.view.horizontalHeader()
    narrow = header.sectionSize(c.KEY_COL_ID)
    make_key(controller, "a-much-longer-key-identifier", "Beta")
    window.refresh("a")
    wide = header.sectionSize(c.KEY_COL_ID)
    assert wide > narrow  # a load re-fits the column to the longer id
    # A keystroke that hides the long id does not re-measure the column.
    qtbot.keyClicks(window.keys_page.search, "Alpha")
    assert window.keys_page.proxy.rowCount() == 1
    assert header.sectionSize(c.KEY_COL_ID) == wide
