"""The timing histogram table fed from the recorded file operations."""

from pytestqt.modeltest import ModelTester

from keyfold.core.encryption.metrics import Operation
from keyfold.gui.base.models.columns import RECORD_ROLE
from keyfold.gui.encryption import columns as c
from keyfold.gui.encryption.metrics import FILE_BUCKETS, FileCryptoMetrics
from keyfold.gui.encryption.timing_model import (
    TimingRow,
    TimingTableModel,
    range_labels,
    seconds_text,
)


def _metrics() -> FileCryptoMetrics:
    metrics = FileCryptoMetrics()
    metrics.record(Operation.ENCRYPT, 0.05, 10, 20)
    metrics.record(Operation.ENCRYPT, 2.0, 10, 20)
    metrics.record(Operation.DECRYPT, 400.0, 10, 20)
    return metrics


def test_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = TimingTableModel()
    model.set_metrics(_metrics().snapshot())
    qtmodeltester.check(model, force_py=True)


def test_rows_are_time_ranges() -> None:
    model = TimingTableModel()
    model.set_metrics(_metrics().snapshot())
    assert model.rowCount() == len(FILE_BUCKETS) + 1
    assert model.index(0, c.TIMING_COL_RANGE).data() == "Up to 100 ms"
    assert model.index(0, c.TIMING_COL_ENCRYPT).data() == "1"
    assert model.index(3, c.TIMING_COL_RANGE).data() == "Up to 5.0 s"
    assert model.index(3, c.TIMING_COL_ENCRYPT).data() == "1"
    last = model.rowCount() - 1
    assert model.index(last, c.TIMING_COL_RANGE).data() == "Over 5.0 min"
    assert model.index(last, c.TIMING_COL_DECRYPT).data() == "1"
    assert model.index(last, 0).data(RECORD_ROLE) == TimingRow(last, "Over 5.0 min", 0, 1)


def test_words_for_times() -> None:
    assert seconds_text(0.25) == "250 ms"
    assert seconds_text(12) == "12.0 s"
    assert range_labels(()) == ["Any time"]
