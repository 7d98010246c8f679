"""The saved registration servers: a list to add, edit, remove and test them."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyfold.controller.registry import ServerCheck
from keyfold.controller.registry_servers import ServerRecord
from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.naming import named
from keyfold.gui.registrations.server_check import CheckResultLabel


def server_summary(server: ServerRecord) -> str:
    """The URL and, after it, what is set for it."""
    notes = []
    if not server.saved:
        notes.append(
            QCoreApplication.translate(
                "ServersDialog", "default from KEYFOLD_DEFAULT_SERVER, not saved"
            )
        )
    if server.pinned_sha256:
        notes.append(QCoreApplication.translate("ServersDialog", "certificate pinned"))
    if server.has_token:
        notes.append(QCoreApplication.translate("ServersDialog", "access token saved"))
    elif server.token_forgotten:
        notes.append(
            QCoreApplication.translate(
                "ServersDialog", "access token forgotten when Keyfold closed"
            )
        )
    if server.allow_plain_http:
        notes.append(QCoreApplication.translate("ServersDialog", "plain http allowed"))
    if not notes:
        return server.url
    return QCoreApplication.translate("ServersDialog", "{url} — {notes}").format(
        url=server.url, notes=QCoreApplication.translate("ServersDialog", ", ").join(notes)
    )


class ServersDialog(KeyfoldDialog):
    add_requested = Signal()
    edit_requested = Signal(object)  # ServerRecord
    remove_requested = Signal(object)  # ServerRecord
    test_requested = Signal(object)  # ServerRecord

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serversDialog")
        self.setWindowTitle(self.tr("Registration servers"))
        intro = QLabel(
            self.tr(
                "The servers your keys are registered with. A server is reached over https; "
                "plain http only on this computer unless you allow it."
            ),
            wordWrap=True,
        )
        self.list = named(QListWidget(), "serversList")
        self.list.setAccessibleName(self.tr("Saved servers"))
        self.empty_label = named(
            QLabel(self.tr("No server is saved yet. Add the address of your DataFold node or "
                           "keyfold-server."), wordWrap=True),
            "serversEmpty",
        )  # fmt: skip
        self.add_button = named(QPushButton(self.tr("Add…")), "addServerButton")
        self.edit_button = named(QPushButton(self.tr("Edit…")), "editServerButton")
        self.remove_button = named(QPushButton(self.tr("Remove…")), "removeServerButton")
        self.test_button = named(QPushButton(self.tr("Test connection")), "testServerButton")
        for button, name in (
            (self.add_button, self.tr("Add a server")),
            (self.edit_button, self.tr("Edit the selected server")),
            (self.remove_button, self.tr("Remove the selected server")),
            (self.test_button, self.tr("Test the connection to the selected server")),
        ):
            button.setAccessibleName(name)
        self.result_label = CheckResultLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.test_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(close)
        self.setMinimumSize(600, 320)

        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit_for_selected(self.edit_requested))
        self.remove_button.clicked.connect(lambda: self._emit_for_selected(self.remove_requested))
        self.test_button.clicked.connect(lambda: self._emit_for_selected(self.test_requested))
        self.list.itemDoubleClicked.connect(lambda _: self._emit_for_selected(self.edit_requested))
        self.list.currentRowChanged.connect(lambda _: self._update_buttons())
        self._update_buttons()

    def set_servers(self, servers: Sequence[ServerRecord], select: str | None = None) -> None:
        self.list.clear()
        for server in servers:
            item = QListWidgetItem(server_summary(server))
            item.setData(Qt.ItemDataRole.UserRole, server)
            self.list.addItem(item)
            if server.url == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.empty_label.setVisible(not servers)
        self._update_buttons()

    def selected(self) -> ServerRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        server = item.data(Qt.ItemDataRole.UserRole)
        return server if isinstance(server, ServerRecord) else None

    def set_testing(self, url: str) -> None:
        self.test_button.setEnabled(False)
        self.result_label.show_pending(url)

    def show_check(self, check: ServerCheck) -> None:
        self._update_buttons()
        self.result_label.show_check(check)

    def show_check_failure(self, error: Exception) -> None:
        self._update_buttons()
        self.result_label.show_failure(error)

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        server = self.selected()
        if server is not None:
            signal.emit(server)

    def _update_buttons(self) -> None:
        server = self.selected()
        self.edit_button.setEnabled(server is not None)
        # The env default is not saved, so there is nothing to remove.
        self.remove_button.setEnabled(server is not None and server.saved)
        self.test_button.setEnabled(server is not None)
