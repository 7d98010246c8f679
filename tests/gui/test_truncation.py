"""Nothing cut off mid-word: result columns, the versions table, tick boxes, status messages."""

from pathlib import Path

from PySide6.QtWidgets import QApplication, QCheckBox, QHeaderView

from keyfold.controller import Controller
from keyfold.gui.main_window import MainWindow
from keyfold.gui.passwords.password_dialog import DerivedPasswordDialog
from keyfold.gui.rotation.result_dialog import RotationResultDialog
from tests.gui.conftest import FakeDialogs, make_key
from tests.gui.rotation.conftest import rotate_through_dialog


def _fits(header: QHeaderView, column: int, content: int) -> bool:
    return header.sectionSize(column) >= max(header.sectionSizeHint(column), content)


def test_rotation_result_shows_its_last_column_whole(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha", "Alpha")
    rotate_through_dialog(window, dialogs, "alpha")
    result = dialogs.last(RotationResultDialog)
    header = result.table.horizontalHeader()
    last = header.count() - 1
    assert _fits(header, last, result.table.sizeHintForColumn(last))


def test_versions_table_has_room_for_last_used(window: MainWindow, controller: Controller) -> None:
    make_key(controller, "alpha", "Alpha")
    window.refresh("alpha")
    QApplication.processEvents()
    versions = window.details.versions
    header = versions.header()
    for column in range(header.count() - 1):
        assert header.sectionSize(column) >= versions.sizeHintForColumn(column), column


def test_password_tick_boxes_are_not_cut(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha", "Alpha")
    window.refresh("alpha")
    window.passwords.actions["derive_password"].trigger()
    dialog = dialogs.last(DerivedPasswordDialog)
    dialog.resize(420, dialog.height())  # narrow: the boxes wrap instead
    QApplication.processEvents()
    for check in dialog.findChildren(QCheckBox):
        if check.isVisible():
            assert check.width() >= check.sizeHint().width(), check.text()


def test_status_messages_are_shortened_before_the_labels(
    window: MainWindow, tmp_path: Path
) -> None:
    window.resize(800, 600)
    QApplication.processEvents()
    message = "Signed 12 files with Release signing; the signatures are beside the files " * 3
    window.notify(message.strip())
    shown = window.statusBar().currentMessage()
    assert "…" in shown and len(shown) < len(message)
    bar = window.statusBar()
    room = bar.width() - window.lock_label.width() - window.storage_label.width()
    assert bar.fontMetrics().horizontalAdvance(shown) <= room
    assert window.statusBar().toolTip() == message.strip()
