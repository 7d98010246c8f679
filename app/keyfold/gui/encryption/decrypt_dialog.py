"""Decrypt one .kfe file or shard folder; on failure, the report by shard id."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keyfold.controller.encryption import FOLDER_SUFFIX, KFE_SUFFIX, EncryptedFileInfo
from keyfold.core.encryption import ReceptionReport
from keyfold.gui.base.dialogs.keyboard import settle
from keyfold.gui.base.dialogs.progress_task_dialog import ProgressTaskDialog
from keyfold.gui.base.models.formatting import counted, format_size
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color
from keyfold.gui.base.widgets.copy_field import CopyField
from keyfold.gui.base.widgets.tables import make_table
from keyfold.gui.encryption import columns as c
from keyfold.gui.encryption.report_model import ShardIssueTableModel


def default_output(info: EncryptedFileInfo) -> Path:
    """FILE.kfe -> FILE; otherwise the name the sender recorded, beside the input."""
    path = info.path
    if path.suffix in (KFE_SUFFIX, FOLDER_SUFFIX):
        return path.with_suffix("")
    name = Path(info.manifest.name).name
    return path.with_name(name if name not in ("", ".", "..") else path.name + ".decrypted")


def sender_text(info: EncryptedFileInfo) -> str:
    manifest = info.manifest
    if manifest.anonymous_sender:
        return QCoreApplication.translate(
            "DecryptDialog", "Not signed by anyone (it cannot say who made it)"
        )
    if info.sender_key_id is not None:
        return QCoreApplication.translate("DecryptDialog", "Your key {key}").format(
            key=info.sender_key_id
        )
    return QCoreApplication.translate("DecryptDialog", "A key not in your vault ({start}…)").format(
        start=manifest.sender.fingerprint[:16]
    )


def opener_text(info: EncryptedFileInfo) -> str:
    parts = [
        (
            QCoreApplication.translate("DecryptDialog", "your key {key}")
            if m.unlocked
            else QCoreApplication.translate("DecryptDialog", "your key {key} (locked)")
        ).format(key=m.key_id)
        for m in info.recipients
    ]
    others = len(info.unknown_recipients)
    if others:
        parts.append(
            counted(
                others,
                QCoreApplication.translate("DecryptDialog", "{count} other key"),
                QCoreApplication.translate("DecryptDialog", "{count} other keys"),
            ).format(count=others)
        )
    if info.manifest.has_passphrase:
        parts.append(QCoreApplication.translate("DecryptDialog", "a passphrase"))
    text = ", ".join(parts) or QCoreApplication.translate("DecryptDialog", "nobody you know")
    return text[:1].upper() + text[1:]


class DecryptDialog(ProgressTaskDialog):
    """Filled by `set_info` once the manifest is verified; `show_report` on failure."""

    choose_output_requested = Signal()

    def __init__(
        self, path: Path, on_copy: Callable[[str, str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("DecryptDialog", "Decrypt {name}").format(name=path.name),
            QCoreApplication.translate("DecryptDialog", "Decrypt"),
            parent,
        )
        self.setObjectName("decryptDialog")
        self.path = path
        self.info: EncryptedFileInfo | None = None
        self.status_label = named(
            QLabel(self.tr("Reading {name}…").format(name=path.name), wordWrap=True),
            "decryptStatus",
        )
        self.sender_label = named(QLabel(wordWrap=True), "decryptSender")
        self.openers_label = named(QLabel(wordWrap=True), "decryptOpeners")
        self.content_label = named(QLabel(wordWrap=True), "decryptContent")
        self.output_edit = named(QLineEdit(), "decryptOutputEdit")
        self.output_edit.setAccessibleName(self.tr("Save the decrypted file as"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose where to save the decrypted file"))
        choose.clicked.connect(self.choose_output_requested)
        self.passphrase_edit = named(
            QLineEdit(echoMode=QLineEdit.EchoMode.Password), "filePassphraseEdit"
        )
        self.passphrase_edit.setAccessibleName(self.tr("File passphrase"))
        self.passphrase_edit.setPlaceholderText(self.tr("Only if one of your keys cannot open it"))
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(choose)
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("From:"), self.sender_label)
        self.form.addRow(self.tr("Opens with:"), self.openers_label)
        self.form.addRow(self.tr("Contents:"), self.content_label)
        self.form.addRow(self.tr("Save as:"), output_row)
        self.form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        self.details = QWidget()
        self.details.setLayout(self.form)
        self.details.setVisible(False)

        self.report = QWidget()
        self.report_label = named(QLabel(wordWrap=True), "reportSummary")
        self.report_label.setStyleSheet(f"color: {error_color(self.palette())};")
        self.issue_model = ShardIssueTableModel(self)
        self.issue_view: QTableView = make_table(
            self.issue_model, "shardIssuesView", self.tr("Problems with shards")
        )
        self.issue_view.sortByColumn(c.ISSUE_COL_INDEX, Qt.SortOrder.AscendingOrder)
        self.issue_view.horizontalHeader().setSectionResizeMode(
            c.ISSUE_COL_SHARD, QHeaderView.ResizeMode.ResizeToContents
        )
        self.retransmit_field = CopyField(self.tr("Shards to send again"), on_copy, multiline=True)
        self.retransmit_field.setObjectName("retransmitField")
        report_layout = QVBoxLayout(self.report)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.report_label)
        report_layout.addWidget(self.issue_view, 1)
        report_layout.addWidget(QLabel(self.tr("Ask the sender to send these shards again:")))
        report_layout.addWidget(self.retransmit_field)
        self.report.setVisible(False)

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.details)
        layout.addWidget(self.report, 1)
        self.ok_button.setEnabled(False)
        self.setMinimumWidth(560)
        self.resize(620, self.sizeHint().height())

    def set_info(self, info: EncryptedFileInfo) -> None:
        self.info = info
        manifest = info.manifest
        self.status_label.setText(
            self.tr("{name} is intact so far: its contents list is signed and checks out.").format(
                name=self.path.name
            )
        )
        self.sender_label.setText(sender_text(info))
        self.openers_label.setText(opener_text(info))
        self.content_label.setText(
            counted(
                manifest.shard_count,
                self.tr("{name}, {size} in %n shard", "", manifest.shard_count),
                self.tr("{name}, {size} in %n shards", "", manifest.shard_count),
            ).format(name=manifest.name or self.tr("a file"), size=format_size(manifest.total_size))
        )
        self.output_edit.setText(str(default_output(info)))
        needs_passphrase = manifest.has_passphrase
        self.passphrase_edit.setVisible(needs_passphrase)
        label = self.form.labelForField(self.passphrase_edit)
        if label is not None:
            label.setVisible(needs_passphrase)
        self.details.setVisible(True)
        self.ok_button.setEnabled(True)
        if self.isVisible():  # the fields appear now: focus and Enter go to them
            settle(self, self.ok_button, self.body)

    def output(self) -> Path:
        return Path(self.output_edit.text().strip())

    def passphrase(self) -> str | None:
        text = self.passphrase_edit.text()
        return text if text and self.passphrase_edit.isVisible() else None

    def problem(self) -> str | None:
        if self.info is None:
            return self.tr("{name} could not be read.").format(name=self.path.name)
        if not self.output_edit.text().strip():
            return self.tr("Choose where to save the decrypted file.")
        return None

    def show_report(self, report: ReceptionReport) -> None:
        """Some shards failed: nothing was written; show which, and what to resend."""
        self.set_busy(False)
        failed = len(report.retransmit)
        self.report_label.setText(
            counted(
                failed,
                self.tr(
                    "%n shard of {total} could not be verified, so nothing was written. "
                    "The table says what was wrong with each.",
                    "",
                    failed,
                ),
                self.tr(
                    "%n shards of {total} could not be verified, so nothing was written. "
                    "The table says what was wrong with each.",
                    "",
                    failed,
                ),
            ).format(total=report.manifest.shard_count)
        )
        self.issue_model.set_records(report.issues)
        self.issue_view.resizeColumnsToContents()
        self.retransmit_field.set_text("\n".join(report.retransmit))
        self.report.setVisible(True)
        self.ok_button.setText(self.tr("Try again"))
        self.resize(max(self.width(), 760), max(self.height(), 480))
