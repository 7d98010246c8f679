"""The Starlette application: the DataFold crypto calls and Keyfold's extensions.

Extensions (announced at GET /api/crypto/capabilities):

- revoke: POST /api/crypto/keys/revoke/{client_id}, authorised either by
  `Authorization: Bearer <admin token>` or by `signature`: the registered key's
  Ed25519 signature (hex) over the UTF-8 text
  `keyfold-revoke:{client_id}:{public_key_hex}`. Binding the current public key
  means a revocation signed for one key never applies to its successor;
  replaying it is harmless because revocation is final and idempotent.
- rotate: POST /api/crypto/keys/rotate/{client_id} with `new_public_key` and
  `signature`: the current key's signature over
  `keyfold-rotate:{client_id}:{new_public_key_hex}` (lowercase hex).
- list: GET /api/crypto/keys?limit=&offset=&status= with the admin token.
- health: GET /health.

With `datafold_only` the app is a stand-in for a plain DataFold node: the
three DataFold calls and nothing else, and every other path or method a
plain-text 404/405 (not the envelope), so clients can be tested against a
server that offers no extensions, aliases or capabilities probe.
"""

import hashlib
import hmac
import json
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from keyfold import __version__
from keyfold.server import validation
from keyfold.server.api_errors import ApiError, failure, invalid, ok
from keyfold.server.logs import log
from keyfold.server.ratelimit import RateLimiter, RateSpec, retry_after_header
from keyfold.server.storage import ACTIVE, Conflict, KeyRow, LogEntry, NewKey, Storage

DEFAULT_MAX_BODY = 64 * 1024
DEFAULT_REGISTRATION_LIMIT = RateSpec(100, 3600.0)
DEFAULT_VERIFICATION_LIMIT = RateSpec(1000, 3600.0)
MAX_LIST_PAGE = 500
MAX_USER_AGENT = 512
REVOKE_PREFIX = "keyfold-revoke"
ROTATE_PREFIX = "keyfold-rotate"


def revoke_message(client_id: str, public_key_hex: str) -> bytes:
    return f"{REVOKE_PREFIX}:{client_id}:{public_key_hex.lower()}".encode()


def rotate_message(client_id: str, new_public_key_hex: str) -> bytes:
    return f"{ROTATE_PREFIX}:{client_id}:{new_public_key_hex.lower()}".encode()


@dataclass(frozen=True)
class ServerSettings:
    storage: Storage
    registration_limit: RateSpec = DEFAULT_REGISTRATION_LIMIT
    verification_limit: RateSpec = DEFAULT_VERIFICATION_LIMIT
    admin_token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    datafold_only: bool = False


def create_app(settings: ServerSettings) -> Starlette:
    api = _Api(settings)
    if settings.datafold_only:
        return _datafold_only_app(api)
    routes = [
        Route("/health", api.health, methods=["GET"]),
        Route("/api/crypto/capabilities", api.capabilities, methods=["GET"]),
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
    app.add_middleware(_AccessLog)
    return app


class _Api:
    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.storage = settings.storage
        self.registrations = RateLimiter(settings.registration_limit)
        self.verifications = RateLimiter(settings.verification_limit)

    # DataFold calls --------------------------------------------------------

    async def register(self, request: Request) -> Response:
        return await _guard(self._register, request)

    async def _register(self, request: Request) -> Response:
        self._limit(self.registrations, _client_ip(request) or "unknown", "registrations")
        body = validation.body_object(await self._json(request))
        public_key = validation.public_key(body.get("public_key"))
        client_id = validation.client_id(body.get("client_id"), required=False)
        new = NewKey(
            client_id=client_id or validation.new_client_id(),
            registration_id=str(uuid.uuid4()),
            user_id=validation.optional_text(body.get("user_id"), "user_id", "INVALID_USER_ID"),
            public_key=public_key,
            key_name=validation.optional_text(body.get("key_name"), "key_name", "INVALID_KEY_NAME"),
            fingerprint=hashlib.sha256(public_key).hexdigest(),
            metadata=validation.metadata(body.get("metadata")),
        )
        try:
            row = await run_in_threadpool(self.storage.register, new)
        except Conflict as exc:
            raise _conflict(exc.code, new.client_id) from exc
        request.state.client_id = row.client_id
        return ok(_registration(row), status=201)

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
        body = validation.body_object(await self._json(request))
        client_id = validation.client_id(body.get("client_id"))
        assert client_id is not None
        encoding = validation.message_encoding(body.get("message_encoding"))
        message = validation.message(body.get("message"), encoding)
        signature = validation.signature(body.get("signature"))
        request.state.client_id = client_id
        self._limit(self.verifications, client_id, "verifications")
        row = await self._existing(client_id)
        message_hash = hashlib.sha256(message).hexdigest()
        active = row.status == ACTIVE
        verified = active and _signature_ok(row.public_key, signature, message)
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
                "KEY_NOT_ACTIVE",
                f"The key registered as {client_id} is {row.status}, not active.",
                {**details, "status": row.status},
            )
        if not verified:
            raise ApiError(
                401,
                "SIGNATURE_VERIFICATION_FAILED",
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
        self._limit(self.registrations, _client_ip(request) or "unknown", "registrations")
        client_id = validation.client_id(request.path_params["client_id"])
        assert client_id is not None
        request.state.client_id = client_id
        raw = await self._json(request, allow_empty=True)
        body = validation.body_object(raw if raw is not None else {})
        reason = validation.optional_text(
            body.get("reason"), "reason", "INVALID_REASON", validation.MAX_REASON_CHARS
        )
        row = await self._existing(client_id)
        if self._is_admin(request):
            request.state.auth = "token"
        else:
            if body.get("signature") is None:
                raise ApiError(
                    401,
                    "UNAUTHORIZED",
                    "Revocation needs the admin token or a signature by the registered key.",
                )
            signature = validation.signature(body.get("signature"))
            expected = revoke_message(client_id, row.public_key.hex())
            if not _signature_ok(row.public_key, signature, expected):
                raise ApiError(
                    401,
                    "SIGNATURE_VERIFICATION_FAILED",
                    f"The revocation signature does not verify with the key registered "
                    f"as {client_id}.",
                    {"client_id": client_id},
                )
            request.state.auth = "signature"
        revoked = await run_in_threadpool(self.storage.revoke, client_id, reason)
        if revoked is None:
            raise _not_found(client_id)
        return ok(_registration(revoked, detailed=True))

    async def rotate(self, request: Request) -> Response:
        return await _guard(self._rotate, request)

    async def _rotate(self, request: Request) -> Response:
        self._limit(self.registrations, _client_ip(request) or "unknown", "registrations")
        client_id = validation.client_id(request.path_params["client_id"])
        assert client_id is not None
        request.state.client_id = client_id
        body = validation.body_object(await self._json(request))
        new_key = validation.public_key(body.get("new_public_key"), "new_public_key")
        signature = validation.signature(body.get("signature"))
        row = await self._existing(client_id)
        if row.status != ACTIVE:
            raise ApiError(
                403,
                "KEY_NOT_ACTIVE",
                f"The key registered as {client_id} is {row.status}; it cannot be rotated.",
                {"client_id": client_id, "status": row.status},
            )
        if not _signature_ok(row.public_key, signature, rotate_message(client_id, new_key.hex())):
            raise ApiError(
                401,
                "SIGNATURE_VERIFICATION_FAILED",
                f"The rotation must be signed by the key registered as {client_id}.",
                {"client_id": client_id},
            )
        fingerprint = hashlib.sha256(new_key).hexdigest()
        try:
            rotated = await run_in_threadpool(
                self.storage.rotate, client_id, row.public_key, new_key, fingerprint
            )
        except Conflict as exc:
            raise _conflict(exc.code, client_id) from exc
        document = _registration(rotated, detailed=True)
        document["previous_public_key"] = row.public_key.hex()
        return ok(document)

    async def list_keys(self, request: Request) -> Response:
        return await _guard(self._list_keys, request)

    async def _list_keys(self, request: Request) -> Response:
        self._require_admin(request)
        limit = _int_param(request, "limit", 100, 1, MAX_LIST_PAGE)
        offset = _int_param(request, "offset", 0, 0, 2**31)
        status = request.query_params.get("status")
        if status not in (None, "active", "revoked"):
            raise invalid("INVALID_STATUS", "status must be active or revoked.", "status")
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

    async def capabilities(self, request: Request) -> Response:
        listing = self.settings.admin_token is not None
        return ok(
            {
                "server": "keyfold-server",
                "version": __version__,
                "api": "datafold-crypto",
                "message_encodings": list(validation.MESSAGE_ENCODINGS),
                "extensions": {
                    "revoke": {
                        "path": "/api/crypto/keys/revoke/{client_id}",
                        "auth": ["bearer", "signature"] if listing else ["signature"],
                        "message": REVOKE_PREFIX + ":{client_id}:{public_key_hex}",
                    },
                    "rotate": {
                        "path": "/api/crypto/keys/rotate/{client_id}",
                        "auth": ["signature"],
                        "message": ROTATE_PREFIX + ":{client_id}:{new_public_key_hex}",
                    },
                    "list": {"path": "/api/crypto/keys", "auth": ["bearer"], "enabled": listing},
                    "health": {"path": "/health"},
                },
                "limits": {
                    "max_body_bytes": self.settings.max_body,
                    "registration": str(self.settings.registration_limit),
                    "verification": str(self.settings.verification_limit),
                },
            }
        )

    # Helpers ---------------------------------------------------------------

    def _extension_names(self) -> list[str]:
        names = ["revoke", "rotate", "health"]
        if self.settings.admin_token is not None:
            names.append("list")
        return names

    async def _json(self, request: Request, *, allow_empty: bool = False) -> Any:
        """The body as JSON, refusing more than max_body bytes before reading them."""
        limit = self.settings.max_body
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            raise _too_large(limit)
        data = bytearray()
        async for chunk in request.stream():
            data.extend(chunk)
            if len(data) > limit:
                raise _too_large(limit)
        if not data.strip():
            if allow_empty:
                return None
            raise ApiError(400, "INVALID_JSON", "The request body is empty; send a JSON object.")
        try:
            return json.loads(bytes(data))
        except (ValueError, RecursionError) as exc:
            raise ApiError(400, "INVALID_JSON", "The request body is not valid JSON.") from exc

    async def _existing(self, client_id: str) -> KeyRow:
        row = await run_in_threadpool(self.storage.get, client_id)
        if row is None:
            raise _not_found(client_id)
        return row

    def _limit(self, limiter: RateLimiter, key: str, what: str) -> None:
        wait = limiter.check(key)
        if wait > 0:
            header = retry_after_header(wait)
            raise ApiError(
                429,
                "RATE_LIMITED",
                f"Too many {what} (limit {limiter.spec}); retry after {header} seconds.",
                {"retry_after": int(header), "limit": str(limiter.spec)},
                {"Retry-After": header},
            )

    def _is_admin(self, request: Request) -> bool:
        expected = self.settings.admin_token
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if expected is None or scheme.lower() != "bearer":
            return False
        return hmac.compare_digest(token.strip().encode(), expected.encode())

    def _require_admin(self, request: Request) -> None:
        if self.settings.admin_token is None:
            raise ApiError(401, "UNAUTHORIZED", "This server has no admin token configured.")
        if not self._is_admin(request):
            raise ApiError(401, "UNAUTHORIZED", "A valid admin bearer token is needed.")


async def _guard(handler: Callable[[Request], Awaitable[Response]], request: Request) -> Response:
    """Turn ApiError into the envelope, remembering the code for the access log."""
    try:
        return await handler(request)
    except ApiError as error:
        request.state.code = error.code
        return failure(error)


def _signature_ok(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


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
    }
    if detailed:
        document["last_used"] = _iso(row.last_used) if row.last_used else None
        document["revoked_at"] = _iso(row.revoked_at) if row.revoked_at else None
    return document


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


def _int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    text = request.query_params.get(name)
    if text is None:
        return default
    if not text.isdigit() or not low <= int(text) <= high:
        raise invalid(
            f"INVALID_{name.upper()}", f"{name} must be a whole number from {low} to {high}.", name
        )
    return int(text)


def _not_found(client_id: str) -> ApiError:
    return ApiError(
        404, "CLIENT_NOT_FOUND", f"No key is registered as {client_id}.", {"client_id": client_id}
    )


def _conflict(code: str, client_id: str) -> ApiError:
    messages = {
        "CLIENT_ALREADY_REGISTERED": f"The client id {client_id} is already registered.",
        "DUPLICATE_PUBLIC_KEY": "This public key is already registered under another client id.",
        "KEY_CHANGED": f"The key registered as {client_id} changed meanwhile; try again.",
    }
    return ApiError(409, code, messages[code], {"client_id": client_id})


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "PAYLOAD_TOO_LARGE",
        f"The request body is larger than {limit} bytes.",
        {"max_body_bytes": limit},
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    codes = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}
    code = codes.get(exc.status_code, "HTTP_ERROR")
    request.state.code = code
    headers = dict(exc.headers or {})
    return failure(ApiError(exc.status_code, code, str(exc.detail), headers=headers))


async def _plain_http_error(request: Request, exc: Exception) -> Response:
    """What a web framework says for a path or method it has no route for: plain text."""
    assert isinstance(exc, HTTPException)
    request.state.code = "NOT_FOUND" if exc.status_code == 404 else "HTTP_ERROR"
    return PlainTextResponse(str(exc.detail), exc.status_code, headers=dict(exc.headers or {}))


async def _internal_error(request: Request, exc: Exception) -> Response:
    log(logging.ERROR, "internal_error", path=request.url.path, error=type(exc).__name__)
    return JSONResponse(
        {
            "success": False,
            "data": None,
            "error": {"code": "INTERNAL_ERROR", "message": "The server failed.", "details": {}},
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
