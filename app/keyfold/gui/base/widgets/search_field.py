"""`SearchField`: Escape clears it, and window shortcuts such as Ctrl+U still work in it.

A line edit claims Ctrl+U (delete to the start of the line on X11) and some other
Ctrl keys before the window's actions see them; in a search box the window's
meaning is the useful one.
"""

from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

# Keys the field keeps: editing and moving within the text.
_EDITING = {
    Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X, Qt.Key.Key_Z, Qt.Key.Key_Y,
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End,
    Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Insert,
}  # fmt: skip


class SearchField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo: QKeyCombination = event.keyCombination()
            ctrl = combo.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and combo.key() not in _EDITING:
                event.ignore()  # let the window's shortcut have it
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
