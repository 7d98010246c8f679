"""The registry commands through the window, against the real keyfold-server."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.gui.base.dialogs.unlock import UnlockDialog
from keyfold.gui.base.models import columns as c
from keyfold.gui.main_window import MainWindow
from keyfold.gui.registrations.register_dialog import RegisterDialog
from keyfold.gui.registrations.verify_dialogs import (
    VerifyFileOnServerDialog,
    VerifyMessageOnServerDialog,
)
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key
from tests.gui.registrations.conftest import wait_for, wait_idle
from tests.server.live import LiveServer, running_server

pytestmark = pytest.mark.server


@pytest.fixture
def alpha(controller: Controller, live_window: MainWindow) -> str:
    make_key(controller, "alpha", "Alpha")
    live_window.refresh("alpha")
    return "alpha"


def _register(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, server: str, client_id: str = ""
) -> RegisterDialog:
    window.registry.actions["register_key"].trigger()
    dialog = dialogs.last(RegisterDialog)
    dialog.server_choice.setEditText(server)
    dialog.client_id_edit.setText(client_id)
    asked = len([d for d in dialogs.opened if isinstance(d, UnlockDialog)])
    dialog.ok_button.click()
    wait_idle(qtbot, window)
    prompts = [d for d in dialogs.opened if isinstance(d, UnlockDialog)]
    if len(prompts) > asked:
        # keyfold-server asks for a proof of possession: the key signs it once unlocked.
        prompts[-1].passphrase_edit.setText(PASSPHRASE)
        prompts[-1].ok_button.click()
        wait_idle(qtbot, window)
    return dialog


def _status_text(window: MainWindow, row: int = 0) -> str:
    return str(window.registration_model.index(row, c.REG_COL_STATUS).data())


def _sign(controller: Controller, key_id: str, path: Path, text: bytes) -> None:
    path.write_bytes(text)
    controller.keys.unlock(key_id, PASSPHRASE)
    controller.signing.sign_files(key_id, [path])
    controller.keys.lock_all()


def test_register_refresh_verify_and_revoke(
    qtbot: QtBot,
    live_window: MainWindow,
    controller: Controller,
    dialogs: FakeDialogs,
    server: LiveServer,
    alpha: str,
    tmp_path: Path,
) -> None:
    window = live_window
    dialog = _register(qtbot, window, dialogs, server.url)
    assert dialog.result() == RegisterDialog.DialogCode.Accepted
    unlock = dialogs.last(UnlockDialog)
    texts = [label.text() for label in unlock.findChildren(QLabel)]
    assert any("proof that you hold this key" in text for text in texts)
    (record,) = window.registration_model.records()
    assert record.key_id == "alpha" and record.server == server.url and record.client_id
    assert record.key_name == "Alpha"
    assert _status_text(window) == "Active"
    assert window.registration_model.index(0, c.REG_COL_KEY).data() == "alpha"
    assert "Registered alpha" in window.statusBar().currentMessage()

    window.registrations_page.view.selectRow(0)
    checked_before = record.last_checked
    window.registry.actions["refresh_registrations"].trigger()
    wait_idle(qtbot, window)
    (refreshed,) = window.registration_model.records()
    assert refreshed.last_checked is not None and checked_before is not None
    assert refreshed.last_checked > checked_before
    assert "Checked 1 registration: 1 active." in window.statusBar().currentMessage()

    document = tmp_path / "report.txt"
    _sign(controller, "alpha", document, b"quarterly numbers")
    window.registry.actions["verify_file_remote"].trigger()
    verify = dialogs.last(VerifyFileOnServerDialog)
    assert verify.server() == server.url and verify.client_id() == record.client_id
    dialogs.files_to_open = [document.with_name("report.txt.minisig")]
    verify.browse_button.click()
    assert verify.path() == document
    verify.ok_button.click()
    wait_idle(qtbot, window)
    assert verify.verdict_label.text().startswith("Verified: the server confirms")
    assert record.client_id in verify.verdict_label.text()
    assert window.registration_model.records()[0].last_used is not None

    document.write_bytes(b"quarterly numbers, altered")
    verify.ok_button.click()
    wait_idle(qtbot, window)
    assert "did not verify" in verify.verdict_label.text()
    assert "SIGNATURE_VERIFICATION_FAILED" in verify.details_label.text()
    verify.reject()

    controller.keys.lock_all()
    window.registry.actions["revoke_registration"].trigger()
    title, question = dialogs.confirmations[-1]
    assert title == "Revoke registration"
    assert "“alpha”" in question and server.url in question
    # The key is locked and no token is saved: the unlock dialog asks, then revoke goes on.
    wait_idle(qtbot, window)
    unlock = dialogs.last(UnlockDialog)
    unlock.passphrase_edit.setText(PASSPHRASE)
    unlock.ok_button.click()
    wait_for(qtbot, lambda: _status_text(window) == "Revoked")
    wait_idle(qtbot, window)
    assert not window.registry.actions["revoke_registration"].isEnabled()
    assert controller.registry.list()[0].status == "revoked"

    document.write_bytes(b"quarterly numbers")
    window.registry.verify_file(document)
    refused = dialogs.last(VerifyFileOnServerDialog)
    refused.ok_button.click()
    wait_idle(qtbot, window)
    assert "did not verify" in refused.verdict_label.text()
    assert "KEY_NOT_ACTIVE" in refused.details_label.text()


def test_a_taken_client_id_is_adopted_after_asking(
    qtbot: QtBot,
    live_window: MainWindow,
    controller: Controller,
    dialogs: FakeDialogs,
    server: LiveServer,
    alpha: str,
) -> None:
    window = live_window
    client_id = "gui-adopt-" + controller.keys.get("alpha").fingerprint[:12]
    _register(qtbot, window, dialogs, server.url, client_id)
    (record,) = controller.registry.list()
    controller.registry.forget(server.url, client_id)
    window.refresh()
    assert window.registration_model.rowCount() == 0

    dialogs.answer = False
    again = _register(qtbot, window, dialogs, server.url, client_id)
    title, question = dialogs.confirmations[-1]
    assert title == "Adopt the registration?" and client_id in question
    assert "already registered" in again.error_label.text()
    assert "CLIENT_ALREADY_REGISTERED" in again.details_label.text()
    assert "409" in again.details_label.text()
    assert window.registration_model.rowCount() == 0

    dialogs.answer = True
    again.ok_button.click()
    wait_for(qtbot, lambda: window.registration_model.rowCount() == 1)
    wait_idle(qtbot, window)
    assert again.result() == RegisterDialog.DialogCode.Accepted
    assert window.registration_model.records()[0].registration_id == record.registration_id
    assert "Adopted the registration" in window.statusBar().currentMessage()


def test_another_keys_client_id_is_refused_in_words(
    qtbot: QtBot,
    live_window: MainWindow,
    controller: Controller,
    dialogs: FakeDialogs,
    server: LiveServer,
    alpha: str,
) -> None:
    window = live_window
    client_id = "gui-taken-" + controller.keys.get("alpha").fingerprint[:12]
    _register(qtbot, window, dialogs, server.url, client_id)
    make_key(controller, "beta", "Beta")
    window.refresh("beta")
    confirmations = len(dialogs.confirmations)
    dialog = _register(qtbot, window, dialogs, server.url, client_id)
    assert len(dialogs.confirmations) == confirmations  # nothing to adopt
    assert "different key" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.result() != RegisterDialog.DialogCode.Accepted


def test_verify_a_message_on_the_server(
    qtbot: QtBot,
    live_window: MainWindow,
    controller: Controller,
    dialogs: FakeDialogs,
    server: LiveServer,
    alpha: str,
) -> None:
    window = live_window
    controller.registry.servers_store.save(server.url)
    _register(qtbot, window, dialogs, server.url)
    (record,) = controller.registry.list()
    controller.keys.unlock("alpha", PASSPHRASE)
    signature = controller.signing.sign_message("alpha", "hello server")

    window.registry.actions["verify_message_remote"].trigger()
    dialog = dialogs.last(VerifyMessageOnServerDialog)
    dialog.message_edit.setPlainText("hello server")
    dialog.signature_edit.setText(signature.hex())
    dialog.server_choice.select(server.url)
    dialog.client_id_choice.setEditText(record.client_id)
    dialog.ok_button.click()
    wait_idle(qtbot, window)
    assert dialog.verdict_label.text().startswith("Verified")

    dialog.message_edit.setPlainText("hello servers")
    dialog.ok_button.click()
    wait_idle(qtbot, window)
    assert "did not verify" in dialog.verdict_label.text()

    dialog.signature_edit.setText("not a signature")
    dialog.ok_button.click()
    wait_idle(qtbot, window)
    assert dialog.error_label.text() == "The message signature is neither hex nor base64."


def test_forget_after_confirmation(
    qtbot: QtBot,
    live_window: MainWindow,
    controller: Controller,
    dialogs: FakeDialogs,
    server: LiveServer,
    alpha: str,
) -> None:
    window = live_window
    _register(qtbot, window, dialogs, server.url)
    window.tabs.setCurrentWidget(window.registrations_page)
    window.registrations_page.view.selectRow(0)

    dialogs.answer = False
    window.registry.actions["forget_registration"].trigger()
    title, question = dialogs.confirmations[-1]
    assert title == "Forget registration" and "“alpha”" in question
    assert window.registration_model.rowCount() == 1

    dialogs.answer = True
    window.registry.actions["forget_registration"].trigger()
    wait_idle(qtbot, window)
    assert window.registration_model.rowCount() == 0
    assert controller.registry.list() == []


def test_a_refused_registration_stays_in_the_dialog(
    qtbot: QtBot, live_window: MainWindow, dialogs: FakeDialogs, alpha: str
) -> None:
    dialog = _register(qtbot, live_window, dialogs, "http://192.0.2.7:9")
    assert "plain http" in dialog.error_label.text()
    assert dialog.isVisible() and not dialog.busy
    assert live_window.registration_model.rowCount() == 0


def test_refresh_reports_an_unreachable_server_in_words(
    qtbot: QtBot,
    live_window: MainWindow,
    controller: Controller,
    dialogs: FakeDialogs,
    server: LiveServer,
    alpha: str,
    tmp_path: Path,
) -> None:
    window = live_window
    _register(qtbot, window, dialogs, server.url)
    with running_server(tmp_path / "gone", str(tmp_path / "gone" / "db.sqlite")) as gone:
        _register(qtbot, window, dialogs, gone.url)
    assert window.registration_model.rowCount() == 2

    window.registrations_page.view.clearSelection()
    window.registry.actions["refresh_registrations"].trigger()
    wait_idle(qtbot, window)
    assert (
        window.statusBar().currentMessage()
    ) == "Checked 1 registration: 1 active. 1 registration could not be checked."
    box = dialogs.last(QMessageBox)
    assert box.windowTitle().startswith("Could not check") and gone.url in box.windowTitle()
    assert gone.url in box.text() and box.text().endswith(".")
