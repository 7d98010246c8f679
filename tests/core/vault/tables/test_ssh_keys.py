"""Tests for the ssh_keys table."""

import sqlite3

from keyfold.core.vault.tables import ssh_keys


def test_the_switch_is_off_until_turned_on(conn: sqlite3.Connection) -> None:
    assert not ssh_keys.uses_ssh(conn, "release")
    assert ssh_keys.enabled_key_ids(conn) == set()


def test_turning_on_and_off(conn: sqlite3.Connection) -> None:
    ssh_keys.set_use_for_ssh(conn, "release", True)
    ssh_keys.set_use_for_ssh(conn, "laptop", True)
    ssh_keys.set_use_for_ssh(conn, "laptop", False)
    assert ssh_keys.uses_ssh(conn, "release")
    assert not ssh_keys.uses_ssh(conn, "laptop")
    assert ssh_keys.enabled_key_ids(conn) == {"release"}
