"""Icons from resources/icons, tinted with the palette so they suit light and dark.

Action icons are drawn with `currentColor`; each is rendered in the palette's
text colour (and its disabled colour), so a dark theme gets light strokes.
"""

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
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


class _TintedSvgEngine(QIconEngine):
    """Renders the tinted SVG at the size and mode Qt asks for, once each.

    Rendering every size in both modes up front took most of the window's
    construction: 24 icons, ten pixmaps each, before the first paint.
    """

    def __init__(self, svg: bytes, normal: QColor, disabled: QColor) -> None:
        super().__init__()
        self._svg = svg
        self._normal = normal
        self._disabled = disabled
        self._pixmaps: dict[tuple[int, int, bool], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        disabled = mode == QIcon.Mode.Disabled
        key = (side, side, disabled)
        cached = self._pixmaps.get(key)
        if cached is None:
            cached = _render(self._svg, self._disabled if disabled else self._normal, side)
            self._pixmaps[key] = cached
        return cached

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(size, size) for size in _SIZES]

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._svg, self._normal, self._disabled)


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
    return QIcon(_TintedSvgEngine(svg, QColor(normal), QColor(disabled)))


@cache  # the window, the application and the empty state share it: made once
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
