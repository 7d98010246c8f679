"""What "Test connection" found, in a sentence, shown in green or red."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from keyfold.controller.registry import ServerCheck
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.theme import error_color, good_color
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP
from keyfold.gui.registrations.errors import error_details
from keyfold.gui.registrations.task_dialog import grow_to_fit

# Marked here, translated in check_text.
EXTENSION_WORDS = {
    "revoke": QT_TRANSLATE_NOOP("ServerCheck", "revoking registrations"),
    "rotate": QT_TRANSLATE_NOOP("ServerCheck", "moving a registration to a new key version"),
    "list": QT_TRANSLATE_NOOP("ServerCheck", "listing registrations (with the access token)"),
}


def check_text(check: ServerCheck) -> str:
    caps = check.capabilities
    who = " ".join(part for part in (caps.server, caps.version) if part)
    reached = (
        QCoreApplication.translate("ServerCheck", "Connected to {url} ({server}).")
        if who
        else QCoreApplication.translate("ServerCheck", "Connected to {url}.")
    ).format(url=check.url, server=who)
    if not caps.extensions:
        return QCoreApplication.translate(
            "ServerCheck",
            "{connected} It offers only the three DataFold calls: register, status and verify; "
            "revoking must be done on the server itself.",
        ).format(connected=reached)
    offers = ", ".join(
        QCoreApplication.translate("ServerCheck", EXTENSION_WORDS[name])
        if name in EXTENSION_WORDS
        else name
        for name in caps.extensions
    )
    return QCoreApplication.translate(
        "ServerCheck", "{connected} Besides register, status and verify it offers {offers}."
    ).format(connected=reached, offers=offers)


class CheckResultLabel(QLabel):
    """Hidden until a test starts; then "Connecting…", then the outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testResult")
        self.setAccessibleName(self.tr("Connection test result"))
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_pending(self, url: str) -> None:
        self._show(self.tr("Connecting to {url}…").format(url=url), None)

    def show_check(self, check: ServerCheck) -> None:
        self._show(check_text(check), good_color(self.palette()))

    def show_failure(self, error: Exception) -> None:
        details = error_details(error)
        text = user_message(error)
        if details:
            text += "\n" + self.tr("Details: {details}").format(
                details=details.replace("\n", " · ")
            )
        self._show(text, error_color(self.palette()))

    def _show(self, text: str, color: str | None) -> None:
        self.setText(text)
        self.setStyleSheet(f"color: {color};" if color else "")
        self.setVisible(True)
        grow_to_fit(self.window())
