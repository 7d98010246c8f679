"""The "From shares" wizard: completion, live checks, loading files, storing the key."""

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.core.keys import KeyPair
from keyfold.core.shares import WORDS, split_seed
from keyfold.gui.backups.restore_wizard import RestoreWizard
from keyfold.gui.main_window import MainWindow
from keyfold.gui.shares.combine_wizard import DONE, STORE, CombineSharesWizard
from tests.gui.conftest import PASSPHRASE, FakeDialogs

SEED = bytes(range(32))


def _open(window: MainWindow, dialogs: FakeDialogs) -> CombineSharesWizard:
    window.action_set["restore"].trigger()
    restore = dialogs.last(RestoreWizard)
    restore.findChild(QPushButton, "fromSharesButton").click()
    assert not restore.isVisible()
    return dialogs.last(CombineSharesWizard)


def test_typed_shares_are_checked_live_and_restore_the_key(
    qtbot: QtBot, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    shares = split_seed(SEED, 2, 3, "share pw")
    wizard = _open(window, dialogs)
    page = wizard.shares_page
    first = page.rows[0]
    words = shares.mnemonics[2].split()
    first.edit.setText(" ".join(words[:5]))
    qtbot.waitUntil(lambda: first.status.text() == "5 of 33 words so far")
    wrong = list(words)
    wrong[9] = WORDS[(WORDS.index(words[9]) + 3) % len(WORDS)]
    first.edit.setText(" ".join(wrong))
    qtbot.waitUntil(lambda: "word 10" in first.status.text())
    assert f"did you mean '{words[9]}'" in first.status.text()
    assert not page.isComplete()
    first.edit.setText(shares.mnemonics[2])
    qtbot.waitUntil(lambda: first.status.text().startswith("✓"))
    assert page.summary.text() == "1 of 2 shares entered; 1 more needed."
    page.add_button.click()
    page.rows[1].edit.setText(shares.mnemonics[0])
    qtbot.waitUntil(page.isComplete)
    page.passphrase.setText("share pw")
    wizard.next()
    assert wizard.currentId() == STORE
    store = wizard.store_page
    store.key_id.setText("recovered")
    store.passphrase.passphrase_edit.setText(PASSPHRASE)
    store.passphrase.confirm_edit.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE)
    fingerprint = KeyPair.from_seed(SEED).public.fingerprint
    assert fingerprint in wizard.done_page.text.text()
    assert controller.keys.get("recovered").fingerprint == fingerprint


def test_share_files_load_and_a_wrong_passphrase_is_caught(
    qtbot: QtBot, tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    controller.keys.generate("alpha", passphrase=PASSPHRASE)
    split = controller.shares.split("alpha", 2, 3, "share pw")
    paths = controller.shares.write_files(split, tmp_path / "s")
    controller.keys.delete("alpha")
    wizard = _open(window, dialogs)
    dialogs.files_to_open = paths[:2]
    wizard.shares_page.load_button.click()
    qtbot.waitUntil(wizard.shares_page.isComplete)
    wizard.shares_page.passphrase.setText("not it")
    wizard.next()
    store = wizard.store_page
    store.passphrase.passphrase_edit.setText(PASSPHRASE)
    store.passphrase.confirm_edit.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: "share passphrase is wrong" in store.error.text())
    assert controller.keys.list() == []
