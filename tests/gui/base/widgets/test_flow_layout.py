"""FlowLayout: one row when there is room, wrapped rows when not, nothing cut."""

from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from keyfold.gui.base.widgets.flow_layout import FlowLayout


def test_wraps_instead_of_widening(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    flow = FlowLayout(box)
    buttons = [QPushButton(f"A fairly long button {n}") for n in range(4)]
    for button in buttons:
        flow.addWidget(button)
    wide = sum(b.sizeHint().width() for b in buttons) + 40
    box.resize(wide, 200)
    box.show()
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 1
    narrow = buttons[0].sizeHint().width() + 10
    assert flow.minimumSize().width() < narrow  # never holds the window wide
    box.resize(narrow, flow.heightForWidth(narrow))
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 4
    assert all(b.width() == b.sizeHint().width() for b in buttons)
