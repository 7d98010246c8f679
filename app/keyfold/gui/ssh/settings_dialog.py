"""The "Serve keys to SSH" dialog: on or off, the socket, the lines to use it, which keys."""

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.copy_field import CopyField
from keyfold.gui.base.widgets.key_choice import key_label
from keyfold.gui.ssh.settings import shell_line, ssh_config_lines


class SshAgentDialog(KeyfoldDialog):
    """Edits plain values; the command that opened it applies them on accept."""

    def __init__(
        self,
        *,
        serve: bool,
        socket_path: Path,
        confirm_each_use: bool,
        records: Sequence[KeyRecord],
        ssh_key_ids: Sequence[str],
        status: str,
        on_copy: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sshAgentDialog")
        self.setWindowTitle(self.tr("SSH agent"))
        self.serve_check = named(QCheckBox(self.tr("Serve keys to SSH")), "serveCheck")
        self.serve_check.setChecked(serve)
        self.serve_check.setToolTip(
            self.tr("ssh, ssh-add and git use the keys below through Keyfold while it runs")
        )
        self.socket_edit = named(QLineEdit(str(socket_path)), "socketEdit")
        self.socket_edit.setAccessibleName(self.tr("Socket path"))
        self.confirm_check = named(
            QCheckBox(self.tr("Ask me before each use of a key")), "confirmCheck"
        )
        self.confirm_check.setChecked(confirm_each_use)
        self.keys_list = named(QListWidget(), "sshKeysList")
        self.keys_list.setAccessibleName(self.tr("Keys to use for SSH"))
        for record in records:
            item = QListWidgetItem(key_label(record))
            item.setData(Qt.ItemDataRole.UserRole, record.key_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = record.key_id in ssh_key_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.keys_list.addItem(item)
        self.keys_list.setMaximumHeight(120)
        self.shell_field = named(CopyField(self.tr("Shell line"), on_copy), "shellLine")
        self.config_field = named(
            CopyField(self.tr("SSH config lines"), on_copy, multiline=True, lines=2),
            "sshConfigLines",
        )
        self.status_label = named(QLabel(status, wordWrap=True), "agentStatus")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.socket_edit.textChanged.connect(self._show_lines)
        self.serve_check.toggled.connect(self._enable)
        form = QFormLayout(self)
        form.addRow(self.serve_check)
        form.addRow(self.tr("Socket:"), self.socket_edit)
        form.addRow(self.confirm_check)
        form.addRow(self.tr("Use for SSH:"), self.keys_list)
        form.addRow(QLabel(self.tr("To use it in a shell, run:"), wordWrap=True))
        form.addRow(self.shell_field)
        form.addRow(QLabel(self.tr("Or add to ~/.ssh/config:"), wordWrap=True))
        form.addRow(self.config_field)
        form.addRow(self.status_label)
        form.addRow(buttons)
        self._show_lines()
        self._enable(serve)
        self.setMinimumWidth(560)
        self.serve_check.setFocus()

    def socket_path(self) -> Path:
        return Path(self.socket_edit.text().strip()).expanduser()

    def chosen_key_ids(self) -> list[str]:
        items = (self.keys_list.item(row) for row in range(self.keys_list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _show_lines(self) -> None:
        path = self.socket_path()
        self.shell_field.set_text(shell_line(path))
        self.config_field.set_text(ssh_config_lines(path))

    def _enable(self, on: bool) -> None:
        self.socket_edit.setEnabled(on)
        self.confirm_check.setEnabled(on)
