"""Encryption statistics: files and values side by side, with what each covers."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keyfold.core.encryption.metrics import EncryptionMetrics, LatencySummary
from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.models.formatting import format_size
from keyfold.gui.base.naming import named
from keyfold.gui.encryption.metrics import FileCryptoMetrics
from keyfold.gui.encryption.timing_model import TimingTableModel, seconds_text

MetricsSource = Callable[[], EncryptionMetrics]


class _Section(QGroupBox):
    """One kind of work: a scope note, counts, and a table of how long each took."""

    def __init__(self, title: str, name: str, scope: str, rows: list[tuple[str, str]]) -> None:
        super().__init__(title)
        self.setObjectName(name)
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption in rows:
            label = named(QLabel(), name + key[:1].upper() + key[1:])
            label.setAccessibleName(caption)
            form.addRow(self.tr("{caption}:").format(caption=caption), label)
            self.labels[key] = label
        self.timing_model = TimingTableModel(self)
        self.timing_view = named(QTableView(), name + "TimingView")
        self.timing_view.setAccessibleName(self.tr("How long each took"))
        self.timing_view.setModel(self.timing_model)
        self.timing_view.verticalHeader().setVisible(False)
        self.timing_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.timing_view.horizontalHeader().setStretchLastSection(True)
        self.timing_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        note = named(QLabel(scope, wordWrap=True), name + "Scope")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("How long each took:")))
        layout.addWidget(self.timing_view, 1)

    def show_metrics(self, snapshot: EncryptionMetrics, extra: dict[str, str]) -> None:
        self.labels["encrypted"].setText(latency_text(snapshot.encrypt_latency))
        self.labels["decrypted"].setText(latency_text(snapshot.decrypt_latency))
        self.labels["failed"].setText(str(snapshot.failures))
        self.labels["data"].setText(
            self.tr("{plain} of plain data, {encrypted} encrypted").format(
                plain=format_size(snapshot.plaintext_bytes),
                encrypted=format_size(snapshot.ciphertext_bytes),
            )
        )
        for key, text in extra.items():
            self.labels[key].setText(text)
        self.timing_model.set_metrics(snapshot)
        self.timing_view.resizeColumnsToContents()
        self.timing_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )


def latency_text(summary: LatencySummary) -> str:
    if summary.count == 0:
        return QCoreApplication.translate("EncryptionMetrics", "None yet")
    return QCoreApplication.translate(
        "EncryptionMetrics", "{count}, on average {mean} (fastest {fastest}, slowest {slowest})"
    ).format(
        count=summary.count,
        mean=seconds_text(summary.mean_seconds),
        fastest=seconds_text(summary.min_seconds),
        slowest=seconds_text(summary.max_seconds),
    )


class MetricsDialog(KeyfoldDialog):
    """Files from `metrics` (follows its `changed`); values from `data_metrics`.

    Call `refresh()` after value operations; the dialog stays current while open.
    """

    def __init__(
        self,
        metrics: FileCryptoMetrics,
        data_metrics: MetricsSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("encryptionMetricsDialog")
        self.setWindowTitle(self.tr("Encryption statistics"))
        self._metrics = metrics
        self._data_metrics = data_metrics
        common = [
            ("encrypted", self.tr("Encrypted")),
            ("decrypted", self.tr("Decrypted")),
            ("failed", self.tr("Failed or stopped")),
            ("data", self.tr("Data")),
        ]
        self.files = _Section(
            self.tr("Files"),
            "fileMetrics",
            self.tr(
                "Files encrypted and decrypted in this window since Keyfold started, each "
                "timed from start to finish, passphrase and key work included."
            ),
            common,
        )
        self.values = _Section(
            self.tr("Values (text and JSON tokens)"),
            "valueMetrics",
            self.tr(
                "Values sealed and opened by Keyfold's data encryption system since it "
                "started, each timed once its key was ready."
            ),
            [
                *common,
                ("reencrypted", self.tr("Moved to a newer key version")),
                ("compressed", self.tr("Compressed first")),
            ],
        )
        self.values.setVisible(data_metrics is not None)
        note = named(
            QLabel(self.tr("These numbers are not kept after you quit."), wordWrap=True),
            "metricsScope",
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        sections = QHBoxLayout()
        sections.addWidget(self.files, 1)
        sections.addWidget(self.values, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(sections, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        metrics.changed.connect(self.refresh)
        self.refresh()
        self.resize(self.sizeHint().width(), 600)

    def refresh(self) -> None:
        self.files.show_metrics(self._metrics.snapshot(), {})
        if self._data_metrics is not None:
            snapshot = self._data_metrics()
            self.values.show_metrics(
                snapshot,
                {
                    "reencrypted": str(snapshot.reencryptions),
                    "compressed": str(snapshot.compressed),
                },
            )
