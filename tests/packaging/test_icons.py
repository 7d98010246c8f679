"""The app icon set: the SVG plus PNGs 16 to 512 rendered from it by packaging/render_icons.py."""

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from keyfold.gui.base.identity import APP_ID
from tests.packaging.conftest import ICONS

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.mark.parametrize("size", SIZES)
def test_png_has_its_size_and_is_drawn(qapp: object, size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    image = QImage(str(path))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners stay transparent
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_scalable_icon_is_the_source_svg() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "keyfold.svg").read_bytes()


def test_render_script_writes_every_size() -> None:
    script = Path(__file__).resolve().parents[2] / "packaging" / "render_icons.py"
    assert f"SIZES = {SIZES}" in script.read_text(encoding="utf-8")
