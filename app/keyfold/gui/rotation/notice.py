"""The non-blocking bar above the pages that lists keys due for a new version."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from keyfold.gui.base.models.formatting import counted
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import is_dark, warning_color

MAX_ROWS = 5


@dataclass(frozen=True)
class NoticeItem:
    """One key the bar mentions: due for rotation, or a rotation to finish."""

    key_id: str
    label: str
    text: str
    pending: bool = False  # a rotation whose servers were not all told


def _colors(widget: QWidget) -> tuple[str, str]:
    if is_dark(widget.palette()):
        return "#3a3220", "#8a6d1f"
    return "#fff4d6", "#d9a928"


class RotationNotice(QFrame):
    """Hidden until `show_items` gets something; the user may dismiss it."""

    rotate_requested = Signal(str)  # key_id
    resume_requested = Signal(str)  # key_id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotationNotice")
        self.setAccessibleName(self.tr("Keys due for a new version"))
        background, border = _colors(self)
        self.setStyleSheet(
            f"#rotationNotice {{ background: {background}; border: 1px solid {border}; "
            "border-radius: 4px; }"
        )
        self.title = named(QLabel(), "rotationNoticeTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.close_button = named(QPushButton(self.tr("Dismiss")), "dismissNotice")
        self.close_button.setAccessibleName(self.tr("Dismiss the rotation notice"))
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addLayout(self.rows)
        self.dismissed = False
        self.items: list[NoticeItem] = []
        self.setVisible(False)

    def show_items(self, items: Sequence[NoticeItem]) -> None:
        """Show these keys (at most MAX_ROWS rows); hide when none are left."""
        self.items = list(items)
        while self.rows.count():
            child = self.rows.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        due = [item for item in items if not item.pending]
        pending = [item for item in items if item.pending]
        parts = []
        if due:
            count = len(due)
            parts.append(
                counted(
                    count,
                    self.tr("%n key is due for a new version", "", count),
                    self.tr("%n keys are due for a new version", "", count),
                )
            )
        if pending:
            count = len(pending)
            parts.append(
                counted(
                    count,
                    self.tr("%n rotation has servers left to tell", "", count),
                    self.tr("%n rotations have servers left to tell", "", count),
                )
            )
        if len(parts) == 2:
            title = self.tr("{due}; {pending}.").format(due=parts[0], pending=parts[1])
        else:
            title = self.tr("{notice}.").format(notice=parts[0]) if parts else ""
        self.title.setText(title)
        for item in list(items)[:MAX_ROWS]:
            self.rows.addWidget(self._row(item))
        if len(items) > MAX_ROWS:
            more = QLabel(
                self.tr("…and {count} more; see the Rotation column.").format(
                    count=len(items) - MAX_ROWS
                )
            )
            self.rows.addWidget(more)
        self.setVisible(bool(items) and not self.dismissed)

    def dismiss(self) -> None:
        self.dismissed = True
        self.setVisible(False)

    def button_for(self, key_id: str) -> QPushButton | None:
        return self.findChild(QPushButton, f"noticeButton:{key_id}")

    def _row(self, item: NoticeItem) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(f"<b>{_escape(item.label)}</b> — {_escape(item.text)}")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        if item.pending:
            text.setStyleSheet(f"color: {warning_color(self.palette())};")
        button = named(
            QPushButton(self.tr("Resume") if item.pending else self.tr("Rotate now")),
            f"noticeButton:{item.key_id}",
        )
        accessible = self.tr("Finish rotating {key}") if item.pending else self.tr("Rotate {key}")
        button.setAccessibleName(accessible.format(key=item.label))
        signal = self.resume_requested if item.pending else self.rotate_requested
        button.clicked.connect(lambda _=False, key_id=item.key_id: signal.emit(key_id))
        layout.addWidget(text, 1)
        layout.addWidget(button)
        return row


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
