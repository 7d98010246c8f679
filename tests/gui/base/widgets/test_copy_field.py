"""A read-only field whose Copy button hands over exactly its text."""

from pytestqt.qtbot import QtBot

from keyfold.gui.base.widgets.copy_field import CopyField


def test_copy_hands_over_the_text(qtbot: QtBot) -> None:
    copied: list[tuple[str, str]] = []
    field = CopyField("Public key", lambda what, text: copied.append((what, text)),
                      multiline=True)  # fmt: skip
    qtbot.addWidget(field)
    field.set_text("line one\nline two")
    field.copy_button.click()
    assert copied == [("Public key", "line one\nline two")]
    assert field.copy_button.accessibleName() == "Copy public key"
