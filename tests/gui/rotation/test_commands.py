"""Rotation from the window: rotate, emergency, resume, schedule, expire, passwords, notice."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.core.keys import PublicKeyFormat
from keyfold.core.rotation import RotationPolicy, RotationState, StepOutcome
from keyfold.core.vault.records import VersionStatus
from keyfold.gui.base.clipboard import ClipboardGuard
from keyfold.gui.base.models import columns as c
from keyfold.gui.main_window import MainWindow
from keyfold.gui.rotation.passphrase_dialog import PassphraseDialog
from keyfold.gui.rotation.policy_dialog import RotationPolicyDialog
from keyfold.gui.rotation.result_dialog import RotationResultDialog
from keyfold.gui.rotation.rotate_dialog import RotateDialog
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key, open_window
from tests.gui.rotation.conftest import FlakyServer, make_due, rotate_through_dialog


def test_rotate_makes_a_new_current_version_shown_in_the_details(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    action = window.rotation.actions["rotate_key"]
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    assert action.property("accessibleName") == "Rotate key"
    dialog = rotate_through_dialog(window, dialogs, "alpha")
    assert "version 2" in dialog.explanation.text()
    assert not dialog.isVisible()

    record = controller.keys.get("alpha")
    assert record.current.version == 2
    old = record.version(1)
    assert old is not None and old.status is VersionStatus.ARCHIVED
    result = dialogs.last(RotationResultDialog)
    assert "Version 2" in result.summary.text()
    assert "not registered" in result.servers.text()
    assert not result.resume_button.isVisible()
    versions = window.details.versions
    assert versions.topLevelItemCount() == 2
    top = versions.topLevelItem(0)
    assert top is not None and (top.text(0), top.text(1)) == ("2", "Current")
    assert window.details.fingerprint.text() == record.fingerprint


def test_wrong_passphrase_keeps_the_dialog_open(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    window.refresh("alpha")
    window.rotation.rotate()
    dialog = dialogs.last(RotateDialog)
    dialog.ok_button.click()
    assert dialog.error_label.text() == "Type the key's passphrase."
    dialog.passphrase_edit.setText("wrong")
    dialog.ok_button.click()
    assert dialog.isVisible() and "not right" in dialog.error_label.text()
    assert controller.keys.get("alpha").current.version == 1


def test_emergency_rotation_asks_again_and_revokes_first(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    server = FlakyServer(down=False)
    controller.rotation.registrations = server
    window.refresh("alpha")
    window.rotation.rotate()
    dialog = dialogs.last(RotateDialog)
    dialog.emergency_check.setChecked(True)
    assert dialog.ok_button.text() == "Revoke and rotate…"
    dialog.passphrase_edit.setText(PASSPHRASE)

    dialogs.answer = False  # the stronger confirmation, declined: nothing happens
    dialog.ok_button.click()
    assert dialogs.confirmations[-1][0] == "Emergency rotation"
    assert dialog.isVisible() and not dialog.busy
    assert controller.keys.get("alpha").current.version == 1

    dialogs.answer = True
    dialog.ok_button.click()
    assert controller.keys.get("alpha").current.version == 2
    assert server.calls == ["revoke", "register"]  # revoked before anything else
    result = dialogs.last(RotationResultDialog)
    assert "cancelled first" in result.summary.text()
    assert result.model.rowCount() == 2


def test_failed_server_step_is_shown_and_resumed(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    server = FlakyServer(down=True)
    controller.rotation.registrations = server
    rotate_through_dialog(window, dialogs, "alpha")
    result = dialogs.last(RotationResultDialog)
    assert result.record.state is RotationState.PENDING_REGISTRATIONS
    assert result.resume_button.isVisible()
    outcome = result.model.index(0, 3).data()
    assert outcome.startswith("Failed") and "cannot be reached" in outcome
    assert window.rotation.actions["resume_rotation"].isEnabled()

    server.down = False
    result.resume_button.click()
    prompt = dialogs.last(PassphraseDialog)
    prompt.passphrase_edit.setText(PASSPHRASE)
    prompt.ok_button.click()
    assert [r.state for r in controller.rotation.rotations("alpha")] == [RotationState.DONE]
    assert result.servers.text().startswith("Every server")  # the same dialog, updated
    assert not result.resume_button.isVisible()
    outcomes = [step.outcome for step in result.model.records()]
    assert outcomes[-1] is StepOutcome.OK
    assert not window.rotation.actions["resume_rotation"].isEnabled()


def test_due_keys_are_flagged_and_the_start_up_notice_rotates(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    dialogs: FakeDialogs,
    clipboard_guard: ClipboardGuard,
    qtmodeltester: ModelTester,
) -> None:
    make_key(controller, "alpha", "Alpha")
    make_key(controller, "beta", "Beta")
    make_due(controller, "alpha")
    main = open_window(qtbot, tmp_path, controller, dialogs, clipboard_guard)

    model = main.key_model
    qtmodeltester.check(model, force_py=True)
    alpha, beta = model.row_of("alpha"), model.row_of("beta")
    assert alpha is not None and beta is not None
    assert model.index(alpha, c.KEY_COL_ROTATION).data() == "Due now"  # overdue from 2
    assert model.index(alpha, c.KEY_COL_ROTATION).data(Qt.ItemDataRole.DecorationRole)
    assert "1 signatures" in model.index(alpha, c.KEY_COL_ROTATION).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(beta, c.KEY_COL_ROTATION).data() == "In 30 days"
    assert model.headerData(c.KEY_COL_ROTATION, Qt.Orientation.Horizontal) == "Rotation"

    notice = main.rotation.notice
    assert notice.isVisible()  # not a dialog: nothing was opened
    assert not dialogs.opened
    assert [item.key_id for item in notice.items] == ["alpha"]
    assert "1 key is due" in notice.title.text()
    button = notice.button_for("alpha")
    assert button is not None and button.text() == "Rotate now"
    button.click()
    dialog = dialogs.last(RotateDialog)
    assert dialog.record.key_id == "alpha"
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert controller.keys.get("alpha").current.version == 2
    assert model.index(model.row_of("alpha") or 0, c.KEY_COL_ROTATION).data() == "In 30 days"
    assert not notice.isVisible()  # nothing left to mention


def test_no_notice_when_nothing_is_due(window: MainWindow) -> None:
    assert not window.rotation.notice.isVisible()


def test_policy_dialog_saves_the_schedule(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    window.refresh("alpha")
    assert "Every 30 days" in window.details.rotation.text()
    window.details.schedule_button.click()
    dialog = dialogs.last(RotationPolicyDialog)
    assert dialog.age_check.isChecked() and dialog.age_spin.value() == 30
    dialog.age_spin.setValue(90)
    dialog.signatures_check.setChecked(True)
    dialog.signatures_spin.setValue(500)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert controller.rotation.policy("alpha") == RotationPolicy(90, 500, None)
    assert window.details.rotation.text().startswith("Every 90 days or after 500 signatures")


def test_expire_an_old_version_from_the_details(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    rotate_through_dialog(window, dialogs, "alpha")
    details = window.details
    details.select_version(2)
    assert not details.expire_button.isEnabled()  # the current one cannot expire
    details.select_version(1)
    assert details.expire_button.isEnabled()
    assert window.rotation.actions["expire_version"].isEnabled()

    dialogs.answer = False
    details.expire_button.click()
    assert "Expire version 1" in dialogs.confirmations[-1][1]
    assert controller.keys.get("alpha").version(1).status is VersionStatus.ARCHIVED  # type: ignore[union-attr]
    dialogs.answer = True
    window.rotation.actions["expire_version"].trigger()
    assert controller.keys.get("alpha").version(1).status is VersionStatus.EXPIRED  # type: ignore[union-attr]
    item = details.versions.topLevelItem(1)
    assert item is not None and item.text(1) == "Expired"


def test_details_show_usage_per_version(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    controller.signing.sign_message("alpha", "one")
    controller.signing.sign_message("alpha", "two")
    window.refresh("alpha")
    item = window.details.versions.topLevelItem(0)
    assert item is not None
    assert item.text(3) == "2"  # signed
    assert item.text(6) == "1"  # unlocked
    assert item.text(7) not in ("Never", "…")


def test_rotation_names_the_exports_now_out_of_date_and_exports_again(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha", "Alpha")
    window.refresh("alpha")
    exported = tmp_path / "alpha.pub"
    controller.keys.export_public_to_file("alpha", PublicKeyFormat.MINISIGN, exported)
    before = exported.read_text()
    rotate_through_dialog(window, dialogs, "alpha")
    result = dialogs.last(RotationResultDialog)
    assert result.stale.isVisibleTo(result)
    assert "alpha.pub" in result.stale.text() and "old version" in result.stale.text()
    assert result.export_button.isVisibleTo(result)
    result.export_button.click()
    after = exported.read_text()
    assert after != before
    assert after == controller.keys.export_public("alpha", PublicKeyFormat.MINISIGN)
    assert "new version" in result.stale.text()
