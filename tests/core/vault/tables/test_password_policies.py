"""Tests for the derived_password_policies table."""

import sqlite3

from keyfold.core.derived_passwords import CharClass, PasswordPolicy
from keyfold.core.vault.tables import password_policies


def test_a_policy_round_trips_per_key_and_service(conn: sqlite3.Connection) -> None:
    pin = PasswordPolicy(6, frozenset({CharClass.DIGITS}), "", 2)
    password_policies.save(conn, "alpha", "bank", pin)
    password_policies.save(conn, "alpha", "a-mail", PasswordPolicy())
    password_policies.save(conn, "beta", "bank", PasswordPolicy())
    assert password_policies.load(conn, "alpha", "bank") == pin
    assert password_policies.load(conn, "alpha", "other") is None
    assert [name for name, _ in password_policies.services(conn, "alpha")] == ["a-mail", "bank"]
    password_policies.save(conn, "alpha", "bank", PasswordPolicy())
    assert password_policies.load(conn, "alpha", "bank") == PasswordPolicy()
