"""Timestamps as the vault stores them: ISO 8601 text, None kept as NULL."""

from datetime import datetime


def text(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
