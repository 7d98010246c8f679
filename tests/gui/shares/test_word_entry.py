"""Tests for keyfold.gui.shares.word_entry: completing the word being typed."""

import pytest
from pytestqt.qtbot import QtBot

from keyfold.gui.shares.word_entry import ShareWordsEdit


# The offscreen platform cannot raise a popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")
def test_word_completion_completes_the_word_being_typed(qtbot: QtBot) -> None:
    edit = ShareWordsEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "academic ac")
    assert edit.current_prefix() == "ac"
    assert edit.word_completer.completionCount() > 1
    qtbot.keyClicks(edit, "ne")
    assert edit.word_completer.currentCompletion() == "acne"
    edit.insert_word("acne")
    assert edit.text() == "academic acne "
    assert edit.current_prefix() == ""


def test_no_popup_between_words_or_for_a_finished_word(qtbot: QtBot) -> None:
    edit = ShareWordsEdit()
    qtbot.addWidget(edit)
    edit.setText("academic ")
    edit.setCursorPosition(len(edit.text()))
    assert edit.current_prefix() == ""
    edit.setText("acne")
    edit.setCursorPosition(2)
    assert edit.current_prefix() == "ac"
