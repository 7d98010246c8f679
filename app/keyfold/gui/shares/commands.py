"""Share and paper commands: open the split, paper and combine wizards."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import CommandContext
from keyfold.gui.keys.commands import KeyCommands
from keyfold.gui.shares.combine_wizard import CombineSharesWizard
from keyfold.gui.shares.paper_wizard import PaperBackupWizard
from keyfold.gui.shares.split_wizard import SplitSharesWizard

UnlockKey = Callable[[KeyRecord, Callable[[], None]], None]


class ShareCommands:
    def __init__(self, ctx: CommandContext, keys: KeyCommands) -> None:
        self.ctx = ctx
        self.keys = keys

    def split(self, record: KeyRecord) -> SplitSharesWizard:
        reason = QCoreApplication.translate(
            "ShareCommands", "Splitting needs this key's private half."
        )
        wizard: SplitSharesWizard | None = None
        wizard = SplitSharesWizard(self.ctx, record, self._unlocker(reason, lambda: wizard))
        self.ctx.dialogs.open(wizard)
        return wizard

    def paper(self, record: KeyRecord) -> PaperBackupWizard:
        reason = QCoreApplication.translate(
            "ShareCommands", "A paper backup needs this key's private half."
        )
        wizard: PaperBackupWizard | None = None
        wizard = PaperBackupWizard(self.ctx, record, self._unlocker(reason, lambda: wizard))
        self.ctx.dialogs.open(wizard)
        return wizard

    def combine(self) -> CombineSharesWizard:
        wizard = CombineSharesWizard(self.ctx)
        self.ctx.dialogs.open(wizard)
        return wizard

    def _unlocker(self, reason: str, parent: Callable[[], QWidget | None]) -> UnlockKey:
        def unlock(record: KeyRecord, then: Callable[[], None]) -> None:
            self.keys.unlock(record, then, reason=reason, parent=parent())

        return unlock
