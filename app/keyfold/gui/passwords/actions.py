"""The derived-password action, in the window's table form."""

from keyfold.gui.base.actions import ActionSpec
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# Marked in the "RotationActions" context, where it was first translated.
_C = "RotationActions"
PASSWORD_SPECS = (
    ActionSpec("derive_password",
               QT_TRANSLATE_NOOP("RotationActions", "Pass&word for a service…"),
               "Ctrl+Alt+P", "passphrase",
               QT_TRANSLATE_NOOP("RotationActions",
                                 "Make the selected key's password for a website or service"),
               _C),
)  # fmt: skip
