"""The key search proxy: matches name, id, tag and fingerprint; sorts by SORT_ROLE."""

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from keyfold.controller import Controller
from keyfold.gui.base.models import columns as c
from keyfold.gui.keys.filter import KeyFilterProxy
from keyfold.gui.keys.model import KeyTableModel
from keyfold.gui.keys.search import key_matches, warm_fingerprints
from tests.gui.conftest import make_key


def _proxy(controller: Controller) -> KeyFilterProxy:
    model = KeyTableModel(lambda _id: False)
    model.set_records(controller.keys.list())
    # The proxy owns the model, so the model lives as long as the proxy.
    proxy = KeyFilterProxy()
    model.setParent(proxy)
    proxy.setSourceModel(model)
    return proxy


def test_passes_qt_model_tester(qtmodeltester: ModelTester, controller: Controller) -> None:
    make_key(controller, "alpha")
    make_key(controller, "beta")
    proxy = _proxy(controller)
    proxy.set_search("alp")
    qtmodeltester.check(proxy, force_py=True)


def test_matching_rules(controller: Controller) -> None:
    make_key(controller, "alpha", "Release Signing", tags=["ci"])
    record = controller.keys.get("alpha")
    assert key_matches(record, "release")
    assert key_matches(record, "RELEASE ci")
    assert key_matches(record, record.fingerprint[10:30])
    assert key_matches(record, record.public_key.ssh_fingerprint[7:20])
    assert not key_matches(record, "release nightly")


def test_setter_invalidates_only_on_change(controller: Controller) -> None:
    make_key(controller, "alpha")
    proxy = _proxy(controller)
    resets: list[int] = []
    proxy.layoutChanged.connect(lambda *_: resets.append(1))
    proxy.rowsRemoved.connect(lambda *_: resets.append(1))
    proxy.set_search("zzz")
    assert proxy.rowCount() == 0
    count = len(resets)
    proxy.set_search(" zzz ")
    assert len(resets) == count
    assert proxy.search == "zzz"


def test_sorts_by_sort_role(controller: Controller) -> None:
    make_key(controller, "b-key", "bravo")
    make_key(controller, "a-key", "Alpha")
    proxy = _proxy(controller)
    proxy.sort(c.KEY_COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, c.KEY_COL_NAME).data() for r in range(2)] == ["Alpha", "bravo"]


def test_warming_caches_both_fingerprints(controller: Controller) -> None:
    make_key(controller, "alpha")
    (record,) = controller.keys.list()
    warm_fingerprints([record])
    cached = vars(record.public_key)  # functools.cached_property keeps them here
    assert cached["ssh_fingerprint"] == record.public_key.ssh_fingerprint
    assert cached["fingerprint"] == record.fingerprint
