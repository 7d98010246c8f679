"""`ResponsiveSplitter`: side by side when there is room, one above the other when not.

Its minimum width is that of the stacked layout, so it never holds the window
wider than a small screen; sizes the user drags are kept per orientation in the
settings file.
"""

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

from keyfold.gui.base.settings import GuiSettings


class ResponsiveSplitter(QSplitter):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName(name)
        self.setChildrenCollapsible(False)
        self._settings: GuiSettings | None = None
        self.splitterMoved.connect(lambda *_: self._save())

    def remember_in(self, settings: GuiSettings) -> None:
        """Restore the sizes saved for the current orientation; save them on change."""
        self._settings = settings
        self._restore()

    def side_by_side_width(self) -> int:
        """The width both panes need next to each other."""
        panes = [max(pane.minimumSizeHint().width(), pane.minimumWidth()) for pane in self._panes()]
        return sum(panes) + self.handleWidth() * max(0, self.count() - 1)

    def minimumSizeHint(self) -> QSize:
        stacked = QSize(0, 0)
        for pane in self._panes():
            hint = pane.minimumSizeHint().expandedTo(pane.minimumSize())
            stacked = QSize(max(stacked.width(), hint.width()), stacked.height() + hint.height())
        return stacked

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (
            Qt.Orientation.Horizontal
            if event.size().width() >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
            self._restore()
        super().resizeEvent(event)

    def _panes(self) -> list[QWidget]:
        return [pane for i in range(self.count()) if (pane := self.widget(i)) is not None]

    def _key(self) -> str:
        side = "horizontal" if self.orientation() == Qt.Orientation.Horizontal else "vertical"
        return f"{self.objectName()}/{side}"

    def _save(self) -> None:
        if self._settings is not None:
            self._settings.set_splitter_state(self._key(), bytes(self.saveState().data()))

    def _restore(self) -> None:
        if self._settings is None:
            return
        state = self._settings.splitter_state(self._key())
        if state:
            orientation = self.orientation()
            self.restoreState(QByteArray(state))
            self.setOrientation(orientation)  # the state also holds an orientation
