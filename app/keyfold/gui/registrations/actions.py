"""The registration actions, in the same table form as the window's own."""

from keyfold.gui.base.actions import ActionSpec
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# Marked in the "RegistryActions" context; `ActionSpec.context` says so to create_action.
_C = "RegistryActions"
REGISTRY_SPECS = (
    ActionSpec("register_key",
               QT_TRANSLATE_NOOP("RegistryActions", "&Register key with a server…"),
               "Ctrl+Shift+G", "key",
               QT_TRANSLATE_NOOP("RegistryActions",
                                 "Register a key with a server so others can check what it signs"),
               _C),
    ActionSpec("refresh_registrations", QT_TRANSLATE_NOOP("RegistryActions", "Refresh s&tatus"),
               "Shift+F5", "restore",
               QT_TRANSLATE_NOOP("RegistryActions",
                                 "Ask the servers for the status of the selected registrations, "
                                 "or all"),
               _C),
    ActionSpec("verify_file_remote",
               QT_TRANSLATE_NOOP("RegistryActions", "Verify a &file on the server…"),
               "Ctrl+Shift+F", None,
               QT_TRANSLATE_NOOP("RegistryActions",
                                 "Ask the server whether a signed file's signature is from a "
                                 "registered key"),
               _C),
    ActionSpec("verify_message_remote",
               QT_TRANSLATE_NOOP("RegistryActions", "Verify a &message on the server…"),
               "Ctrl+Shift+J", None,
               QT_TRANSLATE_NOOP("RegistryActions",
                                 "Ask the server whether a message's signature is from a "
                                 "registered key"),
               _C),
    ActionSpec("revoke_registration",
               QT_TRANSLATE_NOOP("RegistryActions", "Re&voke registration…"),
               "Ctrl+Shift+X", "delete",
               QT_TRANSLATE_NOOP("RegistryActions",
                                 "Tell the server to refuse the selected registration's "
                                 "signatures from now on"),
               _C),
    ActionSpec("forget_registration",
               QT_TRANSLATE_NOOP("RegistryActions", "Forg&et registration…"),
               "Ctrl+Shift+H", None,
               QT_TRANSLATE_NOOP("RegistryActions",
                                 "Remove the selected registration from this list (the server "
                                 "keeps it)"),
               _C),
    ActionSpec("registry_servers",
               QT_TRANSLATE_NOOP("RegistryActions", "Registration &servers…"),
               "Ctrl+Shift+O", "settings",
               QT_TRANSLATE_NOOP("RegistryActions",
                                 "The servers you register keys with: address, certificate pin, "
                                 "access token"),
               _C),
)  # fmt: skip
