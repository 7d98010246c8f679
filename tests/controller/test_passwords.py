"""Tests for DerivedPasswordService over a real vault."""

import json

import pytest

from keyfold.controller import Controller
from keyfold.core.audit import AuditKind
from keyfold.core.derived_passwords import CharClass, PasswordPolicy, derive_password
from keyfold.core.errors import PassphraseRequiredError

PASSPHRASE = "correct horse battery"
KEY = "signer"


@pytest.fixture(autouse=True)
def signer(controller: Controller) -> None:
    controller.keys.generate(KEY, passphrase=PASSPHRASE, name="Signer")


def test_derived_password_uses_the_current_version(controller: Controller) -> None:
    first = controller.passwords.derive(KEY, "GitHub.com")
    assert first == controller.passwords.derive(KEY, "github.com")
    seed = controller.keys.key_pair(KEY).seed
    assert first == derive_password(seed, "github.com")
    assert first != controller.passwords.derive(KEY, "gitlab.com")
    controller.rotation.rotate(KEY, PASSPHRASE)
    assert controller.passwords.derive(KEY, "github.com") != first
    entries = controller.audit.list(kind=AuditKind.DERIVE_PASSWORD)
    assert [e.details["service"] for e in entries] == ["github.com"] * 2 + ["gitlab.com"] + [
        "github.com"
    ]
    assert all(first not in json.dumps(dict(e.details)) for e in controller.audit.list())


def test_derived_password_policy_is_remembered(controller: Controller) -> None:
    pin_policy = PasswordPolicy(length=6, classes=frozenset({CharClass.DIGITS}))
    pin = controller.passwords.derive(KEY, "bank", pin_policy)
    assert pin.isdigit() and len(pin) == 6
    assert controller.passwords.derive(KEY, "Bank") == pin
    assert controller.passwords.policy(KEY, "bank") == pin_policy
    assert [s.service for s in controller.passwords.services(KEY)] == ["bank"]


def test_derived_password_needs_an_unlocked_key(controller: Controller) -> None:
    controller.keys.lock_all()
    with pytest.raises(PassphraseRequiredError, match=KEY):
        controller.passwords.derive(KEY, "github.com")
