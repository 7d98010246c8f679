"""Icons from resources/icons, tinted with the palette so they suit light and dark.

Action icons are drawn with `currentColor`; each is rendered in the palette's
text colour (and its disabled colour), so a dark theme gets light strokes.
"""

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

from keyfold.gui.base.identity import APP_ID
from keyfold.gui.base.resource_paths import resource

ICON_DIR = resource("icons")
APP_ICON = "keyfold"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # hicolor/<N>x<N>/apps/<APP_ID>.png
_SIZES = (16, 22, 24, 32, 48)

# When the resources folder is not installed, fall back to the style's icons.
_FALLBACKS = {
    "key-new": QStyle.StandardPixmap.SP_FileIcon,
    "import": QStyle.StandardPixmap.SP_DialogOpenButton,
    "export": QStyle.StandardPixmap.SP_DialogSaveButton,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "backup": QStyle.StandardPixmap.SP_DriveHDIcon,
    "restore": QStyle.StandardPixmap.SP_BrowserReload,
    "encrypt": QStyle.StandardPixmap.SP_FileDialogDetailedView,
}


def _render(svg: bytes, color: QColor, size: int) -> QPixmap:
    tinted = svg.replace(b"currentColor", color.name().encode())
    renderer = QSvgRenderer(QByteArray(tinted))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The named icon tinted for `palette` (the application's by default)."""
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        fallback = _FALLBACKS.get(name, QStyle.StandardPixmap.SP_FileIcon)
        return QApplication.style().standardIcon(fallback)
    svg = path.read_bytes()
    palette = palette if palette is not None else QApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_render(svg, normal, size), QIcon.Mode.Normal)
        result.addPixmap(_render(svg, disabled, size), QIcon.Mode.Disabled)
    return result


def app_icon() -> QIcon:
    """The rendered PNG sizes (crisp where small) plus the SVG for any other size."""
    path = ICON_DIR / f"{APP_ICON}.svg"
    if not path.is_file():
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DesktopIcon)
    result = QIcon(str(path))
    for size in APP_ICON_SIZES:
        png = ICON_DIR / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.is_file():
            result.addFile(str(png))
    return result


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
