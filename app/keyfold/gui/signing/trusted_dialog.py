"""Trusted public keys: list, import (file or pasted text) with a name, remove."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyfold.controller.trusted_keys import TrustedKey
from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.models.columns import RECORD_ROLE
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.tables import make_table
from keyfold.gui.signing import columns as c
from keyfold.gui.signing.trusted_model import TrustedKeyTableModel


def public_key_filter() -> str:
    """The file dialog's filter, in the user's language."""
    return QCoreApplication.translate(
        "TrustedKeysDialog", "Public keys (*.pub *.txt *.hex);;All files (*)"
    )


_MINISIGN_PUB_SUFFIX = ".minisign.pub"


def suggested_name(path: Path) -> str:
    """`alice.pub` -> `alice`; `bob.minisign.pub` -> `bob`."""
    name = path.name
    for suffix in (_MINISIGN_PUB_SUFFIX, path.suffix):
        if suffix and name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


class TrustedKeysDialog(KeyfoldDialog):
    """The list; the command behind it does the importing and removing."""

    import_requested = Signal()
    remove_requested = Signal(object)  # the TrustedKey

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustedKeysDialog")
        self.setWindowTitle(self.tr("Trusted public keys"))
        self.model = TrustedKeyTableModel(self)
        self.view = make_table(self.model, "trustedKeysView", self.tr("Trusted public keys"))
        self.view.setSortingEnabled(False)  # kept in name order by the controller
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(
            c.TRUSTED_COL_NAME, QHeaderView.ResizeMode.ResizeToContents
        )
        intro = QLabel(
            self.tr(
                "Public keys of other people or projects. Keyfold uses them only to check "
                "signatures they made; they can never sign anything as you."
            ),
            wordWrap=True,
        )
        self.status_label = named(QLabel(wordWrap=True), "trustedStatus")
        self.import_button = named(QPushButton(self.tr("Import…")), "importTrustedButton")
        self.import_button.setAccessibleName(self.tr("Import a trusted public key"))
        self.remove_button = named(QPushButton(self.tr("Remove…")), "removeTrustedButton")
        self.remove_button.setAccessibleName(self.tr("Remove the selected trusted key"))
        self.remove_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_requested)
        self.remove_button.clicked.connect(self._remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.resize(680, 360)

    def set_keys(self, keys: list[TrustedKey], select: str | None = None) -> None:
        self.model.set_records(keys)
        self.status_label.setText(
            self.tr("No trusted keys yet: import one to check other people's signatures.")
            if not keys
            else ""
        )
        self.status_label.setVisible(not keys)
        self.view.resizeColumnsToContents()
        row = self.model.row_of(select) if select is not None else None
        if row is not None:
            self.view.selectRow(row)
        self._selection_changed()

    def selected_key(self) -> TrustedKey | None:
        rows = self.view.selectionModel().selectedRows()
        key = rows[0].data(RECORD_ROLE) if rows else None
        return key if isinstance(key, TrustedKey) else None

    def _remove(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.remove_requested.emit(key)

    def _selection_changed(
        self,
        _selected: QItemSelection | None = None,
        _deselected: QItemSelection | None = None,
    ) -> None:
        self.remove_button.setEnabled(self.selected_key() is not None)


class ImportTrustedDialog(TaskDialog):
    """A public key from a file or pasted text, and the name to remember it by."""

    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Import a trusted public key"), self.tr("Import"), parent)
        self.setObjectName("importTrustedDialog")
        self.file_edit = named(QLineEdit(), "trustedFileEdit")
        self.file_edit.setAccessibleName(self.tr("Public key file"))
        self.file_edit.setPlaceholderText(
            self.tr("A minisign .pub file, an ssh-ed25519 line, or hex")
        )
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose a public key file"))
        browse.clicked.connect(self.browse_requested)
        self.text_edit = named(QPlainTextEdit(), "trustedTextEdit")
        self.text_edit.setAccessibleName(self.tr("Pasted public key"))
        self.text_edit.setPlaceholderText(self.tr("…or paste the public key here"))
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.name_edit = named(QLineEdit(), "trustedNameEdit")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(
            self.tr("Whose key is it? For example “Alice” or “Project X”")
        )
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Or text:"), self.text_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        self.resize(540, self.sizeHint().height())

    def set_path(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        if not self.name_edit.text().strip():
            self.name_edit.setText(suggested_name(path))

    def source(self) -> Path | str:
        """The file to read, or the pasted text when no file is given."""
        path = self.file_edit.text().strip()
        return Path(path) if path else self.text_edit.toPlainText()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def problem(self) -> str | None:
        if not self.file_edit.text().strip() and not self.text_edit.toPlainText().strip():
            return self.tr("Choose a public key file or paste the public key.")
        if not self.name():
            return self.tr("Give the key a name, so you can tell whose signatures it checks.")
        return None
