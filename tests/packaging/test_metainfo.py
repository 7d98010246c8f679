"""packaging/io.keyfold.Keyfold.metainfo.xml: valid AppStream, same id, launchable, types."""

import subprocess

from keyfold.gui.base.identity import APP_ID
from tests.conftest import require_tool
from tests.packaging.conftest import DESKTOP_FILE, METAINFO_FILE, mime_types_defined, parse_xml


def test_appstreamcli_validate_passes() -> None:
    tool = require_tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ids_and_media_types_match_the_desktop_side() -> None:
    root = parse_xml(METAINFO_FILE)
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    provided = {node.text for node in root.iter("mediatype")}
    defined = mime_types_defined()
    assert provided == defined
    assert {node.text for node in root.iter("binary")} >= {"keyfold", "keyfold-cli"}
