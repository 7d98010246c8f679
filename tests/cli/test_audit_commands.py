"""Tests for keyfold-cli audit, audit verify and usage."""

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import CliProcess


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
