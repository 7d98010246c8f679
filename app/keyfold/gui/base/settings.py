"""The GUI's own preferences (lock timeout), kept in a QSettings INI file."""

from pathlib import Path

from PySide6.QtCore import QSettings

from keyfold.gui.base.appearance import Theme
from keyfold.gui.base.auto_lock import DEFAULT_IDLE_SECONDS

UNLOCK_MINUTES_KEY = "unlock/minutes"
GEOMETRY_KEY = "window/geometry"
SPLITTER_KEY = "splitters/{name}"
THEME_KEY = "appearance/theme"
BACKUP_FOLDER_KEY = "backup/last_folder"
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

    def splitter_state(self, name: str) -> bytes | None:
        value = self._settings.value(SPLITTER_KEY.format(name=name))
        return bytes(value) if value is not None else None

    def set_splitter_state(self, name: str, state: bytes) -> None:
        self._settings.setValue(SPLITTER_KEY.format(name=name), state)
        self._settings.sync()

    @property
    def theme(self) -> Theme:
        raw = str(self._settings.value(THEME_KEY, Theme.SYSTEM.value))
        return Theme(raw) if raw in {t.value for t in Theme} else Theme.SYSTEM

    @theme.setter
    def theme(self, theme: Theme) -> None:
        self._settings.setValue(THEME_KEY, Theme(theme).value)
        self._settings.sync()

    @property
    def last_backup_folder(self) -> Path | None:
        """Where the last backup went; offered as the next destination."""
        value = self._settings.value(BACKUP_FOLDER_KEY)
        return Path(str(value)) if value else None

    @last_backup_folder.setter
    def last_backup_folder(self, folder: Path) -> None:
        self._settings.setValue(BACKUP_FOLDER_KEY, str(folder))
        self._settings.sync()
