"""Choose the key for SSH signatures (`FILE.sig`) of dropped files."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.file_offers import describe
from keyfold.gui.base.widgets.key_choice import KeyChoice


class SshSignDialog(TaskDialog):
    def __init__(
        self,
        paths: Sequence[Path],
        records: Sequence[KeyRecord],
        selected: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("SSH signature"), self.tr("Sign"), parent)
        self.setObjectName("sshSignDialog")
        self.paths = list(paths)
        self.key_choice = named(KeyChoice(records, selected), "sshSignKey")
        self.key_choice.setAccessibleName(self.tr("Signing key"))
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            QLabel(
                self.tr(
                    "Write an SSH signature beside {files} (FILE.sig, namespace “file”), "
                    "which `ssh-keygen -Y verify` checks."
                ).format(files=describe(self.paths)),
                wordWrap=True,
            )
        )
        form.addRow(self.tr("Key:"), self.key_choice)
        self.setMinimumWidth(440)
        self.key_choice.setFocus()

    def problem(self) -> str | None:
        return None if self.key_choice.key_id() else self.tr("Choose a key.")
