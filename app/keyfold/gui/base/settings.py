"""The GUI's own preferences (lock timeout), kept in a QSettings INI file."""

from pathlib import Path

from PySide6.QtCore import QSettings

from keyfold.gui.base.auto_lock import DEFAULT_IDLE_SECONDS

UNLOCK_MINUTES_KEY = "unlock/minutes"
GEOMETRY_KEY = "window/geometry"
MIN_UNLOCK_MINUTES = 1
MAX_UNLOCK_MINUTES = 240


class GuiSettings:
    """Typed access to the settings file; tests pass a path in a temp folder."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._settings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "keyfold", "keyfold"
            )
        else:
            self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def unlock_minutes(self) -> int:
        raw = self._settings.value(UNLOCK_MINUTES_KEY, DEFAULT_IDLE_SECONDS // 60)
        try:
            minutes = int(str(raw))
        except ValueError:
            minutes = DEFAULT_IDLE_SECONDS // 60
        return min(max(minutes, MIN_UNLOCK_MINUTES), MAX_UNLOCK_MINUTES)

    @unlock_minutes.setter
    def unlock_minutes(self, minutes: int) -> None:
        self._settings.setValue(UNLOCK_MINUTES_KEY, int(minutes))
        self._settings.sync()

    def value(self, key: str, default: object) -> object:
        """A feature's own setting (features keep their keys under their own prefix)."""
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

    def geometry(self) -> bytes | None:
        value = self._settings.value(GEOMETRY_KEY)
        return bytes(value) if value is not None else None

    def set_geometry(self, geometry: bytes) -> None:
        self._settings.setValue(GEOMETRY_KEY, geometry)
        self._settings.sync()
