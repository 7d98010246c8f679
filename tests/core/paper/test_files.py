"""Tests for keyfold.core.paper.files: which files are paper backups."""

from pathlib import Path

from keyfold.core.paper.files import MAX_SNIFF_BYTES, is_paper_file, looks_like_paper_pdf


def test_paper_files_by_suffix() -> None:
    assert is_paper_file(Path("scan.PDF"))
    assert is_paper_file(Path("photo.jpeg"))
    assert not is_paper_file(Path("key-backup.json"))


def test_keyfold_paper_pdfs_by_their_title(tmp_path: Path) -> None:
    ours = tmp_path / "ours.pdf"
    ours.write_bytes(b"%PDF-1.3\n/Title (Keyfold paper backup: demo)")
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.truncate(MAX_SNIFF_BYTES + 1)
    assert looks_like_paper_pdf(ours)
    assert not looks_like_paper_pdf(big)
    assert not looks_like_paper_pdf(tmp_path / "missing.pdf")
    assert not looks_like_paper_pdf(ours.with_suffix(".png"))
