"""The results of checking signatures: a sortable table, one row per file."""

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from keyfold.controller.signing import FileVerification, VerificationStatus
from keyfold.core.signing import signature_path_for
from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.models.columns import RECORD_ROLE
from keyfold.gui.base.models.formatting import counted, format_size
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color, good_color, warning_color
from keyfold.gui.base.widgets.tables import make_table
from keyfold.gui.base.workers.tasks import TaskHandle
from keyfold.gui.signing import columns as c
from keyfold.gui.signing.verification_model import (
    VerificationFilterProxy,
    VerificationTableModel,
    status_text,
)


def summary(rows: Sequence[FileVerification]) -> str:
    """One plain sentence about the whole check."""
    if not rows:
        return QCoreApplication.translate("VerifyDialog", "There was nothing to check.")
    counts = Counter(row.status for row in rows)
    valid = counts[VerificationStatus.VALID]
    if valid == len(rows):
        if valid == 1:
            return QCoreApplication.translate(
                "VerifyDialog", "The file is signed and unchanged since it was signed."
            )
        return QCoreApplication.translate(
            "VerifyDialog", "All {count} files are signed and unchanged since they were signed."
        ).format(count=valid)
    parts = [
        QCoreApplication.translate("VerifyDialog", "{count} {result}").format(
            count=count, result=status_text(status).lower()
        )
        for status, count in sorted(counts.items(), key=lambda item: item[0] != "valid")
    ]
    return counted(
        len(rows),
        QCoreApplication.translate("VerifyDialog", "Checked {count} file: {results}."),
        QCoreApplication.translate("VerifyDialog", "Checked {count} files: {results}."),
    ).format(
        count=len(rows),
        results=QCoreApplication.translate("VerifyDialog", ", ").join(parts),
    )


def server_verifiable(row: FileVerification | None) -> bool:
    """Can a registration server check this row? A valid, prehashed FILE.minisig only.

    A server checks the BLAKE2b-512 digest the signature covers, which legacy
    signatures do not; and the server dialog reads the signature beside the file.
    """
    return (
        row is not None
        and row.valid
        and not row.legacy
        and row.signature_path == signature_path_for(row.path)
    )


class VerifyDialog(KeyfoldDialog):
    """Shows progress while files are hashed, then the table of results.

    "Verify on server…" (a button and the table's context menu) asks for the
    selected valid file to be checked by a registration server too.
    """

    verify_on_server_requested = Signal(object)  # the FileVerification

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Check signatures"))
        palette = self.palette()
        colors = {
            VerificationStatus.VALID: QColor(good_color(palette)),
            VerificationStatus.INVALID: QColor(error_color(palette)),
            VerificationStatus.MALFORMED: QColor(error_color(palette)),
            VerificationStatus.UNKNOWN_KEY: QColor(warning_color(palette)),
        }
        style = self.style()
        bad = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icons = {
            VerificationStatus.VALID: style.standardIcon(
                QStyle.StandardPixmap.SP_DialogApplyButton
            ),
            VerificationStatus.INVALID: bad,
            VerificationStatus.MALFORMED: bad,
            VerificationStatus.UNKNOWN_KEY: style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            ),
            VerificationStatus.MISSING_FILE: style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            ),
            VerificationStatus.MISSING_SIGNATURE: style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxQuestion
            ),
        }
        # Colour and an icon: the icon still tells when the row is selected.
        self.model = VerificationTableModel(colors, self, icons=icons)
        self.proxy = VerificationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.summary_label = named(
            QLabel(self.tr("Checking signatures…"), wordWrap=True), "verifySummary"
        )
        self.summary_label.setAccessibleName(self.tr("Summary"))
        self.progress_bar = named(QProgressBar(), "verifyProgress")
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setRange(0, 0)
        self.view = make_table(self.proxy, "verificationView", self.tr("Signature check results"))
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(c.COL_FILE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(c.COL_RESULT, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnHidden(c.COL_FORMAT, True)
        # Problems first: they are what a person needs to see.
        self.view.sortByColumn(c.COL_RESULT, Qt.SortOrder.AscendingOrder)
        self.problems_check = named(QCheckBox(self.tr("Show only problems")), "problemsOnly")
        self.problems_check.toggled.connect(self.proxy.set_problems_only)
        self.reason_label = named(QLabel(wordWrap=True), "verifyReason")
        self.reason_label.setAccessibleName(self.tr("Details of the selected file"))
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_action = QAction(self.tr("Verify on server…"), self)
        self.server_action.setObjectName("verifyOnServerAction")
        # The same keys as the main window's "Verify a file on the server…".
        self.server_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.server_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.server_action.setProperty("accessibleName", self.tr("Verify on server"))
        self.server_action.setStatusTip(
            self.tr(
                "Ask a registration server whether the selected file's signature is from "
                "a registered key"
            )
        )
        self.server_action.setEnabled(False)
        self.server_action.triggered.connect(self._verify_on_server)
        self.addAction(self.server_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addAction(self.server_action)
        self.server_button = named(
            QPushButton(self.tr("Verify on server…")), "verifyOnServerButton"
        )
        self.server_button.setAccessibleName(self.tr("Verify on server"))
        self.server_button.setToolTip(self.server_action.statusTip())
        self.server_button.setEnabled(False)
        self.server_button.clicked.connect(self.server_action.trigger)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.server_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems_check)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._handle: TaskHandle | None = None
        self.resize(900, 420)

    def watch(self, handle: TaskHandle) -> None:
        self._handle = None if handle.finished else handle
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            self.tr("Stop") if self._handle is not None else self.tr("Close")
        )

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(done * 1000 // total)
        self.summary_label.setText(
            self.tr("Checking signatures… {done} of {total} read.").format(
                done=format_size(done), total=format_size(total)
            )
        )

    def show_results(self, rows: Sequence[FileVerification]) -> None:
        self._finish()
        self.model.set_records(rows)
        self.summary_label.setText(summary(rows))
        # Columns with nothing in them only take room; legacy signatures are rare.
        self.view.setColumnHidden(c.COL_COMMENT, not any(row.trusted_comment for row in rows))
        self.view.setColumnHidden(c.COL_FORMAT, not any(row.legacy for row in rows))
        self.view.resizeColumnsToContents()
        if rows:
            self.view.selectRow(0)

    def show_failure(self, message: str) -> None:
        self._finish()
        self.summary_label.setText(message)

    def reject(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.summary_label.setText(self.tr("Stopping…"))
            return
        super().reject()

    def _finish(self) -> None:
        self._handle = None
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.progress_bar.setVisible(False)

    def selected_row(self) -> FileVerification | None:
        rows = self.view.selectionModel().selectedRows()
        row = rows[0].data(RECORD_ROLE) if rows else None
        return row if isinstance(row, FileVerification) else None

    def _verify_on_server(self) -> None:
        row = self.selected_row()
        if server_verifiable(row):
            self.verify_on_server_requested.emit(row)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        self.server_action.setEnabled(server_verifiable(row))
        self.server_button.setEnabled(self.server_action.isEnabled())
        if row is None:
            self.reason_label.clear()
            return
        text = self.tr("{file}: {reason}").format(file=row.path.name, reason=row.reason)
        if row.fingerprint:
            text += "\n" + self.tr("Signer's fingerprint: {fingerprint}").format(
                fingerprint=row.fingerprint
            )
        self.reason_label.setText(text)
