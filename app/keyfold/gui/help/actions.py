"""The Help menu's actions."""

from keyfold.gui.base.actions import ActionSpec
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

HELP_SPECS = (
    ActionSpec("user_guide", QT_TRANSLATE_NOOP("HelpActions", "User &guide"), "F1", None,
               QT_TRANSLATE_NOOP("HelpActions", "Open the Keyfold user guide"),
               "HelpActions"),
    ActionSpec("copy_diagnostics", QT_TRANSLATE_NOOP("HelpActions", "&Copy diagnostics"),
               "Ctrl+Alt+D",
               None,
               QT_TRANSLATE_NOOP("HelpActions",
                                 "Copy versions, platform, keychain and log folder for a "
                                 "problem report (no keys, no passphrases)"),
               "HelpActions"),
    ActionSpec("report_problem", QT_TRANSLATE_NOOP("HelpActions", "&Report a problem…"),
               "Ctrl+Alt+F1",
               None, QT_TRANSLATE_NOOP("HelpActions", "Open the page for reporting a problem"),
               "HelpActions"),
)  # fmt: skip
