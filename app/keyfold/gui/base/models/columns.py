"""Every model's column numbers and custom roles, in one place.

`RECORD_ROLE` returns the record behind a row from the model or any proxy over
it, so views and commands never care which one they hold. Header texts are
marked for translation here, in context "Columns"; the models translate them when
shown (`record_table.RecordTableModel.headerData`).
"""

from PySide6.QtCore import Qt

from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

RECORD_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2


# Keys view.
KEY_COL_NAME = 0
KEY_COL_ID = 1
KEY_COL_TAGS = 2
KEY_COL_FINGERPRINT = 3
KEY_COL_STORAGE = 4
KEY_COL_LOCK = 5
KEY_COL_BACKUP = 6
KEY_COL_CREATED = 7
KEY_COL_ROTATION = 8  # due / overdue for a new version
KEY_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Key ID"),
    QT_TRANSLATE_NOOP("Columns", "Tags"),
    QT_TRANSLATE_NOOP("Columns", "Fingerprint"),
    QT_TRANSLATE_NOOP("Columns", "Stored in"),
    QT_TRANSLATE_NOOP("Columns", "Lock"),
    QT_TRANSLATE_NOOP("Columns", "Backup"),
    QT_TRANSLATE_NOOP("Columns", "Created"),
    QT_TRANSLATE_NOOP("Columns", "Rotation"),
)

# Backups view.
BACKUP_COL_FILE = 0
BACKUP_COL_KEYS = 1
BACKUP_COL_DATE = 2
BACKUP_COL_FORMAT = 3
BACKUP_COL_VERIFIED = 4
BACKUP_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "File"),
    QT_TRANSLATE_NOOP("Columns", "Keys"),
    QT_TRANSLATE_NOOP("Columns", "Made"),
    QT_TRANSLATE_NOOP("Columns", "Format"),
    QT_TRANSLATE_NOOP("Columns", "Last checked"),
)

# Registrations view.
REG_COL_KEY = 0
REG_COL_VERSION = 1
REG_COL_SERVER = 2
REG_COL_CLIENT = 3
REG_COL_STATUS = 4
REG_COL_DATE = 5
REG_COL_CHECKED = 6
REG_COL_USED = 7
REG_COL_REGISTRATION = 8
REG_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Key"),
    QT_TRANSLATE_NOOP("Columns", "Version"),
    QT_TRANSLATE_NOOP("Columns", "Server"),
    QT_TRANSLATE_NOOP("Columns", "Client ID"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Registered"),
    QT_TRANSLATE_NOOP("Columns", "Last checked"),
    QT_TRANSLATE_NOOP("Columns", "Last used"),
    QT_TRANSLATE_NOOP("Columns", "Registration ID"),
)
