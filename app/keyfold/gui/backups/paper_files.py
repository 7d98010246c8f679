"""Paper backups in the restore wizard: PDFs, scans and photos, read in a worker."""

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from keyfold.core.errors import KeyfoldError
from keyfold.core.paper.files import is_paper_file, looks_like_paper_pdf
from keyfold.gui.backups import restore_flow
from keyfold.gui.base.workers.tasks import TaskContext

if TYPE_CHECKING:
    from keyfold.gui.backups.restore_wizard import RestoreWizard


def split_paper_files(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """(paper backups, other files): PDFs and images are read in a worker."""
    paper = [p for p in paths if is_paper_file(p)]
    return paper, [p for p in paths if p not in paper]


def claim_paper_pdfs(paths: Sequence[Path]) -> list[Path]:
    """Dropped on the main window: PDFs Keyfold wrote as paper backups (other PDFs and
    images stay files to sign; the restore wizard takes scans and photos)."""
    return [p for p in paths if looks_like_paper_pdf(p)]


def read_paper_files(wizard: "RestoreWizard", paths: Sequence[Path]) -> None:
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
