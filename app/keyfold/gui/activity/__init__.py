"""The Activity page in the window: the audit trail, its filters and its integrity check."""

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from keyfold.core.audit import AuditEntry, AuditVerification
from keyfold.gui.activity.actions import AUDIT_SPECS
from keyfold.gui.activity.page import ActivityPage
from keyfold.gui.base.actions import create_actions
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.workers.tasks import TaskContext

# Enough history for a person to read; `keyfold-cli audit` lists everything.
SHOWN_ENTRIES = 5000


class ActivityCommands(QObject):
    """Loads the log into the page when it is shown, and runs the integrity check."""

    def __init__(self, ctx: FeatureContext, page: ActivityPage) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.page = page
        self.actions: dict[str, QAction] = {}

    def show(self) -> None:
        self.ctx.show_page(self.page)

    def reload(self) -> None:
        audit = self.ctx.controller.audit
        # Names read here, on the GUI thread, from the list the window shows.
        self.page.model.key_names = {r.key_id: r.name for r in self.ctx.listed_keys() if r.name}

        def work(_task: TaskContext) -> list[AuditEntry]:
            return audit.list(limit=SHOWN_ENTRIES)

        self.ctx.tasks.run_task(
            work, self.page.set_entries, lambda error: self.ctx.notify(user_message(error))
        )

    def reload_if_shown(self) -> None:
        if self.ctx.shown_page() is self.page:
            self.reload()

    def check(self) -> None:
        """Verify the hash chain in a worker and say what was found."""
        self.show()
        self.page.set_checking(True)

        audit = self.ctx.controller.audit
        # Names read here, on the GUI thread, from the list the window shows.
        self.page.model.key_names = {r.key_id: r.name for r in self.ctx.listed_keys() if r.name}

        def work(_task: TaskContext) -> AuditVerification:
            return audit.verify()

        def failed(error: Exception) -> None:
            self.page.show_error(user_message(error))

        self.ctx.tasks.run_task(work, self.page.show_verification, failed)


def install_activity(ctx: FeatureContext) -> ActivityCommands:
    """Add the Activity tab and its View-menu entries (after "Registrations"); the window
    reloads the page when it is shown and after changes."""
    page = ActivityPage()
    ctx.add_page(page, QCoreApplication.translate("ActivityPage", "Activity"))
    commands = ActivityCommands(ctx, page)
    actions = create_actions(AUDIT_SPECS, ctx.window)
    commands.actions = actions
    actions["show_activity"].triggered.connect(commands.show)
    actions["check_activity"].triggered.connect(commands.check)
    page.check_requested.connect(actions["check_activity"].trigger)
    menu = ctx.menu_bar().findChild(QMenu, "viewMenu")
    if menu is not None:
        entries = menu.actions()
        names = [action.objectName() for action in entries]
        anchor = "show_registrations"
        after = names.index(anchor) + 1 if anchor in names else len(entries)
        before = entries[after] if after < len(entries) else None
        for action in (actions["show_activity"], actions["check_activity"]):
            if before is None:
                menu.addAction(action)
            else:
                menu.insertAction(before, action)
    return commands
