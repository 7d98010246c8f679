"""SSH wire encoding: strings, key and signature blobs, and refusals named by field."""

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from keyfold.core.keys import KeyPair, PublicKeyFormat
from keyfold.core.ssh.wire import (
    Reader,
    WireFormatError,
    openssh_line,
    parse_public_key_blob,
    parse_signature_blob,
    public_key_blob,
    signature_blob,
    string,
)


def test_string_is_length_prefixed() -> None:
    assert string(b"abc") == b"\x00\x00\x00\x03abc"


def test_key_blob_round_trip_matches_the_openssh_line() -> None:
    pair = KeyPair.generate()
    blob = public_key_blob(pair.public)
    assert parse_public_key_blob(blob) == pair.public
    assert (
        openssh_line(pair.public, "me") == pair.public.export(PublicKeyFormat.OPENSSH, "me").strip()
    )


def test_other_key_types_are_refused_by_name() -> None:
    blob = string(b"ssh-rsa") + string(b"\x01\x00\x01") + string(b"\x00" * 20)
    with pytest.raises(WireFormatError, match="ssh-rsa key"):
        parse_public_key_blob(blob)


def test_truncated_fields_are_named() -> None:
    with pytest.raises(WireFormatError, match="truncated in its key"):
        parse_public_key_blob(string(b"ssh-ed25519") + b"\x00\x00\x00\x20abc")


def test_a_small_order_point_is_a_wire_error() -> None:
    # The identity point: 32 bytes, well-formed, but it would verify forged signatures.
    blob = string(b"ssh-ed25519") + string(b"\x01" + b"\x00" * 31)
    with pytest.raises(WireFormatError, match="not a usable Ed25519 key"):
        parse_public_key_blob(blob)


def test_trailing_bytes_are_refused() -> None:
    pair = KeyPair.generate()
    with pytest.raises(WireFormatError, match="unexpected bytes"):
        parse_public_key_blob(public_key_blob(pair.public) + b"x")


def test_signature_blob_round_trip_and_wrong_size() -> None:
    assert parse_signature_blob(signature_blob(b"s" * 64)) == b"s" * 64
    with pytest.raises(WireFormatError, match="63 signature bytes"):
        parse_signature_blob(signature_blob(b"s" * 63))


def test_reader_never_reads_past_the_end() -> None:
    reader = Reader(b"\xff\xff\xff\xff", "The field test")
    with pytest.raises(WireFormatError, match="truncated"):
        reader.string("data")


@given(st.binary(max_size=200))
def test_fuzzed_blobs_parse_or_raise_wire_errors(data: bytes) -> None:
    for parse in (parse_public_key_blob, parse_signature_blob):
        with contextlib.suppress(WireFormatError):
            parse(data)
