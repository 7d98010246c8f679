"""A framed area that takes dropped files or a file picker's choice."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


def local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries, in order; nothing for other content."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropArea(QFrame):
    """Emits `files_chosen` when files are dropped or `browse_clicked` asked for."""

    files_chosen = Signal(list)
    browse_clicked = Signal()

    def __init__(self, text: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        label = QLabel(text, wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.browse_button = QPushButton(button_text)
        self.browse_button.setAccessibleName(button_text.replace("…", ""))
        self.browse_button.clicked.connect(self.browse_clicked)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self.browse_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setMinimumHeight(120)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_chosen.emit(files)
