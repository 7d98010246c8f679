"""The activity table's columns; headers are marked here and translated by the model."""

from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

AUDIT_COL_WHEN = 0
AUDIT_COL_WHAT = 1
AUDIT_COL_KEY = 2
AUDIT_COL_VERSION = 3
AUDIT_COL_DETAILS = 4
AUDIT_COL_ACTOR = 5
HEADER_CONTEXT = "AuditColumns"
AUDIT_HEADERS = (
    QT_TRANSLATE_NOOP("AuditColumns", "When"),
    QT_TRANSLATE_NOOP("AuditColumns", "What"),
    QT_TRANSLATE_NOOP("AuditColumns", "Key"),
    QT_TRANSLATE_NOOP("AuditColumns", "Version"),
    QT_TRANSLATE_NOOP("AuditColumns", "What happened"),
    QT_TRANSLATE_NOOP("AuditColumns", "By"),
)
