"""`KeyfoldDialog` and `KeyfoldWizard`: focus, default button, Enter and Escape done once.

Every Keyfold dialog and wizard derives from one of these. When shown (and on
each wizard page), focus goes to the first empty text field, else the first
field, and the accept button is the default, so Enter accepts a valid form and
Escape cancels. The default is set while the dialog is showing: before the
button box belongs to the dialog `setDefault` has no dialog to tell, and Qt
then makes the focused button (Cancel) the default.
"""

import itertools

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
    QWizard,
)

_TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit)
_INPUTS = (*_TEXT_INPUTS, QComboBox, QAbstractSpinBox)


def _usable(widget: QWidget, root: QWidget) -> bool:
    return (
        widget.isVisibleTo(root)
        and widget.isEnabled()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not (isinstance(widget, _TEXT_INPUTS) and widget.isReadOnly())
    )


def _is_empty(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.toPlainText()
    return False


def inputs_in_tab_order(root: QWidget) -> list[QWidget]:
    """Enabled, visible inputs under `root`, in focus-chain (Tab) order."""
    inputs = [w for w in root.findChildren(QWidget) if isinstance(w, _INPUTS)]
    # A combo box's own line edit is reached through the combo.
    inputs = [w for w in inputs if not isinstance(w.parentWidget(), QComboBox)]
    wanted = {id(w) for w in inputs if _usable(w, root)}
    ordered: list[QWidget] = []
    widget = root.nextInFocusChain()
    for _ in range(2000):  # the chain is a ring; bounded in case it is broken
        if widget is root or widget is None:
            break
        if id(widget) in wanted and widget not in ordered:
            ordered.append(widget)
        widget = widget.nextInFocusChain()
    return ordered


def _focusable(root: QWidget) -> list[QWidget]:
    """Widgets Tab can reach under `root` (not the parts of a spin box or combo)."""
    found = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox) or widget.focusProxy() is not None:
            continue
        if (
            widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            found.append(widget)
    return found


def reading_order(widgets: list[QWidget], root: QWidget) -> list[QWidget]:
    """Top to bottom; widgets whose middles share a row, left to right."""

    def middle(widget: QWidget) -> int:
        return widget.mapTo(root, QPoint(0, widget.height() // 2)).y()

    rows: list[list[QWidget]] = []
    for widget in sorted(widgets, key=middle):
        if rows:
            first = rows[-1][0]
            if abs(middle(widget) - middle(first)) <= max(4, first.height() // 2):
                rows[-1].append(widget)
                continue
        rows.append([widget])
    return [
        widget
        for row in rows
        for widget in sorted(row, key=lambda w: w.mapTo(root, QPoint(0, 0)).x())
    ]


def order_tabs(root: QWidget) -> None:
    """Make Tab follow the order widgets are drawn in, whatever order they were made in."""
    ordered = reading_order(_focusable(root), root)
    for before, after in itertools.pairwise(ordered):
        QWidget.setTabOrder(before, after)


def first_input(root: QWidget) -> QWidget | None:
    """The first empty text field under `root`, else its first input, else None."""
    inputs = inputs_in_tab_order(root)
    for widget in inputs:
        if isinstance(widget, _TEXT_INPUTS) and _is_empty(widget):
            return widget
    return inputs[0] if inputs else None


def accept_button(dialog: QDialog) -> QPushButton | None:
    """The button Enter should press: Accept/Yes/Apply role first, else Close/Reject."""
    boxes = dialog.findChildren(QDialogButtonBox)
    order = (
        QDialogButtonBox.ButtonRole.AcceptRole,
        QDialogButtonBox.ButtonRole.YesRole,
        QDialogButtonBox.ButtonRole.ApplyRole,
        QDialogButtonBox.ButtonRole.RejectRole,
    )
    for role in order:
        for box in boxes:
            for button in box.buttons():
                if box.buttonRole(button) == role and isinstance(button, QPushButton):
                    return button
    return None


def settle(dialog: QDialog, default: QAbstractButton | None, root: QWidget | None = None) -> None:
    """Make `default` the only default button and focus the first input under `root`."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(button is default)
        if button is not default:
            button.setDefault(False)
    if isinstance(default, QPushButton):
        default.setDefault(True)
    target = first_input(root or dialog)
    if target is not None:
        target.setFocus()
    elif default is not None and default.isEnabled():
        default.setFocus()


class KeyfoldDialog(QDialog):
    """A dialog that settles focus and its default button each time it is shown."""

    def default_button(self) -> QPushButton | None:
        """The button Enter presses; subclasses may name another."""
        return accept_button(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # positions are needed for the reading order
        order_tabs(self)
        settle(self, self.default_button())


class KeyfoldWizard(QWizard):
    """A wizard that focuses the first input of each page as it appears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIdChanged.connect(self._page_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._page_changed()

    def default_button(self) -> QAbstractButton:
        """Commit, Finish or Next, whichever this page shows."""
        for which in (
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.NextButton,
        ):
            button = self.button(which)
            if button.isVisible():
                return button
        return self.button(QWizard.WizardButton.NextButton)

    def _page_changed(self, _id: int = 0) -> None:
        # After QWizard has laid out the page and picked its own buttons.
        QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        page = self.currentPage()
        if page is None or not self.isVisible():
            return
        order_tabs(page)
        forward = self.default_button()
        if isinstance(forward, QPushButton):
            forward.setDefault(True)
        target = first_input(page)
        if target is not None:
            target.setFocus()
