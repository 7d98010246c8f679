"""The main window: keys, backups and registrations pages, menus, toolbar, status."""

from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QGuiApplication,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from keyfold import __version__
from keyfold.controller import Controller
from keyfold.core.keys import PublicKeyFormat
from keyfold.core.rotation import RotationStatus
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.backups.model import BackupTableModel
from keyfold.gui.backups.page import BackupsPage
from keyfold.gui.base.actions import ACCESSIBLE_NAME, Actions, add_to_toolbar
from keyfold.gui.base.appearance import apply_theme
from keyfold.gui.base.auto_lock import AutoLock
from keyfold.gui.base.clipboard import ClipboardGuard
from keyfold.gui.base.context import WindowContext
from keyfold.gui.base.dialogs.runner import DialogRunner
from keyfold.gui.base.drop_dispatch import (
    DropDispatcher,
    DropHandler,
    claim_backups,
    claim_private_keys,
)
from keyfold.gui.base.icons import app_icon, warning_icon
from keyfold.gui.base.menus import build_menus
from keyfold.gui.base.models.columns import KEY_COL_ROTATION
from keyfold.gui.base.models.formatting import needs_backup
from keyfold.gui.base.models.lifecycle import KeyLifecycle
from keyfold.gui.base.naming import named
from keyfold.gui.base.settings import GuiSettings
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP
from keyfold.gui.base.widgets.drop_area import local_files
from keyfold.gui.base.widgets.drop_overlay import DropOverlay
from keyfold.gui.base.widgets.elide import elide_words
from keyfold.gui.base.workers.preload import Preloader, importing
from keyfold.gui.base.workers.tasks import TaskRunner
from keyfold.gui.keys.details import KeyDetailsPane
from keyfold.gui.keys.model import KeyTableModel
from keyfold.gui.keys.page import KeysPage
from keyfold.gui.keys.search import warm_fingerprints
from keyfold.gui.registrations.model import RegistrationTableModel
from keyfold.gui.registrations.page import RegistrationsPage
from keyfold.gui.status import storage_summary

# Only what the first paint needs is imported above. The features (and the
# key and backup commands, with their dialogs and wizards) are imported when
# first used: together they load httpx, the backup formats, the keychain and
# zxcvbn, most of the time a start took (tests/gui/test_startup_imports.py).
if TYPE_CHECKING:
    from keyfold.gui.backups.commands import BackupCommands
    from keyfold.gui.keys.commands import KeyCommands

# The longest the features beyond the key list wait for the window's first paint.
FEATURES_DELAY_MS = 250

# Actions that work on exactly one selected key.
SINGLE_KEY_ACTIONS = (
    "export_public",
    "edit_key",
    "change_passphrase",
    "move_storage",
    "unlock_key",
    "copy_fingerprint",
    "delete_key",
)

# Marked here, translated when shown (context "MainWindow", as self.tr uses).
LOCK_MESSAGES = {
    "idle": QT_TRANSLATE_NOOP("MainWindow", "Locked all keys after a quiet period."),
    "screen": QT_TRANSLATE_NOOP("MainWindow", "Locked all keys because the screen locked."),
    "suspend": QT_TRANSLATE_NOOP(
        "MainWindow", "Locked all keys because the computer went to sleep."
    ),
}


class MainWindow(QMainWindow):
    def __init__(
        self,
        controller: Controller,
        *,
        tasks: TaskRunner | None = None,
        dialogs: DialogRunner | None = None,
        settings: GuiSettings | None = None,
        clipboard: ClipboardGuard | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Keyfold"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.controller = controller
        self.tasks = tasks if tasks is not None else TaskRunner(parent=self)
        self.dialogs = dialogs if dialogs is not None else DialogRunner()
        self.settings = settings if settings is not None else GuiSettings()
        self.clipboard = (
            clipboard if clipboard is not None else ClipboardGuard(QGuiApplication.clipboard())
        )
        self.auto_lock = AutoLock(controller.unlock, parent=self)
        self.apply_unlock_minutes(self.settings.unlock_minutes)

        self.key_model = KeyTableModel(self._is_unlocked, warning_icon(), self)
        self.backup_model = BackupTableModel(self)
        self.registration_model = RegistrationTableModel(self)
        self.details = KeyDetailsPane(controller.keys.format_public, self.copy_text)
        self.keys_page = KeysPage(self.key_model, self.details)
        self.keys_page.splitter.remember_in(self.settings)
        self.backups_page = BackupsPage(self.backup_model)
        self.registrations_page = RegistrationsPage(self.registration_model)
        self.tabs = named(QTabWidget(documentMode=True), "pages")
        self.tabs.addTab(self.keys_page, self.tr("Keys"))
        self.tabs.addTab(self.backups_page, self.tr("Backups"))
        self.tabs.addTab(self.registrations_page, self.tr("Registrations"))
        central = QWidget()
        # Info bars (such as keys due for rotation) go above the pages.
        self.notice_area = QVBoxLayout(central)
        self.notice_area.setContentsMargins(0, 0, 0, 0)
        self.notice_area.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.drop_overlay = DropOverlay(central)

        self.context = WindowContext(
            window=self,
            controller=controller,
            tasks=self.tasks,
            dialogs=self.dialogs,
            clipboard=self.clipboard,
            settings=self.settings,
            refresh=self.refresh,
            notify=self.notify,
            copy_text=self.copy_text,
            listed_keys=self.key_model.records,
            current_key=self._current,
            unlock=self._unlock,
            menu_bar=self.menuBar,
            add_to_toolbar=lambda actions: add_to_toolbar(self.toolbar, actions),
            add_drop_handler=lambda handler: self.drops.register(handler, first=True),
            add_page=self._add_page,
            show_page=self.tabs.setCurrentWidget,
            shown_page=self.tabs.currentWidget,
        )
        self.action_set = Actions(self)
        self._connect_actions()
        self.toolbar = self._build_toolbar()
        build_menus(self.menuBar(), self.action_set)
        self._build_status_bar()
        self.drops = DropDispatcher()
        self.drops.register(
            DropHandler("restore", claim_backups, lambda paths: self.backup_commands.restore(paths))
        )
        self.drops.register(DropHandler("import", claim_private_keys, self._import_dropped))
        # The other features are built after the key list first paints, one an
        # event-loop turn (see showEvent), or at once when something needs them.
        self.features_installed = False
        self._first_keys: list[KeyRecord] = []
        self._features = self._feature_installers()
        self._built = 0  # how many of self._features are built
        self._prepared = 0  # how many the preloader has readied
        self._preloader: Preloader | None = None
        self._turn_queued = False
        self._storage_shown = False
        self.keep_running: Callable[[], bool] = lambda: False

        self.keys_page.selection_changed.connect(self._selection_changed)
        self.auto_lock.locked.connect(self._locked)
        self.resize(1120, 720)
        geometry = self.settings.geometry()
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        self.refresh()

    @cached_property
    def key_commands(self) -> "KeyCommands":
        from keyfold.gui.keys.commands import KeyCommands

        return KeyCommands(self.context)

    @cached_property
    def backup_commands(self) -> "BackupCommands":
        from keyfold.gui.backups.commands import BackupCommands

        return BackupCommands(self.context)

    def install_features(self) -> None:
        """Build every feature beyond the key list now (those not built yet), and
        tell them what the first refresh told the window: which key is selected,
        which keys are due."""
        if self._preloader is not None:
            # Its imports first: importing a module the worker is halfway through
            # waits for it anyway, and two threads importing one cycle of modules
            # in opposite orders would see each other's half-made modules.
            self._preloader.wait()
        while self._build_next_feature(len(self._features)):
            pass

    def _start_installing(self) -> None:
        """After the first paint: the preloader imports the features' modules and
        chooses the keychain on its thread; each feature is built here once its
        step is ready, one an event-loop turn."""
        # Once, whichever comes first: the first paint or the timeout.
        if self._preloader is None and not self.features_installed:
            self._preloader = Preloader([prepare for prepare, _build in self._features])
            self._preloader.ready.connect(self._feature_prepared)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self._preloader.stop)
            self._preloader.start()

    def _feature_prepared(self, index: int) -> None:
        self._prepared = index + 1
        self._queue_install_turn()

    def _queue_install_turn(self) -> None:
        if not self._turn_queued:
            self._turn_queued = True
            QTimer.singleShot(0, self, self._install_turn)

    def _install_turn(self) -> None:
        """One prepared feature, then the events that came in meanwhile (a click,
        a keystroke), then the next."""
        self._turn_queued = False
        self._build_next_feature(self._prepared)
        if not self.features_installed and (
            self._built < self._prepared or self._built == len(self._features)
        ):
            self._queue_install_turn()

    def _build_next_feature(self, limit: int) -> bool:
        """Build the next feature if it is among the first `limit`, or finish once
        all are built; False when there is nothing to do now."""
        if self.features_installed:
            return False
        if self._built < len(self._features):
            if self._built >= limit:
                return False
            _prepare, build = self._features[self._built]
            self._built += 1
            build()
            return True
        self.features_installed = True
        self.registry.update_actions()
        self.rotation.check_due_keys()
        self.keys_page.selection_changed.emit()
        return False

    # Public -----------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Reload every model from the controller, keeping or moving the selection."""
        selected = [r.key_id for r in self.keys_page.selected_records()]
        records = self.controller.keys.list()
        if self._preloader is None and not self.features_installed:
            self._first_keys[:] = records  # before the preloader's thread reads it
        # The reset and the reselection each announce a selection: show the
        # key (its details, QR code, rotation state) once, for the final one.
        with QSignalBlocker(self.keys_page):
            self.key_model.set_records(records)
            self.backup_model.set_records(self.controller.list_backups())
            self.registration_model.set_records(self.controller.list_registrations())
            self.backups_page.set_keys_needing_backup(
                [r.key_id for r in records if needs_backup(r)]
            )
            for key_id in [select] if select else selected[:1]:
                self.keys_page.select_key(key_id)
            if select:
                self.tabs.setCurrentWidget(self.keys_page)
            if not self.keys_page.selected_records() and records:
                self.keys_page.view.selectRow(0)
        self.keys_page.selection_changed.emit()

    def notify(self, message: str) -> None:
        """A short message; cut at a word with "…" before it reaches the labels on the
        right (the whole of it in the tooltip)."""
        bar = self.statusBar()
        room = bar.width() - self.lock_label.width() - self.storage_label.width() - 48
        shown = elide_words(message, bar.fontMetrics(), max(room, 80))
        bar.setToolTip(message if shown != message else "")
        bar.showMessage(shown, 8000)

    def copy_text(self, what: str, text: str, *, secret: bool = False) -> None:
        if secret:
            self.clipboard.copy_secret(text)
            # `what` is a translated label: shown as it is, since case rules differ.
            self.notify(
                self.tr("Copied: {what}. It is cleared from the clipboard soon.").format(what=what)
            )
        else:
            self.clipboard.copy(text)
            self.notify(self.tr("Copied: {what}.").format(what=what))

    def apply_unlock_minutes(self, minutes: int) -> None:
        self.controller.unlock.ttl_seconds = minutes * 60
        self.auto_lock.set_idle_seconds(minutes * 60)

    def open_files(self, paths: list[Path]) -> None:
        """Files given on the command line or dropped: route them by kind."""
        self.install_features()  # most kinds belong to a feature
        left = self.drops.dispatch(paths)
        if left:
            names = ", ".join(p.name for p in left)
            self.notify(
                self.tr("Keyfold does not know what to do with {names}.").format(names=names)
            )

    # Events -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.features_installed:
            # A zero timer fires before the first paint: wait for the pages to
            # paint, or at most FEATURES_DELAY_MS for a window that never does.
            self.tabs.installEventFilter(self)
            QTimer.singleShot(FEATURES_DELAY_MS, self, self._start_installing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tabs and event.type() == QEvent.Type.Paint:
            self.tabs.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start_installing)
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()
            self.drop_overlay.show_over()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_overlay.hide()
        files = local_files(event)
        if files:
            event.acceptProposedAction()
            self.open_files(files)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_running():
            event.ignore()
            self.hide()
            return
        self.settings.set_geometry(bytes(self.saveGeometry().data()))
        self.controller.keys.lock_all()
        self.clipboard.clear_secret()
        super().closeEvent(event)

    # Features ---------------------------------------------------------------

    def _feature_installers(self) -> list[tuple[Callable[[], object], Callable[[], None]]]:
        """Each feature as (prepare, build). Prepare runs on the preloader's thread:
        it imports what build imports, or computes a plain value build reads, and
        touches no widget. Build runs on the GUI thread: each feature gets
        `self.context`; the window wires what crosses features. In this order:
        each build uses only what the builds before it made."""
        vault = self.controller.vault
        # The keys of the first load, a plain list read by the preloader's thread.
        first_keys = self._first_keys
        return [
            # Chooses the keychain: loads keyring, asks D-Bus, probes with a write.
            (lambda: vault.backend_status, self._show_storage),
            (lambda: warm_fingerprints(first_keys), self.key_model.prepare_search),
            (importing("PySide6.QtDBus"), self.auto_lock.watch_screen_lock),
            (importing("segno"), self.details.draw_qr_codes),
            (importing("keyfold.gui.signing"), self._install_signing),
            (importing("keyfold.gui.encryption"), self._install_encryption),
            (
                importing("keyfold.gui.registrations", "keyfold.gui.registrations.commands"),
                self._install_registrations,
            ),
            (importing("keyfold.gui.rotation"), self._install_rotation),
            (
                importing(
                    "keyfold.gui.backups.commands",
                    "keyfold.gui.backups.other_methods",
                    "keyfold.gui.backups.paper_files",
                    "keyfold.gui.shares.commands",
                ),
                self._install_shares,
            ),
            (
                importing("keyfold.gui.help", "keyfold.gui.passwords"),
                self._install_passwords_and_help,
            ),
            (importing("keyfold.gui.activity"), self._install_activity),
            (importing("keyfold.gui.ssh"), self._install_ssh),
        ]

    def _install_signing(self) -> None:
        from keyfold.gui.signing import install_signing

        self.signing = install_signing(self.context)

    def _install_encryption(self) -> None:
        from keyfold.gui.encryption import encrypt_offer, install_encryption

        self.encryption = install_encryption(self.context)
        self.signing.add_offer(encrypt_offer(self.encryption))

    def _install_registrations(self) -> None:
        from keyfold.gui.registrations import install_registrations

        self.registry = install_registrations(
            self.context, self.registrations_page, self.registration_model
        )
        self.signing.verify_on_server = lambda path, fingerprint, parent: self.registry.verify_file(
            path, fingerprint=fingerprint, parent=parent
        )
        self.key_model.modelReset.connect(self.registry.update_actions)

    def _install_rotation(self) -> None:
        from keyfold.gui.rotation import install_rotation

        self.rotation = install_rotation(self.context, _RotationView(self))
        self.notice_area.insertWidget(0, self.rotation.notice)
        details = self.details
        details.key_shown.connect(self.rotation.load_lifecycle)
        rotation_actions = self.rotation.actions
        details.rotate_requested.connect(rotation_actions["rotate_key"].trigger)
        details.policy_requested.connect(rotation_actions["rotation_policy"].trigger)
        details.expire_requested.connect(lambda version: self.rotation.expire(version))
        details.version_selected.connect(self.rotation.update_actions)
        self.keys_page.selection_changed.connect(self.rotation.update_actions)
        # Every reload of the keys (after any change) re-reads the due flags.
        self.key_model.modelReset.connect(self.rotation.reload_states)
        self.keys_page.size_to_contents(KEY_COL_ROTATION)

    def _install_shares(self) -> None:
        from keyfold.gui.backups.other_methods import BackupMethod, RestoreMethod
        from keyfold.gui.backups.paper_files import claim_paper_pdfs
        from keyfold.gui.shares.commands import install_shares

        self.shares = install_shares(self.context)
        self.backup_commands.backup_methods = [
            BackupMethod(*method) for method in self.shares.key_methods()
        ]
        self.backup_commands.restore_methods = [RestoreMethod(*self.shares.restore_method())]
        # Keyfold's own paper backups, before the signing feature takes every file.
        self.context.add_drop_handler(
            DropHandler("paper", claim_paper_pdfs, self.backup_commands.restore)
        )

    def _install_passwords_and_help(self) -> None:
        from keyfold.gui.help import install_help
        from keyfold.gui.passwords import install_passwords

        self.passwords = install_passwords(self.context)
        self.help = install_help(self.context)
        self.keys_page.selection_changed.connect(self.passwords.update_actions)

    def _install_activity(self) -> None:
        from keyfold.gui.activity import install_activity

        self.activity = install_activity(self.context)
        self.tabs.currentChanged.connect(lambda _index: self.activity.reload_if_shown())
        # Every reload of the keys follows a change, and each change is logged.
        self.key_model.modelReset.connect(self.activity.reload_if_shown)

    def _install_ssh(self) -> None:
        from keyfold.gui.ssh import install_ssh

        self.ssh = install_ssh(self.context, self.signing.add_offer)
        self.keys_page.selection_changed.connect(self.ssh.selection_changed)
        # While the SSH agent serves from the tray, closing the window only hides it,
        # and Quit (which the tray offers too) stops the agent and ends the app.
        self.keep_running = self.ssh.keep_running
        self.action_set["quit"].triggered.connect(self.ssh.quit)

    def _add_page(self, page: QWidget, title: str) -> None:
        self.tabs.addTab(page, title)

    def _unlock(
        self,
        record: KeyRecord,
        then: Callable[[], None] | None = None,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        self.key_commands.unlock(record, then, reason, parent)

    # Internals --------------------------------------------------------------

    def _is_unlocked(self, key_id: str) -> bool:
        return self.controller.unlock.get(key_id) is not None

    def _current(self) -> KeyRecord | None:
        return self.keys_page.current_record()

    def _with_current(self, command: str) -> None:
        record = self._current()
        if record is not None:
            getattr(self.key_commands, command)(record)

    def _connect_actions(self) -> None:
        a = self.action_set
        a["new_key"].triggered.connect(lambda: self.key_commands.new_key())
        a["import_key"].triggered.connect(lambda: self.key_commands.import_key())
        a["export_public"].triggered.connect(self._export_current)
        a["backup"].triggered.connect(
            lambda: self.backup_commands.backup(self.keys_page.selected_records())
        )
        a["restore"].triggered.connect(lambda: self.backup_commands.restore())
        a["settings"].triggered.connect(self._open_settings)
        # Quit is connected in _install_ssh: the SSH feature's quit closes the window.
        for name, command in (
            ("edit_key", "edit"),
            ("change_passphrase", "change_passphrase"),
            ("move_storage", "move_storage"),
            ("unlock_key", "unlock"),
            ("delete_key", "delete"),
        ):
            a[name].triggered.connect(lambda _=False, c=command: self._with_current(c))
        a["lock_all"].triggered.connect(lambda: self.key_commands.lock_all())
        a["copy_fingerprint"].triggered.connect(self._copy_fingerprint)
        a["find"].triggered.connect(self._focus_search)
        a["show_keys"].triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        a["show_backups"].triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        a["show_registrations"].triggered.connect(lambda: self.tabs.setCurrentIndex(2))
        a["refresh"].triggered.connect(lambda: self.refresh())
        a["about"].triggered.connect(self._about)
        empty = self.keys_page.empty
        empty.create_button.clicked.connect(lambda: self.key_commands.new_key())
        empty.restore_button.clicked.connect(lambda: self.backup_commands.restore())
        empty.import_button.clicked.connect(lambda: self.key_commands.import_key())
        self.backups_page.backup_button.clicked.connect(a["backup"].trigger)
        self.backups_page.restore_button.clicked.connect(a["restore"].trigger)
        self.backups_page.check_button.clicked.connect(self._check_backup)
        self.details.save_requested.connect(self._export_current)

    def _build_toolbar(self) -> QToolBar:
        toolbar = named(QToolBar(self.tr("Main toolbar"), movable=False), "mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in ("new_key", "import_key", "backup", "restore", None, "unlock_key", "lock_all"):
            if name is None:
                toolbar.addSeparator()
                continue
            action = self.action_set[name]
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(str(action.property(ACCESSIBLE_NAME)))
        self.addToolBar(toolbar)
        return toolbar

    def _build_status_bar(self) -> None:
        # Filled by _show_storage after the first paint: choosing the keychain
        # loads keyring and probes the keychain with a write.
        self.storage_label = named(QLabel(), "storageStatus")
        self.storage_label.setAccessibleName(self.tr("Where secrets are stored"))
        self.lock_label = named(QLabel(), "lockStatus")
        for label in (self.lock_label, self.storage_label):
            label.setContentsMargins(12, 0, 4, 0)  # apart from the message and each other
        self.statusBar().addPermanentWidget(self.lock_label)
        self.statusBar().addPermanentWidget(self.storage_label)

    def _show_storage(self) -> None:
        self._storage_shown = True
        status = self.controller.vault.backend_status
        self.storage_label.setText(storage_summary(status))
        self.storage_label.setToolTip(status.reason)

    def _keychain_name(self) -> str:
        """The keychain's name for the details pane, once the keychain is chosen
        (with the features); installing them shows the selected key again."""
        if not self._storage_shown:
            return ""
        return self.controller.vault.backend_status.keychain_name

    def _selection_changed(self) -> None:
        selected = self.keys_page.selected_records()
        one = len(selected) == 1
        for name in SINGLE_KEY_ACTIONS:
            self.action_set[name].setEnabled(one)
        record = selected[0] if one else None
        self.action_set["unlock_key"].setEnabled(
            record is not None and record.protected and not self._is_unlocked(record.key_id)
        )
        self.action_set["backup"].setEnabled(self.key_model.rowCount() > 0)
        self.details.setVisible(record is not None)
        if record is not None:
            self.details.show_key(
                record,
                self._lock_text(record),
                self._keychain_name(),
                self.registration_model.rows_for_key(record.key_id),
            )
        self._update_lock_label()

    def _lock_text(self, record: KeyRecord) -> str:
        if not record.protected:
            return self.tr("None (kept safe by the system keychain)")
        if self._is_unlocked(record.key_id):
            return self.tr("Unlocked for now")
        return self.tr("Locked; you will be asked for it when needed")

    def _update_lock_label(self) -> None:
        count = len(self.controller.unlock.unlocked_key_ids())
        if not count:
            text = self.tr("All keys locked")
        elif count == 1:
            # Singular and plural sources, both numerus: right in English with no
            # translator loaded, and every language's plural forms with one.
            text = self.tr("%n key unlocked", "", count)
        else:
            text = self.tr("%n keys unlocked", "", count)
        self.lock_label.setText(text)

    def _locked(self, reason: str) -> None:
        self.key_model.refresh_lock_state()
        self._selection_changed()
        if reason != "quit":
            message = LOCK_MESSAGES.get(reason)
            self.notify(
                QCoreApplication.translate("MainWindow", message)
                if message is not None
                else self.tr("Locked all keys.")
            )

    def _export_current(self, fmt: str | None = None) -> None:
        record = self._current()
        if record is None:
            return
        chosen = PublicKeyFormat(fmt or self.details.format_combo.currentData())
        self.key_commands.export_public(record, chosen)

    def _check_backup(self) -> None:
        selected = self.backups_page.selected_records()
        if len(selected) == 1:
            self.backup_commands.check(selected[0])

    def _copy_fingerprint(self) -> None:
        record = self._current()
        if record is not None:
            self.copy_text(self.tr("Fingerprint"), record.fingerprint)

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.keys_page)
        self.keys_page.search.setFocus()
        self.keys_page.search.selectAll()

    def _import_dropped(self, paths: list[Path]) -> None:
        self.key_commands.import_key(paths[0])

    def _open_settings(self) -> None:
        from keyfold.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings.unlock_minutes, self.settings.theme, self)

        def save() -> None:
            if dialog.theme() != self.settings.theme:
                self.settings.theme = dialog.theme()
                app = QApplication.instance()
                if isinstance(app, QApplication):
                    apply_theme(app, dialog.theme())
            self.settings.unlock_minutes = dialog.minutes.value()
            self.apply_unlock_minutes(self.settings.unlock_minutes)
            minutes = dialog.minutes.value()
            self.notify(
                self.tr("Keys now lock after %n idle minute.", "", minutes)
                if minutes == 1
                else self.tr("Keys now lock after %n idle minutes.", "", minutes)
            )

        self.dialogs.open(dialog, save)

    def _about(self) -> None:
        status = self.controller.vault.backend_status
        self.dialogs.inform(
            self,
            self.tr("About Keyfold"),
            self.tr(
                "Keyfold {version}\n\n"
                "Keyfold keeps Ed25519 signing keys safe, backs them up and signs files.\n\n"
                "Vault folder: {folder}\n{storage}."
            ).format(
                version=__version__,
                folder=self.controller.vault.home,
                storage=storage_summary(status),
            ),
        )


class _RotationView:
    """The key list and details pane as rotation sees them (`rotation.commands.KeyView`)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def shown_key(self) -> KeyRecord | None:
        return self._window.details.record

    def selected_version(self) -> int | None:
        return self._window.details.selected_version()

    def can_expire(self) -> bool:
        return self._window.details.can_expire()

    def set_lifecycle(self, lifecycle: KeyLifecycle) -> None:
        self._window.details.set_lifecycle(lifecycle)

    def set_rotation_enabled(self, enabled: bool) -> None:
        self._window.details.rotate_button.setEnabled(enabled)
        self._window.details.schedule_button.setEnabled(enabled)

    def show_rotation_states(self, statuses: Mapping[str, RotationStatus]) -> None:
        self._window.key_model.set_rotation(statuses)

    def active_registrations(self, key_id: str) -> int:
        rows = self._window.registration_model.rows_for_key(key_id)
        return sum(1 for row in rows if row.active)
