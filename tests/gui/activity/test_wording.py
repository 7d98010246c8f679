"""Words for activity-log events: every kind the log records has its own."""

import pytest

from keyfold.core.audit import AuditKind
from keyfold.gui.activity.wording import KIND_WORDS, details_text, kind_words


@pytest.mark.parametrize("kind", list(AuditKind))
def test_every_event_kind_has_its_own_words(kind: AuditKind) -> None:
    assert kind in KIND_WORDS
    words = kind_words(kind.value)
    # The fallback only recapitalises the log's name; real words say more.
    assert words and words != kind.value.replace("_", " ").capitalize()


def test_the_words_tell_kinds_apart() -> None:
    words = [kind_words(kind.value) for kind in AuditKind]
    assert len(set(words)) == len(words)


def test_shard_key_events_are_named() -> None:
    assert kind_words("shard_key") == "Shard key service used"


def test_an_unknown_kind_is_shown_as_the_log_spells_it() -> None:
    assert kind_words("future_event") == "Future event"


def test_details_are_sorted_name_value_pairs() -> None:
    assert details_text({"step": "root", "action": "get"}) == "action: get, step: root"
