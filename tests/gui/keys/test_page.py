"""The keys page: the Name column keeps room however wide the other columns get."""

from keyfold.controller import Controller
from keyfold.gui.base.models import columns as c
from keyfold.gui.keys.page import NAME_MIN_CHARS
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import make_key


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
