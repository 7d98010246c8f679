"""Words for activity-log events: every kind the log records has its own."""

from datetime import UTC, datetime

import pytest

from keyfold.core.audit import AuditEntry, AuditKind
from keyfold.gui.activity.wording import KIND_WORDS, details_text, kind_words, sentence


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
    assert details_text({"step": "root", "action": "get"}) == "action: get\nstep: root"


def _entry(kind: str, version: int | None = 2, **details: str) -> AuditEntry:
    return AuditEntry(1, datetime(2025, 6, 1, tzinfo=UTC), kind, "rel", version, "me", details)


def test_entries_read_as_sentences(qapp: object) -> None:
    signed = _entry("sign", action="files", count="1", file="/tmp/report.pdf")
    assert (
        sentence(signed, "Release signing") == "Signed report.pdf with Release signing, version 2"
    )
    many = _entry("sign", action="files", count="3", file="/tmp/a.txt")
    assert sentence(many, "Release signing") == "Signed 3 files with Release signing, version 2"
    revoked = _entry("revoke", server="https://node.example")
    assert sentence(revoked) == "Revoked the registration of rel at https://node.example"
    assert kind_words("revoke") == "Registration revoked"
    failed = _entry("unlock", result="wrong_passphrase")
    assert sentence(failed, "Laptop") == "Failed to unlock Laptop: the passphrase was wrong"
    backed_up = _entry("backup", action="create", path="/b/rel-backup.json")
    assert sentence(backed_up) == "Backed up rel to rel-backup.json"
    assert sentence(_entry("expire", None)) == "Old version expired: rel"
