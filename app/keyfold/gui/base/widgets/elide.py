"""Shortening text to a width at a word boundary, never in the middle of a word."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

ELLIPSIS = "…"


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` if it fits in `width` pixels, else as many whole words as fit, then "…"."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;:.") + ELLIPSIS
        if metrics.horizontalAdvance(candidate) <= width:
            return candidate
    # One word longer than the room: only then is it cut inside the word.
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
