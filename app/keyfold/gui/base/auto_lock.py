"""Locks unlocked keys on idle, on screen lock, on suspend and on quit.

What works where: user input is seen by an application-wide event filter (any
platform); `applicationStateChanged` reports `ApplicationSuspended` on mobile
and some Wayland compositors only; on Linux desktops the screen locker is
heard on the D-Bus session bus (`org.freedesktop.ScreenSaver` and
`org.gnome.ScreenSaver` `ActiveChanged(true)`); without a session bus that
part is simply off.
"""

from typing import Protocol

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot

SCREEN_SAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
DEFAULT_IDLE_SECONDS = 300

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class Lockable(Protocol):
    """The part of the controller's UnlockCache that auto-lock uses."""

    def touch(self) -> None: ...

    def lock_all(self) -> None: ...


class AutoLock(QObject):
    """Calls `cache.touch()` on user input and `cache.lock_all()` when idle."""

    locked = Signal(str)  # why: "idle", "screen", "suspend", "quit"

    def __init__(
        self,
        cache: Lockable,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cache = cache
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(lambda: self.lock_now("idle"))
        self.screen_lock_watched = False
        self.set_idle_seconds(idle_seconds)

    def set_idle_seconds(self, seconds: float) -> None:
        self._timer.setInterval(max(1, round(seconds * 1000)))
        self._timer.start()

    @property
    def idle_ms(self) -> int:
        return self._timer.interval()

    def install(self, app: QCoreApplication) -> None:
        """Watch input, application state and quit of `app`."""
        app.installEventFilter(self)
        app.aboutToQuit.connect(lambda: self.lock_now("quit"))
        state_changed = getattr(app, "applicationStateChanged", None)
        if state_changed is not None:
            state_changed.connect(self._application_state_changed)

    def watch_screen_lock(self) -> None:
        """Lock when the screen locks (once; the window does it after its first
        paint: connecting to the session bus waits for it, and no key can be
        unlocked before the window shows)."""
        if not self.screen_lock_watched:
            self.screen_lock_watched = self._watch_screen_saver()

    def uninstall(self, app: QCoreApplication) -> None:
        app.removeEventFilter(self)

    def lock_now(self, reason: str) -> None:
        self._cache.lock_all()
        self.locked.emit(reason)

    def activity(self) -> None:
        """User input: keep unlocked keys and restart the idle countdown."""
        self._cache.touch()
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.activity()
        return False

    @Slot(Qt.ApplicationState)
    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now("suspend")

    @Slot(bool)
    def screen_saver_active_changed(self, active: bool) -> None:
        if active:
            self.lock_now("screen")

    def _watch_screen_saver(self) -> bool:
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        watched = False
        for interface in SCREEN_SAVER_INTERFACES:
            # Empty service and path: the signal from any sender at any path.
            # PySide6's stubs say bytes for the slot; at run time it takes SLOT()'s str.
            watched |= bus.connect(  # type: ignore[call-overload]
                "",
                "",
                interface,
                "ActiveChanged",
                self,
                SLOT("screen_saver_active_changed(bool)"),
            )
        return watched
