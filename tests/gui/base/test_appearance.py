"""The theme setting: Dark and Light whatever the platform offers, and visible fields in dark."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from keyfold.gui.base.appearance import Theme, apply_theme
from keyfold.gui.base.settings import GuiSettings
from keyfold.gui.main_window import MainWindow
from keyfold.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import FakeDialogs


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, Theme.SYSTEM)  # other tests expect the default look


def _window_lightness(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_then_light_then_system(app: QApplication) -> None:
    apply_theme(app, Theme.DARK)
    assert _window_lightness(app) < 128
    # Fields stand out from the window by their fill, whatever the frame shows.
    field = app.palette().color(QPalette.ColorRole.Base).lightness()
    assert field - _window_lightness(app) >= 12
    apply_theme(app, Theme.LIGHT)
    assert _window_lightness(app) >= 128
    apply_theme(app, Theme.SYSTEM)
    assert app.palette() == app.style().standardPalette()


def test_theme_is_kept_and_unknown_values_mean_system(tmp_path: Path) -> None:
    settings = GuiSettings(tmp_path / "gui.ini")
    assert settings.theme is Theme.SYSTEM
    settings.theme = Theme.DARK
    assert GuiSettings(tmp_path / "gui.ini").theme is Theme.DARK
    settings._settings.setValue("appearance/theme", "purple")
    assert settings.theme is Theme.SYSTEM


def test_settings_dialog_applies_the_chosen_theme(
    app: QApplication, window: MainWindow, dialogs: FakeDialogs
) -> None:
    window.action_set["settings"].trigger()
    dialog = dialogs.last(SettingsDialog)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.DARK.value))
    dialog.accept()
    assert window.settings.theme is Theme.DARK
    assert _window_lightness(app) < 128
