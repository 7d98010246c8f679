"""The paper wizard: passphrase, preview, save with read-back; restoring a photo of it in
the restore wizard, read in a worker."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.gui.backups.backup_wizard import BackupWizard
from keyfold.gui.backups.paper_files import claim_paper_pdfs
from keyfold.gui.backups.restore_wizard import RestoreWizard
from keyfold.gui.main_window import MainWindow
from keyfold.gui.shares.paper_wizard import PREVIEW, PaperBackupWizard
from tests.core.paper.support import pdftoppm, phone_photo
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key

PAPER_PASSPHRASE = "tangerine lighthouse quietly 7 bicycles"


def _make_paper(
    qtbot: QtBot, tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> Path:
    make_key(controller, "alpha", "Alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    window.refresh("alpha")
    window.action_set["backup"].trigger()
    dialogs.last(BackupWizard).findChild(QPushButton, "paperBackupButton").click()
    wizard = dialogs.last(PaperBackupWizard)
    fields = wizard.settings_page.passphrase
    fields.passphrase_edit.setText(PAPER_PASSPHRASE)
    fields.confirm_edit.setText(PAPER_PASSPHRASE)
    wizard.settings_page.letter.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW)
    preview = wizard.preview_page
    assert not preview.image.pixmap().isNull()
    assert "fits one QR code" in preview.status.text()
    assert not preview.isComplete()
    dialogs.save_path = tmp_path / "alpha-paper"  # the .pdf is added
    preview.save_button.click()
    assert preview.isComplete(), preview.status.text()
    assert "read back and open with your passphrase" in preview.status.text()
    (record,) = controller.backups.list()
    assert record.preset == "paper" and record.last_verified is not None
    assert controller.keys.get("alpha").backup_is_current
    wizard.accept()
    return tmp_path / "alpha-paper.pdf"


def test_paper_backup_then_restore_a_photo_of_it(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    window: MainWindow,
    dialogs: FakeDialogs,
) -> None:
    pdf = _make_paper(qtbot, tmp_path, controller, window, dialogs)
    assert claim_paper_pdfs([pdf, tmp_path / "other.pdf"]) == [pdf]
    photo = phone_photo(pdftoppm(pdf, tmp_path)[0], tmp_path / "photo.jpg")
    controller.keys.delete("alpha")
    window.refresh(None)
    window.action_set["restore"].trigger()
    wizard = dialogs.last(RestoreWizard)
    wizard.files_page.add_files([photo])
    qtbot.waitUntil(lambda: wizard.files_page.isComplete())
    top = wizard.files_page.tree.topLevelItem(0)
    assert (top.text(0), top.text(1)) == ("photo.jpg", "1 key")
    wizard.next()
    wizard.passphrase_page.passphrase_edit.setText(PAPER_PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 3)
    assert "alpha: restored (photo.jpg)" in wizard.summary_page.text.text()
    assert controller.keys.get("alpha").name == "Alpha"


def test_a_dropped_paper_pdf_opens_the_restore_wizard(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    window: MainWindow,
    dialogs: FakeDialogs,
) -> None:
    pdf = _make_paper(qtbot, tmp_path, controller, window, dialogs)
    window.open_files([pdf])
    wizard = dialogs.last(RestoreWizard)
    qtbot.waitUntil(lambda: wizard.files_page.isComplete())


def test_an_unreadable_image_is_listed_with_its_reason(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, dialogs: FakeDialogs
) -> None:
    blank = tmp_path / "blank.png"
    blank.write_bytes(b"\x89PNG\r\n\x1a\n broken")
    window.action_set["restore"].trigger()
    wizard = dialogs.last(RestoreWizard)
    wizard.files_page.add_files([blank])
    top = wizard.files_page.tree.topLevelItem(0)
    qtbot.waitUntil(
        lambda: (
            "not a PNG, JPEG or PDF" in top.text(1)
            or "not a PNG" in wizard.files_page.tree.topLevelItem(0).text(1)
        )
    )
    assert not wizard.files_page.isComplete()


def test_the_window_starts_without_the_pdf_and_image_libraries() -> None:
    # They load when a paper backup is made or read; the bundle and start-up stay lean.
    code = (
        "import sys, keyfold.gui.main_window; "
        "print(sorted(m for m in ('fpdf', 'pypdfium2', 'zxingcpp') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
