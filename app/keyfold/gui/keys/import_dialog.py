"""Import a private key from a file (PEM, PKCS#8, OpenSSH, hex, base64, or a backup)."""

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyfold.core.vault import is_valid_key_id
from keyfold.core.vault.records import BackendStatus, StorageKind
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.drop_area import local_files
from keyfold.gui.base.widgets.passphrase_fields import PassphraseFields
from keyfold.gui.base.widgets.storage_choice import StorageChoice


def import_filter() -> str:
    """The file dialog's filter; translators keep the patterns as they are."""
    return QCoreApplication.translate(
        "ImportKeyDialog",
        "Private keys (*.pem *.key *.der *.txt *.hex *.json id_ed25519*);;All files (*)",
    )


@dataclass(frozen=True)
class ImportRequest:
    path: Path
    key_id: str | None
    name: str
    storage: StorageKind
    file_passphrase: str | None = field(repr=False)
    passphrase: str | None = field(repr=False)
    seed: bool = False


class ImportKeyDialog(TaskDialog):
    browse_requested = Signal()

    def __init__(
        self, status: BackendStatus, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Import a private key"), self.tr("Import key"), parent)
        self.setObjectName("importKeyDialog")
        self.setAcceptDrops(True)
        self.file_edit = named(QLineEdit(readOnly=True), "fileEdit")
        self.file_edit.setPlaceholderText(self.tr("Choose a file or drop it here"))
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.browse_button.clicked.connect(self.browse_requested)
        self.file_passphrase_edit = named(
            QLineEdit(echoMode=QLineEdit.EchoMode.Password), "filePassphraseEdit"
        )
        self.file_passphrase_edit.setPlaceholderText(
            self.tr("Only if the file itself is encrypted")
        )
        # 32 bytes alone may be a public key: importing one as a seed needs a yes.
        self.seed_check = named(
            QCheckBox(self.tr("The file is a private seed (32 bytes in hex or base64)")),
            "seedCheck",
        )
        self.seed_check.setToolTip(
            self.tr(
                "A bare 32-byte value could as well be a public key; "
                "tick this only if it is the private seed."
            )
        )
        self.key_id_edit = named(QLineEdit(), "keyIdEdit")
        self.key_id_edit.setPlaceholderText(self.tr("Made from the name or the file"))
        self.name_edit = named(QLineEdit(), "nameEdit")
        self.storage = StorageChoice(status)
        self.passphrase = PassphraseFields(label=self.tr("New passphrase"))
        for widget, name in (
            (self.file_edit, self.tr("Key file")),
            (self.browse_button, self.tr("Choose key file")),
            (self.file_passphrase_edit, self.tr("Passphrase of the file")),
            (self.key_id_edit, self.tr("Key ID")),
            (self.name_edit, self.tr("Key name")),
        ):
            widget.setAccessibleName(name)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("File passphrase:"), self.file_passphrase_edit)
        form.addRow("", self.seed_check)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Key ID:"), self.key_id_edit)
        form.addRow(self.tr("Keep it in:"), self.storage)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        self._path: Path | None = None
        if path is not None:
            self.set_path(path)
        self.resize(540, self.sizeHint().height())

    def set_path(self, path: Path) -> None:
        self._path = path
        self.file_edit.setText(str(path))
        if not self.name_edit.text():
            self.name_edit.setText(path.stem.replace("_", " ").replace("-", " "))

    def problem(self) -> str | None:
        if self._path is None:
            return self.tr("Choose the file that holds the private key.")
        key_id = self.key_id_edit.text().strip()
        if key_id and not is_valid_key_id(key_id):
            return self.tr(
                "The key ID may use lowercase letters, digits, dots, dashes and underscores."
            )
        return self.passphrase.problem()

    def request(self) -> ImportRequest:
        assert self._path is not None
        return ImportRequest(
            path=self._path,
            key_id=self.key_id_edit.text().strip() or None,
            name=self.name_edit.text().strip(),
            storage=self.storage.storage(),
            file_passphrase=self.file_passphrase_edit.text() or None,
            passphrase=self.passphrase.passphrase(),
            seed=self.seed_check.isChecked(),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if len(local_files(event)) == 1:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if len(files) == 1:
            event.acceptProposedAction()
            self.set_path(files[0])
