"""One app id in the window, desktop entry, metainfo, MIME file and spec."""

from keyfold.gui.app import APP_ID as APP_MODULE_ID
from keyfold.gui.base.identity import APP_ID
from tests.packaging.conftest import DESKTOP_FILE, METAINFO_FILE, MIME_FILE, SPEC_FILE


def test_every_packaging_file_uses_the_one_id() -> None:
    assert APP_ID == APP_MODULE_ID == "io.keyfold.Keyfold"
    for path in (DESKTOP_FILE, METAINFO_FILE, MIME_FILE):
        assert path.name.startswith(APP_ID), path
    assert f'APP_ID = "{APP_ID}"' in SPEC_FILE.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in METAINFO_FILE.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in DESKTOP_FILE.read_text(encoding="utf-8")
