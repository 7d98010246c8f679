"""The allowed signers file: lines read as ssh-keygen reads them, patterns, times, rewrites."""

import contextlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from keyfold.core.keys import KeyPair
from keyfold.core.ssh import allowed_signers as a
from keyfold.core.ssh import sshsig
from keyfold.core.ssh.wire import openssh_line
from tests.ssh_tools import run

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def test_format_and_parse_round_trip() -> None:
    pair = KeyPair.generate()
    line = a.format_line("me@example.org", pair.public, comment="work")
    assert line == f'me@example.org namespaces="git" {openssh_line(pair.public)} work'
    (signer,) = a.parse(line)
    assert signer.principals == "me@example.org"
    assert signer.namespaces == "git"
    assert signer.matches_key(pair.public)
    assert signer.comment == "work"


def test_comments_blank_lines_and_several_principals() -> None:
    pair = KeyPair.generate()
    text = f"# team\n\n  a@x,*@example.org {openssh_line(pair.public)}\n"
    (signer,) = a.parse(text)
    assert signer.line_number == 3
    assert signer.allows_principal("a@x") and signer.allows_principal("b@example.org")
    assert not signer.allows_principal("b@example.com")
    assert signer.allows_namespace("anything")


def test_negated_patterns_win() -> None:
    assert a.match_pattern_list("bob@example.org", "*@example.org,!bob@*") is False
    assert a.match_pattern_list("amy@example.org", "*@example.org,!bob@*") is True
    assert a.match_pattern("a.b", "a?b") and not a.match_pattern("ab", "a?b")


def test_validity_window() -> None:
    pair = KeyPair.generate()
    line = f'me valid-after="20260101",valid-before="20260601120000Z" {openssh_line(pair.public)}'
    (signer,) = a.parse(line)
    assert signer.valid_at(NOW)
    assert not signer.valid_at(NOW + timedelta(seconds=1))
    assert not signer.valid_at(datetime(2025, 12, 1, tzinfo=UTC))
    assert a.find_principals([signer], pair.public, NOW) == ["me"]
    assert a.find_principals([signer], pair.public, NOW + timedelta(days=1)) == []


def test_times_are_local_unless_marked_utc() -> None:
    assert a.parse_time("20260601120000Z") == NOW
    assert a.parse_time("202606011200") == datetime(2026, 6, 1, 12, 0).astimezone()
    with pytest.raises(a.AllowedSignersError, match="YYYYMMDD"):
        a.parse_time("2026-06-01")
    with pytest.raises(a.AllowedSignersError, match="not a real date"):
        a.parse_time("20261301")


def test_with_valid_before_keeps_the_other_fields() -> None:
    pair = KeyPair.generate()
    (signer,) = a.parse(f'me namespaces="git,file" {openssh_line(pair.public)} old key')
    rewritten = a.with_valid_before(signer, NOW)
    (again,) = a.parse(rewritten)
    assert again.namespaces == "git,file"
    assert again.valid_before == NOW
    assert again.comment == "old key"
    assert again.matches_key(pair.public)


def test_cert_authority_lines_never_match_a_plain_key() -> None:
    pair = KeyPair.generate()
    (signer,) = a.parse(f"* cert-authority {openssh_line(pair.public)}")
    assert signer.cert_authority and not signer.matches_key(pair.public)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("me", "key type field is missing"),
        ("me ssh-ed25519", "key field is missing"),
        ("me ssh-ed25519 !!!", "not base64"),
        ("me namespaces=git ssh-ed25519 AAAA", "needs quotes"),
        ('me colour="red" ssh-ed25519 AAAA', "unknown option"),
        ('me valid-before="soon" ssh-ed25519 AAAA', "YYYYMMDD"),
        ('me namespaces="git ssh-ed25519 AAAA', "quote is not closed"),
    ],
)
def test_bad_lines_are_named_by_number(line: str, reason: str) -> None:
    with pytest.raises(a.AllowedSignersError, match=f"Line 2 .*{reason}"):
        a.parse("# ok\n" + line)


def test_principals_with_spaces_or_commas_are_refused_when_writing() -> None:
    with pytest.raises(a.AllowedSignersError, match="principal"):
        a.format_line("me, you", KeyPair.generate().public)


def test_oversized_files_are_refused() -> None:
    with pytest.raises(a.AllowedSignersError, match="larger than"):
        a.parse("#" * (a.MAX_FILE_SIZE + 1))


@given(st.text(max_size=300))
def test_fuzzed_lines_parse_or_raise_named_errors(text: str) -> None:
    with contextlib.suppress(a.AllowedSignersError):
        a.parse(text)


def test_ssh_keygen_reads_the_lines_keyfold_writes(tmp_path: Path) -> None:
    old, new = KeyPair.generate(), KeyPair.generate()
    (old_signer,) = a.parse(a.format_line("me@example.org", old.public))
    ended = datetime.now(UTC) - timedelta(days=1)
    (tmp_path / "allowed").write_text(
        a.with_valid_before(old_signer, ended)
        + "\n"
        + a.format_line("me@example.org", new.public)
        + "\n"
    )
    for pair, expected in ((old, 255), (new, 0)):
        signature = sshsig.sign_digest(pair.sign, pair.public, "git", sshsig.digest_bytes(b"m"))
        (tmp_path / "m.sig").write_text(signature.armored())
        found = run(
            "ssh-keygen", "-Y", "find-principals", "-f", "allowed", "-s", "m.sig", cwd=tmp_path
        )
        assert found.returncode == expected, found.stderr
        verified = run(
            "ssh-keygen",
            "-Y",
            "verify",
            "-f",
            "allowed",
            "-I",
            "me@example.org",
            "-n",
            "git",
            "-s",
            "m.sig",
            cwd=tmp_path,
            stdin=b"m",
        )
        assert verified.returncode == expected, verified.stderr
    # Before its end, the old key still verifies: old commits keep their signatures.
    before = (ended - timedelta(days=1)).strftime("%Y%m%d")
    signature = sshsig.sign_digest(old.sign, old.public, "git", sshsig.digest_bytes(b"m"))
    (tmp_path / "m.sig").write_text(signature.armored())
    verified = run(
        "ssh-keygen",
        "-Y",
        "verify",
        "-f",
        "allowed",
        "-I",
        "me@example.org",
        "-n",
        "git",
        "-s",
        "m.sig",
        f"-Overify-time={before}",
        cwd=tmp_path,
        stdin=b"m",
    )
    assert verified.returncode == 0, verified.stderr
