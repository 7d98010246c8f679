"""The registration protocol both ends share: error codes, paths and signed messages.

keyfold-server (`keyfold.server`) and the client (`keyfold.core.registry.client`)
build the messages a key signs from these functions only, so the two can
never drift. Every signed message is UTF-8 text, one field per line, joined
by a single "\\n" with no trailing newline; the first line names the
purpose and version, so a signature for one purpose never passes for another:

    keyfold-register-v1 / server_id / client_id / public_key / nonce
    keyfold-rotate-v1   / server_id / client_id / old_public_key / new_public_key / nonce
    keyfold-revoke-v1   / server_id / client_id / public_key / nonce

Keys are lowercase hex of the 32 raw bytes. `server_id` and `nonce` come from
the server's challenge (GET /api/crypto/challenge); a nonce is accepted once.
docs/server-api.md describes the whole API.
"""

from enum import StrEnum

CAPABILITIES_PATH = "/api/crypto/capabilities"
CHALLENGE_PATH = "/api/crypto/challenge"
REGISTER_PATH = "/api/crypto/keys/register"
STATUS_PATH = "/api/crypto/keys/status/{client_id}"
VERIFY_PATH = "/api/crypto/signatures/verify"
REVOKE_PATH = "/api/crypto/keys/revoke/{client_id}"
ROTATE_PATH = "/api/crypto/keys/rotate/{client_id}"
LIST_PATH = "/api/crypto/keys"
HEALTH_PATH = "/health"

REGISTER_PURPOSE = "keyfold-register-v1"
ROTATE_PURPOSE = "keyfold-rotate-v1"
REVOKE_PURPOSE = "keyfold-revoke-v1"


class ErrorCode(StrEnum):
    """Every `error.code` keyfold-server sends (the DataFold node's and its own)."""

    # The DataFold node's codes.
    INVALID_PUBLIC_KEY = "INVALID_PUBLIC_KEY"
    CLIENT_ALREADY_REGISTERED = "CLIENT_ALREADY_REGISTERED"
    DUPLICATE_PUBLIC_KEY = "DUPLICATE_PUBLIC_KEY"
    CLIENT_NOT_FOUND = "CLIENT_NOT_FOUND"
    SIGNATURE_VERIFICATION_FAILED = "SIGNATURE_VERIFICATION_FAILED"
    KEY_NOT_ACTIVE = "KEY_NOT_ACTIVE"
    INVALID_CLIENT_ID = "INVALID_CLIENT_ID"
    INVALID_SIGNATURE = "INVALID_SIGNATURE"
    INVALID_MESSAGE = "INVALID_MESSAGE"
    INVALID_MESSAGE_ENCODING = "INVALID_MESSAGE_ENCODING"
    # Request shape.
    INVALID_JSON = "INVALID_JSON"
    INVALID_REQUEST = "INVALID_REQUEST"
    INVALID_UNICODE = "INVALID_UNICODE"
    INVALID_KEY_NAME = "INVALID_KEY_NAME"
    INVALID_USER_ID = "INVALID_USER_ID"
    INVALID_METADATA = "INVALID_METADATA"
    INVALID_REASON = "INVALID_REASON"
    INVALID_LIMIT = "INVALID_LIMIT"
    INVALID_OFFSET = "INVALID_OFFSET"
    INVALID_STATUS = "INVALID_STATUS"
    INVALID_PROOF = "INVALID_PROOF"
    PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
    # Authorisation and freshness.
    UNAUTHORIZED = "UNAUTHORIZED"
    PROOF_REQUIRED = "PROOF_REQUIRED"
    INVALID_NONCE = "INVALID_NONCE"
    NONCE_USED = "NONCE_USED"
    KEY_CHANGED = "KEY_CHANGED"
    # The edge.
    RATE_LIMITED = "RATE_LIMITED"
    REQUEST_TIMEOUT = "REQUEST_TIMEOUT"
    CLIENT_DISCONNECTED = "CLIENT_DISCONNECTED"
    SERVER_BUSY = "SERVER_BUSY"
    NOT_FOUND = "NOT_FOUND"
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    HTTP_ERROR = "HTTP_ERROR"
    INTERNAL_ERROR = "INTERNAL_ERROR"


def _lines(*fields: str) -> bytes:
    for value in fields:
        if not value or "\n" in value or "\r" in value:
            raise ValueError("A signed-message field is empty or spans lines.")
    return "\n".join(fields).encode("utf-8")


def proof_message(server_id: str, client_id: str, public_key: bytes, nonce: str) -> bytes:
    """What a key signs to prove possession when it is registered as `client_id`."""
    return _lines(REGISTER_PURPOSE, server_id, client_id, public_key.hex(), nonce)


def rotate_message(
    server_id: str, client_id: str, old_public_key: bytes, new_public_key: bytes, nonce: str
) -> bytes:
    """What the old key (and, to prove the new one, the new key) signs to rotate."""
    return _lines(
        ROTATE_PURPOSE, server_id, client_id, old_public_key.hex(), new_public_key.hex(), nonce
    )


def revoke_message(server_id: str, client_id: str, public_key: bytes, nonce: str) -> bytes:
    """What the registered key signs to revoke its own registration."""
    return _lines(REVOKE_PURPOSE, server_id, client_id, public_key.hex(), nonce)
