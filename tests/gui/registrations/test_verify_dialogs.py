"""The verify-on-server file dialog while the user types a path."""

from pytestqt.qtbot import QtBot

from keyfold.gui.registrations.verify_dialogs import VerifyFileOnServerDialog


def test_a_path_without_a_file_name_is_not_an_error(qtbot: QtBot) -> None:
    dialog = VerifyFileOnServerDialog([], [], None)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText("/")  # raised "PosixPath('/') has an empty name" before
    assert ".minisig file beside it" in dialog.signature_label.text()
    dialog.path_edit.setText("/tmp/report.pdf")
    assert "report.pdf.minisig" in dialog.signature_label.text()
