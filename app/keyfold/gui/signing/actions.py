"""The signing actions, as ActionSpec rows."""

from keyfold.gui.base.actions import ActionSpec
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# Marked in the "SigningActions" context; `ActionSpec.context` says so to create_action.
_C = "SigningActions"
SIGNING_SPECS = (
    ActionSpec("sign_files", QT_TRANSLATE_NOOP("SigningActions", "&Sign files…"),
               "Ctrl+Shift+S", "edit",
               QT_TRANSLATE_NOOP("SigningActions",
                                 "Sign files so others can check they come from you, unchanged"),
               _C),
    ActionSpec("verify_files", QT_TRANSLATE_NOOP("SigningActions", "&Check signatures…"),
               "Ctrl+Shift+V", None,
               QT_TRANSLATE_NOOP("SigningActions",
                                 "Check that files match their signatures and who signed them"),
               _C),
    ActionSpec("messages", QT_TRANSLATE_NOOP("SigningActions", "Sign or check a &message…"),
               "Ctrl+M", None,
               QT_TRANSLATE_NOOP("SigningActions",
                                 "Sign a short text, or check the signature of one"),
               _C),
    ActionSpec("trusted_keys", QT_TRANSLATE_NOOP("SigningActions", "&Trusted public keys…"),
               "Ctrl+Shift+T", "key",
               QT_TRANSLATE_NOOP("SigningActions",
                                 "Other people's public keys, used to check their signatures"),
               _C),
)  # fmt: skip
