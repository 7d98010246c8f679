"""Eliding at word boundaries."""

from PySide6.QtGui import QFont, QFontMetrics

from keyfold.gui.base.widgets.elide import elide_words


def test_cut_between_words_with_an_ellipsis(qapp: object) -> None:
    metrics = QFontMetrics(QFont())
    text = "Signed 3 files with Release signing; beside the files."
    assert elide_words(text, metrics, 10_000) == text
    width = metrics.horizontalAdvance("Signed 3 files with Release…")
    assert elide_words(text, metrics, width) == "Signed 3 files with Release…"
    # A long path is one word: the middle goes, the file's name stays.
    message = "Keyfold cannot find /tmp/" + "a" * 150 + "/gone.minisig"
    shown = elide_words(message, metrics, metrics.horizontalAdvance(message) // 2)
    assert shown.startswith("Keyfold cannot") and shown.endswith("gone.minisig")
    assert "…" in shown
