"""The verification results model and its problems-only proxy."""

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from pytestqt.modeltest import ModelTester

from keyfold.controller.signing import FileVerification, SignerSource, VerificationStatus
from keyfold.gui.base.models.columns import RECORD_ROLE, SORT_ROLE
from keyfold.gui.signing import columns as c
from keyfold.gui.signing.verification_model import (
    VerificationFilterProxy,
    VerificationTableModel,
)

ROWS = [
    FileVerification(
        Path("/d/a.txt"), Path("/d/a.txt.minisig"), VerificationStatus.VALID,
        "The signature is valid.", signer_name="Alice", key_id="alice", key_version=2,
        fingerprint="ab" * 32, source=SignerSource.VAULT, key_number="0123456789ABCDEF",
        trusted_comment="timestamp:1\tfile:a.txt\thashed",
        timestamp=datetime(2025, 1, 2, 3, 4, tzinfo=UTC),
    ),
    FileVerification(
        Path("/d/b.txt"), Path("/d/b.txt.minisig"), VerificationStatus.INVALID,
        "The file /d/b.txt was changed after signing.", signer_name="Bob",
        fingerprint="cd" * 32, source=SignerSource.TRUSTED, legacy=True,
    ),
    FileVerification(
        Path("/d/c.txt"), Path("/d/c.txt.minisig"), VerificationStatus.MISSING_SIGNATURE,
        "There is no signature.",
    ),
]  # fmt: skip


def test_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = VerificationTableModel()
    model.set_records(ROWS)
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = VerificationTableModel()
    model.set_records(ROWS)
    proxy = VerificationFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_problems_only(True)
    qtmodeltester.check(proxy, force_py=True)


def test_cells_in_plain_words() -> None:
    red = QColor("red")
    cross = QIcon(QPixmap(8, 8))
    model = VerificationTableModel(
        {VerificationStatus.INVALID: red}, icons={VerificationStatus.INVALID: cross}
    )
    model.set_records(ROWS)
    assert model.index(0, c.COL_FILE).data() == "a.txt"
    assert model.index(0, c.COL_RESULT).data() == "Valid"
    assert model.index(0, c.COL_SIGNER).data() == "Alice (your key, version 2)"
    assert model.index(0, c.COL_FINGERPRINT).data() == "abab abab abab abab"
    assert model.index(0, c.COL_FINGERPRINT).data(Qt.ItemDataRole.ToolTipRole) == "ab" * 32
    # The comment's tab-separated fields stay apart.
    assert model.index(0, c.COL_COMMENT).data() == "timestamp:1 · file:a.txt · hashed"
    assert model.index(0, c.COL_SIGNED).data() != ""
    assert model.index(0, c.COL_FORMAT).data() == "minisign"
    assert model.index(1, c.COL_RESULT).data() == "Invalid"
    assert model.index(1, c.COL_RESULT).data(Qt.ItemDataRole.ForegroundRole) == red
    assert "changed after signing" in model.index(1, c.COL_RESULT).data(Qt.ItemDataRole.ToolTipRole)
    # Colour and an icon, so the result reads when the row is selected too.
    assert model.index(1, c.COL_RESULT).data(Qt.ItemDataRole.DecorationRole).cacheKey() == (
        cross.cacheKey()
    )
    # An invalid signature names no signer and no date: neither can be believed.
    assert model.index(1, c.COL_SIGNER).data() == ""
    assert model.index(1, c.COL_SIGNED).data() == ""
    assert model.index(1, c.COL_FORMAT).data() == "Legacy (whole file)"
    assert model.index(2, c.COL_RESULT).data() == "No signature"
    assert model.index(2, c.COL_SIGNER).data() == ""
    assert model.index(2, 0).data(RECORD_ROLE) == ROWS[2]


def test_sorting_by_result_puts_problems_first() -> None:
    model = VerificationTableModel()
    model.set_records(ROWS)
    keys = [model.index(r, c.COL_RESULT).data(SORT_ROLE) for r in range(3)]
    assert keys[1] < keys[2] < keys[0]


def test_problems_only_hides_valid_files() -> None:
    model = VerificationTableModel()
    model.set_records(ROWS)
    proxy = VerificationFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 3
    proxy.set_problems_only(True)
    names = {proxy.index(r, c.COL_FILE).data() for r in range(proxy.rowCount())}
    assert names == {"b.txt", "c.txt"}
    proxy.set_problems_only(False)
    assert proxy.rowCount() == 3
