"""The verification results table: one row per checked file, and its filter proxy."""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon

from keyfold.controller.signing import FileVerification, SignerSource, VerificationStatus
from keyfold.core.display import shown
from keyfold.gui.base.models.columns import RECORD_ROLE, SORT_ROLE
from keyfold.gui.base.models.formatting import format_time, short_fingerprint, sort_time
from keyfold.gui.base.models.record_table import RecordTableModel
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP
from keyfold.gui.signing import columns as c

Index = QModelIndex | QPersistentModelIndex

_CONTEXT = "VerificationTableModel"
# Marked here; `status_text` translates them.
STATUS_TEXT = {
    VerificationStatus.VALID: QT_TRANSLATE_NOOP("VerificationTableModel", "Valid"),
    VerificationStatus.INVALID: QT_TRANSLATE_NOOP("VerificationTableModel", "Invalid"),
    VerificationStatus.UNKNOWN_KEY: QT_TRANSLATE_NOOP("VerificationTableModel", "Unknown key"),
    VerificationStatus.MISSING_SIGNATURE: QT_TRANSLATE_NOOP(
        "VerificationTableModel", "No signature"
    ),
    VerificationStatus.MISSING_FILE: QT_TRANSLATE_NOOP("VerificationTableModel", "File missing"),
    VerificationStatus.MALFORMED: QT_TRANSLATE_NOOP("VerificationTableModel", "Damaged signature"),
}

# Worst first, so sorting by result brings problems to the top.
STATUS_ORDER = {
    VerificationStatus.INVALID: 0,
    VerificationStatus.MALFORMED: 1,
    VerificationStatus.UNKNOWN_KEY: 2,
    VerificationStatus.MISSING_FILE: 3,
    VerificationStatus.MISSING_SIGNATURE: 4,
    VerificationStatus.VALID: 5,
}


def status_text(status: VerificationStatus) -> str:
    return QCoreApplication.translate(_CONTEXT, STATUS_TEXT[status])


def signer_text(row: FileVerification) -> str:
    if row.signer_name is None:
        return ""
    if row.source is SignerSource.VAULT:
        if row.key_version and row.key_version > 1:
            return QCoreApplication.translate(
                "VerificationTableModel", "{name} (your key, version {version})"
            ).format(name=row.signer_name, version=row.key_version)
        return QCoreApplication.translate("VerificationTableModel", "{name} (your key)").format(
            name=row.signer_name
        )
    if row.source is SignerSource.TRUSTED:
        return QCoreApplication.translate("VerificationTableModel", "{name} (trusted key)").format(
            name=row.signer_name
        )
    return row.signer_name


def format_text(row: FileVerification) -> str:
    if row.status in (VerificationStatus.MISSING_SIGNATURE, VerificationStatus.MISSING_FILE):
        return ""
    if row.status is VerificationStatus.MALFORMED:
        return ""
    if row.legacy:
        return QCoreApplication.translate("VerificationTableModel", "Legacy (whole file)")
    return "minisign"  # the format's name


def comment_text(comment: str | None) -> str:
    """minisign's trusted comment, whose fields are separated by tabs, with the tabs
    shown ("timestamp:… · file:report.txt · hashed") instead of lost."""
    return " · ".join(shown(part) for part in (comment or "").split("\t") if part)


class VerificationTableModel(RecordTableModel[FileVerification]):
    """Rows are `FileVerification`s; `colors` tints the result by status."""

    HEADER_CONTEXT = c.HEADER_CONTEXT
    HEADERS = c.VERIFY_HEADERS

    def __init__(
        self,
        colors: Mapping[VerificationStatus, QColor] | None = None,
        parent: Any = None,
        *,
        icons: Mapping[VerificationStatus, QIcon] | None = None,
    ) -> None:
        super().__init__(parent)
        self._colors = dict(colors or {})
        self._icons = dict(icons or {})

    def _role_data(self, row: FileVerification, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == c.COL_RESULT:
            return self._colors.get(row.status)
        if role == Qt.ItemDataRole.DecorationRole and column == c.COL_RESULT:
            return self._icons.get(row.status)
        return None

    def _display(self, row: FileVerification, column: int) -> str | None:
        if column == c.COL_FILE:
            return row.path.name
        if column == c.COL_RESULT:
            return status_text(row.status)
        # Who signed and when mean something only for a signature that checks out.
        if column in (c.COL_SIGNER, c.COL_SIGNED, c.COL_COMMENT) and not row.valid:
            return ""
        if column == c.COL_SIGNER:
            return signer_text(row)
        if column == c.COL_FINGERPRINT:
            return short_fingerprint(row.fingerprint) if row.fingerprint else ""
        if column == c.COL_SIGNED:
            return format_time(row.timestamp, never="")
        if column == c.COL_COMMENT:
            return comment_text(row.trusted_comment)
        if column == c.COL_FORMAT:
            return format_text(row)
        return None

    def _sort_key(self, row: FileVerification, column: int) -> Any:
        if column == c.COL_RESULT:
            return STATUS_ORDER[row.status]
        if column == c.COL_SIGNED:
            return sort_time(row.timestamp)
        return super()._sort_key(row, column)

    def _tooltip(self, row: FileVerification, column: int) -> str | None:
        if column == c.COL_FILE:
            return self.tr("{path}\nSignature: {signature}").format(
                path=row.path, signature=row.signature_path
            )
        if column == c.COL_RESULT:
            return row.reason
        if column == c.COL_FINGERPRINT:
            return row.fingerprint
        if column == c.COL_COMMENT and row.valid and row.trusted_comment:
            return comment_text(row.trusted_comment).replace(" · ", "\n")
        if column == c.COL_SIGNER and row.key_number:
            return self.tr("Key number {number}").format(number=row.key_number)
        if column == c.COL_FORMAT and row.legacy:
            return self.tr(
                "An older minisign format that signs the whole file instead of its hash."
            )
        return None


class VerificationFilterProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE`; can hide the files that verified."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems_only = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def problems_only(self) -> bool:
        return self._problems_only

    def set_problems_only(self, on: bool) -> None:
        if on == self._problems_only:
            return
        self.beginFilterChange()
        self._problems_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._problems_only:
            return True
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        return not (isinstance(row, FileVerification) and row.valid)
