"""The settings dialog changes how long keys stay unlocked, for the cache and the timer."""

from keyfold.controller import Controller
from keyfold.gui.main_window import MainWindow
from keyfold.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import FakeDialogs


def test_settings_apply_to_cache_and_idle_timer(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    assert controller.unlock.ttl_seconds == 300
    window.action_set["settings"].trigger()
    dialog = dialogs.last(SettingsDialog)
    dialog.minutes.setValue(2)
    dialog.accept()
    assert controller.unlock.ttl_seconds == 120
    assert window.auto_lock.idle_ms == 120_000
    assert window.settings.unlock_minutes == 2
