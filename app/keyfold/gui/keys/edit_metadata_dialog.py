"""Edit a key's name, description and tags."""

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.naming import named
from keyfold.gui.keys.generate_dialog import parse_tags


class EditMetadataDialog(TaskDialog):
    def __init__(self, record: KeyRecord, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Edit key {key_id}").format(key_id=record.key_id), self.tr("Save"), parent
        )
        self.setObjectName("editMetadataDialog")
        self.key_id = record.key_id
        self.name_edit = named(QLineEdit(record.name), "nameEdit")
        self.description_edit = named(QLineEdit(record.description), "descriptionEdit")
        self.tags_edit = named(QLineEdit(", ".join(record.tags)), "tagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas"))
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        for name, label, widget in (
            (self.tr("Name"), self.tr("Name:"), self.name_edit),
            (self.tr("Description"), self.tr("Description:"), self.description_edit),
            (self.tr("Tags"), self.tr("Tags:"), self.tags_edit),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.resize(480, self.sizeHint().height())

    def problem(self) -> str | None:
        if not self.name_edit.text().strip():
            return self.tr("The key needs a name.")
        return None

    def values(self) -> tuple[str, str, tuple[str, ...]]:
        return (
            self.name_edit.text().strip(),
            self.description_edit.text().strip(),
            parse_tags(self.tags_edit.text()),
        )
