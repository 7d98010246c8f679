"""The menu bar, built from the window's actions, and the menus features add to it."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from keyfold.gui.base.actions import Actions
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# Titles are marked here and translated when the menu is made; the object
# name comes from the English title, so it is the same in every language.
MENUS = (
    (QT_TRANSLATE_NOOP("Menus", "&File"), ("new_key", "import_key", "export_public", None,
               "backup", "restore", None, "settings", None, "quit")),
    (QT_TRANSLATE_NOOP("Menus", "&Key"), ("edit_key", "change_passphrase", "move_storage", None,
              "unlock_key", "lock_all", None, "copy_fingerprint", None, "delete_key")),
    (QT_TRANSLATE_NOOP("Menus", "&View"), ("find", None, "show_keys", "show_backups",
               "show_registrations", None, "refresh")),
    (QT_TRANSLATE_NOOP("Menus", "&Help"), ("about",)),
)  # fmt: skip


def build_menus(bar: QMenuBar, actions: Actions) -> None:
    for title, names in MENUS:
        menu = bar.addMenu(QCoreApplication.translate("Menus", title))
        menu.setObjectName(title.replace("&", "").lower() + "Menu")
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[name])


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


def add_to_key_menu(bar: QMenuBar, actions: Sequence[QAction]) -> None:
    """A feature's key actions, before the Key menu's last entry (Delete), in a section
    of their own."""
    menu = bar.findChild(QMenu, "keyMenu")
    if menu is None:
        menu = bar.addMenu(QCoreApplication.translate("Menus", "&Key"))
        menu.setObjectName("keyMenu")
    existing = menu.actions()
    if not existing:
        menu.addActions(list(actions))
        return
    before = existing[-1]
    for action in actions:
        menu.insertAction(before, action)
    menu.insertSeparator(before)
