"""The agent protocol, one test per message: requests parsed, replies encoded byte for byte."""

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from keyfold.core.ssh import agent_protocol as p
from keyfold.core.ssh.wire import WireFormatError, string, uint32


def test_request_identities() -> None:
    assert p.parse_request(bytes([11])) == p.RequestIdentities()
    assert p.request_identities() == bytes([11])


def test_identities_answer_encodes_count_blobs_and_comments() -> None:
    answer = p.identities_answer([(b"KEY1", "one"), (b"KEY2", "two")])
    assert answer == (
        bytes([12])
        + uint32(2)
        + string(b"KEY1")
        + string(b"one")
        + string(b"KEY2")
        + string(b"two")
    )
    assert p.parse_identities_answer(answer) == [(b"KEY1", "one"), (b"KEY2", "two")]


def test_sign_request_with_flags() -> None:
    message = p.sign_request(b"KEY", b"DATA", p.SSH_AGENT_RSA_SHA2_512)
    assert message == bytes([13]) + string(b"KEY") + string(b"DATA") + uint32(4)
    assert p.parse_request(message) == p.SignRequest(b"KEY", b"DATA", 4)


def test_sign_request_without_flags_means_zero() -> None:
    message = bytes([13]) + string(b"KEY") + string(b"DATA")
    assert p.parse_request(message) == p.SignRequest(b"KEY", b"DATA", 0)


def test_sign_response() -> None:
    assert p.sign_response(b"SIG") == bytes([14]) + string(b"SIG")
    assert p.parse_sign_response(p.sign_response(b"SIG")) == b"SIG"
    with pytest.raises(WireFormatError, match="refused to sign"):
        p.parse_sign_response(p.failure())


def test_lock_and_unlock_keep_the_passphrase_out_of_repr() -> None:
    lock = p.parse_request(bytes([22]) + string(b"secret"))
    unlock = p.parse_request(bytes([23]) + string(b"secret"))
    assert lock == p.LockRequest(b"secret", unlock=False)
    assert unlock == p.LockRequest(b"secret", unlock=True)
    assert "secret" not in repr(lock)


@pytest.mark.parametrize("kind", [17, 18, 19, 20, 21, 25, 26], ids=lambda k: p.MessageType(k).name)
def test_key_changes_are_recognised_to_be_refused(kind: int) -> None:
    assert p.parse_request(bytes([kind]) + b"whatever") == p.KeyChangeRequest(p.MessageType(kind))


def test_extension_names_its_type() -> None:
    message = bytes([27]) + string(b"session-bind@openssh.com") + string(b"hostkey")
    assert p.parse_request(message) == p.ExtensionRequest("session-bind@openssh.com")


def test_unknown_and_legacy_requests() -> None:
    assert p.parse_request(bytes([1])) == p.UnknownRequest(1)
    assert p.parse_request(bytes([200])) == p.UnknownRequest(200)


def test_success_and_failure_are_one_byte() -> None:
    assert p.success() == bytes([6])
    assert p.failure() == bytes([5])


def test_frames_are_length_prefixed_and_bounded() -> None:
    assert p.frame(b"abc") == uint32(3) + b"abc"
    assert p.frame_length(uint32(5)) == 5
    with pytest.raises(WireFormatError, match="empty"):
        p.frame_length(uint32(0))
    with pytest.raises(WireFormatError, match="more than"):
        p.frame_length(uint32(p.MAX_MESSAGE_SIZE + 1))


def test_malformed_requests_raise_wire_errors() -> None:
    with pytest.raises(WireFormatError):
        p.parse_request(b"")
    with pytest.raises(WireFormatError, match="truncated"):
        p.parse_request(bytes([13]) + uint32(100) + b"short")
    with pytest.raises(WireFormatError, match="unexpected bytes"):
        p.parse_request(bytes([11, 0]))


@given(st.binary(max_size=300))
def test_fuzzed_requests_parse_or_raise_wire_errors(message: bytes) -> None:
    with contextlib.suppress(WireFormatError):
        p.parse_request(message)
