"""Column numbers and headers of the encryption tables (roles are in models.columns)."""

from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# Headers are marked here and translated at use with this context.
COLUMNS_CONTEXT = "EncryptionColumns"

# Reception report: one row per problem with a shard.
ISSUE_COL_SHARD = 0
ISSUE_COL_INDEX = 1
ISSUE_COL_PROBLEM = 2
ISSUE_COL_RECOVERED = 3
ISSUE_COL_DETAIL = 4
ISSUE_HEADERS = (
    QT_TRANSLATE_NOOP("EncryptionColumns", "Shard ID"),
    QT_TRANSLATE_NOOP("EncryptionColumns", "Position"),
    QT_TRANSLATE_NOOP("EncryptionColumns", "Problem"),
    QT_TRANSLATE_NOOP("EncryptionColumns", "Recovered"),
    QT_TRANSLATE_NOOP("EncryptionColumns", "What happened"),
)

# Timing histogram: one row per time range.
TIMING_COL_RANGE = 0
TIMING_COL_ENCRYPT = 1
TIMING_COL_DECRYPT = 2
TIMING_HEADERS = (
    QT_TRANSLATE_NOOP("EncryptionColumns", "Took"),
    QT_TRANSLATE_NOOP("EncryptionColumns", "Encryptions"),
    QT_TRANSLATE_NOOP("EncryptionColumns", "Decryptions"),
)
