"""What the backup and restore wizards gain: split and paper buttons, "From shares", and
paper backups (PDFs, scans and photos) read in a worker."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from keyfold.core.errors import KeyfoldError
from keyfold.core.paper.files import is_paper_file, looks_like_paper_pdf
from keyfold.gui.backups import restore_flow
from keyfold.gui.backups.backup_wizard import BackupWizard
from keyfold.gui.backups.restore_wizard import RestoreWizard
from keyfold.gui.base.naming import named
from keyfold.gui.base.workers.tasks import TaskContext
from keyfold.gui.shares.commands import ShareCommands


def offer_backup_methods(wizard: BackupWizard, commands: ShareCommands) -> QWidget:
    """Buttons under the key list: split the ticked key into shares, or print it."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(QCoreApplication.translate("ShareHooks", "Or, for the one ticked key:"))
    split = named(
        QPushButton(QCoreApplication.translate("ShareHooks", "Split into shares…")),
        "splitSharesButton",
    )
    split.setAccessibleName(
        QCoreApplication.translate("ShareHooks", "Split the ticked key into SLIP-39 shares")
    )
    paper = named(
        QPushButton(QCoreApplication.translate("ShareHooks", "Paper backup (PDF)…")),
        "paperBackupButton",
    )
    paper.setAccessibleName(
        QCoreApplication.translate("ShareHooks", "Make a paper backup of the ticked key")
    )
    layout.addWidget(label)
    layout.addWidget(split)
    layout.addWidget(paper)
    layout.addStretch(1)
    page = wizard.keys_page

    def ticked() -> list[str]:
        return page.chosen()

    def update() -> None:
        one = len(ticked()) == 1
        split.setEnabled(one)
        paper.setEnabled(one)

    def switch(open_wizard: str) -> None:
        (key_id,) = ticked()
        record = next(r for r in wizard.records if r.key_id == key_id)
        wizard.reject()
        if open_wizard == "split":
            commands.split(record)
        else:
            commands.paper(record)

    split.clicked.connect(lambda: switch("split"))
    paper.clicked.connect(lambda: switch("paper"))
    page.list.itemChanged.connect(lambda _item: update())
    # The page fills its list when shown; rows arrive already ticked or not.
    model = page.list.model()
    model.rowsInserted.connect(lambda *_: update())
    model.rowsRemoved.connect(lambda *_: update())
    page_layout = page.layout()
    assert page_layout is not None
    page_layout.addWidget(row)
    update()
    return row


def offer_restore_methods(wizard: RestoreWizard, commands: ShareCommands) -> QPushButton:
    """A "From shares" button on the first page of the restore wizard."""
    button = named(
        QPushButton(QCoreApplication.translate("ShareHooks", "From shares…")), "fromSharesButton"
    )
    button.setAccessibleName(
        QCoreApplication.translate("ShareHooks", "Restore a key from SLIP-39 shares")
    )
    button.setToolTip(
        QCoreApplication.translate("ShareHooks", "Type or load the words of SLIP-39 shares")
    )

    def switch() -> None:
        wizard.reject()
        commands.combine()

    button.clicked.connect(switch)
    page_layout = wizard.files_page.layout()
    assert page_layout is not None
    page_layout.addWidget(button)
    page_layout.setAlignment(button, Qt.AlignmentFlag.AlignLeft)
    return button


def split_paper_files(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """(paper backups, other files): PDFs and images are read in a worker."""
    paper = [p for p in paths if is_paper_file(p)]
    return paper, [p for p in paths if p not in paper]


def read_paper_files(wizard: RestoreWizard, paths: Sequence[Path]) -> None:
    """List the files at once as being read, then with what their QR codes hold."""
    backups = wizard.ctx.controller.backups
    chosen = list(paths)
    wizard.files = restore_flow.merge_files(
        wizard.files, [restore_flow.InspectedFile(p, ()) for p in chosen]
    )

    def work(task: TaskContext) -> list[restore_flow.InspectedFile]:
        found = []
        for path in chosen:
            task.cancel_token.check()
            try:
                found.append(restore_flow.InspectedFile(path, tuple(backups.inspect(path))))
            except KeyfoldError as exc:
                found.append(restore_flow.InspectedFile(path, (), str(exc)))
        return found

    def done(found: list[restore_flow.InspectedFile]) -> None:
        if wizard.closed:
            return
        wizard.files = restore_flow.merge_files(wizard.files, found)
        wizard.files_page.refresh()

    def failed(error: Exception) -> None:
        if wizard.closed:
            return
        message = str(error) if isinstance(error, KeyfoldError) else type(error).__name__
        wizard.files = restore_flow.merge_files(
            wizard.files, [restore_flow.InspectedFile(p, (), message) for p in chosen]
        )
        wizard.files_page.refresh()

    wizard.ctx.tasks.run_task(work, done, failed)


def claim_paper_pdfs(paths: Sequence[Path]) -> list[Path]:
    """Dropped on the main window: PDFs Keyfold wrote as paper backups (other PDFs and
    images stay files to sign; the restore wizard takes scans and photos)."""
    return [p for p in paths if looks_like_paper_pdf(p)]
