"""The servers list and the server editor: save, test the connection, remove."""

import pytest
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.controller.registry_servers import TOKEN_IN_SESSION, ServerRecord
from keyfold.gui.main_window import MainWindow
from keyfold.gui.registrations.register_dialog import RegisterDialog
from keyfold.gui.registrations.server_edit_dialog import SESSION_TOKEN_NOTE, ServerEditDialog
from keyfold.gui.registrations.servers_dialog import ServersDialog, server_summary
from tests.gui.conftest import FakeDialogs, make_key
from tests.gui.registrations.conftest import wait_idle
from tests.server.live import LiveServer

pytestmark = pytest.mark.server


def test_add_test_and_save_a_server(
    qtbot: QtBot,
    live_window: MainWindow,
    controller: Controller,
    dialogs: FakeDialogs,
    server: LiveServer,
) -> None:
    window = live_window
    window.registry.actions["registry_servers"].trigger()
    listing = dialogs.last(ServersDialog)
    assert listing.list.count() == 0 and listing.empty_label.isVisible()
    assert not listing.edit_button.isEnabled() and not listing.remove_button.isEnabled()

    listing.add_button.click()
    editor = dialogs.last(ServerEditDialog)
    assert editor.token_note.isVisible() and editor.token_note.text() == SESSION_TOKEN_NOTE
    assert editor.token_edit.echoMode() == editor.token_edit.EchoMode.Password
    editor.ok_button.click()
    assert "Type the server's address" in editor.error_label.text()

    editor.url_edit.setText(server.url + "/")
    editor.token_edit.setText(server.admin_token)
    editor.test_button.click()
    wait_idle(qtbot, window)
    result = editor.test_result.text()
    assert result.startswith(f"Connected to {server.url} (keyfold-server ")
    assert "revoking registrations" in result and "listing registrations" in result

    editor.ok_button.click()
    wait_idle(qtbot, window)
    assert editor.result() == ServerEditDialog.DialogCode.Accepted
    (saved,) = controller.registry.servers_store.servers()
    assert saved.url == server.url and saved.has_token
    assert saved.token_storage == TOKEN_IN_SESSION
    assert listing.list.count() == 1 and not listing.empty_label.isVisible()
    assert listing.list.item(0).text() == f"{server.url} — access token saved"

    listing.test_button.click()
    wait_idle(qtbot, window)
    assert listing.result_label.text().startswith(f"Connected to {server.url}")


def test_testing_a_plain_datafold_node_says_what_it_offers(
    qtbot: QtBot, live_window: MainWindow, datafold_node: LiveServer
) -> None:
    editor = live_window.registry.edit_server(None)
    editor.url_edit.setText(datafold_node.url)
    editor.test_button.click()
    wait_idle(qtbot, live_window)
    assert editor.test_result.text() == (
        f"Connected to {datafold_node.url}. It offers only the three DataFold calls: register, "
        "status and verify; revoking must be done on the server itself."
    )


def test_a_failed_test_and_a_bad_pin_are_explained(
    qtbot: QtBot, live_window: MainWindow, dialogs: FakeDialogs, server: LiveServer
) -> None:
    editor = live_window.registry.edit_server(None)
    editor.url_edit.setText("http://192.0.2.7:9")
    editor.test_button.click()
    wait_idle(qtbot, live_window)
    assert "plain http" in editor.test_result.text()

    editor.url_edit.setText(server.url)
    editor.pin_edit.setText("ab" * 32)
    editor.ok_button.click()
    wait_idle(qtbot, live_window)
    assert "needs an https:// server URL" in editor.error_label.text()
    assert editor.isVisible()


def test_edit_a_server_address_and_remove_it(
    qtbot: QtBot,
    live_window: MainWindow,
    controller: Controller,
    dialogs: FakeDialogs,
    server: LiveServer,
) -> None:
    controller.registry.servers_store.save("https://old.example.org", token="tok-abcdef")
    listing = live_window.registry.servers()
    assert listing.list.item(0).text() == "https://old.example.org — access token saved"
    listing.edit_button.click()
    editor = dialogs.last(ServerEditDialog)
    assert editor.clear_token_check.isVisible()
    assert editor.token_edit.text() == ""  # a saved token is never shown
    editor.url_edit.setText("https://new.example.org")
    editor.plain_http_check.setChecked(True)
    editor.clear_token_check.setChecked(True)
    editor.ok_button.click()
    wait_idle(qtbot, live_window)
    (saved,) = controller.registry.servers_store.servers()
    assert saved == ServerRecord("https://new.example.org", None, True, False)

    listing.remove_button.click()
    wait_idle(qtbot, live_window)
    assert dialogs.confirmations[-1][0] == "Remove server"
    assert controller.registry.servers_store.servers() == [] and listing.list.count() == 0


def test_the_register_dialog_offers_the_default_and_saved_servers(
    live_window: MainWindow,
    controller: Controller,
    dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_key(controller, "alpha")
    live_window.refresh("alpha")
    monkeypatch.setenv("KEYFOLD_DEFAULT_SERVER", "http://127.0.0.1:8080/")
    dialog = live_window.registry.register()
    assert dialog.server_choice.itemText(0) == "http://127.0.0.1:8080 (default)"
    assert dialog.server_choice.url() == "http://127.0.0.1:8080"

    controller.registry.servers_store.save("https://registry.example.org")
    dialog.servers_button.click()
    listing = dialogs.last(ServersDialog)
    assert listing.list.item(0).text() == "https://registry.example.org"
    listing.reject()
    assert dialogs.last(RegisterDialog).server_choice.url() == "https://registry.example.org"


def test_summary_of_a_forgotten_session_token() -> None:
    server = ServerRecord("https://a.example", "ab" * 32, True, False, token_storage="session")
    assert server_summary(server) == (
        "https://a.example — certificate pinned, access token forgotten when Keyfold closed, "
        "plain http allowed"
    )
