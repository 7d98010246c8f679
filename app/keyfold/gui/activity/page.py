"""The Activity page: the audit trail with filters, and a check for tampering."""

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyfold.core.audit import AuditEntry, AuditKind, AuditVerification
from keyfold.gui.activity import columns as a
from keyfold.gui.activity.filter import AuditFilterProxy
from keyfold.gui.activity.model import AuditTableModel
from keyfold.gui.activity.wording import KIND_WORDS, kind_words, verification_text
from keyfold.gui.base.models.formatting import counted
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color, good_color
from keyfold.gui.base.widgets.flow_layout import FlowLayout, group
from keyfold.gui.base.widgets.tables import make_table


def local_midnight(day: QDate) -> datetime:
    """The start of that local calendar day, as an aware datetime."""
    return datetime(day.year(), day.month(), day.day()).astimezone()


class ActivityPage(QWidget):
    """`check_requested` asks for the integrity check; the window runs it in a worker."""

    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPage")
        self.model = AuditTableModel(self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table(self.proxy, "activityView", self.tr("Activity"))
        self.view.sortByColumn(a.AUDIT_COL_WHEN, Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        for column in (a.AUDIT_COL_WHEN, a.AUDIT_COL_WHAT, a.AUDIT_COL_KEY, a.AUDIT_COL_VERSION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(a.AUDIT_COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.setColumnHidden(a.AUDIT_COL_ACTOR, True)  # right-click the header to show

        self.kind_combo = named(QComboBox(), "activityKind")
        self.kind_combo.setAccessibleName(self.tr("Show events of this kind"))
        self.kind_combo.addItem(self.tr("All events"), None)
        kinds = sorted((kind_words(kind.value), kind.value) for kind in KIND_WORDS)
        for words, kind_value in kinds:
            self.kind_combo.addItem(words, kind_value)
        self.key_combo = named(QComboBox(), "activityKey")
        self.key_combo.setAccessibleName(self.tr("Show events of this key"))
        self.key_combo.addItem(self._all_keys(), None)
        today = QDate.currentDate()
        self.from_check = named(QCheckBox(self.tr("From")), "activityFromCheck")
        self.from_check.setAccessibleName(self.tr("Only events from a date on"))
        self.from_date = named(QDateEdit(today.addDays(-30)), "activityFrom")
        self.from_date.setAccessibleName(self.tr("From date"))
        self.to_check = named(QCheckBox(self.tr("to")), "activityToCheck")
        self.to_check.setAccessibleName(self.tr("Only events up to a date"))
        self.to_date = named(QDateEdit(today), "activityTo")
        self.to_date.setAccessibleName(self.tr("To date (included)"))
        for edit in (self.from_date, self.to_date):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.count_label = named(QLabel(), "activityCount")
        self.check_button = named(
            QPushButton(self.tr("Check for tampering")), "checkIntegrityButton"
        )
        self.check_button.setAccessibleName(self.tr("Check the activity log for tampering"))
        self.check_button.setToolTip(
            self.tr(
                "Each entry is sealed to the one before it; this finds any entry that was "
                "edited, removed or reordered"
            )
        )
        self.result_label = named(QLabel(wordWrap=True), "integrityResult")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setVisible(False)

        # Wraps in a narrow window instead of making it wider.
        filters = FlowLayout()
        filters.addWidget(group(QLabel(self.tr("Show:")), self.kind_combo))
        filters.addWidget(group(QLabel(self.tr("Key:")), self.key_combo))
        filters.addWidget(group(self.from_check, self.from_date))
        filters.addWidget(group(self.to_check, self.to_date))
        filters.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.result_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_kind(self.kind_combo.currentData())
        )
        self.key_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_key(self.key_combo.currentData())
        )
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._range_changed)
            edit.dateChanged.connect(self._range_changed)
        self.check_button.clicked.connect(self.check_requested)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_count()

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        """Show these entries; the key list follows the keys they mention."""
        self.model.set_records(entries)
        chosen = self.key_combo.currentData()
        keys = sorted({e.key_id for e in entries if e.key_id})
        self.key_combo.blockSignals(True)
        self.key_combo.clear()
        self.key_combo.addItem(self._all_keys(), None)
        for key_id in keys:
            self.key_combo.addItem(key_id, key_id)
        found = self.key_combo.findData(chosen) if chosen else 0
        self.key_combo.setCurrentIndex(max(found, 0))
        self.key_combo.blockSignals(False)
        self.proxy.set_key(self.key_combo.currentData())
        self._update_count()

    def choose_kind(self, kind: AuditKind | None) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind and kind.value), 0))

    def choose_key(self, key_id: str | None) -> None:
        self.key_combo.setCurrentIndex(max(self.key_combo.findData(key_id), 0))

    def set_checking(self, checking: bool) -> None:
        self.check_button.setEnabled(not checking)
        if checking:
            self.result_label.setStyleSheet("")
            self.result_label.setText(self.tr("Checking the activity log…"))
            self.result_label.setVisible(True)

    def show_verification(self, result: AuditVerification) -> None:
        self.set_checking(False)
        color = good_color(self.palette()) if result.ok else error_color(self.palette())
        self.result_label.setStyleSheet(f"color: {color};")
        text = verification_text(result)
        if result.ok and result.count:
            text += " " + self.tr("Seal of the latest entry: {seal}…").format(
                seal=result.head_hash[:16]
            )
        self.result_label.setText(text)
        self.result_label.setToolTip(
            self.tr(
                "Latest entry's hash: {hash}. Note it somewhere else to check later "
                "that the history up to now was not rewritten."
            ).format(hash=result.head_hash)
            if result.head_hash
            else ""
        )
        self.result_label.setVisible(True)

    def show_error(self, message: str) -> None:
        self.set_checking(False)
        self.result_label.setStyleSheet(f"color: {error_color(self.palette())};")
        self.result_label.setText(message)
        self.result_label.setVisible(True)

    def _range_changed(self) -> None:
        since = local_midnight(self.from_date.date()) if self.from_check.isChecked() else None
        until = (
            local_midnight(self.to_date.date()) + timedelta(days=1)
            if self.to_check.isChecked()
            else None
        )
        self.proxy.set_range(since, until)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = counted(total, self.tr("%n entry", "", total), self.tr("%n entries", "", total))
        else:
            text = counted(
                total,
                self.tr("Showing {shown} of %n entry", "", total),
                self.tr("Showing {shown} of %n entries", "", total),
            ).format(shown=shown)
        self.count_label.setText(text)

    def _all_keys(self) -> str:
        return self.tr("All keys")
