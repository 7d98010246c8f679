"""Strict readers for JSON fields: each failure is a BackupFormatError naming the field."""

import base64
import binascii
import json
from collections.abc import Mapping
from typing import Any

from keyfold.core.errors import BackupFormatError
from keyfold.core.limits import MAX_BACKUP_BYTES as MAX_BACKUP_BYTES  # re-exported

JsonObject = Mapping[str, Any]


def load_object(data: bytes, what: str = "backup") -> JsonObject:
    """Parse `data` as one JSON object; refuse oversize, non-UTF-8 and duplicate keys."""
    if len(data) > MAX_BACKUP_BYTES:
        raise BackupFormatError(
            f"The {what} file is {len(data)} bytes, larger than the {MAX_BACKUP_BYTES} allowed.",
            field="file",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BackupFormatError(f"The {what} file is not UTF-8 text.", field="file") from None
    try:
        document = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constants)
    except BackupFormatError:
        raise
    except (ValueError, RecursionError):
        raise BackupFormatError(f"The {what} file is not valid JSON.", field="file") from None
    if not isinstance(document, dict):
        raise BackupFormatError(f"The {what} file is not a JSON object.", field="file")
    return document


def get_object(parent: JsonObject, key: str, path: str = "") -> JsonObject:
    value = _require(parent, key, path)
    if not isinstance(value, dict):
        raise _wrong_type(path + key, "an object")
    return value


def get_str(parent: JsonObject, key: str, path: str = "") -> str:
    value = _require(parent, key, path)
    if not isinstance(value, str):
        raise _wrong_type(path + key, "a string")
    return value


def get_optional_str(parent: JsonObject, key: str, path: str = "") -> str | None:
    if parent.get(key) is None:
        return None
    return get_str(parent, key, path)


def get_int(parent: JsonObject, key: str, path: str = "") -> int:
    value = _require(parent, key, path)
    # bool is an int subclass in Python; JSON true is not a number.
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong_type(path + key, "an integer")
    return value


def get_b64(parent: JsonObject, key: str, path: str = "") -> bytes:
    """Decode standard base64; refuse other alphabets and non-canonical encodings."""
    text = get_str(parent, key, path)
    field = path + key
    # Tolerate writers that drop the padding, but not ones that get it wrong.
    padded = text if "=" in text else text + "=" * (-len(text) % 4)
    try:
        raw = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        raise BackupFormatError(f"{field} is not valid base64.", field=field) from None
    # Unused low bits in the last character would let two texts mean the same
    # bytes; only the canonical form is accepted.
    if b64encode(raw) != padded:
        raise BackupFormatError(f"{field} is not canonical base64.", field=field)
    return raw


def b64encode(data: bytes) -> str:
    """Standard base64 with padding, as the backup format writes it."""
    return base64.b64encode(data).decode("ascii")


def string_fields(obj: JsonObject) -> dict[str, str]:
    """The fields of `obj` whose values are strings."""
    return {key: value for key, value in obj.items() if isinstance(value, str)}


def _require(parent: JsonObject, key: str, path: str) -> Any:
    if key not in parent or parent[key] is None:
        raise BackupFormatError(f"The field {path + key} is missing.", field=path + key)
    return parent[key]


def _wrong_type(field: str, expected: str) -> BackupFormatError:
    return BackupFormatError(f"The field {field} must be {expected}.", field=field)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Parsers disagree on which duplicate wins, so a duplicate is ambiguous.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise BackupFormatError(f"The field {key} appears twice.", field=key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise BackupFormatError(f"The value {name} is not valid JSON.", field="file")
