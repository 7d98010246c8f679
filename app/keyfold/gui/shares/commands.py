"""Share and paper commands: open the split, paper and combine wizards."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.shares.combine_wizard import CombineSharesWizard
from keyfold.gui.shares.paper_wizard import PaperBackupWizard
from keyfold.gui.shares.split_wizard import SplitSharesWizard
from keyfold.gui.shares.wizard import UnlockKey

# (label, object name, accessible name, start): what the window offers in the backup wizard.
KeyMethod = tuple[str, str, str, Callable[[KeyRecord], None]]


class ShareCommands:
    def __init__(self, ctx: FeatureContext) -> None:
        self.ctx = ctx

    def split(self, record: KeyRecord) -> None:
        reason = QCoreApplication.translate(
            "ShareCommands", "Splitting needs this key's private half."
        )
        wizard: SplitSharesWizard | None = None
        wizard = SplitSharesWizard(self.ctx, record, self._unlocker(reason, lambda: wizard))
        self.ctx.dialogs.open(wizard)

    def paper(self, record: KeyRecord) -> None:
        reason = QCoreApplication.translate(
            "ShareCommands", "A paper backup needs this key's private half."
        )
        wizard: PaperBackupWizard | None = None
        wizard = PaperBackupWizard(self.ctx, record, self._unlocker(reason, lambda: wizard))
        self.ctx.dialogs.open(wizard)

    def combine(self) -> None:
        wizard = CombineSharesWizard(self.ctx)
        self.ctx.dialogs.open(wizard)

    def key_methods(self) -> list[KeyMethod]:
        """Split and paper, as buttons for the backup wizard's one ticked key."""
        return [
            (
                QCoreApplication.translate("ShareHooks", "Split into shares…"),
                "splitSharesButton",
                QCoreApplication.translate(
                    "ShareHooks", "Split the ticked key into SLIP-39 shares"
                ),
                self.split,
            ),
            (
                QCoreApplication.translate("ShareHooks", "Paper backup (PDF)…"),
                "paperBackupButton",
                QCoreApplication.translate("ShareHooks", "Make a paper backup of the ticked key"),
                self.paper,
            ),
        ]

    def restore_method(self) -> tuple[str, str, str, str, Callable[[], None]]:
        """From shares, as a button on the restore wizard's first page."""
        return (
            QCoreApplication.translate("ShareHooks", "From shares…"),
            "fromSharesButton",
            QCoreApplication.translate("ShareHooks", "Restore a key from SLIP-39 shares"),
            QCoreApplication.translate("ShareHooks", "Type or load the words of SLIP-39 shares"),
            self.combine,
        )

    def _unlocker(self, reason: str, parent: Callable[[], QWidget | None]) -> UnlockKey:
        def unlock(record: KeyRecord, then: Callable[[], None]) -> None:
            self.ctx.unlock(record, then, reason=reason, parent=parent())

        return unlock


def install_shares(ctx: FeatureContext) -> ShareCommands:
    """The shares feature; the window offers its methods in the backup wizards."""
    return ShareCommands(ctx)
