"""Helpers for the rotation GUI tests: due keys and a registry stand-in."""

from dataclasses import dataclass, field

from keyfold.controller import Controller
from keyfold.controller.registration_follower import RegistrationTarget
from keyfold.core.errors import RegistryError
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.rotation import RotationPolicy
from keyfold.gui.main_window import MainWindow
from keyfold.gui.rotation.rotate_dialog import RotateDialog
from tests.gui.conftest import PASSPHRASE, FakeDialogs


def make_due(controller: Controller, key_id: str) -> None:
    """Rotate after one signature, then sign once: the key is due."""
    controller.rotation.set_policy(key_id, RotationPolicy(max_age_days=30, max_signatures=1))
    controller.keys.unlock(key_id, PASSPHRASE)
    controller.signing.sign_message(key_id, "hello")
    controller.keys.lock_all()


@dataclass
class FlakyServer:
    """A RegistrationFollower with one registration whose server is down at first."""

    down: bool = True
    calls: list[str] = field(default_factory=list)

    def registrations(self, key_id: str, public_key: PublicKey) -> list[RegistrationTarget]:
        return [RegistrationTarget("https://node.example", "client-1", public_key, 1)]

    def rotate(
        self, key_id: str, target: RegistrationTarget, old: KeyPair, new: KeyPair
    ) -> str | None:
        self.calls.append("rotate")
        if self.down:
            raise RegistryError("The server https://node.example cannot be reached.")
        return "client-1"

    def register(self, key_id: str, target: RegistrationTarget, new: PublicKey) -> str:
        self.calls.append("register")
        return "client-1-v2"

    def revoke(self, key_id: str, target: RegistrationTarget, old: KeyPair | None) -> bool:
        self.calls.append("revoke")
        return True


def rotate_through_dialog(window: MainWindow, dialogs: FakeDialogs, key_id: str) -> RotateDialog:
    window.refresh(key_id)
    window.rotation.actions["rotate_key"].trigger()
    dialog = dialogs.last(RotateDialog)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    return dialog
