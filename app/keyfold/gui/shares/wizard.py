"""`SharesWizard` and `SummaryPage`: the frame and last page the shares wizards share."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.dialogs.keyboard import KeyfoldWizard
from keyfold.gui.base.icons import app_icon
from keyfold.gui.base.naming import named

T = TypeVar("T")
UnlockKey = Callable[[KeyRecord, Callable[[], None]], None]


class SharesWizard(KeyfoldWizard):
    """Modern style, no Back or Cancel on the last page, and `closed` once done."""

    def __init__(self, ctx: FeatureContext, object_name: str) -> None:
        super().__init__(ctx.window)
        self.setObjectName(object_name)
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.ctx = ctx
        self.closed = False

    def while_open(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        """`callback`, skipped if a worker answers after the wizard closed (its pages are gone)."""

        def call(value: T) -> None:
            if not self.closed:
                callback(value)

        return call

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)


class SummaryPage(QWizardPage):
    """A last page of one plain-text paragraph, written from `summary` when it is reached."""

    def __init__(self, object_name: str, summary: Callable[[], str | None]) -> None:
        super().__init__()
        self._summary = summary
        self.text = named(QLabel(wordWrap=True), object_name)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        text = self._summary()
        if text is not None:  # None when a test opens the page alone
            self.text.setText(text)
