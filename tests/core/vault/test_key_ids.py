"""Tests for keyfold.core.vault.key_ids."""

import pytest

from keyfold.core.errors import InvalidInputError
from keyfold.core.vault.key_ids import (
    is_valid_key_id,
    next_free_key_id,
    slugify,
    suggest_key_id,
    validate_key_id,
)


@pytest.mark.parametrize("key_id", ["a", "0", "production-signing-key", "a.b_c-d", "a" * 64])
def test_valid_ids(key_id: str) -> None:
    assert validate_key_id(key_id) == key_id


@pytest.mark.parametrize("key_id", ["", "-a", ".a", "A", "a b", "a/b", "a" * 65, "é", "a\n"])
def test_invalid_ids_name_the_id(key_id: str) -> None:
    assert not is_valid_key_id(key_id)
    with pytest.raises(InvalidInputError, match="key id"):
        validate_key_id(key_id)


def test_slugify_makes_valid_ids() -> None:
    assert slugify("Production Signing Key") == "production-signing-key"
    assert slugify("  Café über  ") == "cafe-uber"
    assert slugify("!!!") == ""
    assert is_valid_key_id(slugify("x" * 200))


def test_next_free_counts_up() -> None:
    taken = {"deploy", "deploy-2"}
    assert next_free_key_id("deploy", taken.__contains__) == "deploy-3"
    assert next_free_key_id("other", taken.__contains__) == "other"
    long = "a" * 64
    renamed = next_free_key_id(long, {long}.__contains__)
    assert renamed.endswith("-2")
    assert is_valid_key_id(renamed)


def test_suggest_from_name_else_random() -> None:
    assert suggest_key_id("Deploy", {"deploy"}.__contains__) == "deploy-2"
    made_up = suggest_key_id("", lambda _: False)
    assert made_up.startswith("key-")
    assert len(made_up) == len("key-") + 8
    assert is_valid_key_id(made_up)
