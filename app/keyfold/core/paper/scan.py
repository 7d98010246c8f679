"""Read a paper backup back: QR codes in a scan, a phone photo or a PDF (zxing-cpp, PDFium).

Every input is bounded before work starts: the file's size, an image's
pixel count (read from its header, before decoding), a PDF's page count and
the pixels each page is rendered to. So a hostile file costs at most a few
seconds before it is refused with one sentence.
"""

import io
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

from keyfold.core.errors import InvalidInputError
from keyfold.core.paper.files import PDF_SUFFIX
from keyfold.core.paper.payload import PaperFormatError, join_payloads

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_IMAGE_PIXELS = 50_000_000  # a 48-megapixel phone photo, not a decompression bomb
MAX_PDF_PAGES = 8  # a paper backup is two pages; a scanned one a few more
MAX_PAGE_PIXELS = 16_000_000  # each PDF page is rendered to at most this many pixels
PDF_DPI = 200
# Large photos are read at this size first (codes on a page stay several pixels
# per module), and at full size only when that finds nothing.
FIRST_TRY_PIXELS = 6_000_000
_IMAGE_FORMATS = {"PNG", "JPEG", "MPO"}  # MPO: what some phones call their JPEGs
# PDFium is not thread-safe; workers reading two PDFs at once take turns.
PDFIUM_LOCK = threading.Lock()


def read_paper_backup(path: Path) -> bytes:
    """The backup document the QR codes in a PDF or image carry."""
    path = Path(path).expanduser()
    data = _read(path)
    if path.suffix.lower() == PDF_SUFFIX or data.startswith(b"%PDF-"):
        payloads = list(_pdf_payloads(data, path.name))
    else:
        payloads = list(_image_payloads(data, path.name))
    try:
        return join_payloads(payloads)
    except PaperFormatError as exc:
        raise PaperFormatError(f"{path.name}: {exc}", field=exc.field) from None


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PaperFormatError(
                f"{path.name} is {size // (1024 * 1024)} MiB; a scan or photo of a paper "
                f"backup is at most {MAX_FILE_BYTES // (1024 * 1024)} MiB.",
                field="file",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInputError(f"The file {path} does not exist.") from None
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from None


def _image_payloads(data: bytes, name: str) -> Iterator[bytes]:
    with warnings.catch_warnings():
        # Our own pixel bound applies first; Pillow's bomb warning would only repeat it.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError:
            raise PaperFormatError(
                f"{name} is more than {MAX_IMAGE_PIXELS // 1_000_000} million pixels, more than "
                "Keyfold reads; scale it down.",
                field="file",
            ) from None
        except (UnidentifiedImageError, OSError, ValueError):
            raise PaperFormatError(
                f"{name} is not a PNG, JPEG or PDF file Keyfold can read.", field="file"
            ) from None
        if image.format not in _IMAGE_FORMATS:
            raise PaperFormatError(
                f"{name} is a {image.format} image; use a PNG, JPEG or PDF.", field="file"
            )
        width, height = image.size
        if width * height > MAX_IMAGE_PIXELS:
            raise PaperFormatError(
                f"{name} is {width}x{height} pixels, more than the "
                f"{MAX_IMAGE_PIXELS // 1_000_000} million Keyfold reads; scale it down.",
                field="file",
            )
        try:
            gray = ImageOps.exif_transpose(image).convert("L")
        except (OSError, ValueError, SyntaxError) as exc:
            raise PaperFormatError(
                f"{name} is damaged: {_first_line(exc)}.", field="file"
            ) from None
    yield from _codes_in(gray)


def _codes_in(image: Image.Image) -> Iterator[bytes]:
    """Payloads found, trying a reduced copy of a big photo first (faster, often better)."""
    pixels = image.width * image.height
    if pixels > FIRST_TRY_PIXELS:
        factor = (FIRST_TRY_PIXELS / pixels) ** 0.5
        small = image.resize((int(image.width * factor), int(image.height * factor)))
        found = _decode(small)
        if found:
            yield from found
            return
    yield from _decode(image)


def _decode(image: Image.Image) -> list[bytes]:
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    results = zxingcpp.read_barcodes(image, formats=qr_only)
    return [bytes(result.bytes) for result in results if result.valid]


def _pdf_payloads(data: bytes, name: str) -> Iterator[bytes]:
    with PDFIUM_LOCK:
        try:
            pdf = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as exc:
            raise PaperFormatError(
                f"{name} is not a PDF Keyfold can read ({_first_line(exc)}).", field="file"
            ) from None
        try:
            pages = len(pdf)
            if pages > MAX_PDF_PAGES:
                raise PaperFormatError(
                    f"{name} has {pages} pages; a paper backup has at most {MAX_PDF_PAGES}.",
                    field="file",
                )
            images = [_render(pdf[index]) for index in range(pages)]
        finally:
            pdf.close()
    for image in images:
        found = list(_codes_in(image))
        yield from found
        if any(not payload.startswith(b"keyfold-backup:") for payload in found):
            return  # a whole document on this page: the later pages are its text


def _render(page: pypdfium2.PdfPage) -> Image.Image:
    try:
        width, height = page.get_size()
        area = max(width * height, 1.0)
        # Points are 1/72 inch; cap the scale so no page becomes a huge bitmap.
        scale = min(PDF_DPI / 72, (MAX_PAGE_PIXELS / area) ** 0.5)
        bitmap = page.render(scale=scale, grayscale=True)
        image: Image.Image = bitmap.to_pil().convert("L")
        return image
    except pypdfium2.PdfiumError as exc:
        raise PaperFormatError(f"A page cannot be rendered ({_first_line(exc)}).") from None
    finally:
        page.close()


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120].rstrip(".")
