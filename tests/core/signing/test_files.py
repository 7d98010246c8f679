"""Tests for signing and verifying files in the minisign format, with the real minisign."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from keyfold.core.keys import KeyPair, PublicKeyFormat
from keyfold.core.signing.files import (
    Verdict,
    sign_digest,
    sign_file,
    sign_files,
    trusted_comment_for,
    verify_file,
)
from keyfold.core.signing.hashing import CHUNK_SIZE
from keyfold.core.signing.minisign import (
    Algorithm,
    MinisignSignature,
    parse_signature,
    read_signature_file,
)
from keyfold.core.signing.public_keys import parse_verifying_key
from tests.conftest import run_minisign

PAIR = KeyPair.from_seed(bytes(range(32)))
OTHER = KeyPair.from_seed(bytes(range(1, 33)))


@pytest.fixture
def minisign_key(tmp_path: Path) -> Path:
    """A password-less minisign key pair made by minisign: k.pub and k.key."""
    result = run_minisign("-G", "-W", "-p", "k.pub", "-s", "k.key", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path / "k.pub"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1])
def test_sign_then_verify(tmp_path: Path, size: int) -> None:
    path = _write(tmp_path / "data.bin", bytes(size))
    signature = sign_file(PAIR, path, timestamp=1700000000)
    assert signature.algorithm is Algorithm.PREHASHED
    assert signature.key_number == PAIR.public.key_number
    assert signature.trusted_comment == b"timestamp:1700000000\tfile:data.bin\thashed"
    parsed = parse_signature(signature.to_bytes())
    result = verify_file(PAIR.public, path, parsed)
    assert result.valid and not result.legacy
    assert result.verdict is Verdict.VALID


def test_tampered_file_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", b"hello")
    signature = sign_file(PAIR, path)
    path.write_bytes(b"hellO")
    result = verify_file(PAIR.public, path, signature)
    assert result.verdict is Verdict.FILE_MODIFIED
    assert f"The file {path} does not match its signature" in result.reason


def test_tampered_trusted_comment_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", b"hello")
    text = sign_file(PAIR, path, timestamp=1700000000).to_bytes()
    tampered = parse_signature(text.replace(b"timestamp:1700000000", b"timestamp:1800000000"))
    result = verify_file(PAIR.public, path, tampered)
    assert result.verdict is Verdict.COMMENT_MODIFIED
    assert "trusted comment" in result.reason


def test_signature_by_another_key_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", b"hello")
    signature = sign_file(OTHER, path)
    result = verify_file(PAIR.public, path, signature)
    assert result.verdict is Verdict.WRONG_KEY
    assert OTHER.public.key_number_hex in result.reason
    assert PAIR.public.key_number_hex in result.reason
    # Even when the key number is forged to match, the signature itself fails.
    forged = MinisignSignature(
        signature.algorithm,
        PAIR.public.key_number,
        signature.signature,
        signature.trusted_comment,
        signature.global_signature,
    )
    assert verify_file(PAIR.public, path, forged).verdict is Verdict.FILE_MODIFIED


def test_legacy_signature_verifies_marked_legacy(tmp_path: Path) -> None:
    data = b"legacy content"
    path = _write(tmp_path / "old.txt", data)
    raw = PAIR.sign(data)
    comment = b"timestamp:1\tfile:old.txt"
    legacy = MinisignSignature(
        Algorithm.LEGACY, PAIR.public.key_number, raw, comment, PAIR.sign(raw + comment)
    )
    result = verify_file(PAIR.public, path, legacy)
    assert result.valid and result.legacy
    path.write_bytes(b"")
    assert verify_file(PAIR.public, path, legacy).verdict is Verdict.FILE_MODIFIED


def test_custom_trusted_comment_must_be_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "a", b"x")
    signature = sign_file(PAIR, path, trusted_comment="release 1.0")
    assert signature.trusted_comment_text == "release 1.0"
    with pytest.raises(Exception, match="single line"):
        sign_file(PAIR, path, trusted_comment="a\nb")


def test_file_names_cannot_break_the_trusted_comment() -> None:
    assert trusted_comment_for("a\nb\tc.txt", 5) == b"timestamp:5\tfile:abc.txt\thashed"


def test_digest_length_is_checked() -> None:
    with pytest.raises(Exception, match="64 bytes"):
        sign_digest(PAIR, b"short", file_name="x")


def test_batch_signs_each_file_like_one_at_a_time(tmp_path: Path) -> None:
    paths = [_write(tmp_path / f"f{i}", bytes([i]) * (i * 100_000)) for i in range(5)]
    signatures = sign_files(PAIR, paths, timestamp=42, workers=2)
    for path, signature in zip(paths, signatures, strict=True):
        assert signature == sign_file(PAIR, path, timestamp=42)
        assert signature.file_name == path.name


@pytest.mark.minisign
def test_minisign_accepts_what_keyfold_signs(tmp_path: Path) -> None:
    (tmp_path / "k.pub").write_text(PAIR.public.export(PublicKeyFormat.MINISIGN))
    for size in (0, 1, CHUNK_SIZE, 3 * CHUNK_SIZE + 7):
        path = _write(tmp_path / f"file {size}.bin", b"\xa5" * size)
        (tmp_path / f"file {size}.bin.minisig").write_bytes(sign_file(PAIR, path).to_bytes())
        result = run_minisign("-Vm", path.name, "-p", "k.pub", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "Signature and comment signature verified" in result.stderr + result.stdout
    # minisign refuses Keyfold's signatures when the file changes.
    path.write_bytes(b"changed")
    assert run_minisign("-Vm", path.name, "-p", "k.pub", cwd=tmp_path).returncode != 0


@pytest.mark.minisign
@pytest.mark.parametrize("legacy", [False, True])
def test_keyfold_verifies_what_minisign_signs(
    tmp_path: Path, minisign_key: Path, legacy: bool
) -> None:
    path = _write(tmp_path / "payload.bin", b"\x00\x01" * (CHUNK_SIZE + 3))
    flags = ["-l"] if legacy else []
    result = run_minisign("-S", *flags, "-s", "k.key", "-m", path.name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    key = parse_verifying_key(minisign_key.read_bytes())
    assert key.key_number is not None
    signature = read_signature_file(tmp_path / "payload.bin.minisig")
    assert signature.legacy is legacy
    outcome = verify_file(key.public_key, path, signature, key_number=key.key_number)
    assert outcome.valid and outcome.legacy is legacy
    # minisign's key numbers are random: the derived one does not match.
    assert verify_file(key.public_key, path, signature).verdict is Verdict.WRONG_KEY
    path.write_bytes(b"tampered")
    tampered = verify_file(key.public_key, path, signature, key_number=key.key_number)
    assert tampered.verdict is Verdict.FILE_MODIFIED


_CHILD = """
import json, sys
from pathlib import Path
from keyfold.core.keys import KeyPair
from keyfold.core.signing.files import sign_file
signature = sign_file(KeyPair.from_seed(bytes(range(32))), Path(sys.argv[1]))
Path(sys.argv[2]).write_bytes(signature.to_bytes())
# VmHWM, not ru_maxrss: Linux carries the parent's peak into ru_maxrss over exec.
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"rss_kib": int(peak)}))
"""


@pytest.mark.slow
def test_three_gib_sparse_file_signs_in_constant_memory(tmp_path: Path) -> None:
    path = tmp_path / "sparse.img"
    with open(path, "wb") as handle:
        handle.truncate(3 * 1024**3)
    sig_path = tmp_path / "sparse.img.minisig"
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(sig_path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=240,
    )
    child_rss_kib = json.loads(result.stdout)["rss_kib"]
    assert child_rss_kib < 150 * 1024
    assert verify_file(PAIR.public, path, read_signature_file(sig_path)).valid
