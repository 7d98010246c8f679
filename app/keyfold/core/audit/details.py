"""The secret guard of the audit log: which details an entry may carry, and in what form.

`details` keys come from an allow-list, values are short single-line strings,
and values that look like key material are refused (`AuditDetailError`);
`loggable` makes free text fit before it gets there.
"""

import os
from collections.abc import Mapping
from typing import Any

from keyfold.core.display import escape_path
from keyfold.core.errors import InvalidInputError

MAX_DETAIL_LENGTH = 512
MAX_DETAILS = 24
# Paths are recorded whole (escaped, see loggable_path): PATH_MAX is 4096
# bytes and an escaped byte takes at most four characters.
MAX_PATH_DETAIL_LENGTH = 4 * 4096
PATH_DETAIL_KEYS = frozenset({"path", "file", "signature_file"})

# Every key a caller may put in `details`. Names that could carry a secret
# (passphrase, seed, token, private key, password) are deliberately absent.
ALLOWED_DETAIL_KEYS = frozenset(
    {
        "action",
        "bundle",
        "classes",
        "client_id",
        "count",
        "emergency",
        "error",
        "file",
        "fingerprint",
        "format",
        "from_storage",
        "from_version",
        "key_name",
        "length",
        "message_hash",
        "name",
        "new_client_id",
        "old_client_id",
        "on_conflict",
        "outcome",
        "path",
        "preset",
        "public_key",
        "reason",
        "registration_id",
        "result",
        "rotation_id",
        "server",
        "service",
        "shard_id",
        "shard_version",
        "signature_file",
        "source",
        "source_key_id",
        "status",
        "step",
        "storage",
        "to_storage",
        "to_version",
        "trusted",
    }
)

# Substrings that only key material or credentials contain.
_SECRET_MARKERS = ("PRIVATE KEY", "BEGIN OPENSSH", "ciphertext", "Bearer ")


class AuditDetailError(InvalidInputError):
    """An audit entry was refused because a detail could carry a secret."""


def check_details(details: Mapping[str, Any]) -> dict[str, str]:
    """The details as a plain str map, or AuditDetailError naming the bad field."""
    if len(details) > MAX_DETAILS:
        raise AuditDetailError(f"An audit entry takes at most {MAX_DETAILS} details.")
    checked: dict[str, str] = {}
    for key, value in details.items():
        if key not in ALLOWED_DETAIL_KEYS:
            raise AuditDetailError(f"The audit detail {key!r} is not an allowed field.")
        text = value if isinstance(value, str) else _scalar_text(key, value)
        limit = MAX_PATH_DETAIL_LENGTH if key in PATH_DETAIL_KEYS else MAX_DETAIL_LENGTH
        if len(text) > limit:
            raise AuditDetailError(f"The audit detail {key!r} is longer than {limit} characters.")
        if any(
            ord(char) < 0x20 or ord(char) == 0x7F or 0xD800 <= ord(char) < 0xE000 for char in text
        ):
            raise AuditDetailError(
                f"The audit detail {key!r} contains control or undecodable characters."
            )
        if any(marker in text for marker in _SECRET_MARKERS):
            raise AuditDetailError(f"The audit detail {key!r} looks like key material.")
        checked[key] = text
    return checked


def loggable(text: str) -> str:
    """Free text (a user's label, an id from a file) fit for a detail: one line
    with control, bidi and undecodable characters escaped (keyfold.core.display),
    bounded, and withheld when it contains a marker the secret guard refuses."""
    line = escape_path(text)
    if any(marker in line for marker in _SECRET_MARKERS):
        return "(withheld)"
    if len(line) > MAX_DETAIL_LENGTH:
        return line[: MAX_DETAIL_LENGTH - 1] + "…"
    return line


def loggable_path(path: "os.PathLike[str] | str") -> str:
    """A path for a `path`/`file` detail, whole and lossless: `unescape_path`
    of the recorded text gives back its exact bytes (through os.fsencode)."""
    line = escape_path(path)
    if len(line) > MAX_PATH_DETAIL_LENGTH:
        return line[: MAX_PATH_DETAIL_LENGTH - 1] + "…"
    return line


def _unsafe(char: str) -> bool:
    code = ord(char)
    return code < 0x20 or code == 0x7F or 0xD800 <= code < 0xE000  # controls, surrogates


def _scalar_text(key: str, value: Any) -> str:
    # bool before int: bool is an int subclass and prints as "True".
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    raise AuditDetailError(f"The audit detail {key!r} must be text or a number.")
