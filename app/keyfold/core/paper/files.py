"""Which files hold a paper backup (a PDF, or a scan or photo of the page), by name."""

from pathlib import Path

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
PDF_SUFFIX = ".pdf"
PAPER_SUFFIXES = (*IMAGE_SUFFIXES, PDF_SUFFIX)


def is_paper_file(path: Path) -> bool:
    """True for the files a paper backup is restored from: a PDF, PNG or JPEG."""
    return Path(path).suffix.lower() in PAPER_SUFFIXES
