"""The keys page: search field, key table, details pane, and the empty state."""

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.models import columns as c
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.responsive_splitter import ResponsiveSplitter
from keyfold.gui.base.widgets.search_field import SearchField
from keyfold.gui.base.widgets.tables import make_table
from keyfold.gui.keys.details import KeyDetailsPane
from keyfold.gui.keys.empty_state import EmptyState
from keyfold.gui.keys.filter import KeyFilterProxy
from keyfold.gui.keys.model import KeyTableModel

# Room kept for the Name column, in average characters: other columns' texts are
# much longer in some languages (German) and would squeeze it to a few letters.
NAME_MIN_CHARS = 20
SIZE_SAMPLE_ROWS = 60


class KeysPage(QWidget):
    """Shows the empty state until the vault has a key, then table + details."""

    selection_changed = Signal()

    def __init__(
        self, model: KeyTableModel, details: KeyDetailsPane, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = KeyFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.search = named(SearchField(), "keySearch")
        self.search.setPlaceholderText(self.tr("Search keys by name, ID, tag or fingerprint"))
        self.search.setAccessibleName(self.tr("Search keys"))
        self.search.textChanged.connect(self.proxy.set_search)
        self.no_matches = named(QLabel(wordWrap=True), "noMatches")
        self.no_matches.setVisible(False)
        self.search.textChanged.connect(self._update_no_matches)
        self.view = make_table(self.proxy, "keysView", self.tr("Keys"))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        # Columns sized to their contents look at this many rows, not 1,000:
        # each look asks Python for every cell.
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(c.KEY_COL_NAME, QHeaderView.ResizeMode.Stretch)
        self._content_sized: list[int] = []
        for column in (c.KEY_COL_ID, c.KEY_COL_LOCK, c.KEY_COL_BACKUP):
            self.size_to_contents(column)
        # The details pane shows these; right-click the header to add them.
        for column in (c.KEY_COL_TAGS, c.KEY_COL_FINGERPRINT, c.KEY_COL_STORAGE, c.KEY_COL_CREATED):
            self.view.setColumnHidden(column, True)
        self.details = details
        self.empty = EmptyState()

        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.search)
        table_layout.addWidget(self.no_matches)
        table_layout.addWidget(self.view)
        # Details beside the table, or below it in a narrow window.
        self.splitter = ResponsiveSplitter("keysSplitter")
        self.splitter.addWidget(table_side)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        # A search hides rows by a layout change, which Qt's selection model
        # does not report: say so when the selected key went out of sight.
        self._shown_selection: list[str] = []
        self.proxy.layoutChanged.connect(self._layout_changed)
        model.modelReset.connect(self._update_state)
        model.modelReset.connect(self._update_no_matches)
        model.modelReset.connect(self._size_columns)
        model.dataChanged.connect(self._size_columns)
        model.modelReset.connect(self._keep_room_for_names)
        model.dataChanged.connect(self._keep_room_for_names)
        self._update_state()
        self._keep_room_for_names()

    def size_to_contents(self, column: int) -> None:
        """Fit `column` to its contents whenever the keys load or change, but not
        on a search keystroke (Qt's ResizeToContents re-measures on each one)."""
        self._content_sized.append(column)
        self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.view.resizeColumnToContents(column)

    @property
    def showing_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def selected_records(self) -> list[KeyRecord]:
        rows = self.view.selectionModel().selectedRows()
        records = [index.data(c.RECORD_ROLE) for index in rows]
        return [r for r in records if isinstance(r, KeyRecord)]

    def current_record(self) -> KeyRecord | None:
        selected = self.selected_records()
        return selected[0] if len(selected) == 1 else None

    def select_key(self, key_id: str) -> None:
        row = self.model.row_of(key_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)

    def _update_no_matches(self) -> None:
        text = self.search.text().strip()
        empty = bool(text) and self.proxy.rowCount() == 0
        self.no_matches.setText(
            self.tr("No key matches “{text}”. Press Escape to show all keys.").format(text=text)
            if empty
            else ""
        )
        self.no_matches.setVisible(empty)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._shown_selection = [r.key_id for r in self.selected_records()]
        self.selection_changed.emit()

    def _layout_changed(self) -> None:
        selected = [r.key_id for r in self.selected_records()]
        if selected != self._shown_selection:
            self._shown_selection = selected
            self.selection_changed.emit()

    def _update_state(self) -> None:
        has_keys = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.splitter if has_keys else self.empty)
        self.selection_changed.emit()

    def _size_columns(self) -> None:
        for column in self._content_sized:
            self.view.resizeColumnToContents(column)

    def _keep_room_for_names(self) -> None:
        """The table never gets so narrow that Name is left less than NAME_MIN_CHARS."""
        header = self.view.horizontalHeader()
        others = sum(
            max(header.sectionSizeHint(column), self.view.sizeHintForColumn(column))
            for column in range(header.count())
            if column != c.KEY_COL_NAME and not header.isSectionHidden(column)
        )
        name = self.view.fontMetrics().averageCharWidth() * NAME_MIN_CHARS
        frame = 2 * self.view.frameWidth() + self.view.verticalScrollBar().sizeHint().width()
        self.view.setMinimumWidth(others + name + frame)
