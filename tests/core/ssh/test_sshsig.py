"""SSH signatures: armor, blob, namespaces, and both directions with the real ssh-keygen."""

import base64
import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keyfold.core.errors import SignatureFormatError
from keyfold.core.keys import KeyPair
from keyfold.core.ssh import allowed_signers, sshsig
from keyfold.core.ssh.wire import openssh_line
from tests.ssh_tools import run

MESSAGE = b"the quick brown fox\n"


def _sign(pair: KeyPair, namespace: str = "file", data: bytes = MESSAGE) -> sshsig.SshSignature:
    return sshsig.sign_digest(pair.sign, pair.public, namespace, sshsig.digest_bytes(data))


def test_armor_round_trip() -> None:
    pair = KeyPair.generate()
    made = _sign(pair)
    text = made.armored()
    assert text.startswith(sshsig.BEGIN + "\n") and text.endswith(sshsig.END + "\n")
    assert all(len(line) <= sshsig.LINE_WIDTH for line in text.splitlines())
    parsed = sshsig.parse_armored(text)
    assert parsed == made
    assert parsed.verify_digest(sshsig.digest_bytes(MESSAGE))
    assert not parsed.verify_digest(sshsig.digest_bytes(MESSAGE + b"x"))


def test_the_namespace_is_bound_into_the_signature() -> None:
    pair = KeyPair.generate()
    made = _sign(pair, "git")
    moved = sshsig.SshSignature(made.public_key, "file", made.hash_algorithm, made.signature)
    assert not moved.verify_digest(sshsig.digest_bytes(MESSAGE))


def test_streamed_digest_equals_the_one_shot_digest() -> None:
    data = b"x" * (sshsig.CHUNK_SIZE * 2 + 5)
    assert sshsig.digest_stream(io.BytesIO(data)) == sshsig.digest_bytes(data)


def test_a_signer_returning_garbage_is_caught() -> None:
    pair = KeyPair.generate()
    with pytest.raises(SignatureFormatError, match="does not verify"):
        sshsig.sign_digest(lambda _d: b"\0" * 64, pair.public, "file", b"d" * 64)


def test_empty_namespace_is_refused() -> None:
    with pytest.raises(SignatureFormatError, match="needs a namespace"):
        sshsig.check_namespace("")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "does not start with"),
        (sshsig.BEGIN + "\nAAAA\n", "no -----END"),
        (sshsig.BEGIN + "\n!!!!\n" + sshsig.END, "not valid base64"),
        (sshsig.BEGIN + "\n" + base64.b64encode(b"NOTSIG").decode() + "\n" + sshsig.END, "SSHSIG"),
    ],
)
def test_malformed_armor_is_named(text: str, reason: str) -> None:
    with pytest.raises(SignatureFormatError, match=reason):
        sshsig.parse_armored(text)


def test_truncated_and_other_version_blobs_are_named() -> None:
    blob = _sign(KeyPair.generate()).to_blob()
    with pytest.raises(SignatureFormatError, match="truncated"):
        sshsig.parse_blob(blob[:-10])
    with pytest.raises(SignatureFormatError, match="version 2"):
        sshsig.parse_blob(blob[:6] + b"\0\0\0\x02" + blob[10:])


def test_oversized_input_is_refused_before_parsing() -> None:
    with pytest.raises(SignatureFormatError, match="too large"):
        sshsig.parse_armored(b"x" * (sshsig.MAX_ARMORED_SIZE + 1))


@settings(max_examples=200)
@given(st.binary(max_size=400))
def test_fuzzed_blobs_parse_or_raise_format_errors(blob: bytes) -> None:
    with contextlib.suppress(SignatureFormatError):
        sshsig.parse_blob(b"SSHSIG" + blob)


def test_fuzzed_bit_flips_of_a_real_signature_never_verify() -> None:
    blob = _sign(KeyPair.generate()).to_blob()
    digest = sshsig.digest_bytes(MESSAGE)
    for index in range(len(blob)):
        flipped = bytearray(blob)
        flipped[index] ^= 0x01
        try:
            parsed = sshsig.parse_blob(bytes(flipped))
        except SignatureFormatError:
            continue
        # Only the reserved-free fields may still parse; none of them may verify.
        assert not parsed.verify_digest(digest) or parsed.to_blob() == blob


# The real ssh-keygen ------------------------------------------------------------


def test_ssh_keygen_verifies_what_keyfold_signs(tmp_path: Path) -> None:
    pair = KeyPair.generate()
    (tmp_path / "msg").write_bytes(MESSAGE)
    (tmp_path / "msg.sig").write_text(_sign(pair).armored())
    (tmp_path / "allowed").write_text(
        allowed_signers.format_line("me@example.org", pair.public, namespaces="file") + "\n"
    )
    args = ("-Y", "verify", "-f", "allowed", "-I", "me@example.org", "-n", "file", "-s", "msg.sig")
    good = run("ssh-keygen", *args, cwd=tmp_path, stdin=MESSAGE)
    assert good.returncode == 0, good.stderr
    assert good.stdout.decode().startswith('Good "file" signature for me@example.org with ED25519')
    tampered = run("ssh-keygen", *args, cwd=tmp_path, stdin=MESSAGE + b"!")
    assert tampered.returncode == 255


def test_keyfold_verifies_what_ssh_keygen_signs(tmp_path: Path) -> None:
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(tmp_path / "k"))
    (tmp_path / "msg").write_bytes(MESSAGE)
    signed = run("ssh-keygen", "-Y", "sign", "-n", "git", "-f", "k", "msg", cwd=tmp_path)
    assert signed.returncode == 0, signed.stderr
    parsed = sshsig.parse_armored((tmp_path / "msg.sig").read_bytes())
    assert parsed.namespace == "git" and parsed.hash_algorithm == "sha512"
    assert openssh_line(parsed.public_key) == " ".join((tmp_path / "k.pub").read_text().split()[:2])
    assert parsed.verify_digest(sshsig.digest_bytes(MESSAGE))
    assert not parsed.verify_digest(sshsig.digest_bytes(MESSAGE + b"!"))
