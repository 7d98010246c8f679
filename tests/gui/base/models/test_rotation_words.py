"""Rotation wording: schedules, due labels and sentences."""

from datetime import UTC, datetime, timedelta

from keyfold.core.rotation import RotationPolicy, RotationStatus
from keyfold.gui.base.models.rotation_words import due_label, due_rank, notice_text, policy_summary

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def status(*, due: bool = False, overdue: bool = False, days: float | None = 10) -> RotationStatus:
    due_at = NOW + timedelta(days=days) if days is not None else None
    return RotationStatus("k", 1, 20.0, 3, due, overdue, "version 1 is 31 days old", due_at)


def test_policy_summary() -> None:
    assert policy_summary(RotationPolicy()) == "Every 30 days"
    assert policy_summary(RotationPolicy(1, 1000)) == "Every 1 day or after 1,000 signatures"
    assert policy_summary(RotationPolicy(None, None)) == "Never due (no schedule)"


def test_due_labels_and_rank() -> None:
    assert due_label(status(days=9.5), NOW) == "In 10 days"
    assert due_label(status(days=0.2), NOW) == "In 1 day"
    assert due_label(status(due=True), NOW) == "Due now"
    assert due_label(status(due=True, overdue=True), NOW) == "Overdue"
    assert due_label(status(days=None), NOW) == "Not scheduled"
    assert due_label(None) == ""
    ranks = [due_rank(s) for s in (None, status(), status(due=True), status(overdue=True))]
    assert ranks == sorted(ranks) and len(set(ranks)) == 4
    assert notice_text(status(due=True, overdue=True)) == "overdue: version 1 is 31 days old"
