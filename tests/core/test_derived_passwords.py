"""Tests for HKDF-derived per-service passwords."""

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keyfold.core.derived_passwords import (
    DEFAULT_SYMBOLS,
    MAX_LENGTH,
    MIN_LENGTH,
    CharClass,
    PasswordPolicy,
    derive_password,
    normalize_service,
    parse_classes,
)
from keyfold.core.errors import InvalidInputError

SEED = bytes(range(32))
OTHER_SEED = bytes(range(1, 33))

seeds = st.binary(min_size=32, max_size=32)
services = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp", "Zs")),
    min_size=1,
    max_size=40,
)
class_sets = st.frozensets(st.sampled_from(list(CharClass)), min_size=1)


@st.composite
def policies(draw: st.DrawFn) -> PasswordPolicy:
    classes = draw(class_sets)
    length = draw(st.integers(min_value=max(MIN_LENGTH, len(classes)), max_value=MAX_LENGTH))
    counter = draw(st.integers(min_value=0, max_value=5))
    return PasswordPolicy(length=length, classes=classes, counter=counter)


def test_known_answer_is_stable() -> None:
    # Pinned: a change here changes every user's passwords.
    assert derive_password(SEED, "github.com") == derive_password(SEED, "github.com")
    assert derive_password(bytes(32), "github.com") == "kk|0$UcpIQ=3*.gXek}B"


@settings(max_examples=80, deadline=None)
@given(seed=seeds, service=services, policy=policies())
def test_password_meets_its_policy(seed: bytes, service: str, policy: PasswordPolicy) -> None:
    password = derive_password(seed, service, policy)
    assert len(password) == policy.length
    allowed = "".join(policy.alphabet(item) for item in policy.classes)
    assert set(password) <= set(allowed)
    for item in policy.classes:
        assert any(char in policy.alphabet(item) for char in password), item
    assert derive_password(seed, service, policy) == password


@settings(max_examples=50, deadline=None)
@given(seed=seeds, first=services, second=services)
def test_services_get_different_passwords(seed: bytes, first: str, second: str) -> None:
    if normalize_service(first) == normalize_service(second):
        assert derive_password(seed, first) == derive_password(seed, second)
    else:
        assert derive_password(seed, first) != derive_password(seed, second)


@settings(max_examples=30, deadline=None)
@given(first=seeds, second=seeds, service=services)
def test_a_new_key_version_changes_the_password(first: bytes, second: bytes, service: str) -> None:
    if first != second:
        assert derive_password(first, service) != derive_password(second, service)


def test_every_policy_input_changes_the_password() -> None:
    base = derive_password(SEED, "db.example.org")
    variants = [
        PasswordPolicy(counter=2),
        PasswordPolicy(length=21),
        PasswordPolicy(classes=frozenset({CharClass.LOWER, CharClass.UPPER, CharClass.DIGITS})),
        PasswordPolicy(symbols="!@#"),
    ]
    derived = {derive_password(SEED, "db.example.org", policy) for policy in variants}
    assert base not in derived and len(derived) == len(variants)
    assert derive_password(OTHER_SEED, "db.example.org") != base


def test_service_names_are_normalised() -> None:
    assert normalize_service("  GitHub.COM\t") == "github.com"
    # NFC: a precomposed and a combining "é" name the same service.
    assert normalize_service("caf\u00e9") == normalize_service("cafe\u0301")
    assert derive_password(SEED, "Straße") == derive_password(SEED, "STRASSE")
    assert derive_password(SEED, "github.com") != derive_password(SEED, "www.github.com")


@pytest.mark.parametrize("service", ["", "   ", "a\x00b", "x" * 254, "a\u200bb"])
def test_bad_service_names_are_refused(service: str) -> None:
    with pytest.raises(InvalidInputError, match="service name"):
        derive_password(SEED, service)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"length": MIN_LENGTH - 1}, "between"),
        ({"length": MAX_LENGTH + 1}, "between"),
        ({"classes": frozenset()}, "at least one"),
        ({"symbols": ""}, "at least one symbol"),
        ({"symbols": "aa"}, "distinct"),
        ({"symbols": "! "}, "distinct"),
        ({"counter": -1}, "counter"),
    ],
)
def test_bad_policies_are_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        PasswordPolicy(**kwargs)


def test_digits_only_pin() -> None:
    pin = derive_password(
        SEED, "bank", PasswordPolicy(length=6, classes=frozenset({CharClass.DIGITS}))
    )
    assert pin.isdigit() and len(pin) == 6


def test_parse_classes() -> None:
    assert parse_classes("lower, DIGITS,") == {CharClass.LOWER, CharClass.DIGITS}
    with pytest.raises(InvalidInputError, match="'emoji'"):
        parse_classes("lower,emoji")
    with pytest.raises(InvalidInputError, match="at least one"):
        parse_classes(" , ")


def test_wrong_seed_size_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="32-byte"):
        derive_password(b"short", "github.com")


def test_same_password_in_another_process() -> None:
    code = (
        "from keyfold.core.derived_passwords import derive_password;"
        "print(derive_password(bytes(range(32)), 'github.com'), end='')"
    )
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert other == derive_password(SEED, "github.com")
    assert set(DEFAULT_SYMBOLS).isdisjoint("'\"`\\ ")
