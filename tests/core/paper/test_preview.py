"""Tests for keyfold.core.paper.preview: a page as PNG for the GUI."""

import io
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from keyfold.core.keys import KeyPair
from keyfold.core.paper.page import PaperKey
from keyfold.core.paper.pdf import render_pdf
from keyfold.core.paper.preview import page_png
from keyfold.core.paper.scan import read_paper_backup


def test_the_first_page_renders_at_the_asked_width_and_its_code_reads(tmp_path: Path) -> None:
    pair = KeyPair.from_seed(bytes(32))
    document = b'{"version": 1, "note": "not a real backup"}\n'
    when = datetime(2026, 1, 1, tzinfo=UTC)
    pdf = render_pdf(document, PaperKey("k", "K", pair.public.fingerprint, when, when))
    png = page_png(pdf, 0, 700)
    image = Image.open(io.BytesIO(png))
    assert abs(image.width - 700) <= 1  # PDFium rounds the scaled page size
    path = tmp_path / "preview.png"
    path.write_bytes(png)
    assert read_paper_backup(path) == document
