"""What this window measures of the file encryptions and decryptions it runs.

Values (text and JSON tokens) are measured by the controller's data encryption
system itself (`Controller.data.metrics()`); whole files are not, so the window
times each file operation it starts with the same counters and histogram.
"""

from PySide6.QtCore import QObject, Signal

from keyfold.core.encryption.metrics import EncryptionMetrics, MetricsRecorder, Operation

# Whole files take seconds, not the microseconds of single values.
FILE_BUCKETS = (0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0, 300.0)


class FileCryptoMetrics(QObject):
    """Counts and timings since the window opened; `changed` after each record."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recorder = MetricsRecorder(FILE_BUCKETS)

    def record(self, operation: Operation, seconds: float, plain: int, encrypted: int) -> None:
        self._recorder.record(operation, seconds, plain, encrypted)
        self.changed.emit()

    def record_failure(self) -> None:
        self._recorder.count("failures")
        self.changed.emit()

    def snapshot(self) -> EncryptionMetrics:
        return self._recorder.snapshot()
