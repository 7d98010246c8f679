"""Registry errors: the sentence, and the server's code and status as details."""

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from keyfold.core.errors import InvalidInputError, RegistryError
from keyfold.gui.registrations.errors import error_details, show_error
from tests.gui.conftest import FakeDialogs


def test_details_name_the_code_and_status() -> None:
    error = RegistryError("The server refused.", "CLIENT_NOT_FOUND", 404)
    assert error_details(error) == "Server code: CLIENT_NOT_FOUND\nHTTP status: 404"
    assert error_details(RegistryError("The server could not be reached.")) is None
    assert error_details(InvalidInputError("Bad URL.")) is None


def test_the_box_shows_the_sentence_with_details(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = FakeDialogs()
    show_error(dialogs, parent, "Could not check", RegistryError("Gone.", "CLIENT_NOT_FOUND", 404))
    box = dialogs.last(QMessageBox)
    assert box.text() == "Gone." and "CLIENT_NOT_FOUND" in box.detailedText()
    box.close()
