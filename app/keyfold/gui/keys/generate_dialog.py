"""The "New key" dialog: name, id, description, tags, storage and passphrase."""

from dataclasses import dataclass, field

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from keyfold.core.vault import is_valid_key_id
from keyfold.core.vault.key_ids import slugify
from keyfold.core.vault.records import BackendStatus, StorageKind
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.passphrase_fields import PassphraseFields
from keyfold.gui.base.widgets.storage_choice import StorageChoice


def parse_tags(text: str) -> tuple[str, ...]:
    """Comma-separated tags, trimmed, empty ones and repeats dropped."""
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


@dataclass(frozen=True)
class NewKeyRequest:
    key_id: str | None
    name: str
    description: str
    tags: tuple[str, ...]
    storage: StorageKind
    passphrase: str | None = field(repr=False)


class GenerateKeyDialog(TaskDialog):
    def __init__(self, status: BackendStatus, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Create a new key"), self.tr("Create key"), parent)
        self.setObjectName("generateKeyDialog")
        self.name_edit = named(QLineEdit(), "nameEdit")
        self.name_edit.setPlaceholderText(self.tr("For example: Release signing"))
        self.key_id_edit = named(QLineEdit(), "keyIdEdit")
        self.description_edit = named(QLineEdit(), "descriptionEdit")
        self.description_edit.setPlaceholderText(self.tr("Optional: what you use this key for"))
        self.tags_edit = named(QLineEdit(), "tagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("Optional, separated by commas"))
        self.storage = StorageChoice(status)
        self.no_passphrase_check = named(
            QCheckBox(self.tr("Don't ask for a passphrase (the keychain protects it)")),
            "noPassphraseCheck",
        )
        self.passphrase = PassphraseFields()
        for widget, name in (
            (self.name_edit, self.tr("Key name")),
            (self.key_id_edit, self.tr("Key ID")),
            (self.description_edit, self.tr("Description")),
            (self.tags_edit, self.tr("Tags")),
            (self.no_passphrase_check, self.tr("No passphrase")),
        ):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Key ID:"), self.key_id_edit)
        form.addRow(self.tr("Description:"), self.description_edit)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow(self.tr("Keep it in:"), self.storage)
        form.addRow("", self.no_passphrase_check)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)

        self.name_edit.textChanged.connect(self._name_changed)
        self.key_id_edit.textChanged.connect(self._update_user_inputs)
        self.storage.currentIndexChanged.connect(self._storage_changed)
        self.no_passphrase_check.toggled.connect(self._storage_changed)
        self._name_changed("")
        self._storage_changed()
        self.resize(520, self.sizeHint().height())

    def problem(self) -> str | None:
        if not self.name_edit.text().strip():
            return self.tr("Give the key a name, so you can tell it apart from others.")
        key_id = self.key_id_edit.text().strip()
        if key_id and not is_valid_key_id(key_id):
            return self.tr(
                "The key ID may use lowercase letters, digits, dots, dashes and underscores, "
                "and must start with a letter or digit."
            )
        if self._passphrase_wanted():
            return self.passphrase.problem()
        return None

    def request(self) -> NewKeyRequest:
        return NewKeyRequest(
            key_id=self.key_id_edit.text().strip() or None,
            name=self.name_edit.text().strip(),
            description=self.description_edit.text().strip(),
            tags=parse_tags(self.tags_edit.text()),
            storage=self.storage.storage(),
            passphrase=self.passphrase.passphrase() if self._passphrase_wanted() else None,
        )

    def _passphrase_wanted(self) -> bool:
        return not (
            self.storage.storage() is StorageKind.KEYCHAIN and self.no_passphrase_check.isChecked()
        )

    def _name_changed(self, text: str) -> None:
        self.key_id_edit.setPlaceholderText(slugify(text) or self.tr("Made from the name"))
        self._update_user_inputs()

    def _update_user_inputs(self) -> None:
        self.passphrase.set_user_inputs([self.name_edit.text(), self.key_id_edit.text()])

    def _storage_changed(self) -> None:
        keychain = self.storage.storage() is StorageKind.KEYCHAIN
        self.no_passphrase_check.setVisible(keychain)
        if not keychain:
            self.no_passphrase_check.setChecked(False)
        self.passphrase.setEnabled(self._passphrase_wanted())
