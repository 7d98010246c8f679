"""The signing actions, and how any feature builds QActions from ActionSpec rows."""

import dataclasses
from collections.abc import Iterable, Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from keyfold.gui.actions import ACCESSIBLE_NAME, ActionSpec, create_action
from keyfold.gui.translation import QT_TRANSLATE_NOOP

# Marked in the "SigningActions" context; `ActionSpec.context` says so to create_action.
_C = "SigningActions"
SIGNING_SPECS = (
    ActionSpec("sign_files", QT_TRANSLATE_NOOP("SigningActions", "&Sign files…"),
               "Ctrl+Shift+S", "edit",
               QT_TRANSLATE_NOOP("SigningActions",
                                 "Sign files so others can check they come from you, unchanged"),
               _C),
    ActionSpec("verify_files", QT_TRANSLATE_NOOP("SigningActions", "&Check signatures…"),
               "Ctrl+Shift+V", None,
               QT_TRANSLATE_NOOP("SigningActions",
                                 "Check that files match their signatures and who signed them"),
               _C),
    ActionSpec("messages", QT_TRANSLATE_NOOP("SigningActions", "Sign or check a &message…"),
               "Ctrl+M", None,
               QT_TRANSLATE_NOOP("SigningActions",
                                 "Sign a short text, or check the signature of one"),
               _C),
    ActionSpec("trusted_keys", QT_TRANSLATE_NOOP("SigningActions", "&Trusted public keys…"),
               "Ctrl+Shift+T", "key",
               QT_TRANSLATE_NOOP("SigningActions",
                                 "Other people's public keys, used to check their signatures"),
               _C),
)  # fmt: skip


def create_actions(
    specs: Iterable[ActionSpec], parent: QWidget, context: str | None = None
) -> dict[str, QAction]:
    """QActions set up exactly as `keyfold.gui.actions.Actions` sets up its own.

    Texts are translated in each spec's own `context`, or in `context` when given
    (for tables marked in one context without saying so in every row).
    """
    if context is not None:
        specs = [dataclasses.replace(spec, context=context) for spec in specs]
    return {spec.name: create_action(spec, parent) for spec in specs}


def add_menu(
    bar: QMenuBar,
    title: str,
    actions: Sequence[QAction | None],
    before: str = "helpMenu",
    *,
    name: str | None = None,
) -> QMenu:
    """A menu placed before the menu named `before` (Help stays last).

    Pass `name` (the object name) with a translated `title`, so it stays the same in
    every language; without it the name comes from the title.
    """
    menu = QMenu(title, bar)
    menu.setObjectName(name or title.replace("&", "").lower() + "Menu")
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    anchor = bar.findChild(QMenu, before)
    if anchor is not None:
        bar.insertMenu(anchor.menuAction(), menu)
    else:
        bar.addMenu(menu)
    return menu


def add_to_toolbar(toolbar: QToolBar, actions: Sequence[QAction]) -> None:
    """Append after a separator; buttons get the action's accessible name."""
    toolbar.addSeparator()
    for action in actions:
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(str(action.property(ACCESSIBLE_NAME)))
