"""Tests for keyfold.controller.paper, and restoring paper backups through BackupService."""

import shutil
from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.core.audit import AuditKind
from keyfold.core.errors import InvalidInputError, WrongPassphraseError
from keyfold.core.paper.page import PageSize
from keyfold.core.paper.payload import PaperFormatError
from keyfold.core.vault import Vault
from tests.core.paper.support import pdftoppm, phone_photo
from tests.core.vault.support import CHEAP_KDF


def test_paper_backup_is_checked_and_recorded(controller: Controller, tmp_path: Path) -> None:
    record = controller.keys.generate("demo", passphrase="pw", name="Demo")
    paper = controller.paper.make("demo", "paper pw", PageSize.LETTER)
    assert paper.codes == 1
    backup = controller.paper.save(paper, tmp_path / "demo.pdf", "paper pw")
    assert backup.preset == "paper"
    assert backup.last_verified is not None
    assert (tmp_path / "demo.pdf").stat().st_mode & 0o777 == 0o600
    assert controller.keys.get("demo").backup_is_current
    entry = controller.audit.list(kind=AuditKind.BACKUP)[-1]
    assert (entry.details["action"], entry.details["format"]) == ("paper", "pdf")
    assert entry.details["fingerprint"] == record.fingerprint


def test_rotated_keys_carry_their_older_versions_on_paper(
    controller: Controller, tmp_path: Path
) -> None:
    controller.keys.generate("demo", passphrase="pw")
    controller.rotation.rotate("demo", passphrase="pw")
    paper = controller.paper.make("demo", "paper pw")
    assert paper.codes > 1  # two versions no longer fit one code
    controller.paper.save(paper, tmp_path / "demo.pdf", "paper pw")
    fresh = Controller(Vault(tmp_path / "fresh", kdf=CHEAP_KDF, keychain=None))
    fresh.backups.restore(tmp_path / "demo.pdf", "paper pw")
    assert [v.version for v in fresh.keys.get("demo").versions] == [1, 2]


def test_restore_from_a_scan_and_a_photo_on_a_fresh_vault(
    controller: Controller, tmp_path: Path
) -> None:
    original = controller.keys.generate("demo", passphrase="pw", name="Demo")
    paper = controller.paper.make("demo", "paper pw")
    controller.paper.save(paper, tmp_path / "demo.pdf", "paper pw")
    scan = pdftoppm(tmp_path / "demo.pdf", tmp_path)[0]
    photo = phone_photo(scan, tmp_path / "photo.jpg")
    fresh = Controller(Vault(tmp_path / "fresh", kdf=CHEAP_KDF, keychain=None))
    (info,) = fresh.backups.inspect(photo)
    assert info.fingerprint == original.fingerprint
    with pytest.raises(WrongPassphraseError):
        fresh.backups.restore(photo, "not it")
    assert fresh.keys.list() == []
    (outcome,) = fresh.backups.restore(photo, "paper pw", new_passphrase="fresh pw")
    assert outcome.key_id == "demo"
    assert fresh.keys.get("demo").fingerprint == original.fingerprint
    copy = tmp_path / "scan.png"
    shutil.copy(scan, copy)
    assert fresh.backups.verify(copy, "paper pw")[0].key_id == "demo"


def test_a_blank_page_and_a_wrong_name_are_refused(controller: Controller, tmp_path: Path) -> None:
    controller.keys.generate("demo", passphrase="pw")
    paper = controller.paper.make("demo", "paper pw")
    with pytest.raises(InvalidInputError, match=r"saved as a \.pdf"):
        controller.paper.save(paper, tmp_path / "demo.png", "paper pw")
    with pytest.raises(InvalidInputError, match="needs a passphrase"):
        controller.paper.make("demo", "")
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(paper.pdf[:0] + _blank_pdf())
    with pytest.raises(PaperFormatError, match=r"^blank\.pdf: No Keyfold backup code was found"):
        controller.backups.inspect(blank)


def _blank_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    return bytes(pdf.output())
