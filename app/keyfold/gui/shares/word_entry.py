"""A line for typing one SLIP-39 share: completes each word from the word list."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from keyfold.core.shares import WORDS


class ShareWordsEdit(QLineEdit):
    """Completes the word being typed (not the whole line) from the SLIP-39 list.

    SLIP-39 words differ in their first four letters, so after four letters
    the popup shows one word and Enter or Tab takes it.
    """

    word_completed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.word_completer = QCompleter(list(WORDS), self)
        self.word_completer.setWidget(self)
        self.word_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.word_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.word_completer.activated.connect(self.insert_word)
        self.textEdited.connect(self._edited)

    def current_prefix(self) -> str:
        """The letters of the word being typed, before the cursor."""
        before = self.text()[: self.cursorPosition()]
        if not before or not before[-1].isalpha():
            return ""
        return before.split()[-1] if before.split() else ""

    def insert_word(self, word: str) -> None:
        """Replace the word being typed with `word` and a space."""
        prefix = self.current_prefix()
        cursor = self.cursorPosition()
        text = self.text()
        start = cursor - len(prefix)
        self.setText(text[:start] + word + " " + text[cursor:].lstrip())
        self.setCursorPosition(start + len(word) + 1)
        self._hide_popup()
        self.word_completed.emit()

    def _hide_popup(self) -> None:
        popup = self.word_completer.popup()
        if popup is not None:
            popup.hide()

    def _edited(self, _text: str) -> None:
        prefix = self.current_prefix().lower()
        if not prefix:
            self._hide_popup()
            return
        self.word_completer.setCompletionPrefix(prefix)
        only = self.word_completer.completionCount() == 1
        if self.word_completer.completionCount() == 0 or (
            only and self.word_completer.currentCompletion() == prefix
        ):
            self._hide_popup()
            return
        rect = self.cursorRect()
        rect.setWidth(180)
        self.word_completer.complete(rect)
