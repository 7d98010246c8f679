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
