"""Field validation for request bodies, each failure a DataFold `INVALID_*` code."""

import base64
import binascii
import re
import uuid
from typing import Any

from keyfold.core.keys import is_valid_point
from keyfold.core.registry.protocol import ErrorCode
from keyfold.server.api_errors import ApiError, invalid

PUBLIC_KEY_HEX_CHARS = 64
SIGNATURE_HEX_CHARS = 128
MAX_ID_CHARS = 255  # the DataFold reference schema's VARCHAR(255)
MAX_METADATA_ENTRIES = 32
MAX_METADATA_KEY_CHARS = 64
MAX_METADATA_VALUE_CHARS = 1024
MAX_REASON_CHARS = 500
MESSAGE_ENCODINGS = ("utf8", "hex", "base64")

_CLIENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:@+-]{0,254}")
_HEX = re.compile(r"[0-9a-fA-F]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_DECIMAL = re.compile(r"[0-9]{1,18}")
# Server nonces: "<unix seconds>.<32 hex random>.<32 hex MAC>".
_NONCE = re.compile(r"[0-9]{1,12}\.[0-9a-f]{32}\.[0-9a-f]{32}")
MAX_NONCE_CHARS = 80


def proper_unicode(value: Any, where: str = "body") -> None:
    """Refuse lone surrogates anywhere in a decoded JSON document (keys included).

    JSON's \\ud800 escapes decode to strings that cannot be encoded as UTF-8,
    so without this check they would fail deep inside the database driver.
    """
    stack: list[tuple[Any, str]] = [(value, where)]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise ApiError(
                    400,
                    ErrorCode.INVALID_UNICODE,
                    f"{path} holds text that is not valid Unicode (a lone surrogate).",
                    {"field": path},
                )
        elif isinstance(item, dict):
            for key, inner in item.items():
                stack.append((key, path))
                stack.append((inner, f"{path}.{key}" if not _SURROGATE.search(key) else path))
        elif isinstance(item, list):
            stack.extend((inner, path) for inner in item)


def decimal(text: str | None, name: str, default: int, low: int, high: int) -> int:
    """An ASCII decimal in [low, high]; superscripts, other digits and 5,000 digits are refused."""
    if text is None:
        return default
    if not _DECIMAL.fullmatch(text) or not low <= int(text) <= high:
        raise invalid(
            f"INVALID_{name.upper()}", f"{name} must be a whole number from {low} to {high}.", name
        )
    return int(text)


def nonce(value: Any, field: str = "nonce") -> str:
    if not isinstance(value, str) or len(value) > MAX_NONCE_CHARS or not _NONCE.fullmatch(value):
        raise invalid(
            ErrorCode.INVALID_NONCE,
            f"{field} must be a nonce from GET /api/crypto/challenge.",
            field,
        )
    return value


def body_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise invalid(ErrorCode.INVALID_REQUEST, "The request body must be a JSON object.", "body")
    return body


def client_id(value: Any, *, required: bool = True) -> str | None:
    """A client id: 1-255 characters from letters, digits and `._:@+-`."""
    if value is None and not required:
        return None
    if not isinstance(value, str) or not _CLIENT_ID.fullmatch(value):
        raise invalid(
            ErrorCode.INVALID_CLIENT_ID,
            "client_id must be 1-255 characters: letters, digits and . _ : @ + - "
            "(starting with a letter or digit).",
            "client_id",
        )
    return value


def new_client_id() -> str:
    return f"client-{uuid.uuid4().hex}"


def public_key(value: Any, field: str = "public_key") -> bytes:
    """32 bytes of hex that decode to an Ed25519 point."""
    if (
        not isinstance(value, str)
        or len(value) != PUBLIC_KEY_HEX_CHARS
        or not _HEX.fullmatch(value)
    ):
        raise invalid(
            ErrorCode.INVALID_PUBLIC_KEY,
            f"{field} must be a 32-byte Ed25519 public key as 64 hex digits.",
            field,
        )
    raw = bytes.fromhex(value)
    if not is_valid_point(raw):
        message = (
            f"{field} is not a usable Ed25519 public key (a small-order or non-canonical point)."
        )
        raise invalid(ErrorCode.INVALID_PUBLIC_KEY, message, field)
    return raw


def signature(value: Any, field: str = "signature") -> bytes:
    if not isinstance(value, str) or len(value) != SIGNATURE_HEX_CHARS or not _HEX.fullmatch(value):
        raise invalid(
            ErrorCode.INVALID_SIGNATURE,
            f"{field} must be a 64-byte signature as 128 hex digits.",
            field,
        )
    return bytes.fromhex(value)


def optional_text(value: Any, field: str, code: str, limit: int = MAX_ID_CHARS) -> str | None:
    """An optional single-line string of at most `limit` characters."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit or _CONTROL.search(value):
        raise invalid(
            code, f"{field} must be text of at most {limit} characters on one line.", field
        )
    return value


def metadata(value: Any) -> dict[str, str]:
    """A flat map of strings, bounded in entries and sizes."""
    if value is None:
        return {}
    message = (
        f"metadata must be an object of at most {MAX_METADATA_ENTRIES} string values "
        f"(keys up to {MAX_METADATA_KEY_CHARS} characters, values up to "
        f"{MAX_METADATA_VALUE_CHARS})."
    )
    if not isinstance(value, dict) or len(value) > MAX_METADATA_ENTRIES:
        raise invalid(ErrorCode.INVALID_METADATA, message, "metadata")
    for key, item in value.items():
        if (
            not key
            or len(key) > MAX_METADATA_KEY_CHARS
            or not isinstance(item, str)
            or len(item) > MAX_METADATA_VALUE_CHARS
        ):
            raise invalid(ErrorCode.INVALID_METADATA, message, "metadata")
    return dict(value)


def message_encoding(value: Any) -> str:
    if value is None:
        return "utf8"
    if value not in MESSAGE_ENCODINGS:
        raise invalid(
            ErrorCode.INVALID_MESSAGE_ENCODING,
            "message_encoding must be one of utf8, hex, base64.",
            "message_encoding",
        )
    return str(value)


def message(value: Any, encoding: str) -> bytes:
    """The message bytes the signature covers, decoded per `message_encoding`."""
    if not isinstance(value, str):
        raise invalid(ErrorCode.INVALID_MESSAGE, "message must be a string.", "message")
    try:
        if encoding == "hex":
            if len(value) % 2 or not _HEX.fullmatch(value):
                raise ValueError("odd or non-hex")
            return bytes.fromhex(value)
        if encoding == "base64":
            return base64.b64decode(value, validate=True)
        return value.encode("utf-8")
    except (ValueError, binascii.Error) as exc:
        raise invalid(
            ErrorCode.INVALID_MESSAGE, f"message is not valid {encoding} text.", "message"
        ) from exc
