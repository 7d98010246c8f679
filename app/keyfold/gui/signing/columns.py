"""Column numbers of the signing tables (roles are the shared ones in models.columns).

Headers are marked for translation here and translated by the models' headerData.
"""

from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# Verification results.
COL_FILE = 0
COL_RESULT = 1
COL_SIGNER = 2
COL_FINGERPRINT = 3
COL_SIGNED = 4
COL_COMMENT = 5
COL_FORMAT = 6
HEADER_CONTEXT = "SigningColumns"
VERIFY_HEADERS = (
    QT_TRANSLATE_NOOP("SigningColumns", "File"),
    QT_TRANSLATE_NOOP("SigningColumns", "Result"),
    QT_TRANSLATE_NOOP("SigningColumns", "Signed by"),
    QT_TRANSLATE_NOOP("SigningColumns", "Fingerprint"),
    QT_TRANSLATE_NOOP("SigningColumns", "Signed on"),
    QT_TRANSLATE_NOOP("SigningColumns", "Trusted comment"),
    QT_TRANSLATE_NOOP("SigningColumns", "Format"),
)

# Trusted public keys.
TRUSTED_COL_NAME = 0
TRUSTED_COL_FINGERPRINT = 1
TRUSTED_COL_KEY_NUMBER = 2
TRUSTED_COL_ADDED = 3
TRUSTED_HEADERS = (
    QT_TRANSLATE_NOOP("SigningColumns", "Name"),
    QT_TRANSLATE_NOOP("SigningColumns", "Fingerprint"),
    QT_TRANSLATE_NOOP("SigningColumns", "Key number"),
    QT_TRANSLATE_NOOP("SigningColumns", "Added"),
)
