"""The activity proxy: kind, key and date filters, re-filtering only on change."""

from datetime import UTC, datetime

from pytestqt.modeltest import ModelTester

from keyfold.core.audit import AuditEntry
from keyfold.gui.activity.filter import AuditFilterProxy
from keyfold.gui.activity.model import AuditTableModel


def entry(seq: int, kind: str, key_id: str) -> AuditEntry:
    return AuditEntry(seq, datetime(2025, 6, seq, tzinfo=UTC), kind, key_id, 1, "test", {})


def test_filters_combine(qtmodeltester: ModelTester) -> None:
    model = AuditTableModel()
    model.set_records(
        [
            entry(1, "generate", "a"),
            entry(2, "sign", "a"),
            entry(3, "sign", "b"),
            entry(4, "sign", "a"),
        ]
    )
    proxy = AuditFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 4
    proxy.set_kind("sign")
    assert proxy.rowCount() == 3
    proxy.set_key("a")
    assert proxy.rowCount() == 2
    proxy.set_range(datetime(2025, 6, 3, tzinfo=UTC), None)
    assert proxy.rowCount() == 1
    proxy.set_range(None, datetime(2025, 6, 4, tzinfo=UTC))  # until is exclusive
    assert proxy.rowCount() == 1
    proxy.set_kind(None)
    proxy.set_key(None)
    proxy.set_range(None, None)
    assert proxy.rowCount() == 4


def test_unchanged_values_do_not_refilter(qapp: object) -> None:
    proxy = AuditFilterProxy()
    proxy.setSourceModel(AuditTableModel())
    calls: list[str] = []
    original = proxy.beginFilterChange

    def counted() -> None:
        calls.append("change")
        original()

    proxy.beginFilterChange = counted  # type: ignore[method-assign]
    proxy.set_kind("sign")
    proxy.set_kind("sign")
    proxy.set_key(None)
    proxy.set_range(None, None)
    assert calls == ["change"]
