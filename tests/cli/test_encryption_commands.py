"""Tests for keyfold-cli encrypt / decrypt / inspect, run in-process over a file vault."""

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from keyfold.core.keys import KeyPair, PublicKeyFormat
from tests.cli.conftest import CliProcess, Run
from tests.core.encryption.helpers import split_kfe


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "notes.bin"
    path.write_bytes(os.urandom(2 * 1024 * 1024 + 3))
    return path


@pytest.fixture
def with_key(cli: Run) -> Run:
    assert cli("generate", "alice", "--storage", "file").code == 0
    return cli


def test_encrypt_inspect_decrypt(with_key: Run, plain: Path, tmp_path: Path) -> None:
    done = with_key("encrypt", str(plain), "--recipient", "alice", "--sign-with", "alice")
    assert done.code == 0, done.err
    sealed = tmp_path / "notes.bin.kfe"
    assert "3 shards" in done.out
    shown = with_key("--json", "inspect", str(sealed))
    info = json.loads(shown.out)
    assert info["sender_key_id"] == "alice" and info["manifest"]["shard_count"] == 3
    assert "sealed" not in shown.out
    assert info["vault_recipients"][0]["key_id"] == "alice"
    out = tmp_path / "back.bin"
    result = with_key("decrypt", str(sealed), "--output", str(out))
    assert result.code == 0, result.err
    assert out.read_bytes() == plain.read_bytes()
    again = with_key("decrypt", str(sealed), "--output", str(out))
    assert again.code == 2 and "exists already" in again.err


def test_tampered_shard_exits_1_with_the_ids(with_key: Run, plain: Path, tmp_path: Path) -> None:
    assert with_key("encrypt", str(plain), "--recipient", "alice", "--folder").code == 0
    folder = tmp_path / "notes.bin.shards"
    victim = sorted(folder.glob("*.kfs"))[1]
    victim.unlink()
    result = with_key("--json", "decrypt", str(folder), "--output", str(tmp_path / "o"))
    assert result.code == 1
    report = json.loads(result.out)
    assert report["retransmit"] == [victim.name[7:39]] and report["ok"] is False
    assert report["issues"][0]["problem"] == "missing"
    assert "nothing was written" in result.err and not (tmp_path / "o").exists()


def test_public_key_file_and_passphrase(
    cli: Run, plain: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pub = tmp_path / "friend.pub"
    pub.write_text(KeyPair.generate().public.export(PublicKeyFormat.MINISIGN))
    monkeypatch.setenv("KEYFOLD_FILE_PASSPHRASE", "file pw")
    done = cli("encrypt", str(plain), "--recipient", str(pub), "--passphrase")
    assert done.code == 0, done.err
    sealed = tmp_path / "notes.bin.kfe"
    text = cli("inspect", str(sealed)).out
    assert "not in this vault" in text and "a passphrase" in text
    plain.unlink()
    assert cli("decrypt", str(sealed)).code == 0
    assert plain.stat().st_size == 2 * 1024 * 1024 + 3


def test_errors_are_one_line(cli: Run, plain: Path, tmp_path: Path) -> None:
    missing = cli("encrypt", str(plain))
    assert missing.code == 2 and missing.err.count("\n") == 1
    unknown = cli("encrypt", str(plain), "--recipient", "nobody")
    assert unknown.code == 2 and "nobody" in unknown.err
    junk = tmp_path / "junk.kfe"
    junk.write_text("not encrypted")
    result = cli("inspect", str(junk))
    assert result.code == 2 and "junk.kfe" in result.err and "Traceback" not in result.err


def _passphrase_stanza(doc: dict[str, Any], **changes: object) -> dict[str, Any]:
    stanza = {
        "type": "passphrase",
        "sealed": doc["recipients"][0]["sealed"],
        "kdf": "argon2id",
        "memory": 8,
        "iterations": 1,
        "parallelism": 1,
        "salt": "AAAAAAAAAAAAAAAAAAAAAA==",
        "nonce": "A" * 32,
    }
    stanza.update(changes)
    return stanza


def _with_recipients(*stanzas: Callable[[dict[str, Any]], Any]) -> Callable[[bytes], bytes]:
    def rewrite(body: bytes) -> bytes:
        doc = json.loads(body)
        doc["recipients"] = [make(doc) for make in stanzas]
        return json.dumps(doc).encode()

    return rewrite


@pytest.mark.parametrize(
    ("rewrite", "message"),
    [
        (lambda body: b'{"a":' * 5000 + b"1" + b"}" * 5000, "not valid JSON"),
        (lambda body: b'{"version":' + b"9" * 5000 + b"}", "not valid JSON"),
        (_with_recipients(*[_passphrase_stanza] * 1000), "1000 passphrase recipients"),
        (_with_recipients(lambda d: _passphrase_stanza(d, salt="AAAA")), "salt"),
        (_with_recipients(lambda d: _passphrase_stanza(d, parallelism=16)), "memory"),
    ],
)
def test_a_hostile_manifest_is_bad_input_not_a_failed_verification(
    with_key: Run,
    plain: Path,
    tmp_path: Path,
    rewrite: Callable[[bytes], bytes],
    message: str,
) -> None:
    assert with_key("encrypt", str(plain), "--recipient", "alice").code == 0
    sealed = tmp_path / "notes.bin.kfe"
    parts = split_kfe(sealed)
    body = rewrite(parts.manifest_block[8:-64])
    parts.manifest_block = b"KFM1" + len(body).to_bytes(4, "big") + body + bytes(64)
    sealed.write_bytes(parts.build())
    out = tmp_path / "o"
    for args in (("inspect", str(sealed)), ("decrypt", str(sealed), "--output", str(out))):
        result = with_key(*args)
        assert result.code == 2, (args[0], result.err)
        assert message in result.err and result.err.count("\n") == 1
    assert not out.exists()


def test_a_killed_decrypt_leaves_no_plaintext(tmp_path: Path) -> None:
    runner = CliProcess(tmp_path / "vault")
    assert runner("generate", "k", "--storage", "file").returncode == 0
    big = tmp_path / "big.bin"
    with open(big, "wb") as handle:
        for _ in range(96):
            handle.write(os.urandom(1024 * 1024))
    assert runner("encrypt", str(big), "--recipient", "k").returncode == 0
    big.unlink()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "keyfold.cli.main",
            "decrypt",
            f"{big}.kfe",
            "--output",
            str(out_dir / "big.bin"),
        ],
        env=runner.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # Kill it once it holds its output open: an unnamed (O_TMPFILE) file in out/.
        for _ in range(600):
            if _writing_into(process.pid, out_dir) or process.poll() is not None:
                break
            time.sleep(0.05)
        assert process.poll() is None, "decrypt finished before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert os.listdir(out_dir) == []
    # And after the next run too (which would sweep a named leftover on other systems).
    assert runner("list").returncode == 0
    assert os.listdir(out_dir) == []


def _writing_into(pid: int, folder: Path) -> bool:
    try:
        links = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
    except OSError:
        return False
    return any(link.startswith(str(folder)) for link in links)
