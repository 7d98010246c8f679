"""The OpenSSH agent protocol (draft-miller-ssh-agent): requests parsed, replies encoded.

Keyfold's agent answers identities, sign requests, lock and unlock; requests
to add or remove keys and unknown extensions get SSH_AGENT_FAILURE, as the
draft asks of an agent that does not support them.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from keyfold.core.ssh.wire import Reader, WireFormatError, string, uint32

# OpenSSH's own agent refuses messages above 256 KiB; clients never send more.
MAX_MESSAGE_SIZE = 256 * 1024


class MessageType(IntEnum):
    FAILURE = 5
    SUCCESS = 6
    REQUEST_IDENTITIES = 11
    IDENTITIES_ANSWER = 12
    SIGN_REQUEST = 13
    SIGN_RESPONSE = 14
    ADD_IDENTITY = 17
    REMOVE_IDENTITY = 18
    REMOVE_ALL_IDENTITIES = 19
    ADD_SMARTCARD_KEY = 20
    REMOVE_SMARTCARD_KEY = 21
    LOCK = 22
    UNLOCK = 23
    ADD_ID_CONSTRAINED = 25
    ADD_SMARTCARD_KEY_CONSTRAINED = 26
    EXTENSION = 27


# Sign request flags. Only RSA keys use them; an ed25519 signature is the same
# whatever they say, so they are accepted and ignored (as OpenSSH does).
SSH_AGENT_RSA_SHA2_256 = 2
SSH_AGENT_RSA_SHA2_512 = 4

# Requests that change the agent's keys: Keyfold's keys come from its vault only.
KEY_CHANGE_REQUESTS = frozenset(
    {
        MessageType.ADD_IDENTITY,
        MessageType.REMOVE_IDENTITY,
        MessageType.REMOVE_ALL_IDENTITIES,
        MessageType.ADD_SMARTCARD_KEY,
        MessageType.REMOVE_SMARTCARD_KEY,
        MessageType.ADD_ID_CONSTRAINED,
        MessageType.ADD_SMARTCARD_KEY_CONSTRAINED,
    }
)


@dataclass(frozen=True)
class RequestIdentities:
    pass


@dataclass(frozen=True)
class SignRequest:
    key_blob: bytes
    data: bytes
    flags: int


@dataclass(frozen=True)
class LockRequest:
    passphrase: bytes
    unlock: bool  # False: SSH_AGENTC_LOCK, True: SSH_AGENTC_UNLOCK

    def __repr__(self) -> str:
        return f"LockRequest(unlock={self.unlock})"


@dataclass(frozen=True)
class ExtensionRequest:
    name: str


@dataclass(frozen=True)
class KeyChangeRequest:
    """An add or remove request; refused, but named in the log."""

    message_type: MessageType


@dataclass(frozen=True)
class UnknownRequest:
    message_type: int


Request = (
    RequestIdentities
    | SignRequest
    | LockRequest
    | ExtensionRequest
    | KeyChangeRequest
    | UnknownRequest
)


def parse_request(message: bytes) -> Request:
    """One request (the bytes after the length prefix); WireFormatError when malformed."""
    reader = Reader(message, "The agent request")
    kind = reader.byte("message type")
    if kind == MessageType.REQUEST_IDENTITIES:
        reader.end()
        return RequestIdentities()
    if kind == MessageType.SIGN_REQUEST:
        key_blob = reader.string("key")
        data = reader.string("data")
        # Old clients omit the flags; OpenSSH's agent treats that as 0 too.
        flags = reader.uint32("flags") if reader.remaining else 0
        reader.end()
        return SignRequest(key_blob, data, flags)
    if kind in (MessageType.LOCK, MessageType.UNLOCK):
        passphrase = reader.string("passphrase")
        reader.end()
        return LockRequest(passphrase, unlock=kind == MessageType.UNLOCK)
    if kind == MessageType.EXTENSION:
        name = reader.string("extension name")
        # The extension's own contents follow; unsupported ones are not read.
        return ExtensionRequest(name.decode("utf-8", "replace"))
    if kind in KEY_CHANGE_REQUESTS:
        return KeyChangeRequest(MessageType(kind))
    return UnknownRequest(kind)


def frame(message: bytes) -> bytes:
    """A message with its uint32 length prefix."""
    return uint32(len(message)) + message


def frame_length(header: bytes) -> int:
    """The length announced by a 4-byte prefix; WireFormatError above the limit."""
    length = int.from_bytes(header, "big")
    if length == 0:
        raise WireFormatError("The agent request is empty.")
    if length > MAX_MESSAGE_SIZE:
        raise WireFormatError(
            f"The agent request announces {length} bytes, more than {MAX_MESSAGE_SIZE}."
        )
    return length


def failure() -> bytes:
    return bytes([MessageType.FAILURE])


def success() -> bytes:
    return bytes([MessageType.SUCCESS])


def identities_answer(identities: Sequence[tuple[bytes, str]]) -> bytes:
    """SSH_AGENT_IDENTITIES_ANSWER: (key blob, comment) pairs."""
    body = bytearray([MessageType.IDENTITIES_ANSWER])
    body += uint32(len(identities))
    for blob, comment in identities:
        body += string(blob) + string(comment.encode("utf-8"))
    return bytes(body)


def sign_response(signature: bytes) -> bytes:
    """SSH_AGENT_SIGN_RESPONSE around an SSH signature blob."""
    return bytes([MessageType.SIGN_RESPONSE]) + string(signature)


# Client side: what the tests and `keyfold-ssh` (signing through a running agent) send.


def request_identities() -> bytes:
    return bytes([MessageType.REQUEST_IDENTITIES])


def sign_request(key_blob: bytes, data: bytes, flags: int = 0) -> bytes:
    return bytes([MessageType.SIGN_REQUEST]) + string(key_blob) + string(data) + uint32(flags)


def parse_identities_answer(message: bytes) -> list[tuple[bytes, str]]:
    reader = Reader(message, "The agent's identities answer")
    if reader.byte("message type") != MessageType.IDENTITIES_ANSWER:
        raise WireFormatError("The agent refused to list its keys.")
    count = reader.uint32("key count")
    identities = []
    for _ in range(count):
        blob = reader.string("key")
        comment = reader.string("comment").decode("utf-8", "replace")
        identities.append((blob, comment))
    reader.end()
    return identities


def parse_sign_response(message: bytes) -> bytes:
    """The SSH signature blob of a sign response; WireFormatError on a refusal."""
    reader = Reader(message, "The agent's sign response")
    if reader.byte("message type") != MessageType.SIGN_RESPONSE:
        raise WireFormatError("The agent refused to sign.")
    blob = reader.string("signature")
    reader.end()
    return blob
