"""Sign files: which key, where the signatures go, and progress while hashing."""

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QWidget,
)

from keyfold.controller.signature_files import expand_files
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.progress_task_dialog import ProgressTaskDialog
from keyfold.gui.base.models.formatting import counted, format_size
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import warning_color
from keyfold.gui.base.widgets.key_choice import KeyChoice

_LIST_ROWS = 5


@dataclass(frozen=True)
class SignPlan:
    """The files a drop or a choice expands to, their sizes, and unwritable folders."""

    files: tuple[Path, ...]
    sizes: tuple[int, ...]
    read_only_folders: tuple[Path, ...]

    @property
    def total(self) -> int:
        return sum(self.sizes)

    def files_done(self, done_bytes: int) -> int:
        """Files fully hashed once `done_bytes` are, counting in the given order."""
        count = 0
        running = 0
        for size in self.sizes:
            running += size
            if running > done_bytes:
                break
            count += 1
        return count


def plan_signing(paths: Sequence[Path]) -> SignPlan:
    """Runs on a worker: expands folders, reads sizes, tests folders for writing."""
    files = expand_files(paths)
    sizes = []
    for path in files:
        try:
            sizes.append(path.stat().st_size)
        except OSError:
            sizes.append(0)  # signing names the unreadable file itself
    folders = sorted({path.parent for path in files})
    read_only = tuple(f for f in folders if f.is_dir() and not os.access(f, os.W_OK | os.X_OK))
    return SignPlan(tuple(files), tuple(sizes), read_only)


class SignFilesDialog(ProgressTaskDialog):
    choose_folder_requested = Signal()

    def __init__(
        self,
        paths: Sequence[Path],
        records: Sequence[KeyRecord],
        selected: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Sign files"), self.tr("Sign"), parent)
        self.setObjectName("signFilesDialog")
        self.plan: SignPlan | None = None
        self.summary_label = named(QLabel(wordWrap=True), "signSummary")
        count = len(paths)
        self.summary_label.setText(
            counted(
                count,
                self.tr("Looking at %n item…", "", count),
                self.tr("Looking at %n items…", "", count),
            )
        )
        self.file_list = named(QListWidget(), "signFileList")
        self.file_list.setAccessibleName(self.tr("Files to sign"))
        self.file_list.addItems([str(p) for p in paths])
        self.file_list.setMaximumHeight(self.file_list.sizeHintForRow(0) * _LIST_ROWS + 8)
        self.key_choice = named(KeyChoice(records, selected), "signKeyChoice")
        self.key_choice.setAccessibleName(self.tr("Key to sign with"))
        self.beside_radio = named(
            QRadioButton(self.tr("Beside each file (FILE.minisig)")), "besideRadio"
        )
        self.folder_radio = named(QRadioButton(self.tr("In this folder:")), "folderRadio")
        self.beside_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.beside_radio)
        group.addButton(self.folder_radio)
        self.folder_edit = named(QLineEdit(), "signFolderEdit")
        self.folder_edit.setAccessibleName(self.tr("Folder for the signatures"))
        self.folder_edit.setPlaceholderText(self.tr("Choose a folder"))
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.setAccessibleName(self.tr("Choose a folder for the signatures"))
        self.folder_button.clicked.connect(self.choose_folder_requested)
        self.note_label = named(QLabel(wordWrap=True), "signNote")
        self.note_label.setStyleSheet(f"color: {warning_color(self.palette())};")
        self.note_label.setVisible(False)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_radio)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.summary_label)
        form.addRow(self.file_list)
        form.addRow(self.tr("Sign with:"), self.key_choice)
        form.addRow(self.tr("Signatures go:"), self.beside_radio)
        form.addRow("", folder_row)
        form.addRow(self.note_label)
        self.folder_edit.textEdited.connect(lambda _t: self.folder_radio.setChecked(True))
        # Until the files are counted there is nothing to sign.
        self.ok_button.setEnabled(False)
        self.resize(560, self.sizeHint().height())

    def set_plan(self, plan: SignPlan) -> None:
        self.plan = plan
        self.file_list.clear()
        self.file_list.addItems([str(p) for p in plan.files])
        if plan.files:
            count = len(plan.files)
            self.summary_label.setText(
                counted(
                    count,
                    self.tr(
                        "%n file, {size} in all. Each gets a signature file that anyone with "
                        "your public key can check.",
                        "",
                        count,
                    ),
                    self.tr(
                        "%n files, {size} in all. Each gets a signature file that anyone with "
                        "your public key can check.",
                        "",
                        count,
                    ),
                ).format(size=format_size(plan.total))
            )
        else:
            self.summary_label.setText(self.tr("There are no files to sign here."))
        if plan.read_only_folders:
            self.offer_folder(
                self.tr(
                    "Keyfold cannot write in {folder}, so choose a folder for the signatures."
                ).format(folder=plan.read_only_folders[0])
            )
        self.ok_button.setEnabled(bool(plan.files) and not self.busy)

    def offer_folder(self, message: str) -> None:
        """The files' folder cannot take signatures: switch to a chosen folder."""
        self.folder_radio.setChecked(True)
        self.note_label.setText(message)
        self.note_label.setVisible(True)

    def set_folder(self, folder: Path) -> None:
        self.folder_edit.setText(str(folder))
        self.folder_radio.setChecked(True)

    def output_dir(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text) if self.folder_radio.isChecked() and text else None

    def problem(self) -> str | None:
        if self.plan is None or not self.plan.files:
            return self.tr("There are no files to sign.")
        if self.key_choice.key_id() is None:
            return self.tr(
                "Choose the key to sign with; create or import one first if you have none."
            )
        if self.folder_radio.isChecked() and not self.folder_edit.text().strip():
            return self.tr("Choose the folder for the signatures.")
        return None

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self.ok_button.setEnabled(self.plan is not None and bool(self.plan.files))
