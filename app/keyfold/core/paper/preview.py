"""A page of a paper-backup PDF as a PNG, for the GUI's preview (PDFium, off the GUI thread)."""

import io

import pypdfium2

from keyfold.core.paper.scan import PDFIUM_LOCK


def page_png(pdf: bytes, page: int = 0, width_px: int = 800) -> bytes:
    """Page `page` (0-based) of a PDF Keyfold made, `width_px` wide, as PNG bytes."""
    with PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(pdf)
        try:
            chosen = document[page]
            try:
                width, _height = chosen.get_size()
                image = chosen.render(scale=width_px / width).to_pil()
            finally:
                chosen.close()
        finally:
            document.close()
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
