"""The progress dialog's bar, label and Cancel."""

from pytestqt.qtbot import QtBot

from keyfold.gui.base.dialogs.progress_task_dialog import ProgressTaskDialog


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
