"""Shortening text to a width at a word boundary, never in the middle of a word."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

ELLIPSIS = "…"


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` if it fits in `width` pixels, else as many whole words as fit, then "…".

    When whole words would keep less than half of it (a long path is one "word"),
    the middle goes instead, so the start and the end (a file's name) both stay.
    """
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;:.") + ELLIPSIS
        if metrics.horizontalAdvance(candidate) <= width:
            if 2 * len(candidate) >= len(text):
                return candidate
            break
    return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width)
