"""Tests for the signing commands of keyfold-cli, run as the real command."""

import base64
import json
import sys
from pathlib import Path

import pytest

from keyfold.cli.main import main
from keyfold.controller import Controller
from keyfold.core.vault import StorageKind, Vault
from tests.cli.conftest import CliProcess
from tests.conftest import run_minisign


@pytest.fixture
def cli(tmp_path: Path) -> CliProcess:
    work = tmp_path / "work"
    work.mkdir()
    runner = CliProcess(tmp_path / "vault", work)
    result = runner("generate", "alice", "--name", "Alice", "--storage", "file")
    assert result.returncode == 0, result.stderr
    (work / "a.txt").write_bytes(b"alpha")
    (work / "b.txt").write_bytes(b"beta")
    return runner


def test_sign_then_verify(cli: CliProcess) -> None:
    result = cli("sign", "alice", "a.txt", "b.txt")
    assert result.returncode == 0, result.stderr
    assert "Signed a.txt -> a.txt.minisig" in result.stdout
    assert (cli.cwd / "b.txt.minisig").exists()
    verified = cli("--json", "verify", "a.txt", "b.txt.minisig")
    assert verified.returncode == 0, verified.stderr
    rows = json.loads(verified.stdout)
    assert [(r["file"], r["status"], r["signer"]) for r in rows] == [
        ("a.txt", "valid", "Alice"),
        ("b.txt", "valid", "Alice"),
    ]
    assert rows[0]["trusted_comment"].endswith("file:a.txt\thashed")


def test_sign_refuses_to_overwrite_without_force(cli: CliProcess) -> None:
    assert cli("sign", "alice", "a.txt").returncode == 0
    again = cli("sign", "alice", "a.txt")
    assert again.returncode == 2
    assert again.stderr.strip().count("\n") == 0
    assert "a.txt.minisig exists already" in again.stderr
    assert cli("sign", "--force", "alice", "a.txt").returncode == 0
    out = cli("sign", "alice", "a.txt", "--output-dir", "sigs")
    assert out.returncode == 0 and (cli.cwd / "sigs" / "a.txt.minisig").exists()
    assert cli("verify", "a.txt", "--signature", "sigs/a.txt.minisig").returncode == 0


def test_sign_needs_the_passphrase(cli: CliProcess) -> None:
    cli.env.pop("KEYFOLD_PASSPHRASE")
    result = cli("sign", "alice", "a.txt")
    assert result.returncode == 2
    assert "passphrase" in result.stderr
    assert not (cli.cwd / "a.txt.minisig").exists()
    (cli.cwd / "wrong").write_text("nope\n")
    wrong = cli("sign", "--passphrase-file", "wrong", "alice", "a.txt")
    assert wrong.returncode == 2 and "nope" not in wrong.stderr


def test_sign_names_a_missing_file_before_asking_for_the_passphrase(cli: CliProcess) -> None:
    # Hashing starts before the vault opens, so the files are checked first.
    cli.env.pop("KEYFOLD_PASSPHRASE")
    result = cli("sign", "alice", "a.txt", "missing.txt")
    assert result.returncode == 2
    assert "Cannot read missing.txt" in result.stderr
    assert "passphrase" not in result.stderr
    assert not (cli.cwd / "a.txt.minisig").exists()


def test_sign_gives_back_the_switch_interval_it_shortened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "vault"
    Controller(Vault(home, keychain=None)).keys.generate(
        "alice", passphrase="pw", storage=StorageKind.FILE
    )
    monkeypatch.setattr(Controller, "open", lambda _vault: Controller(Vault(home, keychain=None)))
    monkeypatch.setenv("KEYFOLD_PASSPHRASE", "pw")
    data = tmp_path / "data.bin"
    data.write_bytes(b"data")
    before = sys.getswitchinterval()
    assert main(["--vault", str(home), "sign", "alice", str(data)]) == 0, capsys.readouterr().err
    assert data.with_name("data.bin.minisig").exists()
    assert sys.getswitchinterval() == before


def test_verify_exit_codes(cli: CliProcess) -> None:
    assert cli("sign", "alice", "a.txt", "b.txt").returncode == 0
    (cli.cwd / "b.txt").write_bytes(b"BETA")
    invalid = cli("verify", "b.txt")
    assert invalid.returncode == 1
    assert "b.txt: invalid: The file b.txt does not match its signature" in invalid.stdout
    assert cli("verify", "a.txt", "b.txt").returncode == 1
    (cli.cwd / "c.txt").write_bytes(b"c")
    missing = cli("verify", "c.txt")
    assert missing.returncode == 2 and "missing signature" in missing.stdout
    (cli.cwd / "a.txt.minisig").write_text("untrusted comment: x\n")
    malformed = cli("verify", "a.txt")
    assert malformed.returncode == 2
    assert "a.txt.minisig ends before its signature line" in malformed.stdout


def test_verify_with_a_key_or_public_key_file(cli: CliProcess) -> None:
    assert cli("generate", "bob", "--storage", "file").returncode == 0
    assert cli("sign", "alice", "a.txt").returncode == 0
    assert cli("verify", "a.txt", "--key", "alice").returncode == 0
    assert cli("verify", "a.txt", "--key", "bob").returncode == 1
    exported = cli("export-public", "alice", "--format", "minisign")
    (cli.cwd / "alice.pub").write_text(exported.stdout)
    assert cli("verify", "a.txt", "--public-key", "alice.pub").returncode == 0
    (cli.cwd / "bad.pub").write_text("nonsense")
    bad = cli("verify", "a.txt", "--public-key", "bad.pub")
    assert bad.returncode == 2 and "bad.pub" in bad.stderr


@pytest.mark.minisign
def test_minisign_interop_through_trust(cli: CliProcess) -> None:
    assert cli("sign", "alice", "a.txt").returncode == 0
    (cli.cwd / "alice.pub").write_text(cli("export-public", "alice", "--format", "minisign").stdout)
    assert run_minisign("-Vm", "a.txt", "-p", "alice.pub", cwd=cli.cwd).returncode == 0
    assert run_minisign("-G", "-W", "-p", "m.pub", "-s", "m.key", cwd=cli.cwd).returncode == 0
    assert run_minisign("-S", "-s", "m.key", "-m", "b.txt", cwd=cli.cwd).returncode == 0
    assert cli("verify", "b.txt").returncode == 1
    trusted = cli("trust", "m.pub", "--name", "Mallory")
    assert trusted.returncode == 0, trusted.stderr
    verified = cli("verify", "b.txt")
    assert verified.returncode == 0 and "valid signature by Mallory" in verified.stdout
    listed = json.loads(cli("--json", "trusted").stdout)
    assert [k["name"] for k in listed] == ["Mallory"]
    assert cli("untrust", "Mallory").returncode == 0
    assert cli("verify", "b.txt").returncode == 1
    gone = cli("untrust", "Mallory")
    assert gone.returncode == 2 and "No trusted key is named Mallory" in gone.stderr


def test_messages(cli: CliProcess) -> None:
    signed = cli("--json", "sign-message", "alice", "grüße")
    assert signed.returncode == 0, signed.stderr
    document = json.loads(signed.stdout)
    assert base64.b64decode(document["base64"]).hex() == document["hex"]
    plain = cli("sign-message", "alice", "grüße").stdout.strip()
    assert plain == document["hex"]  # Ed25519 is deterministic
    assert cli("verify-message", "grüße", plain).returncode == 0
    assert cli("verify-message", "grüße", document["base64"], "--key", "alice").returncode == 0
    assert cli("verify-message", "grusse", plain).returncode == 1
    assert cli("verify-message", "grüße", "zz").returncode == 2
    piped = cli("sign-message", "alice", "-", stdin="line\n")
    assert cli("verify-message", "line\n", piped.stdout.strip()).returncode == 0
