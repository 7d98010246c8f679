"""Eliding at word boundaries."""

from PySide6.QtGui import QFont, QFontMetrics

from keyfold.gui.base.widgets.elide import elide_words


def test_cut_between_words_with_an_ellipsis(qapp: object) -> None:
    metrics = QFontMetrics(QFont())
    text = "Signed 3 files with Release signing; beside the files."
    assert elide_words(text, metrics, 10_000) == text
    width = metrics.horizontalAdvance("Signed 3 files with Release…")
    assert elide_words(text, metrics, width) == "Signed 3 files with Release…"
    # A single long word (a fingerprint) is the only thing cut inside.
    long = "a" * 200
    assert elide_words(long, metrics, 50).endswith("…")
