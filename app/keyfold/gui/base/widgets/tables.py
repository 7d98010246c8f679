"""A QTableView set up the same way for every page: sortable, whole-row selection."""

from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget


def make_table(
    model: QAbstractItemModel, object_name: str, accessible_name: str, parent: QWidget | None = None
) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # Tab moves on to the next widget, not to the next cell of a read-only table.
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: _column_menu(view, pos))
    return view


def _column_menu(view: QTableView, pos: QPoint) -> None:
    """Right-click on the header: tick which columns to show."""
    header = view.horizontalHeader()
    model = view.model()
    menu = QMenu(view)
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        action = QAction(title, menu, checkable=True)
        action.setChecked(not view.isColumnHidden(column))
        # The first column always stays, so the table never goes blank.
        action.setEnabled(column != 0)
        action.toggled.connect(lambda on, c=column: view.setColumnHidden(c, not on))
        menu.addAction(action)
    menu.popup(header.mapToGlobal(pos))
