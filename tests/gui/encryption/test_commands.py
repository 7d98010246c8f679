"""Encryption through the window: encrypt by drop, decrypt by drop, report, statistics."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.modeltest import ModelTester

from keyfold.controller import Controller
from keyfold.controller.encryption import EncryptionService
from keyfold.core.encryption.container import KFE_HEADER_SIZE
from keyfold.core.keys import KeyPair, PublicKeyFormat
from keyfold.gui.activity.actions import AUDIT_SPECS
from keyfold.gui.base.actions import ACCESSIBLE_NAME, SPECS
from keyfold.gui.base.widgets.file_offers import FileOffersDialog
from keyfold.gui.encryption import columns as c
from keyfold.gui.encryption.actions import ENCRYPTION_SPECS
from keyfold.gui.encryption.decrypt_dialog import DecryptDialog
from keyfold.gui.encryption.encrypt_dialog import EncryptDialog
from keyfold.gui.encryption.metrics_dialog import MetricsDialog
from keyfold.gui.main_window import MainWindow
from keyfold.gui.registrations.actions import REGISTRY_SPECS
from keyfold.gui.rotation.actions import ROTATION_SPECS
from keyfold.gui.signing.actions import SIGNING_SPECS
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key
from tests.gui.signing.conftest import answer_unlock, drop_files

SHARD = 1024


def _plain(tmp_path: Path, size: int = 5000) -> Path:
    path = tmp_path / "notes.bin"
    path.write_bytes(bytes(range(256)) * (size // 256) + b"x" * (size % 256))
    return path


def test_encrypt_a_dropped_file_for_a_vault_key_then_decrypt_it_by_drop(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha", "Alpha")
    make_key(controller, "beta", "Beta")
    window.refresh("alpha")
    source = _plain(tmp_path)
    drop_files(window, [source])
    dialogs.last(FileOffersDialog).buttons["encryptOffer"].click()
    dialog = dialogs.last(EncryptDialog)
    assert dialog.recipients() == ("alpha",)  # the selected key is ticked
    dialog.shard_spin.setValue(1)
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    encrypted = tmp_path / "notes.bin.kfe"
    assert encrypted.is_file()
    assert "Encrypted 1 file: notes.bin.kfe" in window.statusBar().currentMessage()
    info = EncryptionService(controller.vault, controller.keys).inspect(encrypted)
    assert [m.key_id for m in info.recipients] == ["alpha"]

    original = source.read_bytes()
    source.unlink()
    drop_files(window, [encrypted])
    decrypt = dialogs.last(DecryptDialog)
    assert decrypt.openers_label.text() == "Your key alpha (locked)"
    assert decrypt.output() == source
    assert not decrypt.passphrase_edit.isVisibleTo(decrypt)
    decrypt.ok_button.click()
    answer_unlock(dialogs)
    assert decrypt.result() == decrypt.DialogCode.Accepted
    assert source.read_bytes() == original
    metrics = window.encryption.metrics.snapshot()
    assert (metrics.encryptions, metrics.decryptions, metrics.failures) == (1, 1, 0)


def test_only_the_recipient_can_decrypt(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    stranger = KeyPair.generate()
    pub = tmp_path / "stranger.pub"
    pub.write_text(stranger.public.export(PublicKeyFormat.MINISIGN))
    controller.signing.import_trusted(pub.read_bytes(), "Stranger")
    window.refresh()
    source = _plain(tmp_path)
    dialog = window.encryption.encrypt([source])
    assert dialog is not None
    for item in (dialog.recipient_list.item(r) for r in range(dialog.recipient_list.count())):
        item.setCheckState(Qt.CheckState.Unchecked)
    dialog.ok_button.click()
    assert "Tick at least one key" in dialog.error_label.text()
    dialog.check_recipient("Stranger")
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted

    window.encryption.decrypt([tmp_path / "notes.bin.kfe"])
    decrypt = dialogs.last(DecryptDialog)
    assert decrypt.openers_label.text() == "1 other key"
    decrypt.output_edit.setText(str(tmp_path / "out.bin"))
    decrypt.ok_button.click()
    assert decrypt.isVisible()
    assert decrypt.error_label.isVisibleTo(decrypt)
    assert not (tmp_path / "out.bin").exists()
    assert window.encryption.metrics.snapshot().failures == 1


def test_a_passphrase_encrypted_shard_folder_decrypts_with_the_passphrase(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    source = _plain(tmp_path)
    dialog = window.encryption.encrypt([source])
    assert dialog is not None
    dialog.passphrase_check.setChecked(True)
    dialog.passphrase.passphrase_edit.setText(PASSPHRASE)
    dialog.passphrase.confirm_edit.setText(PASSPHRASE)
    dialog.layout_choice.setCurrentIndex(1)
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    folder = tmp_path / "notes.bin.shards"
    assert (folder / "manifest.kfm").is_file()

    drop_files(window, [folder / "manifest.kfm"])
    decrypt = dialogs.last(DecryptDialog)
    assert decrypt.passphrase_edit.isVisibleTo(decrypt)
    decrypt.output_edit.setText(str(tmp_path / "copy.bin"))
    decrypt.passphrase_edit.setText("wrong passphrase")
    decrypt.ok_button.click()
    assert decrypt.isVisible() and decrypt.error_label.text()
    decrypt.passphrase_edit.setText(PASSPHRASE)
    decrypt.ok_button.click()
    assert decrypt.result() == decrypt.DialogCode.Accepted
    assert (tmp_path / "copy.bin").read_bytes() == source.read_bytes()


def test_a_tampered_file_shows_the_reception_report_by_shard_id(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    window.refresh("alpha")
    source = _plain(tmp_path)
    service = EncryptionService(controller.vault, controller.keys)
    result = service.encrypt(source, ["alpha"], shard_size=SHARD)
    data = bytearray(result.output.read_bytes())
    data[KFE_HEADER_SIZE + 200] ^= 0x01  # inside the first shard's package
    result.output.write_bytes(bytes(data))
    first_shard = result.manifest.shards[0].shard_id
    source.unlink()

    drop_files(window, [result.output])
    decrypt = dialogs.last(DecryptDialog)
    decrypt.ok_button.click()
    assert decrypt.isVisible()
    assert decrypt.report.isVisibleTo(decrypt)
    model = decrypt.issue_model
    assert model.rowCount() >= 1
    assert model.index(0, c.ISSUE_COL_SHARD).data() == first_shard
    assert model.index(0, c.ISSUE_COL_PROBLEM).data() == "Damaged"
    assert decrypt.retransmit_field.text() == first_shard
    assert "nothing was written" in decrypt.report_label.text()
    assert not source.exists()
    assert window.encryption.metrics.snapshot().failures == 1


def test_statistics_say_what_they_measure(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    window.refresh("alpha")
    window.encryption.actions["encryption_metrics"].trigger()
    dialog = dialogs.last(MetricsDialog)
    assert dialog.files.labels["encrypted"].text() == "None yet"
    scope = dialog.findChild(QLabel, "fileMetricsScope")
    assert scope is not None and "in this window since Keyfold started" in scope.text()
    values = dialog.findChild(QLabel, "valueMetricsScope")
    assert values is not None and "data encryption system" in values.text()
    assert dialog.values.labels["encrypted"].text() == "None yet"
    encrypt = window.encryption.encrypt([_plain(tmp_path)])
    assert encrypt is not None
    encrypt.ok_button.click()
    assert dialog.files.labels["encrypted"].text().startswith("1, on average")
    assert dialog.files.labels["data"].text().startswith("5.0 KB of plain data")
    total = sum(
        int(dialog.files.timing_model.index(r, c.TIMING_COL_ENCRYPT).data())
        for r in range(dialog.files.timing_model.rowCount())
    )
    assert total == 1


def test_statistics_show_the_data_encryption_system(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs, qtmodeltester: ModelTester
) -> None:
    controller.keys.generate("alpha", passphrase=PASSPHRASE)
    window.refresh("alpha")
    window.encryption.actions["encryption_metrics"].trigger()
    stats = dialogs.last(MetricsDialog)
    text = window.encryption.encrypt_text()
    text.input_edit.setPlainText("x" * 3000)
    text.encrypt_button.click()
    text.input_edit.setPlainText(text.result_text())
    text.decrypt_button.click()
    # The open statistics follow each value operation.
    labels = stats.values.labels
    assert labels["encrypted"].text().startswith("1, on average")
    assert labels["decrypted"].text().startswith("1, on average")
    assert (labels["compressed"].text(), labels["failed"].text()) == ("1", "0")
    assert labels["data"].text().startswith("6.0 KB of plain data")
    model = stats.values.timing_model
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, c.TIMING_COL_RANGE).data() == "Up to 100 µs"
    counts = [
        sum(int(model.index(r, column).data()) for r in range(model.rowCount()))
        for column in (c.TIMING_COL_ENCRYPT, c.TIMING_COL_DECRYPT)
    ]
    assert counts == [1, 1]
    assert controller.data.metrics().encryptions == 1
    stats.reject()
    text.decrypt_button.click()  # a closed statistics dialog is no longer told


def test_every_encryption_action_has_a_shortcut_menu_and_accessible_name(
    window: MainWindow,
) -> None:
    taken = [
        s.shortcut for s in (*SPECS, *SIGNING_SPECS, *AUDIT_SPECS, *ROTATION_SPECS, *REGISTRY_SPECS)
    ]
    menu = window.menuBar().findChild(QMenu, "encryptionMenu")
    assert menu is not None
    for spec in ENCRYPTION_SPECS:
        action = window.encryption.actions[spec.name]
        assert not action.shortcut().isEmpty() and spec.shortcut not in taken, spec.name
        assert action.property(ACCESSIBLE_NAME), spec.name
        assert action in menu.actions()
    assert len({s.shortcut for s in ENCRYPTION_SPECS}) == len(ENCRYPTION_SPECS)
