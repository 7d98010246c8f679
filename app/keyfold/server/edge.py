"""The connection edge: header deadlines, connection caps, and quiet descriptor limits.

uvicorn's h11 protocol gives request size limits (`h11_max_incomplete_event_size`),
`limit_concurrency` and `timeout_keep_alive`, but nothing bounds how long a
client may take to send its request line and headers, or how many connections
one address may hold. `edge_protocol` returns uvicorn's H11Protocol with those
added: a connection that has not sent complete headers within the header
timeout gets 408 and is closed; beyond `max_connections` in all or
`per_address` from one source address, a new connection gets 503 and is
closed at once, before it can pin a file descriptor. `loop_exception_handler`
turns asyncio's "out of system resource" tracebacks (EMFILE on accept) into
one JSON log line per interval.
"""

import asyncio
import json
import logging
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from keyfold.core.registry.protocol import ErrorCode
from keyfold.server.logs import log

# Descriptors kept free for the listening socket, the database and log files.
FD_RESERVE = 32
DEFAULT_HEADER_TIMEOUT = 10.0
DEFAULT_MAX_CONNECTIONS = 1024
DEFAULT_PER_ADDRESS = 64
# At most one log line per this many seconds for each kind of edge event.
LOG_INTERVAL = 10.0


@dataclass(frozen=True)
class EdgeLimits:
    header_timeout: float = DEFAULT_HEADER_TIMEOUT
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    per_address: int = DEFAULT_PER_ADDRESS


def fit_to_descriptors(wanted: int, soft_limit: int) -> int:
    """The connection cap that leaves FD_RESERVE descriptors free (at least 1)."""
    return max(1, min(wanted, soft_limit - FD_RESERVE))


class _Throttled:
    """Logs an event at most once per LOG_INTERVAL, counting what it held back."""

    def __init__(self, event: str, level: int = logging.WARNING) -> None:
        self.event = event
        self.level = level
        self._last = -LOG_INTERVAL
        self._held = 0

    def __call__(self, **fields: Any) -> None:
        now = time.monotonic()
        if now - self._last < LOG_INTERVAL:
            self._held += 1
            return
        self._last = now
        log(self.level, self.event, suppressed=self._held or None, **fields)
        self._held = 0


def _reply(status: int, reason: str, code: ErrorCode, message: str) -> bytes:
    body = json.dumps(
        {"success": False, "data": None, "error": {"code": code, "message": message, "details": {}}}
    ).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\ncache-control: no-store\r\n"
        "x-content-type-options: nosniff\r\n\r\n"
    )
    return head.encode("ascii") + body


_BUSY = _reply(503, "Service Unavailable", ErrorCode.SERVER_BUSY, "Too many connections; retry.")
_MALFORMED = _reply(
    400, "Bad Request", ErrorCode.INVALID_REQUEST, "The request is not valid HTTP/1.1."
)
_TOO_SLOW = _reply(
    408, "Request Timeout", ErrorCode.REQUEST_TIMEOUT, "The request headers did not arrive in time."
)


def edge_protocol(limits: EdgeLimits) -> type[H11Protocol]:
    """uvicorn's h11 protocol class with the edge limits; one class per server."""
    open_by_address: Counter[str] = Counter()
    refused_log = _Throttled("connections_refused")
    malformed_log = _Throttled("malformed_requests", logging.INFO)

    class EdgeProtocol(H11Protocol):
        _timer: asyncio.TimerHandle | None = None
        _address: str | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._address = self.client[0] if self.client else "unknown"
            open_by_address[self._address] += 1
            total = len(self.connections)
            if total > limits.max_connections or (
                open_by_address[self._address] > limits.per_address
            ):
                refused_log(
                    client_ip=self._address,
                    open_connections=total,
                    max_connections=limits.max_connections,
                    per_address=limits.per_address,
                )
                transport.write(_BUSY)
                transport.close()
                return
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            if self._address is not None:
                open_by_address[self._address] -= 1
                if open_by_address[self._address] <= 0:
                    del open_by_address[self._address]
                self._address = None
            super().connection_lost(exc)

        def handle_events(self) -> None:
            super().handle_events()
            if self.cycle is not None and not self.cycle.response_complete:
                # Headers are in; the body has its own deadline (app._BodyDeadline).
                self._disarm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                # The next request on this connection gets a fresh header deadline.
                self._arm()

        def send_400_response(self, msg: str) -> None:
            # uvicorn answers plain text; every reply of this server is the envelope.
            malformed_log(client_ip=self._address)
            self.transport.write(_MALFORMED)
            self.transport.close()

        def _arm(self) -> None:
            self._disarm()
            self._timer = self.loop.call_later(limits.header_timeout, self._headers_too_slow)

        def _disarm(self) -> None:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

        def _headers_too_slow(self) -> None:
            self._timer = None
            if self.transport.is_closing():
                return
            if self.cycle is None or self.cycle.response_complete:
                self.transport.write(_TOO_SLOW)
            self.transport.close()

    return EdgeProtocol


class QuietUvicorn(logging.Filter):
    """Drops uvicorn's per-request warnings, which the edge logs throttled instead."""

    NOISE = ("Invalid HTTP request received.", "Exceeded concurrency limit.")

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() not in self.NOISE


_resource_log = _Throttled("descriptor_limit")
_loop_log = _Throttled("event_loop_error", logging.ERROR)


def loop_exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """asyncio's errors as rate-limited JSON lines instead of a traceback each.

    At the descriptor limit asyncio reports every failed accept with a
    traceback; thousands of connections make that a flood on stderr.
    """
    exception = context.get("exception")
    error = type(exception).__name__ if exception is not None else None
    if isinstance(exception, OSError) and "out of system resource" in str(context.get("message")):
        _resource_log(error=f"{error}: {exception.strerror}")
        return
    _loop_log(error=error or str(context.get("message", ""))[:200])
