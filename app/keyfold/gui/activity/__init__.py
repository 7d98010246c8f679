"""The Activity page in the window: the audit trail, its filters and its integrity check."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from keyfold.core.audit import AuditEntry, AuditVerification
from keyfold.gui.activity.actions import AUDIT_SPECS
from keyfold.gui.activity.page import ActivityPage
from keyfold.gui.base.actions import create_actions
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.workers.tasks import TaskContext

if TYPE_CHECKING:
    from keyfold.gui.main_window import MainWindow

# Enough history for a person to read; `keyfold-cli audit` lists everything.
SHOWN_ENTRIES = 5000


class ActivityCommands(QObject):
    """Loads the log into the page when it is shown, and runs the integrity check."""

    def __init__(self, main: "MainWindow", page: ActivityPage) -> None:
        super().__init__(main)
        self.main = main
        self.page = page
        self.actions: dict[str, QAction] = {}

    def show(self) -> None:
        self.main.tabs.setCurrentWidget(self.page)

    def reload(self) -> None:
        def work(_task: TaskContext) -> list[AuditEntry]:
            return self.main.controller.audit.list(limit=SHOWN_ENTRIES)

        self.main.tasks.run_task(
            work, self.page.set_entries, lambda error: self.main.notify(user_message(error))
        )

    def reload_if_shown(self) -> None:
        if self.main.tabs.currentWidget() is self.page:
            self.reload()

    def check(self) -> None:
        """Verify the hash chain in a worker and say what was found."""
        self.show()
        self.page.set_checking(True)

        def work(_task: TaskContext) -> AuditVerification:
            return self.main.controller.audit.verify()

        def failed(error: Exception) -> None:
            self.page.show_error(user_message(error))

        self.main.tasks.run_task(work, self.page.show_verification, failed)


def install_audit(window: "MainWindow") -> ActivityCommands:
    """Add the Activity tab, its View-menu entries, and keep it fresh after changes."""
    page = ActivityPage()
    window.tabs.addTab(page, QCoreApplication.translate("ActivityPage", "Activity"))
    commands = ActivityCommands(window, page)
    actions = create_actions(AUDIT_SPECS, window)
    commands.actions = actions
    actions["show_activity"].triggered.connect(commands.show)
    actions["check_activity"].triggered.connect(commands.check)
    page.check_requested.connect(actions["check_activity"].trigger)
    menu = window.menuBar().findChild(QMenu, "viewMenu")
    if menu is not None:
        anchor = window.action_set["show_registrations"]
        entries = menu.actions()
        after = entries.index(anchor) + 1 if anchor in entries else len(entries)
        before = entries[after] if after < len(entries) else None
        for action in (actions["show_activity"], actions["check_activity"]):
            if before is None:
                menu.addAction(action)
            else:
                menu.insertAction(before, action)
    window.tabs.currentChanged.connect(lambda _index: commands.reload_if_shown())
    # Every reload of the keys follows a change, and each change is logged.
    window.key_model.modelReset.connect(commands.reload_if_shown)
    return commands
