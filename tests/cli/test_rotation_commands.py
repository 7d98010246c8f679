"""Tests for keyfold-cli rotate, versions, expire, rotation-policy, due, derive-password."""

from pathlib import Path

import httpx
import pytest

from keyfold.controller import Controller
from keyfold.core.backup import open_backup
from keyfold.core.derived_passwords import derive_password
from keyfold.core.vault import Vault
from tests.cli.conftest import CliProcess
from tests.server.live import LiveServer


@pytest.fixture
def cli(tmp_path: Path) -> CliProcess:
    runner = CliProcess(tmp_path / "vault")
    result = runner("generate", "alice", "--storage", "file")
    assert result.returncode == 0, result.stderr
    return runner


def test_rotate_then_versions(cli: CliProcess) -> None:
    result = cli("rotate", "alice")
    assert result.returncode == 0, result.stderr
    assert "Rotated alice: version 1 -> 2" in result.stdout
    versions = cli.json("versions", "alice")
    assert [(v["version"], v["status"], v["can_sign"]) for v in versions] == [
        (1, "archived", False),
        (2, "current", True),
    ]
    rotated = cli.json("rotate", "alice")
    assert (rotated["from_version"], rotated["to_version"], rotated["state"]) == (2, 3, "done")
    assert rotated["registrations"] == []


def test_rotate_with_a_wrong_passphrase_fails_cleanly(cli: CliProcess) -> None:
    cli.env["KEYFOLD_PASSPHRASE"] = "wrong"
    result = cli("rotate", "alice")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "alice" in result.stderr
    assert "Traceback" not in result.stderr


def test_expire_by_version_and_age(cli: CliProcess) -> None:
    assert cli("rotate", "alice").returncode == 0
    assert cli("rotate", "alice").returncode == 0
    current = cli("expire", "alice", "--version", "3")
    assert current.returncode == 2 and "current version" in current.stderr
    assert cli.json("expire", "alice", "--older-than", "1")["expired"] == []
    assert cli.json("expire", "alice", "--older-than", "0")["expired"] == [1, 2]
    statuses = [v["status"] for v in cli.json("versions", "alice")]
    assert statuses == ["expired", "expired", "current"]
    assert cli("expire", "alice").returncode == 2  # one of --version/--older-than


def test_policy_and_due(cli: CliProcess) -> None:
    shown = cli.json("rotation-policy", "alice")
    assert (shown["max_age_days"], shown["max_signatures"]) == (30, None)
    changed = cli.json("rotation-policy", "alice", "--max-age-days", "off", "--max-signatures", "5")
    assert (changed["max_age_days"], changed["max_signatures"]) == (None, 5)
    assert cli.json("due") == []
    bad = cli("rotation-policy", "alice", "--max-age-days", "soon")
    assert bad.returncode == 2 and "--max-age-days" in bad.stderr


def test_derive_password_prints_only_the_password(cli: CliProcess) -> None:
    result = cli("derive-password", "alice", "GitHub.com")
    assert result.returncode == 0, result.stderr
    password = result.stdout.rstrip("\n")
    assert len(password) == 20 and "\n" not in password
    again = cli("derive-password", "alice", "github.com")
    assert again.stdout.rstrip("\n") == password
    pin = cli("derive-password", "alice", "bank", "--length", "6", "--classes", "digits")
    assert pin.stdout.strip().isdigit() and len(pin.stdout.strip()) == 6
    # The saved policy applies without options.
    assert cli("derive-password", "alice", "bank").stdout == pin.stdout
    assert cli("rotate", "alice").returncode == 0
    assert cli("derive-password", "alice", "github.com").stdout.rstrip("\n") != password
    # Nowhere in the audit trail.
    trail = cli("--json", "audit").stdout
    assert password not in trail and pin.stdout.strip() not in trail
    bad = cli("derive-password", "alice", "x", "--classes", "emoji")
    assert bad.returncode == 2 and "emoji" in bad.stderr


def test_derive_password_matches_the_key_seed(cli: CliProcess, tmp_path: Path) -> None:
    backup = tmp_path / "alice.json"
    cli.env["KEYFOLD_BACKUP_PASSPHRASE"] = "backup pass"
    assert cli("backup", "alice", "--output", str(backup)).returncode == 0, "backup"

    seed = open_backup(backup.read_bytes(), "backup pass").key_pair.seed
    printed = cli("derive-password", "alice", "db.example.org").stdout.rstrip("\n")
    assert printed == derive_password(seed, "db.example.org")
    # Restored into another vault, the key derives the same password.
    other = CliProcess(tmp_path / "other-vault")
    other.env["KEYFOLD_BACKUP_PASSPHRASE"] = "backup pass"
    restored = other("restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert other("derive-password", "alice", "db.example.org").stdout.rstrip("\n") == printed


@pytest.mark.server
def test_rotate_moves_the_registration(cli: CliProcess, sqlite_server: LiveServer) -> None:
    controller = Controller(Vault(cli.home, keychain=None))
    # keyfold-server asks for a proof of possession, which the unlocked key signs.
    controller.keys.unlock("alice", cli.env["KEYFOLD_PASSPHRASE"])
    controller.registry.register("alice", sqlite_server.url, "alice-cli")
    controller.keys.lock_all()
    rotated = cli.json("rotate", "alice")
    assert rotated["registrations"] == [
        {
            "server": sqlite_server.url,
            "client_id": "alice-cli",
            "action": "rotate",
            "outcome": "ok",
            "new_client_id": "alice-cli",
            "message": "",
        }
    ]
    [record] = controller.registry.status("alice", sqlite_server.url)
    assert record.public_key.hex == rotated["public_key"]
    # The rotation was signed by the old key and proven by the new one, replay-proof.
    url = f"{sqlite_server.url}/api/crypto/keys/status/alice-cli"
    status = httpx.get(url, timeout=10, trust_env=False)
    assert status.json()["data"]["proven"] is True
    assert status.json()["data"]["revision"] == 2
