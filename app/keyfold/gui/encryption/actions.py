"""The encryption actions, in the same table form as the window's own."""

from keyfold.gui.base.actions import ActionSpec
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# Texts are marked here and translated by create_actions with this context.
ENCRYPTION_CONTEXT = "EncryptionActions"
ENCRYPTION_SPECS = (
    ActionSpec("encrypt_files", QT_TRANSLATE_NOOP("EncryptionActions", "&Encrypt files…"),
               "Ctrl+Shift+E", "encrypt",
               QT_TRANSLATE_NOOP("EncryptionActions",
                                 "Encrypt files so only the people you choose can open them")),
    ActionSpec("decrypt_file", QT_TRANSLATE_NOOP("EncryptionActions", "&Decrypt a file…"),
               "Ctrl+Shift+D", None,
               QT_TRANSLATE_NOOP("EncryptionActions",
                                 "Open an encrypted .kfe file or shard folder")),
    ActionSpec("encrypt_text", QT_TRANSLATE_NOOP("EncryptionActions", "Encrypt &text…"),
               "Ctrl+Alt+E", None,
               QT_TRANSLATE_NOOP("EncryptionActions",
                                 "Encrypt a text or JSON value into a token, or decrypt a token")),
    ActionSpec("encryption_metrics",
               QT_TRANSLATE_NOOP("EncryptionActions", "Encryption &statistics"),
               "Ctrl+Shift+I", None,
               QT_TRANSLATE_NOOP("EncryptionActions",
                                 "How much was encrypted and decrypted, and how long it took")),
)  # fmt: skip
