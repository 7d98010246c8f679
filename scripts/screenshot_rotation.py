"""The rotation, versions, derived-password and activity screens for scripts/screenshots.py."""

from pathlib import Path

from PySide6.QtWidgets import QDialog
from screenshot_registry import Grab, keyfold_server

from keyfold.controller import Controller
from keyfold.core.keys import PublicKeyFormat
from keyfold.core.rotation import RotationPolicy
from keyfold.gui.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"  # noqa: S105 -- a throwaway demo vault


def rotation_screens(
    window: MainWindow, shown: list[QDialog], controller: Controller, home: Path, grab: Grab
) -> None:
    """A due key flagged at start-up, a rotation whose registration follows, passwords, log."""
    controller.rotation.set_policy("alice-laptop", RotationPolicy(30, max_signatures=1))
    controller.keys.unlock("alice-laptop", PASSPHRASE)
    for text in ("hello", "again"):
        controller.signing.sign_message("alice-laptop", text)
    controller.keys.lock_all()
    window.refresh("alice-laptop")
    window.rotation.check_due_keys()  # what start-up does
    grab(window, "40-rotation-notice")

    commands = window.rotation
    with keyfold_server(home / "rotation-server") as url:
        controller.keys.generate("ci-deploy", passphrase=PASSPHRASE, name="CI deploy")
        controller.keys.unlock("ci-deploy", PASSPHRASE)
        controller.registry.register("ci-deploy", url, "ci-deploy")
        # An exported .pub that the rotation makes out of date: the result says so.
        controller.keys.export_public_to_file(
            "ci-deploy", PublicKeyFormat.MINISIGN, home / "ci-deploy.pub"
        )
        controller.keys.lock_all()
        window.refresh("ci-deploy")
        commands.rotate("ci-deploy")
        dialog = shown[-1]
        grab(dialog, "41-rotate")
        dialog.emergency_check.setChecked(True)  # type: ignore[attr-defined]
        grab(dialog, "42-rotate-emergency")
        dialog.emergency_check.setChecked(False)  # type: ignore[attr-defined]
        dialog.passphrase_edit.setText(PASSPHRASE)  # type: ignore[attr-defined]
        dialog.ok_button.click()  # type: ignore[attr-defined]
        grab(shown[-1], "43-rotation-result")
        shown[-1].close()
    details = window.details
    details.verticalScrollBar().setValue(details.verticalScrollBar().maximum())
    grab(details, "44-key-versions")

    commands.edit_policy("ci-deploy")
    grab(shown[-1], "45-rotation-schedule")
    shown[-1].reject()
    controller.keys.unlock("ci-deploy", PASSPHRASE)
    window.passwords.derive_password("ci-deploy")
    dialog = shown[-1]
    dialog.service_combo.setCurrentText("github.com")  # type: ignore[attr-defined]
    dialog.ok_button.click()  # type: ignore[attr-defined]
    grab(dialog, "46-service-password")
    dialog.reject()
    controller.keys.lock_all()

    window.activity.check()
    grab(window, "47-activity")
    window.tabs.setCurrentWidget(window.keys_page)
