"""Strict parsing of the `{success, data, error}` envelope and of its data fields.

Every reply is treated as hostile: non-JSON, wrong types or missing fields
become a RegistryError with code BAD_REPLY and a sentence, never a KeyError.
"""

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from keyfold.core.errors import KeyFormatError, RegistryError
from keyfold.core.keys import PublicKey
from keyfold.core.registry import codes
from keyfold.core.registry.records import Registration


@dataclass(frozen=True)
class ServerError:
    """The `error` object of a failed reply."""

    code: str
    message: str
    details: dict[str, Any]


@dataclass(frozen=True)
class Envelope:
    status: int
    data: Any
    error: ServerError | None


def bad_reply(server: str, detail: str, status: int | None = None) -> RegistryError:
    return RegistryError(
        codes.sentence(codes.BAD_REPLY, server=server, detail=detail), codes.BAD_REPLY, status
    )


def parse_envelope(body: bytes, status: int, server: str) -> Envelope:
    """The envelope of a reply; BAD_REPLY when it is not one."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise bad_reply(server, f"HTTP {status} with a body that is not JSON", status) from exc
    if not isinstance(document, dict):
        raise bad_reply(server, "the reply is not a JSON object", status)
    success = document.get("success")
    if not isinstance(success, bool):
        raise bad_reply(server, "the reply has no true/false 'success' field", status)
    if success:
        if not 200 <= status < 300:
            raise bad_reply(server, f"HTTP {status} claims success", status)
        if "data" not in document:
            raise bad_reply(server, "a successful reply has no 'data'", status)
        return Envelope(status, document["data"], None)
    error = document.get("error")
    if not isinstance(error, dict):
        raise bad_reply(server, "a failed reply has no 'error' object", status)
    code, message = error.get("code"), error.get("message", "")
    if not isinstance(code, str) or not code or not isinstance(message, str):
        raise bad_reply(server, "the error has no text 'code' and 'message'", status)
    details = error.get("details")
    return Envelope(
        status, None, ServerError(code, message, details if isinstance(details, dict) else {})
    )


class Fields:
    """Typed access to a `data` object; each failure names the field."""

    def __init__(self, data: Any, server: str, what: str) -> None:
        if not isinstance(data, dict):
            raise bad_reply(server, f"the {what} is not a JSON object")
        self.data = data
        self.server = server
        self.what = what

    def text(self, name: str) -> str:
        value = self.data.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)  # some servers number their registrations
        if not isinstance(value, str) or not value:
            raise bad_reply(self.server, f"the {self.what} has no text field '{name}'")
        return value

    def optional_text(self, name: str) -> str | None:
        value = self.data.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            raise bad_reply(self.server, f"the {self.what} field '{name}' is not text")
        return value

    def boolean(self, name: str) -> bool:
        value = self.data.get(name)
        if not isinstance(value, bool):
            raise bad_reply(self.server, f"the {self.what} field '{name}' is not true/false")
        return value

    def public_key(self, name: str = "public_key") -> PublicKey:
        try:
            return PublicKey.from_hex(self.text(name))
        except KeyFormatError as exc:
            raise bad_reply(
                self.server, f"the {self.what} field '{name}' is not a public key"
            ) from exc

    def time(self, name: str) -> datetime | None:
        value = self.optional_text(name)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise bad_reply(self.server, f"the {self.what} field '{name}' is not a time") from exc
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_registration(data: Any, server: str) -> Registration:
    fields = Fields(data, server, "registration")
    return Registration(
        registration_id=fields.text("registration_id"),
        client_id=fields.text("client_id"),
        public_key=fields.public_key(),
        key_name=fields.optional_text("key_name"),
        registered_at=fields.time("registered_at"),
        status=fields.optional_text("status") or "active",
        last_used=fields.time("last_used"),
        user_id=fields.optional_text("user_id"),
    )
