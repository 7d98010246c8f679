"""Encrypt files: for whom (keys and/or a passphrase), signed by whom, in what form."""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from keyfold.controller.encryption import FOLDER_SUFFIX, KFE_SUFFIX
from keyfold.controller.trusted_keys import TrustedKey
from keyfold.core.encryption import Layout
from keyfold.core.encryption.sender import DEFAULT_SHARD_SIZE
from keyfold.core.keys import PublicKey
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.progress_task_dialog import ProgressTaskDialog
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.file_offers import describe
from keyfold.gui.base.widgets.key_choice import KeyChoice, key_label
from keyfold.gui.base.widgets.passphrase_fields import PassphraseFields

MIB = 1024 * 1024
MAX_SHARD_MIB = 64
_LIST_ROWS = 6


@dataclass(frozen=True)
class EncryptRequest:
    paths: tuple[Path, ...]
    recipients: tuple[str | PublicKey, ...]  # vault key ids and trusted public keys
    passphrase: str | None
    sign_with: str | None
    layout: Layout
    shard_size: int

    def output_for(self, path: Path) -> Path:
        suffix = KFE_SUFFIX if self.layout is Layout.KFE else FOLDER_SUFFIX
        return path.with_name(path.name + suffix)


class EncryptDialog(ProgressTaskDialog):
    def __init__(
        self,
        paths: Sequence[Path],
        records: Sequence[KeyRecord],
        selected: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("EncryptDialog", "Encrypt files"),
            QCoreApplication.translate("EncryptDialog", "Encrypt"),
            parent,
        )
        self.setObjectName("encryptDialog")
        self.paths = tuple(paths)
        intro = QLabel(
            self.tr(
                "Encrypt {files}. Each file gets an encrypted copy (name{suffix}) beside it; "
                "the original stays as it is."
            ).format(files=describe(self.paths), suffix=KFE_SUFFIX),
            wordWrap=True,
        )
        self.recipient_list = named(QListWidget(), "recipientList")
        self.recipient_list.setAccessibleName(self.tr("Keys that can open the files"))
        for record in records:
            item = QListWidgetItem(self.tr("{key} — my key").format(key=key_label(record)))
            item.setData(Qt.ItemDataRole.UserRole, record.key_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = record.key_id == selected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.recipient_list.addItem(item)
        self.recipient_list.setMinimumHeight(self.recipient_list.sizeHintForRow(0) * 3 + 8)
        self.recipient_list.setMaximumHeight(
            max(self.recipient_list.sizeHintForRow(0), 20) * _LIST_ROWS + 8
        )
        self.passphrase_check = named(
            QCheckBox(self.tr("Also let a passphrase open them")), "usePassphraseCheck"
        )
        self.passphrase = PassphraseFields(label=self.tr("File passphrase"))
        self.passphrase.setVisible(False)
        self.passphrase_check.toggled.connect(self.passphrase.setVisible)
        self.passphrase_check.toggled.connect(lambda _on: self.adjustSize())
        self.sign_choice = named(
            KeyChoice(records, None, none_text=self.tr("Nobody (changes are still detected)")),
            "encryptSignChoice",
        )
        self.sign_choice.setAccessibleName(self.tr("Sign the encrypted files as"))
        self.layout_choice = named(QComboBox(), "layoutChoice")
        self.layout_choice.setAccessibleName(self.tr("Form of the encrypted files"))
        self.layout_choice.addItem(
            self.tr("One file ({suffix})").format(suffix=KFE_SUFFIX), Layout.KFE
        )
        self.layout_choice.addItem(
            self.tr("A folder of shards ({suffix})").format(suffix=FOLDER_SUFFIX), Layout.FOLDER
        )
        self.shard_spin = named(QSpinBox(), "shardSizeSpin")
        self.shard_spin.setAccessibleName(self.tr("Shard size in megabytes"))
        self.shard_spin.setRange(1, MAX_SHARD_MIB)
        self.shard_spin.setValue(DEFAULT_SHARD_SIZE // MIB)
        self.shard_spin.setSuffix(self.tr(" MiB"))

        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(intro)
        form.addRow(self.tr("Who can open them:"), self.recipient_list)
        form.addRow("", self.passphrase_check)
        form.addRow(self.passphrase)
        form.addRow(self.tr("Sign as:"), self.sign_choice)
        form.addRow(self.tr("Save as:"), self.layout_choice)
        form.addRow(self.tr("Shard size:"), self.shard_spin)
        self.resize(580, self.sizeHint().height())

    def set_trusted(self, keys: Sequence[TrustedKey]) -> None:
        for key in keys:
            item = QListWidgetItem(self.tr("{name} — trusted key").format(name=key.name))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipient_list.addItem(item)

    def check_recipient(self, key_id_or_name: str) -> None:
        for item in self._items():
            data = item.data(Qt.ItemDataRole.UserRole)
            name = data.name if isinstance(data, TrustedKey) else data
            if name == key_id_or_name:
                item.setCheckState(Qt.CheckState.Checked)

    def recipients(self) -> tuple[str | PublicKey, ...]:
        chosen: list[str | PublicKey] = []
        for item in self._items():
            if item.checkState() != Qt.CheckState.Checked:
                continue
            data = item.data(Qt.ItemDataRole.UserRole)
            chosen.append(data.public_key if isinstance(data, TrustedKey) else str(data))
        return tuple(chosen)

    def problem(self) -> str | None:
        use_passphrase = self.passphrase_check.isChecked()
        if not self.recipients() and not use_passphrase:
            return self.tr("Tick at least one key that may open the files, or use a passphrase.")
        return self.passphrase.problem() if use_passphrase else None

    def request(self) -> EncryptRequest:
        return EncryptRequest(
            paths=self.paths,
            recipients=self.recipients(),
            passphrase=self.passphrase.passphrase() if self.passphrase_check.isChecked() else None,
            sign_with=self.sign_choice.key_id(),
            # Qt hands a StrEnum back as a plain string.
            layout=Layout(str(self.layout_choice.currentData())),
            shard_size=self.shard_spin.value() * MIB,
        )

    def _items(self) -> list[QListWidgetItem]:
        return [self.recipient_list.item(row) for row in range(self.recipient_list.count())]
