"""Sizes in plain words, and the progress dialog's Cancel."""

from pytestqt.qtbot import QtBot

from keyfold.gui.signing.progress import ProgressTaskDialog, counted, format_size


def test_sizes_and_plurals() -> None:
    assert format_size(1) == "1 byte"
    assert format_size(999) == "999 bytes"
    assert format_size(6000) == "6.0 KB"
    assert format_size(123_456_789) == "123 MB"
    assert format_size(3 * 10**12) == "3.0 TB"
    assert counted(1, "one", "many") == "one"
    assert counted(0, "one", "many") == "many"
    assert counted(2, "one", "many") == "many"


def test_progress_shows_on_the_bar_and_label(qtbot: QtBot) -> None:
    dialog = ProgressTaskDialog("Work", "Go")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button.click()
    assert dialog.busy and dialog.busy_bar.maximum() == 0
    dialog.show_progress(250, 1000, "a quarter")
    assert dialog.busy_bar.value() * 4 == dialog.busy_bar.maximum()
    assert dialog.progress_label.text() == "a quarter"
    dialog.reject()  # busy without a task to stop: stays open
    assert dialog.isVisible()
    dialog.set_busy(False)
    assert not dialog.progress_label.isVisibleTo(dialog)
    dialog.reject()
    assert not dialog.isVisible()
