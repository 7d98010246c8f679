"""The drop area reports local files only."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from keyfold.gui.base.widgets.drop_area import FileDropArea, local_files


def _event(urls: list[QUrl]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls(urls)
    # The event keeps a pointer to the mime data: keep it alive with the event.
    event = QDropEvent(QPointF(1, 1), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    event.mime = mime  # type: ignore[attr-defined]
    return event


def test_only_local_files(qtbot: QtBot, tmp_path: Path) -> None:
    event = _event([QUrl.fromLocalFile(str(tmp_path / "a.json")), QUrl("https://x/y")])
    assert local_files(event) == [tmp_path / "a.json"]
    area = FileDropArea("Drop", "Choose…")
    qtbot.addWidget(area)
    with qtbot.waitSignal(area.files_chosen) as blocker:
        area.dropEvent(event)
    assert blocker.args == [[tmp_path / "a.json"]]
