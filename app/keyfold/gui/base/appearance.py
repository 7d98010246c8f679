"""The theme setting (System, Light, Dark) through Qt 6's colour scheme.

`QStyleHints.setColorScheme` asks the platform for the scheme; where the platform
theme cannot follow (a bare X session, some desktops) the scheme stays as it was,
and Keyfold then sets Fusion's palette itself. In that dark palette text fields
are lighter than the window: Fusion draws a field's frame a shade darker than the
window, which alone vanishes on dark grey, so the field's own fill marks its edge.
"""

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from keyfold.gui.base.translation import QT_TRANSLATE_NOOP


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


THEME_LABELS = {
    Theme.SYSTEM: QT_TRANSLATE_NOOP("Appearance", "Same as the system"),
    Theme.LIGHT: QT_TRANSLATE_NOOP("Appearance", "Light"),
    Theme.DARK: QT_TRANSLATE_NOOP("Appearance", "Dark"),
}

_SCHEMES = {
    Theme.SYSTEM: Qt.ColorScheme.Unknown,
    Theme.LIGHT: Qt.ColorScheme.Light,
    Theme.DARK: Qt.ColorScheme.Dark,
}


def theme_label(theme: Theme) -> str:
    return QCoreApplication.translate("Appearance", THEME_LABELS[theme])


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#3c3c3c",
        QPalette.ColorRole.AlternateBase: "#343434",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#454545",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#6cb4ff",
        QPalette.ColorRole.Highlight: "#2f6fc4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#606060",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Ask Qt for the scheme; where the platform cannot give it, set the palette."""
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(_SCHEMES[theme])
    QCoreApplication.processEvents()
    followed = theme is Theme.SYSTEM or hints.colorScheme() == _SCHEMES[theme]
    if not followed and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # the palette below is made for it
    if theme is Theme.DARK and not followed:
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
