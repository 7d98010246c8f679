"""The rotation and version actions, in the window's table form."""

from keyfold.gui.base.actions import ActionSpec
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# Marked in the "RotationActions" context; `ActionSpec.context` says so to create_action.
_C = "RotationActions"
ROTATION_SPECS = (
    ActionSpec("rotate_key", QT_TRANSLATE_NOOP("RotationActions", "&Rotate key…"),
               "Ctrl+Shift+R", "key-new",
               QT_TRANSLATE_NOOP("RotationActions",
                                 "Give the selected key a new current version; the old one only "
                                 "checks"),
               _C),
    ActionSpec("rotation_policy", QT_TRANSLATE_NOOP("RotationActions", "Rotation &schedule…"),
               "Ctrl+Shift+K", "settings",
               QT_TRANSLATE_NOOP("RotationActions",
                                 "Choose when the selected key should get a new version"),
               _C),
    ActionSpec("expire_version", QT_TRANSLATE_NOOP("RotationActions", "E&xpire old version…"),
               "Ctrl+Alt+X", "delete",
               QT_TRANSLATE_NOOP("RotationActions",
                                 "Retire the old key version chosen in the details"),
               _C),
    ActionSpec("resume_rotation",
               QT_TRANSLATE_NOOP("RotationActions", "&Finish interrupted rotation…"),
               "Ctrl+Alt+R", None,
               QT_TRANSLATE_NOOP("RotationActions",
                                 "Tell the servers a rotation could not reach about the new "
                                 "version"),
               _C),
)  # fmt: skip
