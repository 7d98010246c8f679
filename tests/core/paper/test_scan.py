"""Reading paper backups from files: hostile images and PDFs are refused quickly, in one
sentence; QR decoding is fuzzed with codes that carry random payloads."""

import io
import struct
import zlib
from pathlib import Path

import pytest
import segno
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from keyfold.core.errors import InvalidInputError
from keyfold.core.paper.payload import PREFIX, PaperFormatError, qr_payloads
from keyfold.core.paper.scan import MAX_PDF_PAGES, read_paper_backup


def qr_png(payloads: list[bytes], path: Path) -> Path:
    """A white page with the codes side by side, as a scan would show them."""
    images = []
    for payload in payloads:
        out = io.BytesIO()
        segno.make(payload, error="m", micro=False).save(out, kind="png", scale=4, border=4)
        images.append(Image.open(io.BytesIO(out.getvalue())).convert("L"))
    width = sum(i.width for i in images) + 20 * (len(images) + 1)
    height = max(i.height for i in images) + 40
    page = Image.new("L", (width, height), 255)
    x = 20
    for image in images:
        page.paste(image, (x, 20))
        x += image.width + 20
    page.save(path)
    return path


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims a huge size (a decompression bomb's first bytes)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)  # a sliver of the first row; the rest never comes
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_codes_in_a_png_join_in_any_order(tmp_path: Path) -> None:
    doc = b"{" + b'"x": "' + b"y" * 1500 + b'"}'
    payloads = qr_payloads(doc)
    assert read_paper_backup(qr_png(payloads[::-1], tmp_path / "scan.png")) == doc


def test_a_huge_image_is_refused_from_its_header(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_header_only(12_000, 9_000))
    with pytest.raises(PaperFormatError, match=r"bomb.png is 12000x9000 pixels, more than"):
        read_paper_backup(bomb)
    bomb.write_bytes(png_header_only(40_000, 40_000))  # past Pillow's own bomb limit too
    with pytest.raises(PaperFormatError, match=r"bomb.png is more than 50 million pixels"):
        read_paper_backup(bomb)


def test_a_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.jpg"
    with big.open("wb") as handle:
        handle.truncate(65 * 1024 * 1024)  # sparse: nothing is written
    with pytest.raises(PaperFormatError, match=r"big\.jpg is 65 MiB"):
        read_paper_backup(big)


def test_a_pdf_with_many_pages_is_refused(tmp_path: Path) -> None:
    pdf = FPDF()
    for _ in range(MAX_PDF_PAGES + 1):
        pdf.add_page()
    path = tmp_path / "book.pdf"
    path.write_bytes(bytes(pdf.output()))
    with pytest.raises(PaperFormatError, match=f"book.pdf has {MAX_PDF_PAGES + 1} pages"):
        read_paper_backup(path)


def test_a_page_of_enormous_size_is_rendered_small_and_finds_nothing(tmp_path: Path) -> None:
    pdf = FPDF(unit="pt", format=(14400, 14400))  # PDF's largest page, 200 inches a side
    pdf.add_page()
    path = tmp_path / "poster.pdf"
    path.write_bytes(bytes(pdf.output()))
    with pytest.raises(PaperFormatError, match="No Keyfold backup code was found"):
        read_paper_backup(path)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("noise.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "is not a PNG, JPEG or PDF"),
        ("text.jpg", b"hello", "is not a PNG, JPEG or PDF"),
        ("broken.pdf", b"%PDF-1.7\n garbage", "is not a PDF Keyfold can read"),
    ],
)
def test_files_that_are_not_images_get_one_sentence(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(PaperFormatError, match=message) as caught:
        read_paper_backup(path)
    assert "\n" not in str(caught.value)


def test_other_image_formats_are_named(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    Image.new("L", (20, 20), 255).save(path, format="GIF")
    with pytest.raises(PaperFormatError, match="is a GIF image"):
        read_paper_backup(path)


def test_a_truncated_jpeg_is_damaged(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.effect_noise((400, 400), 60).save(out, format="JPEG")
    path = tmp_path / "cut.jpg"
    path.write_bytes(out.getvalue()[: len(out.getvalue()) // 2])
    with pytest.raises(PaperFormatError, match=r"cut\.jpg is damaged"):
        read_paper_backup(path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="does not exist"):
        read_paper_backup(tmp_path / "none.png")


def test_a_blank_photo_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "blank.jpg"
    Image.new("RGB", (800, 600), "white").save(path, format="JPEG")
    with pytest.raises(PaperFormatError, match="photograph the whole first page"):
        read_paper_backup(path)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(
        st.one_of(
            st.binary(min_size=1, max_size=120),
            st.builds(
                lambda i, n, body: f"{PREFIX}{i}/{n}:".encode() + body,
                st.integers(0, 70),
                st.integers(0, 70),
                st.binary(max_size=60),
            ),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_fuzzed_codes_decode_or_fail_with_one_sentence(
    tmp_path: Path, payloads: list[bytes]
) -> None:
    path = qr_png(payloads, tmp_path / "fuzz.png")
    try:
        read_paper_backup(path)
    except PaperFormatError as exc:
        assert "\n" not in str(exc)
