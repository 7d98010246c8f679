"""What the registry client works with: server settings, registrations, verdicts."""

import ipaddress
import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

from keyfold.core.errors import InvalidInputError
from keyfold.core.keys import PublicKey

_FINGERPRINT = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class ServerConfig:
    """A registration server: URL, TLS pin, plain-HTTP permission, bearer token.

    `pinned_sha256` is the lowercase hex SHA-256 of the server's DER
    certificate; when set it replaces CA validation (self-signed servers).
    """

    url: str
    pinned_sha256: str | None = None
    allow_plain_http: bool = False
    token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "url", normalize_url(self.url))
        if self.pinned_sha256 is not None:
            object.__setattr__(self, "pinned_sha256", normalize_fingerprint(self.pinned_sha256))
        if self.pinned_sha256 and not self.url.startswith("https://"):
            raise InvalidInputError(
                f"A certificate pin needs an https:// server URL, not {self.url}."
            )

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def is_loopback(self) -> bool:
        return is_loopback_host(self.host)


@dataclass(frozen=True)
class Registration:
    """A key's registration as the server reports it."""

    registration_id: str
    client_id: str
    public_key: PublicKey
    key_name: str | None
    registered_at: datetime | None
    status: str
    last_used: datetime | None = None
    user_id: str | None = None

    @property
    def active(self) -> bool:
        return self.status.lower() == "active"


@dataclass(frozen=True)
class RemoteVerification:
    """The server's verdict; `code` names the reason when not verified."""

    verified: bool
    client_id: str
    message_hash: str
    reason: str
    code: str | None = None
    verified_at: datetime | None = None
    public_key: PublicKey | None = None


@dataclass(frozen=True)
class Capabilities:
    """Which Keyfold extensions a server offers; a plain DataFold node offers none."""

    revoke: bool = False
    revoke_auth: tuple[str, ...] = ()
    rotate: bool = False
    listing: bool = False
    server: str = ""
    version: str = ""
    # Proof of possession: the challenge endpoint, and whether proofs are mandatory.
    challenge: bool = False
    proof_required: bool = False

    @property
    def extensions(self) -> tuple[str, ...]:
        names = (
            ("challenge", self.challenge),
            ("revoke", self.revoke),
            ("rotate", self.rotate),
            ("list", self.listing),
        )
        return tuple(name for name, offered in names if offered)


@dataclass(frozen=True)
class Challenge:
    """A server's identity and a fresh nonce, for one signed request."""

    server_id: str
    nonce: str


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalize_url(url: str) -> str:
    """`scheme://host[:port][/path]` without a trailing slash; InvalidInputError else."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise InvalidInputError(f"The server URL {text!r} is not a valid URL.") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInputError(
            f"The server URL {text!r} must start with https:// (or http:// for this computer)."
        )
    if parts.username is not None or parts.password is not None:
        raise InvalidInputError(
            "The server URL must not contain a user name or password; save a token instead."
        )
    if parts.query or parts.fragment:
        raise InvalidInputError(f"The server URL {text!r} must not have a query or fragment.")
    host = parts.hostname
    shown = f"[{host}]" if ":" in host else host
    netloc = f"{shown}:{port}" if port is not None else shown
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def normalize_fingerprint(text: str) -> str:
    """Accept `AB:CD:...`, spaced or plain hex, optionally prefixed `sha256:`."""
    cleaned = text.strip().lower()
    cleaned = cleaned.removeprefix("sha256:").replace(":", "").replace(" ", "")
    if not _FINGERPRINT.fullmatch(cleaned):
        raise InvalidInputError(
            "The certificate pin must be the certificate's SHA-256 fingerprint (64 hex digits)."
        )
    return cleaned
