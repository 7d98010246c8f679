"""What a drop of ordinary files can become: signing, and whatever else is installed.

With one offer the drop goes straight to it; with more, a small dialog asks.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.models.formatting import counted
from keyfold.gui.base.naming import named

_SHOWN_NAMES = 3


@dataclass(frozen=True)
class FileOffer:
    name: str  # object name of its button
    label: str  # button text, e.g. "Sign…", translated by whoever makes the offer
    tip: str  # translated too
    handle: Callable[[list[Path]], object]


def describe(paths: Sequence[Path]) -> str:
    names = ", ".join(p.name for p in paths[:_SHOWN_NAMES])
    more = len(paths) - _SHOWN_NAMES
    if more <= 0:
        return names
    return counted(
        more,
        QCoreApplication.translate("FileOffers", "{names} and {count} more item"),
        QCoreApplication.translate("FileOffers", "{names} and {count} more items"),
    ).format(names=names, count=more)


class FileOffersDialog(KeyfoldDialog):
    """One button per offer; clicking it closes the dialog and hands the files on."""

    def __init__(
        self, paths: Sequence[Path], offers: Sequence[FileOffer], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fileOffersDialog")
        self.setWindowTitle(self.tr("What should Keyfold do?"))
        self.paths = list(paths)
        question = QLabel(
            self.tr("What should Keyfold do with {files}?").format(files=describe(self.paths)),
            wordWrap=True,
        )
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for offer in offers:
            button = named(QPushButton(offer.label), offer.name)
            button.setToolTip(offer.tip)
            button.setAccessibleName(offer.label.replace("…", ""))
            button.clicked.connect(lambda _=False, o=offer: self._choose(o))
            row.addWidget(button)
            self.buttons[offer.name] = button
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        self._first = self.buttons[offers[0].name] if offers else None
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(row)

    def default_button(self) -> QPushButton | None:
        """Enter takes the first offer (signing)."""
        return self._first

    def _choose(self, offer: FileOffer) -> None:
        self.accept()
        offer.handle(self.paths)
