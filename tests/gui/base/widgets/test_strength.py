"""Passphrase rating in plain words."""

from keyfold.gui.base.widgets.strength import MIN_GOOD_SCORE, rate_passphrase


def test_empty_and_weak_and_strong() -> None:
    assert rate_passphrase("").label == "Empty"
    weak = rate_passphrase("password1")
    assert not weak.acceptable and weak.hint
    strong = rate_passphrase("tangerine lighthouse quietly 7 bicycles")
    assert strong.acceptable and strong.score >= MIN_GOOD_SCORE


def test_key_names_count_as_guessable() -> None:
    plain = rate_passphrase("releasesigning2025")
    with_inputs = rate_passphrase("releasesigning2025", ["release-signing", "releasesigning"])
    assert with_inputs.score <= plain.score
