"""What every command needs: the window, the controller, and how to run and ask."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from keyfold.controller import Controller
from keyfold.gui.base.clipboard import ClipboardGuard
from keyfold.gui.base.dialogs.runner import DialogRunner
from keyfold.gui.base.settings import GuiSettings
from keyfold.gui.base.workers.tasks import TaskRunner


@dataclass
class CommandContext:
    window: QWidget
    controller: Controller
    tasks: TaskRunner
    dialogs: DialogRunner
    clipboard: ClipboardGuard
    settings: GuiSettings
    # Reload models after a change; select `key_id` when given.
    refresh: Callable[[str | None], None]
    # A short message in the status bar.
    notify: Callable[[str], None]
