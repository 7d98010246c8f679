""" "Sign my git commits with this key": where (one repository or all), and as whom."""

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.key_choice import key_label


class GitSetupDialog(TaskDialog):
    """OK shows the changes first (the command asks before it makes them)."""

    def __init__(self, record: KeyRecord, *, needs_update: bool, parent: QWidget | None = None):
        super().__init__(
            self.tr("Sign git commits with {key}").format(key=key_label(record)),
            self.tr("Review changes…"),
            parent,
        )
        self.setObjectName("gitSetupDialog")
        self.record = record
        self.email_edit = named(QLineEdit(), "emailEdit")
        self.email_edit.setPlaceholderText(self.tr("the address you commit with"))
        self.email_edit.setAccessibleName(self.tr("Email address"))
        self.repo_radio = named(QRadioButton(self.tr("This repository:")), "repoRadio")
        self.global_radio = named(
            QRadioButton(self.tr("All my repositories (global git settings)")), "globalRadio"
        )
        self.repo_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.repo_radio)
        group.addButton(self.global_radio)
        self.repo_edit = named(QLineEdit(), "repoEdit")
        self.repo_edit.setAccessibleName(self.tr("Repository folder"))
        self.browse_button = named(QPushButton(self.tr("Browse…")), "browseRepo")
        self.update_button = named(
            QPushButton(self.tr("Update earlier setups to the current version")), "updateGit"
        )
        self.update_button.setVisible(needs_update)
        self.update_button.setToolTip(
            self.tr(
                "After a rotation: sign with the new version; the old one stays trusted for "
                "commits made before now"
            )
        )
        repo_row = QHBoxLayout()
        repo_row.addWidget(self.repo_edit, 1)
        repo_row.addWidget(self.browse_button)
        self.global_radio.toggled.connect(self._where_changed)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Email:"), self.email_edit)
        form.addRow(self.repo_radio, repo_row)
        form.addRow(self.global_radio)
        form.addRow(
            QLabel(
                self.tr(
                    "git will sign every commit and tag through keyfold-ssh, and check "
                    "signatures against an allowed signers file holding this key."
                ),
                wordWrap=True,
            )
        )
        form.addRow(self.update_button)
        self.setMinimumWidth(520)
        self.email_edit.setFocus()

    def is_global(self) -> bool:
        return self.global_radio.isChecked()

    def repo(self) -> Path | None:
        text = self.repo_edit.text().strip()
        return None if self.is_global() or not text else Path(text).expanduser()

    def email(self) -> str:
        return self.email_edit.text().strip()

    def problem(self) -> str | None:
        if not self.email():
            return self.tr("Type the email address you commit with.")
        if not self.is_global() and self.repo() is None:
            return self.tr("Choose the repository folder, or all repositories.")
        return None

    def _where_changed(self, is_global: bool) -> None:
        self.repo_edit.setEnabled(not is_global)
        self.browse_button.setEnabled(not is_global)
