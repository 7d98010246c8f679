"""What a feature may read and do in the window: `FeatureContext`, never the window.

Every feature package (keys, backups, signing, ...) gets one of these; the main
window makes it (`WindowContext`) and composes the features, so renaming a window
attribute breaks no feature, and no feature reaches another through the window.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QWidget

from keyfold.controller import Controller
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.clipboard import ClipboardGuard
from keyfold.gui.base.dialogs.runner import DialogRunner
from keyfold.gui.base.drop_dispatch import DropHandler
from keyfold.gui.base.settings import GuiSettings
from keyfold.gui.base.workers.tasks import TaskRunner


class Unlock(Protocol):
    """Ask for a key's passphrase; `then` runs once the key is unlocked."""

    def __call__(
        self,
        record: KeyRecord,
        then: Callable[[], None] | None = None,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None: ...


class CopyText(Protocol):
    """Copy `text` and say so; secrets are cleared from the clipboard soon."""

    def __call__(self, what: str, text: str, *, secret: bool = False) -> None: ...


class FeatureContext(Protocol):
    """The services, the key selection and the window slots a feature may use."""

    # Parent for the feature's dialogs and actions.
    @property
    def window(self) -> QWidget: ...
    @property
    def controller(self) -> Controller: ...
    @property
    def tasks(self) -> TaskRunner: ...
    @property
    def dialogs(self) -> DialogRunner: ...
    @property
    def clipboard(self) -> ClipboardGuard: ...
    @property
    def settings(self) -> GuiSettings: ...

    # Reload the window's lists after a change; select `key_id` when given.
    @property
    def refresh(self) -> Callable[[str | None], None]: ...

    # A short message in the status bar.
    @property
    def notify(self) -> Callable[[str], None]: ...
    @property
    def copy_text(self) -> CopyText: ...

    # Every key as listed, and the one the user has selected.
    @property
    def listed_keys(self) -> Callable[[], list[KeyRecord]]: ...
    @property
    def current_key(self) -> Callable[[], KeyRecord | None]: ...
    @property
    def unlock(self) -> Unlock: ...

    # Where a feature adds its parts when installed.
    @property
    def menu_bar(self) -> Callable[[], QMenuBar]: ...
    @property
    def add_to_toolbar(self) -> Callable[[Sequence[QAction]], None]: ...

    # Claims dropped or opened files before the window's own handlers do.
    @property
    def add_drop_handler(self) -> Callable[[DropHandler], None]: ...

    # The window's pages (tabs): add one, show one, and which one is shown.
    @property
    def add_page(self) -> Callable[[QWidget, str], None]: ...
    @property
    def show_page(self) -> Callable[[QWidget], None]: ...
    @property
    def shown_page(self) -> Callable[[], QWidget | None]: ...


@dataclass
class WindowContext:
    """The main window's `FeatureContext`: plain fields, so tests can swap one."""

    window: QWidget
    controller: Controller
    tasks: TaskRunner
    dialogs: DialogRunner
    clipboard: ClipboardGuard
    settings: GuiSettings
    refresh: Callable[[str | None], None]
    notify: Callable[[str], None]
    copy_text: CopyText
    listed_keys: Callable[[], list[KeyRecord]]
    current_key: Callable[[], KeyRecord | None]
    unlock: Unlock
    menu_bar: Callable[[], QMenuBar]
    add_to_toolbar: Callable[[Sequence[QAction]], None]
    add_drop_handler: Callable[[DropHandler], None]
    add_page: Callable[[QWidget, str], None]
    show_page: Callable[[QWidget], None]
    shown_page: Callable[[], QWidget | None]
