"""The main window: empty state, views, search, status bar, actions, drops."""

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.backups.restore_wizard import RestoreWizard
from keyfold.gui.base.actions import ACCESSIBLE_NAME, SPECS
from keyfold.gui.base.settings import GuiSettings
from keyfold.gui.keys import details as details_module
from keyfold.gui.keys.generate_dialog import GenerateKeyDialog
from keyfold.gui.keys.import_dialog import ImportKeyDialog
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import FakeDialogs, make_key


def test_names_from_the_gui_contract(window: MainWindow) -> None:
    assert window.objectName() == "MainWindow"
    for name in ("keysView", "backupsView", "registrationsView"):
        view = window.findChild(QTableView, name)
        assert view is not None and view.isSortingEnabled()
    assert window.keys_page.search.objectName() == "keySearch"


def test_empty_vault_shows_what_to_do_first(window: MainWindow, dialogs: FakeDialogs) -> None:
    assert window.keys_page.showing_empty_state
    assert window.keys_page.empty.create_button.text() == "Create your first key"
    window.keys_page.empty.create_button.click()
    assert isinstance(dialogs.opened[-1], GenerateKeyDialog)


def test_keys_appear_with_details_of_the_selected_key(
    controller: Controller, window: MainWindow
) -> None:
    make_key(controller, "alpha", "Alpha", description="first", tags=["ci"])
    window.refresh("alpha")
    assert not window.keys_page.showing_empty_state
    details = window.details
    record = controller.keys.get("alpha")
    assert details.fingerprint.text() == record.fingerprint
    assert details.ssh_fingerprint.text() == record.public_key.ssh_fingerprint
    assert details.public_key.text() == record.public_key.hex
    assert not details.qr.pixmap().isNull()
    assert "Never backed up" in details.backup.text()
    details.format_combo.setCurrentIndex(details.format_combo.findData("openssh"))
    assert details.public_key.text().startswith("ssh-ed25519 ")


def test_a_refresh_shows_the_selected_key_once_and_redraws_no_unchanged_qr_code(
    controller: Controller, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_key(controller, "alpha", "Alpha")
    make_key(controller, "beta", "Beta")
    window.refresh("alpha")
    shown: list[str] = []
    drawn: list[str] = []
    show_key, draw = window.details.show_key, details_module.qr_pixmap

    def counted_show(record: KeyRecord, *rest: Any) -> None:
        shown.append(record.key_id)
        show_key(record, *rest)

    def counted_draw(text: str, **options: Any) -> QPixmap:
        drawn.append(text)
        return draw(text, **options)

    monkeypatch.setattr(window.details, "show_key", counted_show)
    monkeypatch.setattr(details_module, "qr_pixmap", counted_draw)
    window.refresh()
    assert shown == ["alpha"] and drawn == []
    window.refresh("beta")
    assert shown == ["alpha", "beta"] and len(drawn) == 1
    assert not window.details.qr.pixmap().isNull()


def test_search_filters_by_name_id_tag_and_fingerprint(
    qtbot: QtBot, controller: Controller, window: MainWindow
) -> None:
    make_key(controller, "alpha", "Release signing", tags=["ci"])
    make_key(controller, "beta", "Laptop", tags=["personal"])
    window.refresh()
    proxy = window.keys_page.proxy
    search = window.keys_page.search

    def visible() -> set[str]:
        return {proxy.index(r, 1).data() for r in range(proxy.rowCount())}

    qtbot.keyClicks(search, "release")
    assert visible() == {"alpha"}
    search.setText("personal")
    assert visible() == {"beta"}
    search.setText(controller.keys.get("beta").fingerprint[:12])
    assert visible() == {"beta"}
    search.setText("alp")
    assert visible() == {"alpha"}
    search.clear()
    assert visible() == {"alpha", "beta"}


def test_every_action_has_a_shortcut_and_an_accessible_name(window: MainWindow) -> None:
    seen = set()
    for spec in SPECS:
        action = window.action_set[spec.name]
        assert not action.shortcut().isEmpty(), spec.name
        assert action.property(ACCESSIBLE_NAME), spec.name
        seen.add(action.shortcut().toString())
    assert len(seen) == len(SPECS), "two actions share a shortcut"
    for action in window.toolbar.actions():
        button = window.toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator():
            assert button.accessibleName() == action.property(ACCESSIBLE_NAME)


def test_single_key_actions_follow_the_selection(
    controller: Controller, window: MainWindow
) -> None:
    assert not window.action_set["delete_key"].isEnabled()
    make_key(controller, "alpha")
    window.refresh("alpha")
    assert window.action_set["delete_key"].isEnabled()
    assert window.action_set["unlock_key"].isEnabled()
    window.keys_page.view.clearSelection()
    assert not window.action_set["edit_key"].isEnabled()


def test_status_bar_says_where_secrets_are_kept(window: MainWindow) -> None:
    assert "encrypted files" in window.storage_label.text()
    assert window.lock_label.text() == "All keys locked"


def test_copy_fingerprint_uses_the_clipboard(controller: Controller, window: MainWindow) -> None:
    make_key(controller, "alpha")
    window.refresh("alpha")
    window.action_set["copy_fingerprint"].trigger()
    assert window.clipboard.holds_secret is False
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == controller.keys.get("alpha").fingerprint


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_dropped_files_go_to_restore_or_import(
    tmp_path: Path, window: MainWindow, dialogs: FakeDialogs
) -> None:
    backup = tmp_path / "k-backup.json"
    backup.write_text("{}")
    key = tmp_path / "id_ed25519"
    key.write_text("x")
    _drop(window, [backup, key, tmp_path / "photo.png"])
    kinds = [type(d) for d in dialogs.opened]
    assert kinds == [RestoreWizard, ImportKeyDialog]
    assert dialogs.last(ImportKeyDialog).file_edit.text() == str(key)
    assert "photo.png" in window.statusBar().currentMessage()


def test_dragging_files_over_the_window_shows_what_a_drop_does(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("notes")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    overlay = window.drop_overlay
    assert overlay.isVisible() and "Drop to open" in overlay.text()
    assert overlay.geometry().width() > window.centralWidget().width() // 2
    window.dragLeaveEvent(QDragLeaveEvent())
    assert not overlay.isVisible()


def test_every_toolbar_button_has_an_icon(window: MainWindow) -> None:
    for action in window.toolbar.actions():
        if not action.isSeparator():
            assert not action.icon().isNull(), action.objectName()


def test_storage_qr_code_and_search_texts_wait_for_the_features(
    qtbot: QtBot, tmp_path: Path, controller: Controller, dialogs: FakeDialogs
) -> None:
    # Before its first paint the window neither chooses the keychain, watches the
    # screen locker, draws QR codes nor makes the keys' search texts; the
    # install (which the first paint starts) does all four.
    make_key(controller, "alpha")
    main = MainWindow(controller, dialogs=dialogs, settings=GuiSettings(tmp_path / "gui.ini"))
    qtbot.addWidget(main)
    assert main.details.record is not None and main.details.qr.pixmap().isNull()
    assert main.storage_label.text() == ""
    assert not main.auto_lock.screen_lock_watched
    assert main.key_model._haystacks is None
    main.install_features()
    assert not main.details.qr.pixmap().isNull()
    assert main.storage_label.text() != ""
    assert main.key_model._haystacks is not None
    # With a session bus (scripts/test has one), the screen locker is heard now.
    assert main.auto_lock.screen_lock_watched == QDBusConnection.sessionBus().isConnected()


def test_features_are_built_one_an_event_loop_turn_after_the_first_paint(
    qtbot: QtBot, tmp_path: Path, controller: Controller, dialogs: FakeDialogs
) -> None:
    # Between two features the window answers what came in (a click, a key).
    main = MainWindow(controller, dialogs=dialogs, settings=GuiSettings(tmp_path / "gui.ini"))
    qtbot.addWidget(main)
    main.show()
    states = []
    for _ in range(10_000):
        QApplication.processEvents()  # one pass: at most one feature built
        states.append((hasattr(main, "signing"), main.features_installed))
        if main.features_installed:
            break
        # The preloader readies the next steps on its thread meanwhile.
        threading.Event().wait(0.001)
    assert states[-1] == (True, True)
    assert (True, False) in states  # signing built, later features not yet
