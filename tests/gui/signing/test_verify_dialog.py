"""The signature check results: summary, and "Verify on server…" for a valid row."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from keyfold.controller import Controller
from keyfold.controller.signing import FileVerification, VerificationStatus
from keyfold.gui.base.models.columns import RECORD_ROLE
from keyfold.gui.main_window import MainWindow
from keyfold.gui.registrations.verify_dialogs import VerifyFileOnServerDialog
from keyfold.gui.signing.verify_dialog import VerifyDialog, server_verifiable, summary
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key
from tests.server.live import LiveServer


def _select(dialog: VerifyDialog, status: VerificationStatus) -> FileVerification:
    shown = dialog.view.model()
    for row in range(shown.rowCount()):
        record = shown.index(row, 0).data(RECORD_ROLE)
        if record.status is status:
            dialog.view.selectRow(row)
            return record  # type: ignore[no-any-return]
    raise AssertionError(f"no {status} row")


@pytest.mark.server
def test_verify_a_valid_row_on_the_server(
    window: MainWindow,
    controller: Controller,
    dialogs: FakeDialogs,
    sqlite_server: LiveServer,
    tmp_path: Path,
) -> None:
    url = sqlite_server.url
    make_key(controller, "alpha")
    make_key(controller, "beta")
    for key_id in ("alpha", "beta"):
        controller.keys.unlock(key_id, PASSPHRASE)
        controller.registry.register(key_id, url)
    beta_client = next(r.client_id for r in controller.registry.list() if r.key_id == "beta")
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_bytes(b"release notes")
    bad.write_bytes(b"original")
    controller.signing.sign_files("beta", [good, bad])
    bad.write_bytes(b"tampered")
    controller.keys.lock_all()
    window.refresh()

    window.signing.verify([good, bad])
    dialog = dialogs.last(VerifyDialog)
    assert dialog.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert dialog.server_action in dialog.view.actions()
    assert dialog.server_action.text() == "Verify on server…"
    assert dialog.server_action.shortcut().toString() == "Ctrl+Shift+F"
    assert dialog.server_action.property("accessibleName") == "Verify on server"

    _select(dialog, VerificationStatus.INVALID)
    assert not dialog.server_action.isEnabled() and not dialog.server_button.isEnabled()
    _select(dialog, VerificationStatus.VALID)
    assert dialog.server_action.isEnabled() and dialog.server_button.isEnabled()

    dialog.server_button.click()
    asked = dialogs.last(VerifyFileOnServerDialog)
    assert asked.parent() is dialog
    # The signer's registration is chosen, not the first one listed (alpha's).
    assert asked.path() == good and asked.server() == url and asked.client_id() == beta_client
    asked.ok_button.click()
    assert asked.verdict_label.text().startswith("Verified: the server confirms")
    assert beta_client in asked.verdict_label.text()

    asked.reject()
    dialog.server_action.trigger()  # as from the table's context menu
    again = dialogs.last(VerifyFileOnServerDialog)
    assert again is not asked and again.path() == good


def _row(path: Path, **changes: object) -> FileVerification:
    fields: dict[str, object] = {
        "path": path,
        "signature_path": path.with_name(path.name + ".minisig"),
        "status": VerificationStatus.VALID,
        "reason": "ok",
        **changes,
    }
    return FileVerification(**fields)  # type: ignore[arg-type]


def test_only_valid_prehashed_signatures_beside_their_file_go_to_a_server(
    tmp_path: Path,
) -> None:
    file = tmp_path / "a.bin"
    assert server_verifiable(_row(file))
    assert not server_verifiable(None)
    assert not server_verifiable(_row(file, status=VerificationStatus.INVALID))
    assert not server_verifiable(_row(file, legacy=True))
    assert not server_verifiable(_row(file, signature_path=tmp_path / "elsewhere.minisig"))


def test_summary_in_words(tmp_path: Path) -> None:
    file = tmp_path / "a.bin"
    assert summary([]) == "There was nothing to check."
    assert summary([_row(file)]) == "The file is signed and unchanged since it was signed."
    mixed = [_row(file), _row(file, status=VerificationStatus.INVALID)]
    assert summary(mixed) == "Checked 2 files: 1 valid, 1 invalid."
    # One file that did not verify: singular, not "1 files".
    assert summary([_row(file, status=VerificationStatus.INVALID)]) == (
        "Checked 1 file: 1 invalid."
    )
