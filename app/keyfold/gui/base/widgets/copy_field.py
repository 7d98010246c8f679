"""A read-only text with a Copy button, for fingerprints and public keys."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QToolButton, QWidget

from keyfold.gui.base.icons import icon
from keyfold.gui.base.models.formatting import group_hex


class CopyField(QWidget):
    """Shows `text` read-only; the button hands it to `on_copy(what, text)`."""

    def __init__(
        self,
        what: str,
        on_copy: Callable[[str, str], None],
        *,
        multiline: bool = False,
        lines: int = 3,
        grouped: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._what = what
        self._on_copy = on_copy
        # Hex shown in groups of four, copied as it is.
        self._grouped = grouped
        self._text = ""
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.editor: QLineEdit | QPlainTextEdit
        if multiline:
            editor = QPlainTextEdit(readOnly=True)
            editor.setFont(font)
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            # At the spaces between groups or words; anywhere only in a long run.
            editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 12)
            self.editor = editor
        else:
            line = QLineEdit(readOnly=True)
            line.setFont(font)
            self.editor = line
        self.editor.setAccessibleName(what)
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.copy_button.setToolTip(self.tr("Copy the {what}").format(what=what.lower()))
        self.copy_button.setAccessibleName(self.tr("Copy {what}").format(what=what.lower()))
        self.copy_button.clicked.connect(self._copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.copy_button)

    def text(self) -> str:
        """The value as copied (without the display's grouping)."""
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        shown = group_hex(text) if self._grouped else text
        self.editor.setToolTip(shown)
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(shown)
            self.editor.setCursorPosition(0)
        else:
            self.editor.setPlainText(shown)

    def _copy(self) -> None:
        self._on_copy(self._what, self.text())
