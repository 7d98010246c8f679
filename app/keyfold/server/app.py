"""The Starlette application: the DataFold crypto calls and Keyfold's extensions.

Extensions (announced at GET /api/crypto/capabilities; docs/server-api.md
has the details and keyfold.core.registry.protocol the signed messages):

- challenge: GET /api/crypto/challenge gives the server id and a fresh nonce.
- proof of possession: an optional `proof {nonce, signature}` on register;
  a proven registration supersedes unproven ones of the same key.
- revoke: POST /api/crypto/keys/revoke/{client_id}, by the admin token or by
  the key's signature over a fresh nonce.
- rotate: POST /api/crypto/keys/rotate/{client_id}, signed by the old key
  (and optionally the new one) over old key, new key and a fresh nonce.
- list: GET /api/crypto/keys?limit=&offset=&status= with the admin token.
- health: GET /health.

Rate limits are counted per source address (and, once a signature has shown
who is asking, per client id) in the database, so every process shares them.

With `datafold_only` the app is a stand-in for a plain DataFold node: the
three DataFold calls and nothing else, and every other path or method a
plain-text 404/405 (not the envelope), so clients can be tested against a
server that offers no extensions, aliases or capabilities probe.
"""

import asyncio
import hashlib
import hmac
import json
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from keyfold import __version__
from keyfold.core.keys import verify_strict
from keyfold.core.registry import protocol
from keyfold.core.registry.protocol import ErrorCode
from keyfold.server import validation
from keyfold.server.api_errors import ApiError, failure, invalid, ok
from keyfold.server.challenges import DEFAULT_TTL, Challenges
from keyfold.server.logs import log
from keyfold.server.ratelimit import RateSpec, retry_after_header, source_bucket
from keyfold.server.storage import (
    ACTIVE,
    Conflict,
    KeyRow,
    LogEntry,
    NewKey,
    Nonce,
    Registered,
    Storage,
)

DEFAULT_MAX_BODY = 64 * 1024
DEFAULT_REGISTRATION_LIMIT = RateSpec(100, 3600.0)
DEFAULT_VERIFICATION_LIMIT = RateSpec(1000, 3600.0)
DEFAULT_BODY_TIMEOUT = 10.0
MAX_LIST_PAGE = 500
MAX_OFFSET = 2**31
MAX_USER_AGENT = 512
_CONTENT_LENGTH = re.compile(r"[0-9]{1,18}")


@dataclass(frozen=True)
class ServerSettings:
    storage: Storage
    registration_limit: RateSpec = DEFAULT_REGISTRATION_LIMIT
    verification_limit: RateSpec = DEFAULT_VERIFICATION_LIMIT
    admin_token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    datafold_only: bool = False
    require_proof: bool = False
    # Seconds from the request line until the whole body must have arrived.
    body_timeout: float = DEFAULT_BODY_TIMEOUT
    challenge_ttl: float = DEFAULT_TTL


def create_app(settings: ServerSettings) -> Starlette:
    api = _Api(settings)
    if settings.datafold_only:
        return _datafold_only_app(api)
    routes = [
        Route("/health", api.health, methods=["GET"]),
        Route("/api/crypto/capabilities", api.capabilities, methods=["GET"]),
        Route(protocol.CHALLENGE_PATH, api.challenge, methods=["GET"]),
        Route("/api/crypto/keys/register", api.register, methods=["POST"]),
        Route("/api/crypto/register", api.register, methods=["POST"]),
        Route("/api/crypto/keys/status/{client_id}", api.status, methods=["GET"]),
        Route("/api/crypto/signatures/verify", api.verify, methods=["POST"]),
        Route("/api/crypto/verify", api.verify, methods=["POST"]),
        Route("/api/crypto/keys/revoke/{client_id}", api.revoke, methods=["POST"]),
        Route("/api/crypto/keys/rotate/{client_id}", api.rotate, methods=["POST"]),
        Route("/api/crypto/keys", api.list_keys, methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error, Exception: _internal_error},
    )
    app.add_middleware(_BodyDeadline, seconds=settings.body_timeout)
    app.add_middleware(_AccessLog)
    return app


def _datafold_only_app(api: "_Api") -> Starlette:
    routes = [
        Route("/api/crypto/keys/register", api.register, methods=["POST"]),
        Route("/api/crypto/keys/status/{client_id}", api.status, methods=["GET"]),
        Route("/api/crypto/signatures/verify", api.verify, methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _plain_http_error, Exception: _internal_error},
    )
    app.add_middleware(_BodyDeadline, seconds=api.settings.body_timeout)
    app.add_middleware(_AccessLog)
    return app


class _Api:
    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.storage = settings.storage
        server_id, nonce_key = settings.storage.server_identity()
        self.challenges = Challenges(server_id, nonce_key, settings.challenge_ttl)

    # DataFold calls --------------------------------------------------------

    async def register(self, request: Request) -> Response:
        return await _guard(self._register, request)

    async def _register(self, request: Request) -> Response:
        source = _client_ip(request)
        await self._limit("register", source, self.settings.registration_limit, "registrations")
        body = await self._body(request)
        public_key = validation.public_key(body.get("public_key"))
        client_id = validation.client_id(body.get("client_id"), required=False)
        proof = None
        # A plain DataFold node ignores fields it does not know; so does --datafold-only.
        if not self.settings.datafold_only:
            proof = self._proof(body.get("proof"), client_id, public_key)
        new = NewKey(
            client_id=client_id or validation.new_client_id(),
            registration_id=str(uuid.uuid4()),
            user_id=validation.optional_text(
                body.get("user_id"), "user_id", ErrorCode.INVALID_USER_ID
            ),
            public_key=public_key,
            key_name=validation.optional_text(
                body.get("key_name"), "key_name", ErrorCode.INVALID_KEY_NAME
            ),
            fingerprint=hashlib.sha256(public_key).hexdigest(),
            metadata=validation.metadata(body.get("metadata")),
        )
        request.state.client_id = new.client_id
        try:
            done = await run_in_threadpool(self.storage.register, new, proof=proof, source=source)
        except Conflict as exc:
            raise _conflict(exc.code, new.client_id) from exc
        self._log_superseded(done, source)
        request.state.auth = "proof" if proof is not None else None
        return ok(_registration(done.row), status=201)

    def _proof(self, value: Any, client_id: str | None, public_key: bytes) -> Nonce | None:
        """The nonce a valid proof of possession spends; None when there is no proof."""
        if value is None:
            if self.settings.require_proof:
                raise ApiError(
                    401,
                    ErrorCode.PROOF_REQUIRED,
                    "This server registers only keys proven by their holder: send a `proof` "
                    "signed over a nonce from GET /api/crypto/challenge.",
                )
            return None
        if not isinstance(value, dict) or client_id is None:
            raise invalid(
                ErrorCode.INVALID_PROOF,
                "proof must be an object {nonce, signature}, sent with the client_id it signs.",
                "proof",
            )
        nonce = validation.nonce(value.get("nonce"), "proof.nonce")
        signature = validation.signature(value.get("signature"), "proof.signature")
        spent = self.challenges.check(nonce)
        message = protocol.proof_message(self.challenges.server_id, client_id, public_key, nonce)
        if not verify_strict(public_key, signature, message):
            raise ApiError(
                401,
                ErrorCode.SIGNATURE_VERIFICATION_FAILED,
                "The proof of possession is not a signature by this public key over "
                "this server's challenge.",
                {"client_id": client_id, "field": "proof.signature"},
            )
        return spent

    async def status(self, request: Request) -> Response:
        return await _guard(self._status, request)

    async def _status(self, request: Request) -> Response:
        client_id = validation.client_id(request.path_params["client_id"])
        assert client_id is not None
        row = await self._existing(client_id)
        return ok(_registration(row, detailed=True))

    async def verify(self, request: Request) -> Response:
        return await _guard(self._verify, request)

    async def _verify(self, request: Request) -> Response:
        body = await self._body(request)
        client_id = validation.client_id(body.get("client_id"))
        assert client_id is not None
        encoding = validation.message_encoding(body.get("message_encoding"))
        message = validation.message(body.get("message"), encoding)
        signature = validation.signature(body.get("signature"))
        request.state.client_id = client_id
        # Counted per source, never per client id: a bogus request for a
        # victim's id spends the sender's budget. One trip to the database
        # spends it and looks the registration up.
        spec = self.settings.verification_limit
        bucket = source_bucket("verify", _client_ip(request))
        wait, row = await run_in_threadpool(self._take_then_get, bucket, spec, client_id)
        _refuse_if_limited(wait, spec, "verifications")
        if row is None:
            raise _not_found(client_id)
        message_hash = hashlib.sha256(message).hexdigest()
        active = row.status == ACTIVE
        verified = active and verify_strict(row.public_key, signature, message)
        entry = LogEntry(
            client_id=client_id,
            message_hash=message_hash,
            signature=signature,
            verified=verified,
            verification_id=str(uuid.uuid4()),
            client_ip=_client_ip(request),
            user_agent=(request.headers.get("user-agent") or "")[:MAX_USER_AGENT] or None,
        )
        verified_at = await run_in_threadpool(self.storage.record_verification, entry)
        details = {
            "client_id": client_id,
            "message_hash": message_hash,
            "verification_id": entry.verification_id,
        }
        if not active:
            raise ApiError(
                403,
                ErrorCode.KEY_NOT_ACTIVE,
                f"The key registered as {client_id} is {row.status}, not active.",
                {**details, "status": row.status},
            )
        if not verified:
            raise ApiError(
                401,
                ErrorCode.SIGNATURE_VERIFICATION_FAILED,
                f"The signature does not verify with the key registered as {client_id}.",
                details,
            )
        return ok(
            {
                "verified": True,
                "client_id": client_id,
                "public_key": row.public_key.hex(),
                "verified_at": _iso(verified_at),
                "message_hash": message_hash,
                "verification_id": entry.verification_id,
            }
        )

    # Extensions ------------------------------------------------------------

    async def revoke(self, request: Request) -> Response:
        return await _guard(self._revoke, request)

    async def _revoke(self, request: Request) -> Response:
        source = _client_ip(request)
        await self._limit("register", source, self.settings.registration_limit, "registrations")
        client_id = validation.client_id(request.path_params["client_id"])
        assert client_id is not None
        request.state.client_id = client_id
        body = await self._body(request, allow_empty=True)
        reason = validation.optional_text(
            body.get("reason"), "reason", ErrorCode.INVALID_REASON, validation.MAX_REASON_CHARS
        )
        row = await self._existing(client_id)
        signed: tuple[bytes, Nonce] | None = None
        if self._is_admin(request):
            request.state.auth = "token"
        else:
            if body.get("signature") is None:
                raise ApiError(
                    401,
                    ErrorCode.UNAUTHORIZED,
                    "Revocation needs the admin token or a signature by the registered key.",
                )
            signature = validation.signature(body.get("signature"))
            nonce = validation.nonce(body.get("nonce"))
            spent = self.challenges.check(nonce)
            expected = protocol.revoke_message(
                self.challenges.server_id, client_id, row.public_key, nonce
            )
            if not verify_strict(row.public_key, signature, expected):
                raise ApiError(
                    401,
                    ErrorCode.SIGNATURE_VERIFICATION_FAILED,
                    f"The revocation signature does not verify with the key registered "
                    f"as {client_id}.",
                    {"client_id": client_id},
                )
            await self._limit_client(client_id)
            signed = (row.public_key, spent)
            request.state.auth = "signature"
        try:
            revoked = await run_in_threadpool(
                self.storage.revoke, client_id, reason, signed=signed, source=source
            )
        except Conflict as exc:
            raise _conflict(exc.code, client_id) from exc
        if revoked is None:
            raise _not_found(client_id)
        return ok(_registration(revoked, detailed=True))

    async def rotate(self, request: Request) -> Response:
        return await _guard(self._rotate, request)

    async def _rotate(self, request: Request) -> Response:
        source = _client_ip(request)
        await self._limit("register", source, self.settings.registration_limit, "registrations")
        client_id = validation.client_id(request.path_params["client_id"])
        assert client_id is not None
        request.state.client_id = client_id
        body = await self._body(request)
        new_key = validation.public_key(body.get("new_public_key"), "new_public_key")
        signature = validation.signature(body.get("signature"))
        new_signature = body.get("new_signature")
        if new_signature is not None:
            new_signature = validation.signature(new_signature, "new_signature")
        elif self.settings.require_proof:
            raise ApiError(
                401,
                ErrorCode.PROOF_REQUIRED,
                "This server needs the new key's own signature (new_signature) to rotate to it.",
                {"field": "new_signature"},
            )
        nonce = validation.nonce(body.get("nonce"))
        spent = self.challenges.check(nonce)
        row = await self._existing(client_id)
        if row.status != ACTIVE:
            raise ApiError(
                403,
                ErrorCode.KEY_NOT_ACTIVE,
                f"The key registered as {client_id} is {row.status}; it cannot be rotated.",
                {"client_id": client_id, "status": row.status},
            )
        message = protocol.rotate_message(
            self.challenges.server_id, client_id, row.public_key, new_key, nonce
        )
        if not verify_strict(row.public_key, signature, message):
            raise ApiError(
                401,
                ErrorCode.SIGNATURE_VERIFICATION_FAILED,
                f"The rotation must be signed by the key registered as {client_id}.",
                {"client_id": client_id},
            )
        if new_signature is not None and not verify_strict(new_key, new_signature, message):
            raise ApiError(
                401,
                ErrorCode.SIGNATURE_VERIFICATION_FAILED,
                "new_signature is not the new key's signature over the rotation.",
                {"client_id": client_id, "field": "new_signature"},
            )
        await self._limit_client(client_id)
        fingerprint = hashlib.sha256(new_key).hexdigest()
        try:
            done = await run_in_threadpool(
                self.storage.rotate,
                client_id,
                row.public_key,
                new_key,
                fingerprint,
                nonce=spent,
                new_proven=new_signature is not None,
                source=source,
            )
        except Conflict as exc:
            raise _conflict(exc.code, client_id) from exc
        self._log_superseded(done, source)
        request.state.auth = "signature"
        document = _registration(done.row, detailed=True)
        document["previous_public_key"] = row.public_key.hex()
        return ok(document)

    async def list_keys(self, request: Request) -> Response:
        return await _guard(self._list_keys, request)

    async def _list_keys(self, request: Request) -> Response:
        self._require_admin(request)
        query = request.query_params
        limit = validation.decimal(query.get("limit"), "limit", 100, 1, MAX_LIST_PAGE)
        offset = validation.decimal(query.get("offset"), "offset", 0, 0, MAX_OFFSET)
        status = query.get("status")
        if status not in (None, "active", "revoked"):
            raise invalid(ErrorCode.INVALID_STATUS, "status must be active or revoked.", "status")
        rows, total = await run_in_threadpool(self.storage.list, limit, offset, status)
        return ok(
            {
                "keys": [_registration(row, detailed=True) for row in rows],
                "total": total,
                "limit": limit,
                "offset": offset,
            }
        )

    async def health(self, request: Request) -> Response:
        return ok(
            {
                "status": "ok",
                "server": "keyfold-server",
                "version": __version__,
                "database": self.storage.kind,
                "extensions": self._extension_names(),
            }
        )

    async def challenge(self, request: Request) -> Response:
        return await _guard(self._challenge, request)

    async def _challenge(self, request: Request) -> Response:
        await self._limit(
            "challenge", _client_ip(request), self.settings.verification_limit, "challenges"
        )
        issued = self.challenges.issue()
        return ok(
            {
                "server_id": issued.server_id,
                "nonce": issued.nonce,
                "expires_at": _iso(datetime.fromtimestamp(issued.expires_at, UTC)),
                "ttl_seconds": int(self.challenges.ttl),
            }
        )

    async def capabilities(self, request: Request) -> Response:
        listing = self.settings.admin_token is not None
        return ok(
            {
                "server": "keyfold-server",
                "version": __version__,
                "api": "datafold-crypto",
                "server_id": self.challenges.server_id,
                "message_encodings": list(validation.MESSAGE_ENCODINGS),
                "extensions": {
                    "challenge": {
                        "path": protocol.CHALLENGE_PATH,
                        "ttl_seconds": int(self.challenges.ttl),
                    },
                    "proof": {
                        "field": "proof",
                        "required": self.settings.require_proof,
                        "message": protocol.REGISTER_PURPOSE
                        + "\n{server_id}\n{client_id}\n{public_key_hex}\n{nonce}",
                    },
                    "revoke": {
                        "path": protocol.REVOKE_PATH,
                        "auth": ["bearer", "signature"] if listing else ["signature"],
                        "message": protocol.REVOKE_PURPOSE
                        + "\n{server_id}\n{client_id}\n{public_key_hex}\n{nonce}",
                    },
                    "rotate": {
                        "path": protocol.ROTATE_PATH,
                        "auth": ["signature"],
                        "message": protocol.ROTATE_PURPOSE
                        + "\n{server_id}\n{client_id}\n{old_public_key_hex}"
                        "\n{new_public_key_hex}\n{nonce}",
                    },
                    "list": {"path": protocol.LIST_PATH, "auth": ["bearer"], "enabled": listing},
                    "health": {"path": protocol.HEALTH_PATH},
                },
                "limits": {
                    "max_body_bytes": self.settings.max_body,
                    "body_timeout_seconds": self.settings.body_timeout,
                    "registration": str(self.settings.registration_limit),
                    "verification": str(self.settings.verification_limit),
                    "keyed_by": "source address",
                },
            }
        )

    # Helpers ---------------------------------------------------------------

    def _extension_names(self) -> list[str]:
        names = ["challenge", "proof", "revoke", "rotate", "health"]
        if self.settings.admin_token is not None:
            names.append("list")
        return names

    async def _body(self, request: Request, *, allow_empty: bool = False) -> dict[str, Any]:
        """The body as a JSON object of proper Unicode; {} for an allowed empty body."""
        document = await self._json(request, allow_empty=allow_empty)
        if document is None:
            return {}
        body = validation.body_object(document)
        validation.proper_unicode(body)
        return body

    async def _json(self, request: Request, *, allow_empty: bool = False) -> Any:
        """The body as JSON, refusing more than max_body bytes before reading them."""
        limit = self.settings.max_body
        declared = request.headers.get("content-length")
        if declared is not None and (
            not _CONTENT_LENGTH.fullmatch(declared) or int(declared) > limit
        ):
            raise _too_large(limit)
        data = bytearray()
        try:
            async for chunk in request.stream():
                data.extend(chunk)
                if len(data) > limit:
                    raise _too_large(limit)
        except ClientDisconnect as exc:
            # Nobody is left to answer; logged as an ordinary refusal, not an error.
            raise ApiError(
                400, ErrorCode.CLIENT_DISCONNECTED, "The client left before sending the body."
            ) from exc
        if not data.strip():
            if allow_empty:
                return None
            raise ApiError(
                400, ErrorCode.INVALID_JSON, "The request body is empty; send a JSON object."
            )
        try:
            return json.loads(bytes(data))
        except (ValueError, RecursionError) as exc:
            raise ApiError(
                400, ErrorCode.INVALID_JSON, "The request body is not valid JSON."
            ) from exc

    async def _existing(self, client_id: str) -> KeyRow:
        row = await run_in_threadpool(self.storage.get, client_id)
        if row is None:
            raise _not_found(client_id)
        return row

    async def _limit(self, kind: str, source: str | None, spec: RateSpec, what: str) -> None:
        await self._take(source_bucket(kind, source), spec, what)

    async def _limit_client(self, client_id: str) -> None:
        """A second budget per client id, spent only once its key's signature checked out."""
        await self._take(f"client:{client_id}", self.settings.registration_limit, "changes")

    async def _take(self, bucket: str, spec: RateSpec, what: str) -> None:
        _refuse_if_limited(await run_in_threadpool(self.storage.take, bucket, spec), spec, what)

    def _take_then_get(
        self, bucket: str, spec: RateSpec, client_id: str
    ) -> tuple[float, KeyRow | None]:
        wait = self.storage.take(bucket, spec)
        return wait, None if wait > 0 else self.storage.get(client_id)

    def _log_superseded(self, done: Registered, source: str | None) -> None:
        for old in done.superseded:
            log(
                logging.INFO,
                "registration_superseded",
                client_id=old,
                by_client_id=done.row.client_id,
                client_ip=source,
            )

    def _is_admin(self, request: Request) -> bool:
        expected = self.settings.admin_token
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if expected is None or scheme.lower() != "bearer":
            return False
        # Starlette decodes header bytes as latin-1; encoding back gives the bytes
        # as sent, which a client sends as UTF-8 for a non-ASCII token.
        return hmac.compare_digest(token.strip().encode("latin-1"), expected.encode("utf-8"))

    def _require_admin(self, request: Request) -> None:
        if self.settings.admin_token is None:
            raise ApiError(
                401, ErrorCode.UNAUTHORIZED, "This server has no admin token configured."
            )
        if not self._is_admin(request):
            raise ApiError(401, ErrorCode.UNAUTHORIZED, "A valid admin bearer token is needed.")


async def _guard(handler: Callable[[Request], Awaitable[Response]], request: Request) -> Response:
    """Turn ApiError into the envelope, remembering the code for the access log."""
    try:
        return await handler(request)
    except ApiError as error:
        request.state.code = error.code
        return failure(error)


def _refuse_if_limited(wait: float, spec: RateSpec, what: str) -> None:
    if wait > 0:
        header = retry_after_header(wait)
        raise ApiError(
            429,
            ErrorCode.RATE_LIMITED,
            f"Too many {what} (limit {spec}); retry after {header} seconds.",
            {"retry_after": int(header), "limit": str(spec)},
            {"Retry-After": header},
        )


def _registration(row: KeyRow, *, detailed: bool = False) -> dict[str, Any]:
    document: dict[str, Any] = {
        "registration_id": row.registration_id,
        "client_id": row.client_id,
        "user_id": row.user_id,
        "public_key": row.public_key.hex(),
        "key_fingerprint": row.fingerprint,
        "key_name": row.key_name,
        "registered_at": _iso(row.registered_at),
        "status": row.status,
        "metadata": row.metadata,
        "proven": row.proven,
    }
    if detailed:
        document["last_used"] = _iso(row.last_used) if row.last_used else None
        document["revoked_at"] = _iso(row.revoked_at) if row.revoked_at else None
        document["revision"] = row.revision
    return document


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


def _not_found(client_id: str) -> ApiError:
    return ApiError(
        404,
        ErrorCode.CLIENT_NOT_FOUND,
        f"No key is registered as {client_id}.",
        {"client_id": client_id},
    )


def _conflict(code: ErrorCode, client_id: str) -> ApiError:
    messages = {
        ErrorCode.CLIENT_ALREADY_REGISTERED: f"The client id {client_id} is already registered.",
        ErrorCode.DUPLICATE_PUBLIC_KEY: (
            "This public key is already registered under another client id."
        ),
        ErrorCode.KEY_CHANGED: f"The key registered as {client_id} changed meanwhile; try again.",
        ErrorCode.NONCE_USED: "This nonce was already used; fetch a new challenge.",
    }
    return ApiError(409, code, messages[code], {"client_id": client_id})


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        ErrorCode.PAYLOAD_TOO_LARGE,
        f"The request body is larger than {limit} bytes.",
        {"max_body_bytes": limit},
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    codes = {404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED}
    code = codes.get(exc.status_code, ErrorCode.HTTP_ERROR)
    request.state.code = code
    headers = dict(exc.headers or {})
    return failure(ApiError(exc.status_code, code, str(exc.detail), headers=headers))


async def _plain_http_error(request: Request, exc: Exception) -> Response:
    """What a web framework says for a path or method it has no route for: plain text."""
    assert isinstance(exc, HTTPException)
    request.state.code = ErrorCode.NOT_FOUND if exc.status_code == 404 else ErrorCode.HTTP_ERROR
    return PlainTextResponse(str(exc.detail), exc.status_code, headers=dict(exc.headers or {}))


async def _internal_error(request: Request, exc: Exception) -> Response:
    log(logging.ERROR, "internal_error", path=request.url.path, error=type(exc).__name__)
    return JSONResponse(
        {
            "success": False,
            "data": None,
            "error": {
                "code": ErrorCode.INTERNAL_ERROR,
                "message": "The server failed.",
                "details": {},
            },
        },
        status_code=500,
    )


class _AccessLog:
    """One JSON log line per request, and headers every reply carries."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [
                    *message["headers"],
                    (b"cache-control", b"no-store"),
                    (b"x-content-type-options", b"nosniff"),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            state = scope.get("state", {})
            client = scope.get("client")
            log(
                logging.INFO if status < 500 else logging.ERROR,
                "request",
                method=scope["method"],
                path=scope["path"],
                status=status,
                client_ip=client[0] if client else None,
                client_id=state.get("client_id"),
                code=state.get("code"),
                auth=state.get("auth"),
                duration_ms=round((time.perf_counter() - started) * 1000, 2),
            )


class _BodyDeadline:
    """408 and a closed connection when a body has not fully arrived in time.

    uvicorn has no body timeout, and a per-read timeout would let a client
    trickling one byte a second hold the connection forever: the deadline
    runs from the request line to the last byte of the body.
    """

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.seconds
        complete = False

        async def receive_in_time() -> Message:
            nonlocal complete
            if complete:
                return await receive()
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                raise ApiError(
                    408,
                    ErrorCode.REQUEST_TIMEOUT,
                    f"The request body did not arrive within {self.seconds:g} seconds.",
                    {"timeout_seconds": self.seconds},
                    {"Connection": "close"},
                ) from None
            complete = message["type"] != "http.request" or not message.get("more_body", False)
            return message

        await self.app(scope, receive_in_time, send)
