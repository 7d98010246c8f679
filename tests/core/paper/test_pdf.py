"""The paper backup PDF, read back by real tools: pdftoppm renders it, zbarimg and
zxing-cpp decode it, an independent reader decrypts it, a phone-like JPEG restores."""

from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
import pytest

from keyfold.core.backup import open_backup, seal_key
from keyfold.core.backup.kdf import KdfParams
from keyfold.core.keys import KeyPair
from keyfold.core.paper.page import PageSize, PaperKey
from keyfold.core.paper.payload import PREFIX, join_payloads, qr_payloads
from keyfold.core.paper.pdf import CONTINUED, render_pdf, wrap_lines
from keyfold.core.paper.scan import read_paper_backup
from tests.core.paper.support import independent_open, pdftoppm, phone_photo, zbarimg

PASSPHRASE = "paper passphrase"
WHEN = datetime(2026, 3, 4, 5, 6, tzinfo=UTC)
# The standard cost: what the independent reader must handle (64 MiB, 3 passes).
KDF = KdfParams()


@pytest.fixture(scope="module")
def pair() -> KeyPair:
    return KeyPair.from_seed(bytes(range(32)))


def document(pair: KeyPair, name: str = "Release signing", description: str = "") -> bytes:
    """A standard backup; a long description makes it take several codes."""
    metadata = {"description": description} if description else None
    return seal_key(
        pair, PASSPHRASE, key_id="release", name=name, metadata=metadata, kdf=KDF, version=1
    )


def paper_key(pair: KeyPair, name: str = "Release signing") -> PaperKey:
    return PaperKey("release", name, pair.public.fingerprint, WHEN, WHEN)


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory, pair: KeyPair) -> tuple[bytes, Path]:
    folder = tmp_path_factory.mktemp("single")
    doc = document(pair)
    pdf = folder / "release.pdf"
    pdf.write_bytes(render_pdf(doc, paper_key(pair)))
    return doc, pdf


def test_one_code_carries_exactly_the_standard_document(
    single: tuple[bytes, Path], tmp_path: Path, pair: KeyPair
) -> None:
    doc, pdf = single
    assert len(qr_payloads(doc)) == 1
    pages = pdftoppm(pdf, tmp_path)
    assert len(pages) == 2  # the codes, then the text
    payloads = zbarimg(pages[0])
    assert payloads == [doc]
    plaintext = independent_open(payloads[0], PASSPHRASE)
    assert plaintext == pair.seed + pair.public.raw


def test_the_rendered_page_and_the_pdf_restore(single: tuple[bytes, Path], tmp_path: Path) -> None:
    doc, pdf = single
    assert read_paper_backup(pdf) == doc
    page = pdftoppm(pdf, tmp_path)[0]
    assert read_paper_backup(page) == doc
    assert open_backup(read_paper_backup(page), PASSPHRASE).info.key_id == "release"


def test_a_phone_photo_of_the_page_restores(single: tuple[bytes, Path], tmp_path: Path) -> None:
    doc, pdf = single
    page = pdftoppm(pdf, tmp_path, dpi=120)[0]
    photo = phone_photo(page, tmp_path / "photo.jpg", angle=-3.0, quality=50)
    assert read_paper_backup(photo) == doc


@pytest.mark.parametrize("size", list(PageSize))
def test_a_long_backup_is_sliced_into_several_codes_on_the_first_page(
    size: PageSize, tmp_path: Path, pair: KeyPair
) -> None:
    # ASCII: zbar guesses the character set of byte-mode codes and would turn
    # UTF-8 into Latin-1 (zxing-cpp gives the bytes; see the next test).
    name = "Release signing"
    doc = document(pair, name, "Signs the project's release archives. " * 40)
    payloads = qr_payloads(doc)
    assert len(payloads) >= 3
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(render_pdf(doc, paper_key(pair, name), size))
    pages = pdftoppm(pdf, tmp_path)
    found = zbarimg(pages[0])
    assert sorted(found) == sorted(payloads)  # every code on page 1, each read by zbar
    assert all(p.startswith(PREFIX.encode()) for p in found)
    assert join_payloads(found) == doc
    assert independent_open(join_payloads(found), PASSPHRASE)[:32] == pair.seed
    photo = phone_photo(pages[0], tmp_path / "long.jpg", angle=1.5, quality=70)
    assert read_paper_backup(photo) == doc


def test_slices_with_multibyte_characters_join_back(tmp_path: Path, pair: KeyPair) -> None:
    name = "Schlüssel für Veröffentlichungen, 鍵"
    # Two-, three- and four-byte characters: never cut inside one.
    doc = document(pair, name, "Schlüssel für Veröffentlichungen, 鍵 😀 " * 30)
    payloads = qr_payloads(doc)
    assert len(payloads) > 2
    for payload in payloads:
        payload.decode("utf-8")
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(render_pdf(doc, paper_key(pair, name)))
    page = pdftoppm(pdf, tmp_path)[0]
    assert read_paper_backup(page) == doc
    assert read_paper_backup(pdf) == doc


@pytest.mark.parametrize(
    ("size", "points"), [(PageSize.A4, (595.28, 841.89)), (PageSize.LETTER, (612.0, 792.0))]
)
def test_pages_have_the_chosen_size(
    size: PageSize, points: tuple[float, float], pair: KeyPair
) -> None:
    pdf = pypdfium2.PdfDocument(render_pdf(document(pair), paper_key(pair), size))
    try:
        assert pdf[0].get_size() == pytest.approx(points, abs=0.01)
    finally:
        pdf.close()


def test_text_lines_wrap_with_a_continuation_mark() -> None:
    lines = wrap_lines('  "ciphertext": "' + "A" * 200 + '",\n}', 40)
    assert all(len(line) <= 40 for line in lines)
    assert lines[1].startswith(CONTINUED)
    joined = lines[0] + "".join(line[1:] for line in lines[1:-1])
    assert joined == '  "ciphertext": "' + "A" * 200 + '",'
