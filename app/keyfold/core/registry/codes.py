"""Sentences for the server's error codes and for the client's own failures."""

import re

from keyfold.core.registry.protocol import ErrorCode

# Codes the client raises itself (no server reply to speak of).
CONNECTION_FAILED = "CONNECTION_FAILED"
TIMEOUT = "TIMEOUT"
BAD_REPLY = "BAD_REPLY"
REPLY_TOO_LARGE = "REPLY_TOO_LARGE"
CERTIFICATE_MISMATCH = "CERTIFICATE_MISMATCH"
TLS_FAILED = "TLS_FAILED"
PLAIN_HTTP_REFUSED = "PLAIN_HTTP_REFUSED"
NOT_OFFERED = "NOT_OFFERED"
KEY_MISMATCH = "KEY_MISMATCH"

_MAX_SERVER_TEXT = 200
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]+")

_SENTENCES: dict[str, str] = {
    ErrorCode.INVALID_PUBLIC_KEY: "{server} rejected the public key as malformed.",
    ErrorCode.CLIENT_ALREADY_REGISTERED: (
        "The client id {client_id} is already registered on {server}."
    ),
    ErrorCode.DUPLICATE_PUBLIC_KEY: (
        "This public key is already registered on {server} under another client id."
    ),
    ErrorCode.CLIENT_NOT_FOUND: "No key is registered as {client_id} on {server}.",
    ErrorCode.SIGNATURE_VERIFICATION_FAILED: (
        "{server} says the signature does not match the key registered as {client_id}."
    ),
    ErrorCode.KEY_NOT_ACTIVE: (
        "The key registered as {client_id} on {server} is no longer active (revoked or expired)."
    ),
    ErrorCode.RATE_LIMITED: "{server} is limiting requests; try again later.",
    ErrorCode.PAYLOAD_TOO_LARGE: "{server} refused the request because it is too large.",
    ErrorCode.INVALID_JSON: "{server} could not read the request (invalid JSON).",
    ErrorCode.INVALID_REQUEST: "{server} could not read the request.",
    ErrorCode.INVALID_CLIENT_ID: (
        "{server} rejected the client id: use letters, digits and . _ : @ + - only."
    ),
    ErrorCode.INVALID_SIGNATURE: "{server} rejected the signature as malformed.",
    ErrorCode.INVALID_MESSAGE: "{server} rejected the message as malformed.",
    ErrorCode.INVALID_MESSAGE_ENCODING: "{server} does not accept this message encoding.",
    ErrorCode.INVALID_KEY_NAME: "{server} rejected the key name (too long or not one line).",
    ErrorCode.INVALID_USER_ID: "{server} rejected the user id (too long or not one line).",
    ErrorCode.INVALID_METADATA: "{server} rejected the metadata (too many or too long entries).",
    ErrorCode.UNAUTHORIZED: "{server} refused the request: a valid access token is needed.",
    # Not keyfold-server's, but other DataFold-style servers answer it.
    "FORBIDDEN": "{server} refused the request: this token may not do that.",
    ErrorCode.KEY_CHANGED: "The key registered as {client_id} changed meanwhile; try again.",
    ErrorCode.INTERNAL_ERROR: "{server} failed while handling the request; try again later.",
    ErrorCode.PROOF_REQUIRED: (
        "{server} registers only keys whose holder proves possession; unlock the key and retry."
    ),
    ErrorCode.INVALID_PROOF: "{server} could not read the proof of possession.",
    ErrorCode.INVALID_NONCE: "{server} refused the request's nonce (expired or not its own).",
    ErrorCode.NONCE_USED: "{server} has already seen this signed request; it was not repeated.",
    ErrorCode.INVALID_UNICODE: "{server} refused text that is not valid Unicode.",
    ErrorCode.REQUEST_TIMEOUT: "{server} gave up waiting for the request; try again.",
    ErrorCode.SERVER_BUSY: "{server} has too many connections open; try again later.",
    CONNECTION_FAILED: "Cannot reach {server}: {detail}.",
    TIMEOUT: "{server} did not answer in time.",
    BAD_REPLY: "{server} sent a reply Keyfold cannot read: {detail}.",
    REPLY_TOO_LARGE: "{server} sent a reply larger than {detail} bytes; it was not read.",
    CERTIFICATE_MISMATCH: (
        "The certificate of {server} does not match the pinned fingerprint "
        "(it has SHA-256 {detail}); the connection was closed before sending anything."
    ),
    TLS_FAILED: "The secure connection to {server} failed: {detail}.",
    PLAIN_HTTP_REFUSED: (
        "{server} uses plain http://, which Keyfold allows only for this computer; "
        "use https:// or allow plain HTTP for this server."
    ),
    NOT_OFFERED: "{server} does not offer {detail}.",
    KEY_MISMATCH: "The key registered as {client_id} on {server} is not this key.",
}


def clean_server_text(text: object) -> str:
    """A server-supplied string made safe to show: one line, printable, bounded."""
    value = _UNPRINTABLE.sub(" ", str(text)).strip()
    if len(value) > _MAX_SERVER_TEXT:
        value = value[: _MAX_SERVER_TEXT - 1] + "…"
    return value


def sentence(
    code: str,
    *,
    server: str,
    client_id: str | None = None,
    detail: str = "",
    server_message: str = "",
    status: int | None = None,
) -> str:
    """One sentence a user understands for `code`; unknown codes quote the server."""
    template = _SENTENCES.get(code)
    who = client_id or "this client"
    if template is not None:
        return template.format(server=server, client_id=who, detail=detail)
    said = clean_server_text(server_message).rstrip(".")
    status_text = f" (HTTP {status})" if status is not None else ""
    if said:
        return f"{server} refused the request{status_text}: {said} [{clean_server_text(code)}]."
    return f"{server} refused the request{status_text} [{clean_server_text(code)}]."
