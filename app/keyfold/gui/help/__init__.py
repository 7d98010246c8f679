"""The Help menu: the user guide, Copy diagnostics, Report a problem (About stays last)."""

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu

from keyfold.gui.base.actions import create_actions
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.help.actions import HELP_SPECS
from keyfold.gui.help.diagnostics import diagnostics, guide_url

REPORT_URL = "https://keyfold.io/report"


class HelpCommands:
    def __init__(self, ctx: FeatureContext) -> None:
        self.ctx = ctx
        self.actions = create_actions(HELP_SPECS, ctx.window)
        self.actions["user_guide"].triggered.connect(self.open_guide)
        self.actions["copy_diagnostics"].triggered.connect(self.copy_diagnostics)
        self.actions["report_problem"].triggered.connect(self.report_problem)

    def open_guide(self) -> None:
        QDesktopServices.openUrl(guide_url())

    def copy_diagnostics(self) -> None:
        # Not a secret: versions, platform, where things are; copied like any text.
        what = QCoreApplication.translate("HelpCommands", "Diagnostics")
        self.ctx.copy_text(what, diagnostics(self.ctx.controller))

    def report_problem(self) -> None:
        QDesktopServices.openUrl(QUrl(REPORT_URL))


def install_help(ctx: FeatureContext) -> HelpCommands:
    commands = HelpCommands(ctx)
    menu = ctx.menu_bar().findChild(QMenu, "helpMenu")
    assert menu is not None  # built with the window's menus
    about = menu.actions()[0] if menu.actions() else None
    for name in ("user_guide", "copy_diagnostics", "report_problem"):
        menu.insertAction(about, commands.actions[name])  # type: ignore[arg-type]
    menu.insertSeparator(about)  # type: ignore[arg-type]
    return commands
