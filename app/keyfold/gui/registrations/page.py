"""The registrations page: which keys are registered with which servers, and their status."""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from keyfold.gui.base.actions import ACCESSIBLE_NAME
from keyfold.gui.base.models import columns as c
from keyfold.gui.base.models.registration_status import (
    RegistrationRow,
    StatusTone,
)
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color, good_color, warning_color
from keyfold.gui.base.widgets.tables import make_table
from keyfold.gui.registrations.model import RegistrationTableModel


class RegistrationsPage(QWidget):
    selection_changed = Signal()

    def __init__(self, model: RegistrationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(c.SORT_ROLE)
        self.proxy.setSourceModel(model)
        self.view = make_table(self.proxy, "registrationsView", self.tr("Registrations"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(c.REG_COL_SERVER, QHeaderView.ResizeMode.Stretch)
        for column in range(model.columnCount()):
            if column != c.REG_COL_SERVER:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # Shown on demand (right-click the header): long and rarely needed.
        self.view.setColumnHidden(c.REG_COL_REGISTRATION, True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.hint = named(
            QLabel(
                self.tr(
                    "Registering a key with a server lets others check what you sign. "
                    "No key is registered yet."
                ),
                wordWrap=True,
            ),
            "registrationsHint",
        )
        # A tool bar: in a narrow window the last buttons move under its "»" menu.
        self.buttons = named(QToolBar(self.tr("Registration actions")), "registrationsToolbar")
        self.buttons.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout = QVBoxLayout(self)
        layout.addWidget(self.buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        model.modelReset.connect(self._update_hint)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self.model.modelReset.connect(self.selection_changed.emit)
        self._apply_status_look()
        self._update_hint()

    def add_actions(self, actions: Sequence[QAction | None]) -> None:
        """A button per action above the table (None: a gap), also in its context menu."""
        for action in actions:
            if action is None:
                self.buttons.addSeparator()
                continue
            self.buttons.addAction(action)
            button = self.buttons.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(str(action.property(ACCESSIBLE_NAME)))
                button.setObjectName(action.objectName() + "Button")
            self.view.addAction(action)

    def selected_records(self) -> list[RegistrationRow]:
        rows = self.view.selectionModel().selectedRows()
        records = [index.data(c.RECORD_ROLE) for index in rows]
        return [r for r in records if r is not None]

    def select(self, server: str, client_id: str) -> None:
        row = self.model.row_of(server, client_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().select(index, flags)
        self.view.scrollTo(index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_status_look()
        super().changeEvent(event)

    def _apply_status_look(self) -> None:
        palette = self.palette()
        style = self.style()
        colors = {
            StatusTone.GOOD: QColor(good_color(palette)),
            StatusTone.BAD: QColor(error_color(palette)),
            StatusTone.ATTENTION: QColor(warning_color(palette)),
        }
        icons: dict[StatusTone, QIcon] = {
            StatusTone.GOOD: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            StatusTone.BAD: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            StatusTone.ATTENTION: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        self.model.set_status_look(colors, icons)

    def _update_hint(self) -> None:
        self.hint.setVisible(self.model.rowCount() == 0)
