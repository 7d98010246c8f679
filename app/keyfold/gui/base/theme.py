"""Colours that read well on the current palette, light or dark."""

from PySide6.QtGui import QPalette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_color(palette: QPalette) -> str:
    return "#ff7b72" if is_dark(palette) else "#b3261e"


def warning_color(palette: QPalette) -> str:
    return "#e3b341" if is_dark(palette) else "#8a5a00"


def good_color(palette: QPalette) -> str:
    return "#56d364" if is_dark(palette) else "#1a7f37"
