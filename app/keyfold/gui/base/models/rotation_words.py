"""Plain words for rotation schedules, due states, version states and server steps."""

import math
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from keyfold.core.rotation import (
    RegistrationAction,
    RegistrationStep,
    RotationPolicy,
    RotationStatus,
    StepOutcome,
)
from keyfold.core.vault.records import VersionStatus
from keyfold.gui.base.models.formatting import counted, format_time
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# The tables are marked here; the functions below translate them.
_C = "RotationWording"

VERSION_WORDS = {
    VersionStatus.CURRENT: QT_TRANSLATE_NOOP("RotationWording", "Current"),
    VersionStatus.ARCHIVED: QT_TRANSLATE_NOOP("RotationWording", "Old (checks only)"),
    VersionStatus.EXPIRED: QT_TRANSLATE_NOOP("RotationWording", "Expired"),
}

VERSION_HINTS = {
    VersionStatus.CURRENT: QT_TRANSLATE_NOOP("RotationWording", "Signs, and is what servers know."),
    VersionStatus.ARCHIVED: QT_TRANSLATE_NOOP(
        "RotationWording", "Still checks signatures it made; no longer signs."
    ),
    VersionStatus.EXPIRED: QT_TRANSLATE_NOOP(
        "RotationWording", "Retired: kept for the record, no longer in use."
    ),
}

ACTION_WORDS = {
    RegistrationAction.ROTATE: QT_TRANSLATE_NOOP("RotationWording", "Moved to the new version"),
    RegistrationAction.REGISTER: QT_TRANSLATE_NOOP("RotationWording", "Registered the new version"),
    RegistrationAction.REVOKE: QT_TRANSLATE_NOOP(
        "RotationWording", "Cancelled the old registration"
    ),
}

OUTCOME_WORDS = {
    StepOutcome.OK: QT_TRANSLATE_NOOP("RotationWording", "Done"),
    StepOutcome.FAILED: QT_TRANSLATE_NOOP("RotationWording", "Failed; try again later"),
    StepOutcome.UNSUPPORTED: QT_TRANSLATE_NOOP("RotationWording", "Not offered by the server"),
}


def _tr(text: str) -> str:
    """Translates a text marked in this module's context."""
    return QCoreApplication.translate(_C, text)


def version_word(status: VersionStatus) -> str:
    """The version's state in the user's language: Current, Old (checks only), Expired."""
    word = VERSION_WORDS.get(status)
    return _tr(word) if word is not None else status.value


def version_hint(status: VersionStatus) -> str:
    """What a version in this state does, for a tooltip; empty when unknown."""
    hint = VERSION_HINTS.get(status)
    return _tr(hint) if hint is not None else ""


def policy_summary(policy: RotationPolicy) -> str:
    """'Every 30 days or 1,000 signatures', or that it is never due."""
    limits = []
    if policy.max_age_days is not None:
        days = policy.max_age_days
        limits.append(
            counted(
                days,
                QCoreApplication.translate("RotationWording", "every {count} day"),
                QCoreApplication.translate("RotationWording", "every {count} days"),
            ).format(count=days)
        )
    if policy.max_signatures is not None:
        count = policy.max_signatures
        limits.append(
            counted(
                count,
                QCoreApplication.translate("RotationWording", "after {count} signature"),
                QCoreApplication.translate("RotationWording", "after {count} signatures"),
            ).format(count=f"{count:,}")
        )
    if not limits:
        return QCoreApplication.translate("RotationWording", "Never due (no schedule)")
    if len(limits) == 1:
        text = limits[0]
    else:
        text = QCoreApplication.translate("RotationWording", "{first} or {second}").format(
            first=limits[0], second=limits[1]
        )
    return text[0].upper() + text[1:]


def due_label(status: RotationStatus | None, now: datetime | None = None) -> str:
    """The keys view's Rotation column: Overdue, Due now, In 12 days, or Not scheduled."""
    if status is None:
        return ""
    if status.overdue:
        return QCoreApplication.translate("RotationWording", "Overdue")
    if status.due:
        return QCoreApplication.translate("RotationWording", "Due now")
    if status.due_at is not None:
        left = status.due_at - (now or datetime.now(UTC))
        days = max(1, math.ceil(left.total_seconds() / 86400))
        return counted(
            days,
            QCoreApplication.translate("RotationWording", "In {count} day"),
            QCoreApplication.translate("RotationWording", "In {count} days"),
        ).format(count=days)
    return QCoreApplication.translate("RotationWording", "Not scheduled")


def due_rank(status: RotationStatus | None) -> int:
    """Sorts overdue first when the column is sorted descending."""
    if status is None:
        return 0
    return 3 if status.overdue else 2 if status.due else 1


def notice_text(status: RotationStatus) -> str:
    """The start-up notice's line for a due key."""
    if status.overdue:
        text = QCoreApplication.translate("RotationWording", "overdue: {reason}")
    else:
        text = QCoreApplication.translate("RotationWording", "due: {reason}")
    return text.format(reason=status.reason)


def due_sentence(status: RotationStatus) -> str:
    """One sentence on why (or when) the key wants a new version."""
    if status.due:
        if status.overdue:
            text = QCoreApplication.translate(
                "RotationWording", "A new version is overdue: {reason}."
            )
        else:
            text = QCoreApplication.translate("RotationWording", "A new version is due: {reason}.")
        return text.format(reason=status.reason)
    if status.due_at is not None:
        return QCoreApplication.translate(
            "RotationWording", "Next new version due by {time}."
        ).format(time=format_time(status.due_at))
    return QCoreApplication.translate("RotationWording", "No new version is scheduled.")


def step_words(step: RegistrationStep) -> str:
    words = ACTION_WORDS.get(step.action)
    return _tr(words) if words is not None else step.action.value


def outcome_words(step: RegistrationStep) -> str:
    marked = OUTCOME_WORDS.get(step.outcome)
    words = _tr(marked) if marked is not None else step.outcome.value
    if not step.message:
        return words
    return QCoreApplication.translate("RotationWording", "{outcome}: {message}").format(
        outcome=words, message=step.message
    )
