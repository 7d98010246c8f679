"""The DataFold registration API client: register, status, verify, and extensions.

Talks to any server with the three DataFold calls; revoke, rotate and listing
are used only when GET /api/crypto/capabilities announces them (a 404 there
means a plain DataFold node). Requests retry with exponential backoff and
full jitter on connection errors, 5xx and 429 (honouring Retry-After up to a
cap), never on other 4xx, within a total time budget. Replies are read
through a size cap and parsed strictly.
"""

import hashlib
import logging
import ssl
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from keyfold import __version__
from keyfold.core.errors import RegistryError
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.progress import CancelToken
from keyfold.core.registry import codes
from keyfold.core.registry.envelope import (
    Envelope,
    Fields,
    bad_reply,
    parse_envelope,
    parse_registration,
)
from keyfold.core.registry.records import (
    Capabilities,
    Registration,
    RemoteVerification,
    ServerConfig,
)
from keyfold.core.registry.retry import RetryPolicy, parse_retry_after, wait
from keyfold.core.registry.transport import CertificatePinError, build_transport

logger = logging.getLogger(__name__)

MessageEncoding = Literal["utf8", "hex", "base64"]
MAX_REPLY_BYTES = 1024 * 1024
REVOKE_PREFIX = "keyfold-revoke"
ROTATE_PREFIX = "keyfold-rotate"
_CAPABILITIES_PATH = "/api/crypto/capabilities"


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 15.0


def revoke_message(client_id: str, public_key: PublicKey) -> bytes:
    """What a key signs to revoke its own registration on keyfold-server."""
    return f"{REVOKE_PREFIX}:{client_id}:{public_key.hex}".encode()


def rotate_message(client_id: str, new_public_key: PublicKey) -> bytes:
    """What the old key signs to hand its registration to `new_public_key`."""
    return f"{ROTATE_PREFIX}:{client_id}:{new_public_key.hex}".encode()


def new_client_id() -> str:
    """A client id made here, so a retried registration stays the same one."""
    return f"keyfold-{uuid.uuid4().hex}"


@dataclass(frozen=True)
class _Reply:
    envelope: Envelope
    attempts: int
    retry_after: float | None


class RegistryClient:
    """One server's client; use as a context manager or call `close()`."""

    def __init__(
        self,
        server: ServerConfig,
        *,
        retry: RetryPolicy | None = None,
        timeouts: Timeouts | None = None,
        max_reply_bytes: int = MAX_REPLY_BYTES,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.server = server
        self.retry = retry or RetryPolicy()
        self.timeouts = timeouts or Timeouts()
        self.max_reply_bytes = max_reply_bytes
        self._sleep = sleep
        self._clock = clock
        self._capabilities: Capabilities | None = None
        self._name = server.url
        headers = {"User-Agent": f"keyfold/{__version__}", "Accept": "application/json"}
        if server.token:
            headers["Authorization"] = f"Bearer {server.token}"
        self._http = httpx.Client(
            base_url=server.url,
            headers=headers,
            transport=transport or build_transport(server),
            timeout=httpx.Timeout(self.timeouts.read, connect=self.timeouts.connect),
            follow_redirects=False,
            trust_env=not (server.is_loopback or server.pinned_sha256),
        )

    def __enter__(self) -> "RegistryClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # The three DataFold calls ---------------------------------------------

    def register(
        self,
        public_key: PublicKey,
        *,
        client_id: str | None = None,
        user_id: str | None = None,
        key_name: str | None = None,
        metadata: Mapping[str, str] | None = None,
        cancel: CancelToken | None = None,
    ) -> Registration:
        """Register `public_key`; an empty client id gets one generated here.

        A retried request whose first attempt reached the server comes back
        409 CLIENT_ALREADY_REGISTERED; when the registration holds our key it
        is ours, and is returned.
        """
        chosen = client_id or new_client_id()
        body: dict[str, Any] = {"client_id": chosen, "public_key": public_key.hex}
        if user_id:
            body["user_id"] = user_id
        if key_name:
            body["key_name"] = key_name
        if metadata:
            body["metadata"] = dict(metadata)
        reply = self._call("POST", "/api/crypto/keys/register", body, cancel)
        error = reply.envelope.error
        if error is not None and error.code == "CLIENT_ALREADY_REGISTERED" and reply.attempts > 1:
            adopted = self.check_adoption(chosen, public_key, cancel=cancel)
            if adopted is not None:
                return adopted
        registration = parse_registration(self._data(reply, chosen), self._name)
        if registration.public_key != public_key:
            raise bad_reply(self._name, "the registration names a different public key")
        return registration

    def status(self, client_id: str, *, cancel: CancelToken | None = None) -> Registration:
        reply = self._call("GET", f"/api/crypto/keys/status/{_path(client_id)}", None, cancel)
        registration = parse_registration(self._data(reply, client_id), self._name)
        if registration.client_id != client_id:
            raise bad_reply(self._name, "the status is for a different client id")
        return registration

    def verify(
        self,
        client_id: str,
        message: str,
        signature: bytes,
        *,
        message_encoding: MessageEncoding = "utf8",
        message_bytes: bytes | None = None,
        cancel: CancelToken | None = None,
    ) -> RemoteVerification:
        """Ask the server whether `signature` over `message` is by `client_id`'s key.

        A refusal for a bad signature or an inactive key is a verdict (verified
        False with the server's code), not an exception. `message_bytes`, when
        given, is what `message` decodes to; the server's SHA-256 of it is
        checked against ours.
        """
        body = {
            "client_id": client_id,
            "message": message,
            "message_encoding": message_encoding,
            "signature": signature.hex(),
        }
        reply = self._call("POST", "/api/crypto/signatures/verify", body, cancel)
        if message_bytes is None and message_encoding == "utf8":
            message_bytes = message.encode("utf-8")
        expected_hash = hashlib.sha256(message_bytes).hexdigest() if message_bytes else ""
        error = reply.envelope.error
        if error is not None and error.code in ("SIGNATURE_VERIFICATION_FAILED", "KEY_NOT_ACTIVE"):
            return RemoteVerification(
                verified=False,
                client_id=client_id,
                message_hash=expected_hash,
                reason=codes.sentence(error.code, server=self._name, client_id=client_id),
                code=error.code,
            )
        fields = Fields(self._data(reply, client_id), self._name, "verification")
        verified = fields.boolean("verified")
        if fields.text("client_id") != client_id:
            raise bad_reply(self._name, "the verification is for a different client id")
        message_hash = fields.text("message_hash").lower()
        if expected_hash and message_hash != expected_hash:
            raise bad_reply(self._name, "the verification names a different message hash")
        return RemoteVerification(
            verified=verified,
            client_id=client_id,
            message_hash=message_hash,
            reason=(
                f"{self._name} confirms the signature is by the key registered as {client_id}."
                if verified
                else codes.sentence(
                    "SIGNATURE_VERIFICATION_FAILED", server=self._name, client_id=client_id
                )
            ),
            code=None if verified else "SIGNATURE_VERIFICATION_FAILED",
            verified_at=fields.time("verified_at"),
            public_key=fields.public_key() if "public_key" in fields.data else None,
        )

    def check_adoption(
        self, client_id: str, public_key: PublicKey, *, cancel: CancelToken | None = None
    ) -> Registration | None:
        """The registration of `client_id` when it holds `public_key`, else None."""
        registration = self.status(client_id, cancel=cancel)
        return registration if registration.public_key == public_key else None

    # Extensions ------------------------------------------------------------

    def capabilities(self, *, cancel: CancelToken | None = None) -> Capabilities:
        """The extensions on offer; a server without the probe offers none."""
        if self._capabilities is not None:
            return self._capabilities
        reply = self._call("GET", _CAPABILITIES_PATH, None, cancel, tolerate_404=True)
        if reply.envelope.status == 404:
            self._capabilities = Capabilities()
            return self._capabilities
        fields = Fields(self._data(reply, None), self._name, "capabilities")
        extensions = fields.data.get("extensions")
        if not isinstance(extensions, dict):
            raise bad_reply(self._name, "the capabilities have no 'extensions' object")
        revoke = extensions.get("revoke")
        listing = extensions.get("list")
        auth = revoke.get("auth") if isinstance(revoke, dict) else None
        self._capabilities = Capabilities(
            revoke=isinstance(revoke, dict),
            revoke_auth=tuple(a for a in auth if isinstance(a, str))
            if isinstance(auth, list)
            else (),
            rotate=isinstance(extensions.get("rotate"), dict),
            listing=isinstance(listing, dict) and listing.get("enabled") is not False,
            server=fields.optional_text("server") or "",
            version=fields.optional_text("version") or "",
        )
        return self._capabilities

    def health(self, *, cancel: CancelToken | None = None) -> dict[str, Any]:
        """GET /health's data (keyfold-server); NOT_OFFERED when the server has none."""
        reply = self._call("GET", "/health", None, cancel, tolerate_404=True)
        if reply.envelope.status == 404:
            raise self._not_offered("a health check")
        data = self._data(reply, None)
        if not isinstance(data, dict):
            raise bad_reply(self._name, "the health reply is not a JSON object")
        return data

    def revoke(
        self,
        client_id: str,
        *,
        key_pair: KeyPair | None = None,
        reason: str | None = None,
        cancel: CancelToken | None = None,
    ) -> Registration:
        """Revoke by the saved bearer token, or by `key_pair`'s own signature."""
        if not self.capabilities(cancel=cancel).revoke:
            raise self._not_offered("revocation")
        body: dict[str, Any] = {}
        if reason:
            body["reason"] = reason
        if key_pair is not None:
            body["signature"] = key_pair.sign(revoke_message(client_id, key_pair.public)).hex()
        elif not self.server.token:
            raise RegistryError(
                f"Revoking on {self._name} needs the key's signature or an access token.",
                "UNAUTHORIZED",
            )
        path = f"/api/crypto/keys/revoke/{_path(client_id)}"
        reply = self._call("POST", path, body, cancel, tolerate_404=True)
        return parse_registration(self._extension_data(reply, client_id, "revocation"), self._name)

    def rotate(
        self,
        client_id: str,
        old_key: KeyPair,
        new_public_key: PublicKey,
        *,
        cancel: CancelToken | None = None,
    ) -> Registration:
        """Move `client_id` to `new_public_key`, authorised by the old key's signature."""
        if not self.capabilities(cancel=cancel).rotate:
            raise self._not_offered("key rotation")
        body = {
            "new_public_key": new_public_key.hex,
            "signature": old_key.sign(rotate_message(client_id, new_public_key)).hex(),
        }
        path = f"/api/crypto/keys/rotate/{_path(client_id)}"
        reply = self._call("POST", path, body, cancel, tolerate_404=True)
        data = self._extension_data(reply, client_id, "key rotation")
        registration = parse_registration(data, self._name)
        if registration.public_key != new_public_key:
            raise bad_reply(self._name, "the rotated registration names a different key")
        return registration

    def list_registrations(
        self, *, limit: int = 100, offset: int = 0, cancel: CancelToken | None = None
    ) -> tuple[list[Registration], int]:
        """One page of the server's registrations and the total (needs the token)."""
        if not self.capabilities(cancel=cancel).listing:
            raise self._not_offered("a listing of registrations")
        path = f"/api/crypto/keys?limit={int(limit)}&offset={int(offset)}"
        reply = self._call("GET", path, None, cancel, tolerate_404=True)
        fields = Fields(self._extension_data(reply, None, "listing"), self._name, "listing")
        keys = fields.data.get("keys")
        total = fields.data.get("total")
        if not isinstance(keys, list) or not isinstance(total, int):
            raise bad_reply(self._name, "the listing has no 'keys' list and 'total' count")
        return [parse_registration(item, self._name) for item in keys], total

    # Plumbing --------------------------------------------------------------

    def _data(self, reply: _Reply, client_id: str | None) -> Any:
        error = reply.envelope.error
        if error is None:
            return reply.envelope.data
        raise self._error(error.code, error.message, reply.envelope.status, client_id, reply)

    def _extension_data(self, reply: _Reply, client_id: str | None, what: str) -> Any:
        error = reply.envelope.error
        if reply.envelope.status == 404 and (error is None or error.code != "CLIENT_NOT_FOUND"):
            raise self._not_offered(what)
        return self._data(reply, client_id)

    def _error(
        self,
        code: str,
        server_message: str,
        status: int | None,
        client_id: str | None,
        reply: _Reply | None = None,
    ) -> RegistryError:
        text = codes.sentence(
            code,
            server=self._name,
            client_id=client_id,
            server_message=server_message,
            status=status,
        )
        if code == "RATE_LIMITED" and reply is not None and reply.retry_after:
            text = f"{self._name} is limiting requests; try again in {int(reply.retry_after)} s."
        return RegistryError(text, code, status)

    def _not_offered(self, what: str) -> RegistryError:
        return RegistryError(
            codes.sentence(codes.NOT_OFFERED, server=self._name, detail=what),
            codes.NOT_OFFERED,
            404,
        )

    def _call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None,
        cancel: CancelToken | None,
        *,
        tolerate_404: bool = False,
    ) -> _Reply:
        """Send with retries; return the last envelope or raise RegistryError."""
        if self.server.url.startswith("http://") and not (
            self.server.is_loopback or self.server.allow_plain_http
        ):
            raise RegistryError(
                codes.sentence(codes.PLAIN_HTTP_REFUSED, server=self._name),
                codes.PLAIN_HTTP_REFUSED,
            )
        started = self._clock()
        attempt = 0
        while True:
            attempt += 1
            if cancel is not None:
                cancel.check()
            try:
                status, headers, content = self._send(method, path, body, started)
            except RegistryError as exc:
                if exc.code not in (codes.CONNECTION_FAILED, codes.TIMEOUT):
                    raise
                self._backoff(attempt, started, None, exc, cancel)
                continue
            logger.debug("%s %s%s -> %d (attempt %d)", method, self._name, path, status, attempt)
            retry_after = parse_retry_after(headers.get("retry-after"))
            retryable = status >= 500 or status == 429
            if tolerate_404 and status == 404 and not _is_envelope(content):
                return _Reply(Envelope(404, None, None), attempt, None)
            if retryable:
                final = self._final_error(status, content, retry_after)
                self._backoff(attempt, started, retry_after, final, cancel)
                continue
            envelope = parse_envelope(content, status, self._name)
            return _Reply(envelope, attempt, retry_after)

    def _final_error(self, status: int, content: bytes, retry_after: float | None) -> RegistryError:
        """What to raise if a 5xx/429 is the last answer we get."""
        try:
            envelope = parse_envelope(content, status, self._name)
        except RegistryError:
            code = "RATE_LIMITED" if status == 429 else "INTERNAL_ERROR"
            envelope = Envelope(status, None, None)
            return self._error(code, "", status, None, _Reply(envelope, 0, retry_after))
        error = envelope.error
        code = error.code if error is not None else "INTERNAL_ERROR"
        message = error.message if error is not None else ""
        return self._error(code, message, status, None, _Reply(envelope, 0, retry_after))

    def _backoff(
        self,
        attempt: int,
        started: float,
        retry_after: float | None,
        error: RegistryError,
        cancel: CancelToken | None,
    ) -> None:
        """Sleep before the next attempt, or raise `error` when out of tries or time."""
        delay = self.retry.delay(attempt, retry_after)
        if delay is None or self._clock() - started + delay > self.retry.total:
            logger.warning("%s: giving up after %d attempts: %s", self._name, attempt, error)
            raise error
        logger.info(
            "%s: attempt %d failed (%s); retrying in %.1f s", self._name, attempt, error, delay
        )
        wait(delay, self._sleep, cancel)

    def _send(
        self, method: str, path: str, body: dict[str, Any] | None, started: float
    ) -> tuple[int, httpx.Headers, bytes]:
        """One attempt: the status, headers and at most max_reply_bytes of body."""
        deadline = started + self.retry.total
        try:
            with self._http.stream(method, path, json=body) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_reply_bytes:
                    raise self._too_large(response.status_code)
                content = bytearray()
                for chunk in response.iter_bytes():
                    content.extend(chunk)
                    if len(content) > self.max_reply_bytes:
                        raise self._too_large(response.status_code)
                    if self._clock() > deadline:
                        raise RegistryError(
                            codes.sentence(codes.TIMEOUT, server=self._name), codes.TIMEOUT
                        )
                return response.status_code, response.headers, bytes(content)
        except CertificatePinError as exc:
            raise RegistryError(
                codes.sentence(codes.CERTIFICATE_MISMATCH, server=self._name, detail=exc.actual),
                codes.CERTIFICATE_MISMATCH,
            ) from None
        except httpx.TimeoutException as exc:
            raise RegistryError(
                codes.sentence(codes.TIMEOUT, server=self._name), codes.TIMEOUT
            ) from exc
        except httpx.ConnectError as exc:
            tls = _tls_failure(exc)
            if tls is not None:
                raise RegistryError(
                    codes.sentence(codes.TLS_FAILED, server=self._name, detail=tls),
                    codes.TLS_FAILED,
                ) from exc
            raise self._connection_failed(exc) from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise self._connection_failed(exc) from exc

    def _connection_failed(self, exc: Exception) -> RegistryError:
        detail = codes.clean_server_text(exc) or type(exc).__name__
        return RegistryError(
            codes.sentence(codes.CONNECTION_FAILED, server=self._name, detail=detail.rstrip(".")),
            codes.CONNECTION_FAILED,
        )

    def _too_large(self, status: int) -> RegistryError:
        return RegistryError(
            codes.sentence(
                codes.REPLY_TOO_LARGE, server=self._name, detail=str(self.max_reply_bytes)
            ),
            codes.REPLY_TOO_LARGE,
            status,
        )


def _path(client_id: str) -> str:
    """A client id as one path segment; ids with '/' or '?' cannot be sent."""
    if not client_id or any(c in client_id for c in "/?#%") or client_id in (".", ".."):
        raise RegistryError(
            f"The client id {codes.clean_server_text(client_id)!r} cannot be used in a request.",
            "INVALID_CLIENT_ID",
        )
    return client_id


def _is_envelope(content: bytes) -> bool:
    return content.lstrip().startswith(b"{") and b'"success"' in content


def _tls_failure(exc: httpx.ConnectError) -> str | None:
    """A readable reason when a connect error is really a TLS failure."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return codes.clean_server_text(cause.verify_message or "certificate not trusted")
        if isinstance(cause, ssl.SSLError):
            return codes.clean_server_text(cause.reason or "TLS error")
        cause = cause.__cause__ or cause.__context__
    return None
