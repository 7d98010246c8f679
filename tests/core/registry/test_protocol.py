"""Tests for the shared protocol: message formats are fixed, fields never span lines."""

import pytest

from keyfold.core.registry import protocol
from keyfold.core.registry.protocol import ErrorCode

OLD, NEW = bytes(range(32)), bytes(range(32, 64))


def test_the_messages_are_the_documented_lines() -> None:
    assert protocol.proof_message("kfs-1", "alice", OLD, "1.ab.cd") == (
        b"keyfold-register-v1\nkfs-1\nalice\n" + OLD.hex().encode() + b"\n1.ab.cd"
    )
    assert protocol.rotate_message("kfs-1", "alice", OLD, NEW, "n") == (
        b"keyfold-rotate-v1\nkfs-1\nalice\n"
        + OLD.hex().encode()
        + b"\n"
        + NEW.hex().encode()
        + b"\nn"
    )
    assert protocol.revoke_message("kfs-1", "alice", OLD, "n").startswith(b"keyfold-revoke-v1\n")


def test_purposes_never_collide() -> None:
    messages = {
        protocol.proof_message("s", "c", OLD, "n"),
        protocol.revoke_message("s", "c", OLD, "n"),
        protocol.rotate_message("s", "c", OLD, OLD, "n"),
    }
    assert len(messages) == 3


@pytest.mark.parametrize("bad", ["", "a\nb", "a\rb"])
def test_a_field_spanning_lines_or_empty_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="spans lines"):
        protocol.proof_message("s", bad, OLD, "n")
    with pytest.raises(ValueError, match="spans lines"):
        protocol.revoke_message(bad, "c", OLD, "n")


def test_error_codes_compare_as_their_text() -> None:
    assert ErrorCode.CLIENT_ALREADY_REGISTERED == "CLIENT_ALREADY_REGISTERED"
    assert ErrorCode("NONCE_USED") is ErrorCode.NONCE_USED
