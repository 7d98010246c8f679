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
from keyfold.core.registry import codes, protocol
from keyfold.core.registry.envelope import (
    Envelope,
    Fields,
    bad_reply,
    parse_envelope,
    parse_registration,
)
from keyfold.core.registry.protocol import ErrorCode
from keyfold.core.registry.records import (
    Capabilities,
    Challenge,
    Registration,
    RemoteVerification,
    ServerConfig,
)
from keyfold.core.registry.retry import RetryPolicy, parse_retry_after, wait
from keyfold.core.registry.transport import CertificatePinError, build_transport

logger = logging.getLogger(__name__)

MessageEncoding = Literal["utf8", "hex", "base64"]
MAX_REPLY_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 15.0


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
        headers = {
            b"User-Agent": f"keyfold/{__version__}".encode(),
            b"Accept": b"application/json",
        }
        if server.token:
            # Bytes, so a non-ASCII token goes out as UTF-8 (httpx encodes str as ASCII).
            headers[b"Authorization"] = f"Bearer {server.token}".encode()
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
        key_pair: KeyPair | None = None,
        cancel: CancelToken | None = None,
    ) -> Registration:
        """Register `public_key`; an empty client id gets one generated here.

        With `key_pair` (the key itself) and a server that offers challenges,
        the request carries a proof of possession (a server that requires one
        answers PROOF_REQUIRED to a request without). A retried request whose
        first attempt reached the server comes back 409
        CLIENT_ALREADY_REGISTERED; when the registration holds our key it is
        ours, and is returned.
        """
        if key_pair is not None and key_pair.public != public_key:
            raise ValueError("key_pair is not the key being registered")
        chosen = client_id or new_client_id()
        body: dict[str, Any] = {"client_id": chosen, "public_key": public_key.hex}
        if user_id:
            body["user_id"] = user_id
        if key_name:
            body["key_name"] = key_name
        if metadata:
            body["metadata"] = dict(metadata)
        if key_pair is not None and self.capabilities(cancel=cancel).challenge:
            challenge = self.challenge(cancel=cancel)
            message = protocol.proof_message(
                challenge.server_id, chosen, public_key.raw, challenge.nonce
            )
            body["proof"] = {"nonce": challenge.nonce, "signature": key_pair.sign(message).hex()}
        reply = self._call("POST", protocol.REGISTER_PATH, body, cancel)
        error = reply.envelope.error
        if (
            error is not None
            and error.code == ErrorCode.CLIENT_ALREADY_REGISTERED
            and reply.attempts > 1
        ):
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
        reply = self._call("POST", protocol.VERIFY_PATH, body, cancel)
        if message_bytes is None and message_encoding == "utf8":
            message_bytes = message.encode("utf-8")
        expected_hash = hashlib.sha256(message_bytes).hexdigest() if message_bytes else ""
        error = reply.envelope.error
        if error is not None and error.code in (
            ErrorCode.SIGNATURE_VERIFICATION_FAILED,
            ErrorCode.KEY_NOT_ACTIVE,
        ):
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
                    ErrorCode.SIGNATURE_VERIFICATION_FAILED,
                    server=self._name,
                    client_id=client_id,
                )
            ),
            code=None if verified else ErrorCode.SIGNATURE_VERIFICATION_FAILED,
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
        reply = self._call("GET", protocol.CAPABILITIES_PATH, None, cancel, tolerate_404=True)
        if reply.envelope.status == 404:
            self._capabilities = Capabilities()
            return self._capabilities
        fields = Fields(self._data(reply, None), self._name, "capabilities")
        extensions = fields.data.get("extensions")
        if not isinstance(extensions, dict):
            raise bad_reply(self._name, "the capabilities have no 'extensions' object")
        revoke = extensions.get("revoke")
        listing = extensions.get("list")
        proof = extensions.get("proof")
        auth = revoke.get("auth") if isinstance(revoke, dict) else None
        self._capabilities = Capabilities(
            challenge=isinstance(extensions.get("challenge"), dict),
            proof_required=isinstance(proof, dict) and proof.get("required") is True,
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

    def challenge(self, *, cancel: CancelToken | None = None) -> Challenge:
        """The server's identity and a fresh nonce to sign into one request."""
        if not self.capabilities(cancel=cancel).challenge:
            raise self._not_offered("challenges for signed requests")
        reply = self._call("GET", protocol.CHALLENGE_PATH, None, cancel, tolerate_404=True)
        fields = Fields(self._extension_data(reply, None, "challenge"), self._name, "challenge")
        challenge = Challenge(fields.text("server_id"), fields.text("nonce"))
        if any(c in value for value in (challenge.server_id, challenge.nonce) for c in "\r\n"):
            raise bad_reply(self._name, "the challenge spans lines")
        return challenge

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
            challenge = self.challenge(cancel=cancel)
            message = protocol.revoke_message(
                challenge.server_id, client_id, key_pair.public.raw, challenge.nonce
            )
            body["nonce"] = challenge.nonce
            body["signature"] = key_pair.sign(message).hex()
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
        new_key: KeyPair | None = None,
        cancel: CancelToken | None = None,
    ) -> Registration:
        """Move `client_id` to `new_public_key`, authorised by the old key's signature.

        With `new_key` (the new key itself) the new key signs the same message,
        proving possession of it too.
        """
        if new_key is not None and new_key.public != new_public_key:
            raise ValueError("new_key is not the key being rotated to")
        offered = self.capabilities(cancel=cancel)
        if not offered.rotate:
            raise self._not_offered("key rotation")
        if new_key is None and offered.proof_required:
            raise RegistryError(
                codes.sentence(ErrorCode.PROOF_REQUIRED, server=self._name),
                ErrorCode.PROOF_REQUIRED,
            )
        challenge = self.challenge(cancel=cancel)
        message = protocol.rotate_message(
            challenge.server_id,
            client_id,
            old_key.public.raw,
            new_public_key.raw,
            challenge.nonce,
        )
        body = {
            "new_public_key": new_public_key.hex,
            "nonce": challenge.nonce,
            "signature": old_key.sign(message).hex(),
        }
        if new_key is not None:
            body["new_signature"] = new_key.sign(message).hex()
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
        if reply.envelope.status == 404 and (
            error is None or error.code != ErrorCode.CLIENT_NOT_FOUND
        ):
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
        if code == ErrorCode.RATE_LIMITED and reply is not None and reply.retry_after:
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
            fallback = ErrorCode.RATE_LIMITED if status == 429 else ErrorCode.INTERNAL_ERROR
            envelope = Envelope(status, None, None)
            return self._error(fallback, "", status, None, _Reply(envelope, 0, retry_after))
        error = envelope.error
        code = error.code if error is not None else ErrorCode.INTERNAL_ERROR
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
            ErrorCode.INVALID_CLIENT_ID,
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
