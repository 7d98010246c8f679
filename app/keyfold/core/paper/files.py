"""Which files hold a paper backup (a PDF, or a scan or photo of the page), by name."""

from pathlib import Path

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
PDF_SUFFIX = ".pdf"
PAPER_SUFFIXES = (*IMAGE_SUFFIXES, PDF_SUFFIX)


def is_paper_file(path: Path) -> bool:
    """True for the files a paper backup is restored from: a PDF, PNG or JPEG."""
    return Path(path).suffix.lower() in PAPER_SUFFIXES


PAPER_PDF_MARK = b"/Title (Keyfold paper backup"
MAX_SNIFF_BYTES = 2 * 1024 * 1024  # a Keyfold paper PDF is well under 100 KiB


def looks_like_paper_pdf(path: Path) -> bool:
    """A PDF Keyfold wrote as a paper backup (its title says so); cheap and bounded."""
    path = Path(path)
    if path.suffix.lower() != PDF_SUFFIX:
        return False
    try:
        if path.stat().st_size > MAX_SNIFF_BYTES:
            return False
        return PAPER_PDF_MARK in path.read_bytes()
    except OSError:
        return False
