"""Tests for keyfold-cli audit, audit verify and usage."""

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import CliProcess
from tests.core.vault.support import require_secret_service


@pytest.fixture
def cli(tmp_path: Path) -> CliProcess:
    runner = CliProcess(tmp_path / "vault")
    for key in ("alice", "bob"):
        assert runner("generate", key, "--storage", "file").returncode == 0
    for key in ("alice", "bob", "alice"):
        assert runner("rotate", key).returncode == 0
    return runner


def test_audit_lists_and_filters(cli: CliProcess) -> None:
    result = cli("--json", "audit")
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    rotations = [(e["key_id"], e["version"]) for e in entries if e["kind"] == "rotate"]
    assert rotations == [("alice", 2), ("bob", 2), ("alice", 3)]
    assert [e["seq"] for e in entries] == sorted(e["seq"] for e in entries)
    only = json.loads(cli("--json", "audit", "--key", "bob", "--kind", "rotate").stdout)
    assert [(e["key_id"], e["details"]["to_version"]) for e in only] == [("bob", "2")]
    newest = json.loads(cli("--json", "audit", "--limit", "1").stdout)
    assert newest == entries[-1:]
    text = cli("audit", "--kind", "rotate").stdout
    assert "rotate" in text and "alice v3" in text
    assert cli("audit", "--since", "yesterday").returncode == 2


def test_audit_verify_exit_codes(cli: CliProcess) -> None:
    intact = cli("--json", "audit", "verify")
    assert intact.returncode == 0, intact.stderr
    report = json.loads(intact.stdout)
    assert report["ok"] and report["count"] >= 3
    noted = report["head_hash"]
    assert cli("audit", "verify", "--expect-head", noted).returncode == 0
    conn = sqlite3.connect(cli.home / "vault.db")
    try:
        conn.execute("UPDATE audit_log SET key_id = 'mallory' WHERE seq = 2")
        conn.commit()
    finally:
        conn.close()
    tampered = cli("audit", "verify")
    assert tampered.returncode == 1
    assert "Entry 2 was changed" in tampered.stderr
    assert tampered.stderr.count("\n") == 1


def test_usage(cli: CliProcess) -> None:
    assert cli("derive-password", "alice", "github.com").returncode == 0
    report = json.loads(cli("--json", "usage", "alice").stdout)
    assert report["key_id"] == "alice"
    assert [(v["version"], v["derived_passwords"]) for v in report["versions"]] == [(3, 1)]
    assert report["last_used"] is not None
    assert cli("usage", "nobody").returncode == 2


# --- removal and damage (issue 11) ------------------------------------------------


def _sql(cli: CliProcess, statement: str, *params: object) -> None:
    conn = sqlite3.connect(cli.home / "vault.db")
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def test_emptying_the_log_and_its_anchor_is_noticed_without_a_keychain(cli: CliProcess) -> None:
    _sql(cli, "DELETE FROM audit_log")
    (cli.home / "audit.head").unlink()
    result = cli("audit", "verify")
    assert result.returncode == 1
    assert "Key alice version 1 is in the vault but the log has no event" in result.stderr
    assert "There is no OS keychain here" in result.stdout
    assert result.stderr.count("\n") == 1


def test_audit_verify_says_what_it_cannot_detect_without_a_keychain(cli: CliProcess) -> None:
    report = cli.json("audit", "verify")
    assert report["ok"]
    assert any("no OS keychain" in note and "unnoticed" in note for note in report["notes"])
    assert any("event that created it" in note for note in report["notes"])


def test_listing_marks_damaged_rows_instead_of_failing(cli: CliProcess) -> None:
    damage = ["[1, 2]", '"text"', "null", "not json"]
    assert cli("export-public", "alice").returncode == 0  # entry 6, left alone
    for seq, details in enumerate(damage, start=2):
        _sql(cli, "UPDATE audit_log SET details = ? WHERE seq = ?", details, seq)
    listed = cli("audit")
    assert listed.returncode == 0, listed.stderr
    rows = {int(row.split()[0]): row for row in listed.stdout.splitlines()}
    for seq in range(2, 2 + len(damage)):
        assert "damaged" in rows[seq] and "audit verify" in rows[seq]
    assert "damaged" not in rows[1]
    entries = cli.json("audit")
    assert [bool(e["damaged"]) for e in entries[:7]] == [False, True, True, True, True, False]
    assert cli("audit", "verify").returncode == 1


@pytest.mark.keychain
def test_truncation_with_a_rewritten_anchor_is_caught_by_the_keychain(tmp_path: Path) -> None:
    require_secret_service()
    runner = CliProcess(tmp_path / "vault")
    del runner.env["PYTHON_KEYRING_BACKEND"]  # the real Secret Service of scripts/test
    for command in (("generate", "k", "--storage", "file"), ("export-public", "k")):
        assert runner(*command).returncode == 0
    report = runner.json("audit", "verify")
    assert any("kept in the OS keychain" in note for note in report["notes"])
    # Cut the export's entry and make audit.head agree with what is left.
    conn = sqlite3.connect(runner.home / "vault.db")
    try:
        conn.execute("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)")
        count, head = conn.execute(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        conn.commit()
    finally:
        conn.close()
    (runner.home / "audit.head").write_text(
        json.dumps({"version": 1, "count": count, "head_hash": head})
    )
    result = runner("audit", "verify")
    assert result.returncode == 1
    assert "the OS keychain records" in result.stderr


@pytest.mark.keychain
def test_emptying_everything_is_caught_by_the_keychain_first(tmp_path: Path) -> None:
    require_secret_service()
    runner = CliProcess(tmp_path / "vault")
    del runner.env["PYTHON_KEYRING_BACKEND"]
    assert runner("generate", "k", "--storage", "file").returncode == 0
    conn = sqlite3.connect(runner.home / "vault.db")
    try:
        conn.execute("DELETE FROM audit_log")
        conn.commit()
    finally:
        conn.close()
    (runner.home / "audit.head").unlink()
    result = runner("audit", "verify")
    assert result.returncode == 1
    assert "anchor file audit.head is missing" in result.stderr or "keychain" in result.stderr
