"""The window fits 800x600 in English and German: nothing is pushed off or cut."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.gui.base.clipboard import ClipboardGuard
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import FakeDialogs, make_key, open_window
from tests.gui.test_german import german  # noqa: F401 -- the fixture

SMALL = (800, 600)


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "de":
        request.getfixturevalue("german")
    yield request.param


@pytest.fixture
def small_window(language: str, window: MainWindow, controller: Controller) -> MainWindow:
    """Two keys, one selected, in a window of 800x600 (built after the translator)."""
    make_key(controller, "release-signing", "Release signing", tags=("release", "ci"))
    make_key(controller, "laptop", "Laptop")
    window.refresh("release-signing")
    window.resize(*SMALL)
    QApplication.processEvents()
    return window


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: may extend past it, the user scrolls to it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
        ):
            return True
        parent = parent.parentWidget()
    return False


def _cut_off(window: MainWindow) -> list[str]:
    """Visible widgets that stick out of the window (scrolled content aside)."""
    inside = window.rect()
    out = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _scrolled(widget):
            continue
        rect = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
        if not inside.contains(rect):
            out.append(f"{type(widget).__name__}:{widget.objectName()} {rect}")
    return out


def test_window_fits_800_by_600(language: str, small_window: MainWindow) -> None:
    window = small_window
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], (language, hint)
    assert (window.width(), window.height()) == SMALL
    assert _cut_off(window) == []
    assert window.details.isVisible()


def test_every_page_fits_800_by_600(language: str, small_window: MainWindow) -> None:
    for index in range(small_window.tabs.count()):
        small_window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert _cut_off(small_window) == [], small_window.tabs.tabText(index)


def test_details_go_below_when_narrow_and_beside_when_wide(small_window: MainWindow) -> None:
    splitter = small_window.keys_page.splitter
    assert splitter.orientation() == Qt.Orientation.Vertical
    small_window.resize(1400, 800)
    QApplication.processEvents()
    assert splitter.orientation() == Qt.Orientation.Horizontal


def test_splitter_sizes_are_remembered(
    small_window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    dialogs: FakeDialogs,
    clipboard_guard: ClipboardGuard,
) -> None:
    splitter = small_window.keys_page.splitter
    splitter.setSizes([150, 350])
    splitter.splitterMoved.emit(150, 1)  # as at the end of a drag
    chosen = splitter.sizes()
    again = open_window(qtbot, tmp_path, controller, dialogs, clipboard_guard, small_window.tasks)
    again.resize(*SMALL)
    QApplication.processEvents()
    assert again.keys_page.splitter.sizes() == chosen
