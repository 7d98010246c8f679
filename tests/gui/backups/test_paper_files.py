"""Tests for keyfold.gui.backups.paper_files' file sorting (reading them in a worker is tested
end to end in tests/gui/shares/test_paper_wizard)."""

from pathlib import Path

from keyfold.gui.backups.paper_files import claim_paper_pdfs, split_paper_files


def test_paper_files_are_read_apart_from_json_backups() -> None:
    paths = [Path("a.json"), Path("scan.PNG"), Path("b.tar.gz"), Path("page.pdf")]
    assert split_paper_files(paths) == (
        [Path("scan.PNG"), Path("page.pdf")],
        [Path("a.json"), Path("b.tar.gz")],
    )


def test_only_keyfold_paper_pdfs_are_claimed_from_a_drop(tmp_path: Path) -> None:
    ours = tmp_path / "key.pdf"
    ours.write_bytes(b"%PDF-1.4\n/Title (Keyfold paper backup: key)\n")
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4\n/Title (Quarterly report)\n")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8")
    assert claim_paper_pdfs([ours, report, photo, tmp_path / "gone.pdf"]) == [ours]
