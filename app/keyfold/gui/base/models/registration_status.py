"""A registration's status in words, hints and tone, shared by the registrations page
and the key details pane."""

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

# From the table, not the registry service: that one loads the HTTP client.
from keyfold.core.vault.tables.registrations import STATUS_NOT_FOUND, RegistrationRecord
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# What the views show of one registration: the registry's own record.
RegistrationRow = RegistrationRecord


class StatusTone(StrEnum):
    """How a status should look: fine, broken, or worth a look."""

    GOOD = "good"
    BAD = "bad"
    ATTENTION = "attention"


# Marked here, translated by status_words() and status_hint() when shown.
STATUS_WORDS = {
    "active": QT_TRANSLATE_NOOP("RegistrationStatus", "Active"),
    "revoked": QT_TRANSLATE_NOOP("RegistrationStatus", "Revoked"),
    "replaced": QT_TRANSLATE_NOOP("RegistrationStatus", "Replaced by a newer key version"),
    STATUS_NOT_FOUND: QT_TRANSLATE_NOOP("RegistrationStatus", "Not found on the server"),
}

STATUS_HINTS = {
    "active": QT_TRANSLATE_NOOP("RegistrationStatus", "The server accepts this key's signatures."),
    "revoked": QT_TRANSLATE_NOOP(
        "RegistrationStatus", "The server refuses this key's signatures from now on."
    ),
    "replaced": QT_TRANSLATE_NOOP(
        "RegistrationStatus", "The server now holds another public key under this client ID."
    ),
    STATUS_NOT_FOUND: QT_TRANSLATE_NOOP(
        "RegistrationStatus", "The server no longer knows this client ID."
    ),
}


def status_words(status: str) -> str:
    """The status as a person reads it; unknown server statuses are shown as sent."""
    words = STATUS_WORDS.get(status)
    if words is not None:
        return QCoreApplication.translate("RegistrationStatus", words)
    return status.replace("_", " ").capitalize() or QCoreApplication.translate(
        "RegistrationStatus", "Unknown"
    )


def status_hint(status: str) -> str:
    """A sentence on what the status means for the key's signatures."""
    hint = STATUS_HINTS.get(status)
    if hint is not None:
        return QCoreApplication.translate("RegistrationStatus", hint)
    return QCoreApplication.translate(
        "RegistrationStatus", "The server reports the status “{status}”."
    ).format(status=status)


def status_tone(status: str) -> StatusTone:
    if status == "active":
        return StatusTone.GOOD
    if status == "revoked":
        return StatusTone.BAD
    return StatusTone.ATTENTION


def rows_from_registry(records: Iterable[RegistrationRecord]) -> list[RegistrationRow]:
    return list(records)
