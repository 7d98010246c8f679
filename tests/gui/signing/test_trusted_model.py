"""The trusted public keys model."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from keyfold.controller.trusted_keys import TrustedKey
from keyfold.core.keys import KeyPair
from keyfold.gui.base.models.columns import RECORD_ROLE, SORT_ROLE
from keyfold.gui.signing import columns as c
from keyfold.gui.signing.trusted_model import TrustedKeyTableModel

ALICE = TrustedKey("Alice", KeyPair.generate().public, None, datetime(2025, 1, 1, tzinfo=UTC))
BOB = TrustedKey("Bob", KeyPair.generate().public, b"\x01" * 8, datetime(2025, 2, 1, tzinfo=UTC))


def test_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = TrustedKeyTableModel()
    model.set_records([ALICE, BOB])
    qtmodeltester.check(model, force_py=True)


def test_cells() -> None:
    model = TrustedKeyTableModel()
    model.set_records([ALICE, BOB])
    assert model.index(0, c.TRUSTED_COL_NAME).data() == "Alice"
    fingerprint = model.index(0, c.TRUSTED_COL_FINGERPRINT)
    assert fingerprint.data(Qt.ItemDataRole.ToolTipRole) == ALICE.fingerprint
    assert model.index(0, c.TRUSTED_COL_KEY_NUMBER).data() == ALICE.key_number_hex
    assert model.index(1, c.TRUSTED_COL_KEY_NUMBER).data() == "0101010101010101"
    added = [model.index(r, c.TRUSTED_COL_ADDED).data(SORT_ROLE) for r in range(2)]
    assert added[0] < added[1]
    assert model.index(1, 0).data(RECORD_ROLE) == BOB
    assert model.row_of("Bob") == 1
    assert model.row_of("Carol") is None
