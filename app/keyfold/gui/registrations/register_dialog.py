"""The "Register key" dialog: which key, which server, and the names it goes by."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from keyfold.controller.registry_servers import ServerRecord
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.key_choice import KeyChoice
from keyfold.gui.registrations.server_choice import ServerChoice
from keyfold.gui.registrations.task_dialog import RegistryTaskDialog


@dataclass(frozen=True)
class RegisterRequest:
    key_id: str
    server: str
    client_id: str | None
    key_name: str | None
    user_id: str | None


class RegisterDialog(RegistryTaskDialog):
    manage_servers_requested = Signal()

    def __init__(
        self,
        keys: Sequence[KeyRecord],
        selected_key: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Register a key with a server"), self.tr("Register"), parent)
        self.setObjectName("registerDialog")
        self.key_choice = named(KeyChoice(keys, selected_key), "registerKeyChoice")
        self.key_choice.setAccessibleName(self.tr("Key"))
        self.server_choice = named(ServerChoice(), "registerServerChoice")
        self.servers_button = named(QPushButton(self.tr("Servers…")), "manageServersButton")
        self.servers_button.setAccessibleName(self.tr("Manage registration servers"))
        self.client_id_edit = named(QLineEdit(), "clientIdEdit")
        self.client_id_edit.setPlaceholderText(self.tr("Made up for you when left empty"))
        self.key_name_edit = named(QLineEdit(), "keyNameEdit")
        self.user_id_edit = named(QLineEdit(), "userIdEdit")
        self.user_id_edit.setPlaceholderText(
            self.tr("Optional: who the key belongs to on the server")
        )
        for widget, name in (
            (self.client_id_edit, self.tr("Client ID")),
            (self.key_name_edit, self.tr("Key name on the server")),
            (self.user_id_edit, self.tr("User ID")),
        ):
            widget.setAccessibleName(name)

        server_row = QHBoxLayout()
        server_row.addWidget(self.server_choice, 1)
        server_row.addWidget(self.servers_button)
        form = QFormLayout(self.body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Key:"), self.key_choice)
        form.addRow(self.tr("Server:"), server_row)
        form.addRow(self.tr("Client ID:"), self.client_id_edit)
        form.addRow(self.tr("Name on the server:"), self.key_name_edit)
        form.addRow(self.tr("User ID:"), self.user_id_edit)
        self.setMinimumWidth(520)
        self.servers_button.clicked.connect(self.manage_servers_requested)
        self.key_choice.currentIndexChanged.connect(lambda _: self._suggest_name(keys))
        self._suggest_name(keys)

    def set_servers(self, servers: Sequence[ServerRecord], others: Sequence[str] = ()) -> None:
        self.server_choice.set_servers(servers, others)

    def problem(self) -> str | None:
        if self.key_choice.key_id() is None:
            return self.tr("Choose the key to register; create one first if the list is empty.")
        if not self.server_choice.url():
            return self.tr("Type the server's address, or save one under Servers….")
        return None

    def request(self) -> RegisterRequest:
        key_id = self.key_choice.key_id()
        assert key_id is not None  # problem() checked it
        return RegisterRequest(
            key_id=key_id,
            server=self.server_choice.url(),
            client_id=self.client_id_edit.text().strip() or None,
            key_name=self.key_name_edit.text().strip() or None,
            user_id=self.user_id_edit.text().strip() or None,
        )

    def _suggest_name(self, keys: Sequence[KeyRecord]) -> None:
        key_id = self.key_choice.key_id()
        record = next((k for k in keys if k.key_id == key_id), None)
        self.key_name_edit.setPlaceholderText(
            self.tr("{name} (the key's name)").format(name=record.name or record.key_id)
            if record
            else ""
        )
