"""`DropOverlay`: while files are dragged over the window, say what dropping does."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget


class DropOverlay(QLabel):
    """Covers `parent` with a tinted panel and a sentence; hidden until `show_over()`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dropOverlay")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setText(
            self.tr(
                "Drop to open: files are signed or encrypted, signatures checked, "
                "backups restored, private keys imported."
            )
        )
        self.hide()
        parent.installEventFilter(self)

    def show_over(self) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        # Nearly opaque: the sentence must not mix with the page under it.
        fill = QColor(self.palette().color(QPalette.ColorRole.Window))
        fill.setAlpha(235)
        self.setStyleSheet(
            "QLabel#dropOverlay {"
            f" background: rgba({fill.red()}, {fill.green()}, {fill.blue()}, {fill.alpha()});"
            f" border: 3px dashed {highlight.name()}; border-radius: 8px;"
            " font-size: 16pt; padding: 24px; }"
        )
        self._fit()
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect().adjusted(8, 8, -8, -8))
