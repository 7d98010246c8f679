"""`SharesWizard`: the frame the shares and paper wizards share; no replies once closed."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWizard

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.dialogs.keyboard import KeyfoldWizard
from keyfold.gui.base.icons import app_icon

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
