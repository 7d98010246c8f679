"""QR codes render to a square pixmap."""

from keyfold.gui.base.widgets.qr import qr_pixmap


def test_qr_pixmap(qapp: object) -> None:
    pixmap = qr_pixmap("ab" * 32, scale=2)
    assert not pixmap.isNull()
    assert pixmap.width() == pixmap.height() > 50
