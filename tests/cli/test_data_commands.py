"""Tests for keyfold-cli encrypt-value / decrypt-value / reencrypt-values / shard-key."""

import io
import json
from pathlib import Path

import pytest

from keyfold.controller.data_encryption import make_token, parse_token
from tests.cli.conftest import Run


@pytest.fixture
def with_key(cli: Run) -> Run:
    assert cli("generate", "alice", "--storage", "file").code == 0
    return cli


def test_text_json_and_bytes_round_trip(with_key: Run, tmp_path: Path) -> None:
    token = with_key("encrypt-value", "alice", "hello world").out.strip()
    assert token.startswith("kfd1:alice:")
    assert with_key("decrypt-value", "alice", token).out == "hello world\n"

    doc = tmp_path / "doc.json"
    doc.write_text('{"b": [1, 2], "a": "x"}')
    made = json.loads(with_key("--json", "encrypt-value", "alice", "--json", str(doc)).out)
    assert (made["kind"], made["version"], made["compressed"]) == ("json", 1, False)
    opened = json.loads(with_key("--json", "decrypt-value", "alice", made["token"]).out)
    assert opened["value"] == {"a": "x", "b": [1, 2]} and opened["current_version"] is True

    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 8)
    packed = json.loads(with_key("--json", "encrypt-value", "alice", "--file", str(blob)).out)
    assert packed["kind"] == "bytes" and packed["compressed"] is True
    out = tmp_path / "back.bin"
    done = with_key("decrypt-value", "alice", packed["token"], "--output", str(out))
    assert done.code == 0 and done.out == "" and out.read_bytes() == blob.read_bytes()
    raw = json.loads(
        with_key("--json", "encrypt-value", "alice", "--file", str(blob), "--no-compress").out
    )
    assert raw["compressed"] is False


def test_stdin_in_and_out(with_key: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("from stdin\n"))
    token = with_key("encrypt-value", "alice", "--stdin").out.strip()
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    assert with_key("decrypt-value", "alice", "--stdin").out == "from stdin\n"


def test_rotation_then_reencrypt_values_in_place(with_key: Run, tmp_path: Path) -> None:
    old = with_key("encrypt-value", "alice", "old value").out.strip()
    assert with_key("rotate", "alice").code == 0
    fresh = with_key("encrypt-value", "alice", "new value").out.strip()
    listing = tmp_path / "tokens.txt"
    listing.write_text(f"{old}\n{fresh}\n")
    done = with_key("reencrypt-values", "alice", str(listing))
    assert done.code == 0, done.err
    assert "Re-encrypted 1 of 2 values" in done.out and "version 2" in done.out
    lines = listing.read_text().splitlines()
    assert lines[1] == fresh and lines[0] != old
    opened = json.loads(with_key("--json", "decrypt-value", "alice", lines[0]).out)
    assert (opened["value"], opened["version"]) == ("old value", 2)
    # The old token still opens with the archived version (key fallback).
    before = json.loads(with_key("--json", "decrypt-value", "alice", old).out)
    assert (before["version"], before["current_version"]) == (1, False)


def test_errors_exit_1_or_2_with_one_line(with_key: Run, tmp_path: Path) -> None:
    token = with_key("encrypt-value", "alice", "x").out.strip()
    key_id, blob = parse_token(token)
    tampered = make_token(key_id, blob[:-1] + bytes([blob[-1] ^ 1]))
    for args, code, words in (
        (("decrypt-value", "alice", tampered), 1, "changed or damaged"),
        (("decrypt-value", "alice", "garbage"), 2, "not a Keyfold data token"),
        (("decrypt-value", "bob", token), 2, "for key alice, not bob"),
        (("encrypt-value", "nobody", "x"), 2, "nobody"),
        (("encrypt-value", "alice", "--json", str(tmp_path / "none.json")), 2, "none.json"),
    ):
        result = with_key(*args)
        assert result.code == code, (args, result.err)
        assert words in result.err and result.err.count("\n") == 1
    for usage in (("encrypt-value", "alice"), ("encrypt-value", "alice", "x", "--stdin")):
        with pytest.raises(SystemExit) as stopped:
            with_key(*usage)
        assert stopped.value.code == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    assert "not valid JSON" in with_key("encrypt-value", "alice", "--json", str(bad)).err
    listing = tmp_path / "tokens.txt"
    listing.write_text(f"{token}\n{tampered}\n")
    result = with_key("reencrypt-values", "alice", str(listing))
    # Nothing is on an older version, so nothing is opened or rewritten.
    assert result.code == 0 and "Re-encrypted 0 of 2" in result.out
    listing.write_text(f"{token}\nkfd1:alice:???\n")
    result = with_key("reencrypt-values", "alice", str(listing))
    assert result.code == 2 and "Line 2 of" in result.err
    assert listing.read_text() == f"{token}\nkfd1:alice:???\n"


def test_shard_key_commands(with_key: Run) -> None:
    with pytest.raises(SystemExit) as stopped:
        with_key("shard-key")
    assert stopped.value.code == 2
    missing = with_key("shard-key", "get", "s1")
    assert missing.code == 2 and "shard-key init KEY_ID" in missing.err
    assert with_key("shard-key", "init", "alice", "--rotate-after", "2").code == 0
    first = json.loads(with_key("--json", "shard-key", "get", "s1").out)
    assert first == {"shard_id": "s1", "version": 1, "state": "current"}
    shown = with_key("shard-key", "get", "s1", "--show-key")
    key_hex = shown.out.splitlines()[1]
    assert len(key_hex) == 64 and key_hex not in with_key("shard-key", "get", "s1").out
    # Two accesses so far: the third rotates.
    assert json.loads(with_key("--json", "shard-key", "get", "s1").out)["version"] == 2
    assert json.loads(with_key("--json", "shard-key", "rotate", "s1").out)["version"] == 3
    old = json.loads(
        with_key("--json", "shard-key", "get", "s1", "--version", "1", "--show-key").out
    )
    assert old["key"] == key_hex and old["state"] == "archived"
    assert with_key("shard-key", "archive", "s1", "3").code == 0
    listed = json.loads(with_key("--json", "shard-key", "versions", "s1").out)
    assert [(v["version"], v["state"]) for v in listed] == [
        (1, "archived"),
        (2, "archived"),
        (3, "archived"),
        (4, "current"),
    ]
    assert all("key" not in v for v in listed)
    assert "No archived version" in with_key("shard-key", "purge").out
    archive = with_key("shard-key", "archive", "s1", "9")
    assert archive.code == 2 and "no key version 9" in archive.err
    audit = json.loads(with_key("--json", "audit").out)
    actions = [e["details"]["action"] for e in audit if e["kind"] == "shard_key"]
    assert {"root", "get", "rotate", "archive"} <= set(actions)
    assert key_hex not in json.dumps(audit)
    assert with_key("audit", "verify").code == 0
