"""The typed QT_TRANSLATE_NOOP marks a text without changing it."""

from PySide6.QtCore import QCoreApplication

from keyfold.gui.base.translation import QT_TRANSLATE_NOOP


def test_marking_keeps_the_text_for_translating_later() -> None:
    marked = QT_TRANSLATE_NOOP("SigningColumns", "Signed by")
    assert marked == "Signed by"
    # No translator is loaded in tests, so translating gives the English back.
    assert QCoreApplication.translate("SigningColumns", marked) == "Signed by"
