"""How long encryptions and decryptions took, as rows of time ranges."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from keyfold.core.encryption.metrics import EncryptionMetrics
from keyfold.gui.base.models.record_table import RecordTableModel
from keyfold.gui.encryption import columns as c


def seconds_text(seconds: float) -> str:
    """A duration in the unit that reads best: µs for single values, s for files."""
    if seconds < 0.001:
        return QCoreApplication.translate("Durations", "{value} µs").format(
            value=f"{seconds * 1_000_000:.0f}"
        )
    if seconds < 1:
        millis = seconds * 1000
        # Whole milliseconds read best ("5 ms"); a fraction only where it matters.
        value = (
            f"{millis:.1f}"
            if millis < 10 and round(millis, 1) != round(millis)
            else f"{millis:.0f}"
        )
        return QCoreApplication.translate("Durations", "{value} ms").format(value=value)
    if seconds < 60:
        return QCoreApplication.translate("Durations", "{value} s").format(value=f"{seconds:.1f}")
    return QCoreApplication.translate("Durations", "{value} min").format(
        value=f"{seconds / 60:.1f}"
    )


def range_labels(bounds: tuple[float, ...]) -> list[str]:
    if not bounds:
        return [QCoreApplication.translate("Durations", "Any time")]
    labels = [
        QCoreApplication.translate("Durations", "Up to {time}").format(time=seconds_text(bound))
        for bound in bounds
    ]
    return [
        *labels,
        QCoreApplication.translate("Durations", "Over {time}").format(
            time=seconds_text(bounds[-1])
        ),
    ]


@dataclass(frozen=True)
class TimingRow:
    """One time range: how many encryptions and decryptions took that long."""

    order: int  # shortest range first
    label: str
    encryptions: int
    decryptions: int


def timing_rows(metrics: EncryptionMetrics) -> list[TimingRow]:
    labels = range_labels(metrics.encrypt_latency.bounds)
    encrypt = metrics.encrypt_latency.counts
    decrypt = metrics.decrypt_latency.counts
    return [
        TimingRow(
            order=row,
            label=label,
            encryptions=encrypt[row] if row < len(encrypt) else 0,
            decryptions=decrypt[row] if row < len(decrypt) else 0,
        )
        for row, label in enumerate(labels)
    ]


class TimingTableModel(RecordTableModel[TimingRow]):
    HEADER_CONTEXT = c.COLUMNS_CONTEXT
    HEADERS = c.TIMING_HEADERS

    def set_metrics(self, metrics: EncryptionMetrics) -> None:
        self.set_records(timing_rows(metrics))

    def _display(self, row: TimingRow, column: int) -> str | None:
        if column == c.TIMING_COL_RANGE:
            return row.label
        return str(self._count(row, column))

    def _sort_key(self, row: TimingRow, column: int) -> Any:
        return row.order if column == c.TIMING_COL_RANGE else self._count(row, column)

    def _role_data(self, row: TimingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != c.TIMING_COL_RANGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _count(row: TimingRow, column: int) -> int:
        return row.encryptions if column == c.TIMING_COL_ENCRYPT else row.decryptions
