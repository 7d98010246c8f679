"""The tray icon that keeps Keyfold (and its SSH agent) running while the window is closed."""

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from keyfold.gui.base.icons import app_icon


class SshTray(QSystemTrayIcon):
    """Show the window, or quit; the tooltip says whether the agent serves."""

    def __init__(
        self, show_window: Callable[[], None], quit_app: Callable[[], None], parent: QWidget
    ):
        super().__init__(app_icon(), parent)
        self.setObjectName("sshTray")
        menu = QMenu(parent)
        self.show_action = QAction(self.tr("Show Keyfold"), menu)
        self.quit_action = QAction(self.tr("Quit Keyfold"), menu)
        self.show_action.triggered.connect(show_window)
        self.quit_action.triggered.connect(quit_app)
        menu.addAction(self.show_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.setContextMenu(menu)
        self.activated.connect(
            lambda reason: (
                show_window() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )
        self.set_serving(None)

    def set_serving(self, socket: str | None) -> None:
        self.setToolTip(
            self.tr("Keyfold: serving keys to SSH on {socket}").format(socket=socket)
            if socket
            else self.tr("Keyfold")
        )
