"""Auto-lock: idle timeout, input keeps keys, screen lock over D-Bus, quit."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.gui.base.auto_lock import AutoLock
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import PASSPHRASE, FakeClock, make_key


class RecordingCache:
    def __init__(self) -> None:
        self.touches = 0
        self.locks = 0

    def touch(self) -> None:
        self.touches += 1

    def lock_all(self) -> None:
        self.locks += 1


def test_idle_locks_all_keys_and_the_window_shows_it(
    qtbot: QtBot, controller: Controller, window: MainWindow
) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    window.refresh("alpha")
    assert window.lock_label.text() == "1 key unlocked"
    window.auto_lock.set_idle_seconds(0.02)
    with qtbot.waitSignal(window.auto_lock.locked) as blocker:
        pass
    assert blocker.args == ["idle"]
    assert not controller.keys.is_unlocked("alpha")
    assert window.lock_label.text() == "All keys locked"
    assert "quiet period" in window.statusBar().currentMessage()


def test_unlocked_keys_expire_on_the_cache_clock(
    clock: FakeClock, controller: Controller, window: MainWindow
) -> None:
    make_key(controller, "alpha")
    window.apply_unlock_minutes(1)
    controller.keys.unlock("alpha", PASSPHRASE)
    clock.advance(59)
    controller.unlock.touch()  # activity pushes the deadline out again
    clock.advance(59)
    assert controller.keys.is_unlocked("alpha")
    clock.advance(2)
    assert not controller.keys.is_unlocked("alpha")


def test_user_input_touches_the_cache_and_restarts_the_countdown(
    qtbot: QtBot, qapp: QCoreApplication
) -> None:
    cache = RecordingCache()
    lock = AutoLock(cache, idle_seconds=60)
    lock.install(qapp)
    try:
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(lock, event)
        assert cache.touches == 1
        QCoreApplication.sendEvent(lock, QEvent(QEvent.Type.Paint))
        assert cache.touches == 1
    finally:
        lock.uninstall(qapp)
    assert cache.locks == 0


def test_application_suspend_locks(qapp: QCoreApplication) -> None:
    cache = RecordingCache()
    lock = AutoLock(cache)
    lock._application_state_changed(Qt.ApplicationState.ApplicationSuspended)
    lock._application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert cache.locks == 1


def test_screen_lock_signal_on_the_session_bus_locks(qtbot: QtBot, qapp: QCoreApplication) -> None:
    if not QDBusConnection.sessionBus().isConnected():
        pytest.skip("no D-Bus session bus (scripts/test provides one)")
    cache = RecordingCache()
    lock = AutoLock(cache)
    lock.install(qapp)
    assert not lock.screen_lock_watched  # the window starts watching after its first paint
    lock.watch_screen_lock()
    try:
        assert lock.screen_lock_watched
        message = QDBusMessage.createSignal(
            "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"
        )
        message.setArguments([True])
        with qtbot.waitSignal(lock.locked) as blocker:
            QDBusConnection.sessionBus().send(message)
        assert blocker.args == ["screen"]
    finally:
        lock.uninstall(qapp)


def test_quit_locks_everything(controller: Controller, window: MainWindow) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    window.close()
    assert not controller.keys.is_unlocked("alpha")
