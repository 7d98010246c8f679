"""packaging/io.keyfold.Keyfold.desktop: valid, named by the app id, opens our file types."""

import configparser
import subprocess

from keyfold.gui.base.identity import APP_ID
from tests.conftest import require_tool
from tests.packaging.conftest import DESKTOP_FILE, mime_types_defined


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validate_passes() -> None:
    tool = require_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are suggestions; errors and warnings are not allowed.
    assert "error:" not in result.stdout and "warning:" not in result.stdout, result.stdout


def test_launches_keyfold_with_files_and_uses_the_app_icon() -> None:
    section = entry()
    assert section["Exec"] == "keyfold %F"
    assert section["Icon"] == APP_ID
    assert DESKTOP_FILE.name == f"{APP_ID}.desktop"


def test_opens_every_file_type_the_mime_file_defines() -> None:
    declared = {t for t in entry()["MimeType"].split(";") if t}
    defined = mime_types_defined()
    assert declared == defined
