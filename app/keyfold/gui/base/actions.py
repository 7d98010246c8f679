"""Every window action with its text, shortcut, icon and accessible name, in one table.

Texts and tips are marked with `QT_TRANSLATE_NOOP("Actions", ...)` where the
table is written and translated when the QAction is made (`ActionSpec.label()`,
`ActionSpec.hint()`), so lupdate finds them and a loaded translation applies.
Feature packages with their own ActionSpec tables use the same "Actions" context
(or pass their own in `context`).
"""

import dataclasses
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from keyfold.gui.base.icons import icon
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)
ACCESSIBLE_NAME = "accessibleName"
ACTIONS_CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    name: str  # attribute on Actions and the QAction's objectName
    text: str  # English source text, marked with QT_TRANSLATE_NOOP(context, ...)
    shortcut: str
    icon: str | None
    tip: str  # English source text, marked like `text`
    context: str = ACTIONS_CONTEXT  # the translation context `text` and `tip` are marked in

    def label(self) -> str:
        """The menu text in the user's language."""
        return QCoreApplication.translate(self.context, self.text)

    def hint(self) -> str:
        """The status tip in the user's language."""
        return QCoreApplication.translate(self.context, self.tip)


SPECS = (
    ActionSpec("new_key", QT_TRANSLATE_NOOP("Actions", "&New key…"), "Ctrl+N", "key-new",
               QT_TRANSLATE_NOOP("Actions", "Create a new signing key")),
    ActionSpec("import_key", QT_TRANSLATE_NOOP("Actions", "&Import private key…"), "Ctrl+I",
               "import", QT_TRANSLATE_NOOP("Actions", "Bring in a private key from a file")),
    ActionSpec("export_public", QT_TRANSLATE_NOOP("Actions", "&Export public key…"), "Ctrl+E",
               "export",
               QT_TRANSLATE_NOOP("Actions", "Save the selected key's public key to a file")),
    ActionSpec("backup", QT_TRANSLATE_NOOP("Actions", "&Back up keys…"), "Ctrl+B", "backup",
               QT_TRANSLATE_NOOP("Actions", "Write an encrypted backup of the selected keys")),
    ActionSpec("restore", QT_TRANSLATE_NOOP("Actions", "&Restore from backup…"), "Ctrl+R",
               "restore", QT_TRANSLATE_NOOP("Actions", "Bring keys back from backup files")),
    ActionSpec("settings", QT_TRANSLATE_NOOP("Actions", "&Settings…"), "Ctrl+,", "settings",
               QT_TRANSLATE_NOOP("Actions", "How long unlocked keys stay usable")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q", "quit",
               QT_TRANSLATE_NOOP("Actions", "Lock all keys and quit Keyfold")),
    ActionSpec("edit_key", QT_TRANSLATE_NOOP("Actions", "&Edit key…"), "F2", "edit",
               QT_TRANSLATE_NOOP("Actions", "Change the name, description or tags")),
    ActionSpec("change_passphrase", QT_TRANSLATE_NOOP("Actions", "Change &passphrase…"),
               "Ctrl+Shift+P", "passphrase",
               QT_TRANSLATE_NOOP("Actions", "Change the passphrase that protects the key")),
    ActionSpec("move_storage", QT_TRANSLATE_NOOP("Actions", "&Move to other storage…"),
               "Ctrl+Shift+M", "storage",
               QT_TRANSLATE_NOOP(
                   "Actions", "Move the private key between the keychain and an encrypted file")),
    ActionSpec("unlock_key", QT_TRANSLATE_NOOP("Actions", "&Unlock key…"), "Ctrl+U", "unlock",
               QT_TRANSLATE_NOOP("Actions",
                                 "Type the passphrase so the key can be used for a while")),
    ActionSpec("lock_all", QT_TRANSLATE_NOOP("Actions", "&Lock all keys"), "Ctrl+L", "lock",
               QT_TRANSLATE_NOOP("Actions", "Forget every unlocked key now")),
    ActionSpec("copy_fingerprint", QT_TRANSLATE_NOOP("Actions", "Copy &fingerprint"),
               "Ctrl+Shift+C", "copy",
               QT_TRANSLATE_NOOP("Actions", "Copy the selected key's fingerprint")),
    ActionSpec("delete_key", QT_TRANSLATE_NOOP("Actions", "&Delete key…"), "Del", "delete",
               QT_TRANSLATE_NOOP("Actions", "Remove the key from this computer")),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find key"), "Ctrl+F", None,
               QT_TRANSLATE_NOOP("Actions", "Search keys by name, ID, tag or fingerprint")),
    ActionSpec("show_keys", QT_TRANSLATE_NOOP("Actions", "&Keys"), "Ctrl+1", None,
               QT_TRANSLATE_NOOP("Actions", "Show the keys")),
    ActionSpec("show_backups", QT_TRANSLATE_NOOP("Actions", "&Backups"), "Ctrl+2", None,
               QT_TRANSLATE_NOOP("Actions", "Show the backups made")),
    ActionSpec("show_registrations", QT_TRANSLATE_NOOP("Actions", "&Registrations"), "Ctrl+3",
               None, QT_TRANSLATE_NOOP("Actions", "Show the keys registered with servers")),
    ActionSpec("refresh", QT_TRANSLATE_NOOP("Actions", "Re&fresh"), "F5", None,
               QT_TRANSLATE_NOOP("Actions", "Read the vault again")),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Keyfold"), "Ctrl+F1", None,
               QT_TRANSLATE_NOOP("Actions", "What Keyfold is and where it keeps your keys")),
)  # fmt: skip


def accessible_name(spec: ActionSpec) -> str:
    """The translated text without the mnemonic `&` and the trailing `…`."""
    return spec.label().replace("&", "").replace("…", "")


def create_action(spec: ActionSpec, parent: QWidget) -> QAction:
    """One QAction from a table row, with the texts in the user's language."""
    tip = spec.hint()
    action = QAction(spec.label(), parent)
    action.setObjectName(spec.name)
    shortcut = QKeySequence(spec.shortcut)
    action.setShortcut(shortcut)
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(
        QCoreApplication.translate("Actions", "{tip} ({keys})").format(tip=tip, keys=keys)
    )
    action.setStatusTip(tip)
    action.setWhatsThis(tip)
    action.setProperty(ACCESSIBLE_NAME, accessible_name(spec))
    # What the user asked for, in the log by the action's name (never its data).
    action.triggered.connect(lambda _checked=False, name=spec.name: logger.info("Action: %s", name))
    if spec.icon:
        action.setIcon(icon(spec.icon))
    return action


def create_actions(
    specs: Iterable[ActionSpec], parent: QWidget, context: str | None = None
) -> dict[str, QAction]:
    """QActions set up exactly as `Actions` sets up its own, for a feature's own table.

    Texts are translated in each spec's own `context`, or in `context` when given
    (for tables marked in one context without saying so in every row).
    """
    if context is not None:
        specs = [dataclasses.replace(spec, context=context) for spec in specs]
    return {spec.name: create_action(spec, parent) for spec in specs}


def add_to_toolbar(toolbar: QToolBar, actions: Sequence[QAction]) -> None:
    """Append after a separator; buttons get the action's accessible name."""
    toolbar.addSeparator()
    for action in actions:
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(str(action.property(ACCESSIBLE_NAME)))


class Actions:
    """The QActions by name, created with the window as parent."""

    def __init__(self, parent: QWidget) -> None:
        self.by_name: dict[str, QAction] = {
            spec.name: create_action(spec, parent) for spec in SPECS
        }

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]
