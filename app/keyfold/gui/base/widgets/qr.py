"""A QR code of a text as a QPixmap (segno -> PNG bytes -> QPixmap)."""

import io

from PySide6.QtGui import QPixmap


def qr_pixmap(text: str, scale: int = 4) -> QPixmap:
    """Dark modules on white with a quiet zone: scanners need that in any theme."""
    # Here, not at the top: segno's writers load urllib, http and email, and the
    # details pane is imported before the window first shows.
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
