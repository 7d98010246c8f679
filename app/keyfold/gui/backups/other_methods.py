"""Other ways to back up or restore that the window plugs into the backup wizards
(the shares feature's split, paper and from-shares), without this feature knowing them."""

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from keyfold.core.vault.records import KeyRecord
from keyfold.gui.backups.backup_wizard import BackupWizard
from keyfold.gui.backups.restore_wizard import RestoreWizard
from keyfold.gui.base.naming import named


class BackupMethod(NamedTuple):
    """A button under the backup wizard's key list, for the one ticked key."""

    label: str
    object_name: str
    accessible_name: str
    start: Callable[[KeyRecord], None]


class RestoreMethod(NamedTuple):
    """A button on the restore wizard's first page."""

    label: str
    object_name: str
    accessible_name: str
    tooltip: str
    start: Callable[[], None]


def offer_backup_methods(wizard: BackupWizard, methods: Sequence[BackupMethod]) -> QWidget:
    """Buttons under the key list; each closes the wizard and starts its method."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(
        QLabel(QCoreApplication.translate("ShareHooks", "Or, for the one ticked key:"))
    )
    page = wizard.keys_page
    buttons = []
    for method in methods:
        button = named(QPushButton(method.label), method.object_name)
        button.setAccessibleName(method.accessible_name)
        button.clicked.connect(lambda _checked=False, chosen=method: switch(chosen))
        layout.addWidget(button)
        buttons.append(button)
    layout.addStretch(1)

    def update() -> None:
        one = len(page.chosen()) == 1
        for button in buttons:
            button.setEnabled(one)

    def switch(method: BackupMethod) -> None:
        (key_id,) = page.chosen()
        record = next(r for r in wizard.records if r.key_id == key_id)
        wizard.reject()
        method.start(record)

    page.list.itemChanged.connect(lambda _item: update())
    # The page fills its list when shown; rows arrive already ticked or not.
    model = page.list.model()
    model.rowsInserted.connect(lambda *_: update())
    model.rowsRemoved.connect(lambda *_: update())
    page_layout = page.layout()
    assert page_layout is not None
    page_layout.addWidget(row)
    update()
    return row


def offer_restore_methods(wizard: RestoreWizard, methods: Sequence[RestoreMethod]) -> None:
    """Buttons on the first page; each closes the wizard and starts its method."""
    page_layout = wizard.files_page.layout()
    assert page_layout is not None
    for method in methods:
        button = named(QPushButton(method.label), method.object_name)
        button.setAccessibleName(method.accessible_name)
        button.setToolTip(method.tooltip)

        def switch(_checked: bool = False, chosen: RestoreMethod = method) -> None:
            wizard.reject()
            chosen.start()

        button.clicked.connect(switch)
        page_layout.addWidget(button)
        page_layout.setAlignment(button, Qt.AlignmentFlag.AlignLeft)
