"""Passphrase + confirm + meter: mismatch, weak unless insisted, empty when allowed."""

from pytestqt.qtbot import QtBot

from keyfold.gui.base.widgets.passphrase_fields import PassphraseFields


def _set(fields: PassphraseFields, first: str, second: str | None = None) -> None:
    fields.passphrase_edit.setText(first)
    fields.confirm_edit.setText(first if second is None else second)


def test_problems_in_order(qtbot: QtBot) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    assert fields.problem() == "Choose a passphrase."
    _set(fields, "tangerine lighthouse quietly", "tangerine")
    assert fields.problem() == "The two passphrases are not the same."
    _set(fields, "abc123")
    assert "easy to guess" in (fields.problem() or "")
    assert fields.weak_check.isVisibleTo(fields)
    fields.weak_check.setChecked(True)
    assert fields.problem() is None
    _set(fields, "tangerine lighthouse quietly 7 bicycles")
    assert fields.problem() is None and not fields.weak_check.isChecked()
    assert fields.meter.value() >= 3


def test_show_what_i_type_and_empty_allowed(qtbot: QtBot) -> None:
    fields = PassphraseFields(allow_empty=True)
    qtbot.addWidget(fields)
    assert fields.problem() is None
    fields.show_check.setChecked(True)
    assert fields.passphrase_edit.echoMode() == fields.passphrase_edit.EchoMode.Normal
