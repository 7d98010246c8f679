"""Tests for keyfold.core.limits: the checks where input enters, and the cost figures."""

import pytest

from keyfold.core import limits
from keyfold.core.errors import InvalidInputError


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "n" * (limits.MAX_NAME_LENGTH + 1)}, "name has 201 characters; the limit is 200"),
        ({"description": "d" * 4001}, "description has 4001 characters; the limit is 4000"),
        ({"tags": [str(n) for n in range(33)]}, "33 tags; the limit is 32"),
        ({"tags": ["t" * 65]}, "65 characters; the limit is 64"),
        ({"tags": "one string"}, "list of words"),
    ],
)
def test_each_limit_is_named_in_its_error(fields: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        limits.check_metadata(**fields)  # type: ignore[arg-type]


def test_values_at_the_limits_pass() -> None:
    limits.check_metadata(
        name="n" * limits.MAX_NAME_LENGTH,
        description="d" * limits.MAX_DESCRIPTION_LENGTH,
        tags=["t" * limits.MAX_TAG_LENGTH] * limits.MAX_TAGS,
    )
    limits.check_version_count(limits.MAX_KEY_VERSIONS, "k")


def test_a_key_past_the_version_limit_is_told_to_expire_old_versions() -> None:
    with pytest.raises(InvalidInputError, match=r"10001 versions.*Expire old versions"):
        limits.check_version_count(limits.MAX_KEY_VERSIONS + 1, "k")


def test_ten_years_of_daily_rotation_is_well_within_the_version_limit() -> None:
    assert limits.MAX_KEY_VERSIONS >= 2 * 3650


def test_work_figures_share_one_unit() -> None:
    # The most PBKDF2 allowed costs the Argon2 budget, by construction.
    assert limits.pbkdf2_work(limits.PBKDF2_MAX_ITERATIONS) == limits.ARGON2_WORK_BUDGET
    assert limits.argon2_work(65536, 3) * 16 == limits.ARGON2_WORK_BUDGET
