"""Paths and the one app id the packaging tests check files against."""

import os

# Before any QApplication exists (pytest-qt creates it lazily); the icon tests need one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import xml.etree.ElementTree as ET
from pathlib import Path

from keyfold.gui.base.identity import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME_FILE = PACKAGING / f"{APP_ID}-mime.xml"
SPEC_FILE = PACKAGING / "keyfold.spec"
ICONS = ROOT / "resources" / "icons"

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def parse_xml(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # noqa: S314 -- the repository's own files, not input


def mime_types_defined() -> set[str | None]:
    return {node.get("type") for node in parse_xml(MIME_FILE).iter(f"{MIME_NS}mime-type")}
