"""The activity-log actions, in the window's table form."""

from keyfold.gui.base.actions import ActionSpec
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# Marked in the "AuditActions" context; `ActionSpec.context` says so to create_action.
_C = "AuditActions"
AUDIT_SPECS = (
    ActionSpec("show_activity", QT_TRANSLATE_NOOP("AuditActions", "&Activity"), "Ctrl+4", None,
               QT_TRANSLATE_NOOP("AuditActions", "Show everything done with your keys"), _C),
    ActionSpec("check_activity", QT_TRANSLATE_NOOP("AuditActions", "Check the activity &log"),
               "Ctrl+Shift+A", None,
               QT_TRANSLATE_NOOP("AuditActions",
                                 "Check that no one changed or removed entries of the activity "
                                 "log"),
               _C),
)  # fmt: skip
