"""Tests for the minisign signature and public key file formats."""

import base64
from pathlib import Path

import pytest

from keyfold.core.errors import SignatureFormatError
from keyfold.core.keys import KeyPair, PublicKeyFormat
from keyfold.core.signing.minisign import (
    MAX_SIGNATURE_FILE_BYTES,
    Algorithm,
    MinisignSignature,
    parse_public_key,
    parse_signature,
    read_signature_file,
    signature_path_for,
)


def _signature(comment: bytes = b"timestamp:1700000000\tfile:a b.txt\thashed") -> MinisignSignature:
    return MinisignSignature(
        algorithm=Algorithm.PREHASHED,
        key_number=bytes(range(8)),
        signature=bytes(range(64)),
        trusted_comment=comment,
        global_signature=bytes(range(64, 128)),
        untrusted_comment="signature from somebody",
    )


def test_round_trip_keeps_every_field() -> None:
    original = _signature()
    text = original.to_bytes()
    assert text.startswith(b"untrusted comment: signature from somebody\n")
    assert text.count(b"\n") == 4
    parsed = parse_signature(text)
    assert parsed == original
    assert parsed.untrusted_comment == "signature from somebody"
    assert parsed.prehashed and not parsed.legacy


def test_trusted_comment_fields() -> None:
    parsed = parse_signature(_signature().to_bytes())
    assert parsed.timestamp == 1700000000
    assert parsed.file_name == "a b.txt"
    assert parsed.key_number_hex == "0706050403020100"
    assert parse_signature(_signature(b"free text").to_bytes()).timestamp is None


def test_crlf_line_endings_are_accepted() -> None:
    text = _signature().to_bytes().replace(b"\n", b"\r\n")
    assert parse_signature(text) == _signature()


def test_untrusted_comment_newlines_cannot_break_the_file() -> None:
    signature = MinisignSignature(
        Algorithm.LEGACY, bytes(8), bytes(64), b"c", bytes(64), untrusted_comment="a\nb"
    )
    parsed = parse_signature(signature.to_bytes())
    assert parsed.untrusted_comment == "a b"
    assert parsed.legacy


def _lines() -> list[bytes]:
    return _signature().to_bytes().split(b"\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"", "ends before an untrusted comment line"),
        (b"hello\n", "line 1 must start 'untrusted comment:'"),
        (b"\n".join(_lines()[:1]), "ends before its signature line"),
        (b"\n".join(_lines()[:2]), "ends before a trusted comment line"),
        (b"\n".join(_lines()[:3]), "ends before its global signature line"),
        (b"\n".join([_lines()[0], b"!!!!", *_lines()[2:]]), "signature line of the x is not"),
        (
            b"\n".join([_lines()[0], base64.b64encode(b"ED" + bytes(40)), *_lines()[2:]]),
            "has 42 bytes instead of 74",
        ),
        (
            b"\n".join([_lines()[0], base64.b64encode(b"XX" + bytes(72)), *_lines()[2:]]),
            "unknown signature algorithm 'XX'",
        ),
        (b"\n".join([*_lines()[:2], b"comment: x", *_lines()[3:]]), "line 3 must start"),
        (b"\n".join([*_lines()[:3], _lines()[3][:-8]]), "global signature line of the x"),
        (_signature().to_bytes() + b"more\n", "extra lines"),
    ],
)
def test_malformed_signatures_name_what_is_wrong(text: bytes, expected: str) -> None:
    with pytest.raises(SignatureFormatError, match=expected.replace("(", r"\(")) as caught:
        parse_signature(text, "The x")
    message = str(caught.value)
    assert message.endswith(".") and message.count(". ") == 0


def test_read_signature_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "f.minisig"
    path.write_bytes(_signature().to_bytes()[:100])
    with pytest.raises(SignatureFormatError, match=f"signature file {path}"):
        read_signature_file(path)
    with pytest.raises(SignatureFormatError, match="Cannot read the signature file"):
        read_signature_file(tmp_path / "missing.minisig")
    path.write_bytes(b"x" * (MAX_SIGNATURE_FILE_BYTES + 1))
    with pytest.raises(SignatureFormatError, match="too large"):
        read_signature_file(path)
    path.write_bytes(_signature().to_bytes())
    assert read_signature_file(path) == _signature()


def test_signature_path_is_beside_the_file() -> None:
    assert signature_path_for(Path("/d/a.tar.gz")) == Path("/d/a.tar.gz.minisig")


def test_public_key_round_trip_with_keys_export() -> None:
    pair = KeyPair.generate()
    exported = pair.public.export(PublicKeyFormat.MINISIGN).encode()
    parsed = parse_public_key(exported)
    assert parsed.public_key == pair.public
    assert parsed.key_number == pair.public.key_number
    assert parsed.key_number_hex == pair.public.key_number_hex
    assert parsed.to_bytes() == exported
    # The base64 line alone is what `minisign -P` takes.
    assert parse_public_key(exported.split(b"\n")[1]) == parsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"", "is empty"),
        (b"untrusted comment: x\n", "exactly one minisign key line"),
        (b"untrusted comment: x\nRWQ=\n", "has 2 bytes instead of 42"),
        (b"untrusted comment: x\n" + base64.b64encode(b"XX" + bytes(40)), "not an Ed25519"),
    ],
)
def test_malformed_public_keys(text: bytes, expected: str) -> None:
    with pytest.raises(SignatureFormatError, match=expected):
        parse_public_key(text, "The key k.pub")


@pytest.mark.parametrize(
    "stamp", ["timestamp:²".encode(), b"timestamp:" + b"9" * 5000, "timestamp:١٢".encode()]
)
def test_a_timestamp_that_is_no_time_reads_as_none(stamp: bytes) -> None:
    corpus = Path(__file__).parents[2] / "fuzz" / "corpus" / "minisig" / "keyfold.minisig"
    data = corpus.read_bytes().replace(b"timestamp:1750000000", stamp)
    signature = parse_signature(data)
    assert signature.timestamp is None
