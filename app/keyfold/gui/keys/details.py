"""The details pane for the selected key: identity, public key, QR, storage, backup,
versions with their usage, and the rotation schedule."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keyfold.core.display import shown
from keyfold.core.keys import PublicKeyFormat
from keyfold.core.vault.records import KeyRecord, VersionStatus
from keyfold.gui.base.icons import icon
from keyfold.gui.base.models.formatting import (
    backup_state,
    format_time,
    needs_backup,
    storage_label,
)
from keyfold.gui.base.models.lifecycle import KeyLifecycle
from keyfold.gui.base.models.registration_status import RegistrationRow, status_words
from keyfold.gui.base.models.rotation_words import (
    due_sentence,
    policy_summary,
    version_hint,
    version_word,
)
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color, warning_color
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP
from keyfold.gui.base.widgets.copy_field import CopyField
from keyfold.gui.base.widgets.qr import qr_pixmap

# Marked here, translated when the pane is built (context "KeyDetailsPane").
FORMAT_LABELS = {
    PublicKeyFormat.HEX: QT_TRANSLATE_NOOP("KeyDetailsPane", "Hex (DataFold servers)"),
    PublicKeyFormat.BASE64: QT_TRANSLATE_NOOP("KeyDetailsPane", "Base64"),
    PublicKeyFormat.OPENSSH: QT_TRANSLATE_NOOP("KeyDetailsPane", "OpenSSH"),
    PublicKeyFormat.PEM: QT_TRANSLATE_NOOP("KeyDetailsPane", "PEM"),
    PublicKeyFormat.MINISIGN: QT_TRANSLATE_NOOP("KeyDetailsPane", "minisign"),
}


VERSION_HEADERS = (
    QT_TRANSLATE_NOOP("KeyDetailsPane", "Version"),
    QT_TRANSLATE_NOOP("KeyDetailsPane", "Status"),
    QT_TRANSLATE_NOOP("KeyDetailsPane", "Made"),
    QT_TRANSLATE_NOOP("KeyDetailsPane", "Signed"),
    QT_TRANSLATE_NOOP("KeyDetailsPane", "Checked"),
    QT_TRANSLATE_NOOP("KeyDetailsPane", "Exported"),
    QT_TRANSLATE_NOOP("KeyDetailsPane", "Unlocked"),
    QT_TRANSLATE_NOOP("KeyDetailsPane", "Last used"),
)
_VERSION_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def _value_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class KeyDetailsPane(QScrollArea):
    """Read-only facts about one key; `save_requested` asks to export to a file."""

    save_requested = Signal(str)  # the PublicKeyFormat value chosen
    key_shown = Signal(object)  # the KeyRecord just shown; usage and schedule follow
    rotate_requested = Signal()
    policy_requested = Signal()
    expire_requested = Signal(int)  # the version chosen in the versions list
    version_selected = Signal()

    def __init__(
        self,
        export: Callable[[str, PublicKeyFormat], str],
        on_copy: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyDetails")
        self.setAccessibleName(self.tr("Key details"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._export = export
        self._record: KeyRecord | None = None
        # Off until the window has painted (draw_qr_codes): making the first QR
        # code imports segno, whose writers load urllib, http and email.
        self._qr_codes = False
        # The last public key text, by (record, format): a refresh shows the
        # same key again (three times at start), and each export reads the vault.
        self._public_text: tuple[KeyRecord, PublicKeyFormat, str] | None = None
        self._qr_text: str | None = None  # what the QR code shows: drawing one takes ~14 ms

        self.title = named(QLabel(), "detailsTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = _value_label()
        self.fingerprint = CopyField(
            self.tr("Fingerprint"), on_copy, multiline=True, lines=2, grouped=True
        )
        self.ssh_fingerprint = CopyField(self.tr("SHA256 fingerprint"), on_copy)
        self.format_combo = named(QComboBox(), "publicKeyFormat")
        self.format_combo.setAccessibleName(self.tr("Public key format"))
        for fmt, label in FORMAT_LABELS.items():
            self.format_combo.addItem(
                QCoreApplication.translate("KeyDetailsPane", label), fmt.value
            )
        self.public_key = CopyField(self.tr("Public key"), on_copy, multiline=True, lines=4)
        self.save_button = QPushButton(icon("export"), self.tr("Save to file…"))
        self.save_button.setAccessibleName(self.tr("Save public key to a file"))
        self.qr = named(QLabel(alignment=Qt.AlignmentFlag.AlignLeft), "publicKeyQr")
        self.qr.setAccessibleName(self.tr("QR code of the public key"))
        self.storage = _value_label()
        self.lock_state = _value_label()
        self.versions = named(QTreeWidget(), "keyVersions")
        self.versions.setAccessibleName(self.tr("Key versions and their use"))
        self.versions.setHeaderLabels(
            [QCoreApplication.translate("KeyDetailsPane", h) for h in VERSION_HEADERS]
        )
        self.versions.setRootIsDecorated(False)
        self.versions.setUniformRowHeights(True)
        self.versions.setAlternatingRowColors(True)
        self.versions.header().setStretchLastSection(True)
        self.versions.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.expire_button = named(QPushButton(self.tr("Expire…")), "expireVersionButton")
        self.expire_button.setAccessibleName(self.tr("Expire the chosen old version"))
        self.expire_button.setToolTip(self.tr("Retire the old version chosen above"))
        self.expire_button.setEnabled(False)
        self.rotation = named(_value_label(), "detailsRotation")
        self.rotate_button = named(
            QPushButton(icon("key-new"), self.tr("Rotate…")), "detailsRotate"
        )
        self.rotate_button.setAccessibleName(self.tr("Rotate this key"))
        self.schedule_button = named(QPushButton(self.tr("Schedule…")), "detailsSchedule")
        self.schedule_button.setAccessibleName(self.tr("Change the rotation schedule"))
        self.backup = _value_label()
        self.backup.setObjectName("detailsBackup")
        self.registrations = _value_label()

        version_buttons = QHBoxLayout()
        version_buttons.addStretch(1)
        version_buttons.addWidget(self.expire_button)
        rotation_buttons = QHBoxLayout()
        rotation_buttons.addWidget(self.rotate_button)
        rotation_buttons.addWidget(self.schedule_button)
        rotation_buttons.addStretch(1)
        format_row = QHBoxLayout()
        format_row.addWidget(self.format_combo, 1)
        format_row.addWidget(self.save_button)

        body = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("SSH style:"), self.ssh_fingerprint)
        form.addRow(self.tr("Public key:"), format_row)
        form.addRow("", self.public_key)
        form.addRow(self.tr("QR code:"), self.qr)
        form.addRow(self.tr("Stored in:"), self.storage)
        form.addRow(self.tr("Passphrase:"), self.lock_state)
        form.addRow(self.tr("Backup:"), self.backup)
        form.addRow(self.tr("Rotation:"), self.rotation)
        form.addRow("", rotation_buttons)
        form.addRow(self.tr("Registered:"), self.registrations)
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(form)
        layout.addWidget(named(QLabel(self.tr("Versions and use:")), "versionsTitle"))
        layout.addWidget(self.versions)
        layout.addLayout(version_buttons)
        layout.addStretch(1)
        self.setWidget(body)
        self.setMinimumWidth(380)

        self.format_combo.currentIndexChanged.connect(self._show_public_key)
        self.save_button.clicked.connect(
            lambda: self.save_requested.emit(self.format_combo.currentData())
        )
        self.rotate_button.clicked.connect(self.rotate_requested)
        self.schedule_button.clicked.connect(self.policy_requested)
        self.versions.itemSelectionChanged.connect(self._version_selection_changed)
        self.expire_button.clicked.connect(self._expire_clicked)

    @property
    def record(self) -> KeyRecord | None:
        return self._record

    def show_key(
        self,
        record: KeyRecord,
        lock_text: str,
        keychain_name: str,
        registrations: Sequence[RegistrationRow],
    ) -> None:
        self._record = record
        self.title.setText(shown(record.name or record.key_id))
        lines = [self.tr("Key ID: {key_id}").format(key_id=record.key_id)]
        if record.description:
            lines.append(record.description)
        if record.tags:
            lines.append(self.tr("Tags: {tags}").format(tags=", ".join(record.tags)))
        self.subtitle.setText("\n".join(lines))
        self.fingerprint.set_text(record.fingerprint)
        self.ssh_fingerprint.set_text(record.public_key.ssh_fingerprint)
        storage = storage_label(record.storage)
        if keychain_name and record.storage.value == "keychain":
            storage = self.tr("{storage} ({keychain})").format(
                storage=storage, keychain=keychain_name
            )
        self.storage.setText(storage)
        self.lock_state.setText(lock_text)
        self._show_versions(record)
        self.rotation.setText("…")
        self.rotation.setStyleSheet("")
        text = backup_state(record)
        if needs_backup(record):
            text += self.tr(
                " — make a backup so you can get this key back if this computer is lost."
            )
        self.backup.setText(text)
        self.registrations.setText(
            "\n".join(
                self.tr("{server} as {client} ({status})").format(
                    server=r.server, client=r.client_id, status=status_words(r.status)
                )
                for r in registrations
            )
            or self.tr("Not registered with any server")
        )
        self._show_public_key()
        self.key_shown.emit(record)

    def set_lifecycle(self, lifecycle: KeyLifecycle) -> None:
        """Usage per version and the rotation schedule, loaded after `key_shown`."""
        if self._record is None or self._record.key_id != lifecycle.key_id:
            return  # the selection moved on while this was loading
        for item in self._version_items():
            use = lifecycle.usage.version(int(item.data(0, _VERSION_ROLE)))
            for column, count in enumerate(
                (use.signatures, use.verifications, use.exports, use.unlocks), start=3
            ):
                item.setText(column, str(count))
            item.setText(7, format_time(use.last_used))
        # The counts and dates replace "…": make room so none is cut ("Last used").
        for column in range(len(VERSION_HEADERS)):
            self.versions.resizeColumnToContents(column)
        status = lifecycle.status
        self.rotation.setText(
            self.tr("{schedule}. {due}").format(
                schedule=policy_summary(lifecycle.policy), due=due_sentence(status)
            )
        )
        color = (
            error_color(self.palette())
            if status.overdue
            else warning_color(self.palette())
            if status.due
            else ""
        )
        self.rotation.setStyleSheet(f"color: {color};" if color else "")

    def selected_version(self) -> int | None:
        items = self.versions.selectedItems()
        return int(items[0].data(0, _VERSION_ROLE)) if items else None

    def select_version(self, version: int) -> None:
        for item in self._version_items():
            if int(item.data(0, _VERSION_ROLE)) == version:
                self.versions.setCurrentItem(item)

    def can_expire(self) -> bool:
        """An old (archived) version is chosen in the versions list."""
        version = self.selected_version()
        if self._record is None or version is None:
            return False
        found = self._record.version(version)
        return found is not None and found.status is VersionStatus.ARCHIVED

    def _version_items(self) -> list[QTreeWidgetItem]:
        items = (
            self.versions.topLevelItem(row) for row in range(self.versions.topLevelItemCount())
        )
        return [item for item in items if item is not None]

    def _show_versions(self, record: KeyRecord) -> None:
        self.versions.clear()
        for version in sorted(record.versions, key=lambda v: -v.version):
            item = QTreeWidgetItem(
                [
                    str(version.version),
                    version_word(version.status),
                    format_time(version.created),
                    *(["…"] * 5),
                ]
            )
            item.setData(0, _VERSION_ROLE, version.version)
            item.setToolTip(1, version_hint(version.status))
            item.setToolTip(
                2, self.tr("Fingerprint {fingerprint}").format(fingerprint=version.fingerprint)
            )
            self.versions.addTopLevelItem(item)
        for column in range(len(VERSION_HEADERS) - 1):
            self.versions.resizeColumnToContents(column)
        # Tall enough for every version (the pane scrolls, not the list), with
        # room for the horizontal scroll bar a narrow pane needs.
        rows = max(self.versions.topLevelItemCount(), 1)
        row_height = max(self.versions.sizeHintForRow(0), self.fontMetrics().height() + 6)
        header = self.versions.header().sizeHint().height()
        scroll_bar = self.versions.horizontalScrollBar().sizeHint().height()
        frame = 2 * self.versions.frameWidth()
        self.versions.setFixedHeight(header + rows * row_height + scroll_bar + frame)
        self._version_selection_changed()

    def _version_selection_changed(self) -> None:
        self.expire_button.setEnabled(self.can_expire())
        self.version_selected.emit()

    def _expire_clicked(self) -> None:
        version = self.selected_version()
        if version is not None and self.can_expire():
            self.expire_requested.emit(version)

    def draw_qr_codes(self) -> None:
        """Show the public key's QR code from now on, the shown key's at once."""
        self._qr_codes = True
        self._show_public_key()

    def set_lock_text(self, text: str) -> None:
        self.lock_state.setText(text)

    def _show_public_key(self) -> None:
        if self._record is None:
            return
        fmt = PublicKeyFormat(self.format_combo.currentData())
        cached = self._public_text
        if cached is not None and cached[0] == self._record and cached[1] == fmt:
            text = cached[2]
        else:
            text = self._export(self._record.key_id, fmt)
            self._public_text = (self._record, fmt, text)
        self.public_key.set_text(text.rstrip("\n"))
        if self._qr_codes and text != self._qr_text:
            self.qr.setPixmap(qr_pixmap(text.strip(), scale=3))
            self._qr_text = text
