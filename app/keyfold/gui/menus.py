"""The menu bar, built from the window's actions."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenuBar

from keyfold.gui.actions import Actions
from keyfold.gui.translation import QT_TRANSLATE_NOOP

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
