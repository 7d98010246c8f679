"""Registry errors in words, with the server's code and HTTP status as details."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from keyfold.core.errors import RegistryError
from keyfold.core.registry import RemoteVerification
from keyfold.gui.base.dialogs.runner import DialogRunner
from keyfold.gui.base.messages import user_message


def error_details(error: Exception) -> str | None:
    """ "Server code: X" and "HTTP status: N" lines, when the server gave them."""
    if not isinstance(error, RegistryError):
        return None
    lines = []
    if error.code:
        lines.append(server_code_line(error.code))
    if error.status is not None:
        lines.append(
            QCoreApplication.translate("RegistryErrors", "HTTP status: {status}").format(
                status=error.status
            )
        )
    return "\n".join(lines) or None


def verdict_details(verdict: RemoteVerification) -> str:
    lines = [
        QCoreApplication.translate("RegistryErrors", "Client ID: {client_id}").format(
            client_id=verdict.client_id
        )
    ]
    if verdict.code:
        lines.append(server_code_line(verdict.code))
    if verdict.message_hash:
        lines.append(
            QCoreApplication.translate("RegistryErrors", "Message SHA-256: {digest}").format(
                digest=verdict.message_hash
            )
        )
    return "\n".join(lines)


def server_code_line(code: str) -> str:
    return QCoreApplication.translate("RegistryErrors", "Server code: {code}").format(code=code)


def show_error(dialogs: DialogRunner, parent: QWidget, title: str, error: Exception) -> None:
    """A warning box with the sentence; the code and status under "Show Details…"."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, user_message(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("registryErrorBox")
    details = error_details(error)
    if details:
        box.setDetailedText(details)
    dialogs.open(box)
