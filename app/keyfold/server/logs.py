"""Structured logs: one JSON object per line on stderr, never a secret in them.

Callers pass only the fields listed in `SAFE_FIELDS`; anything else (a
signature, a token, a message body) is dropped here as a second line of defence.
"""

import json
import logging
import sys
import time
from typing import Any

LOGGER_NAME = "keyfold.server"
SAFE_FIELDS = frozenset(
    {
        "event",
        "method",
        "path",
        "status",
        "client_ip",
        "client_id",
        "code",
        "duration_ms",
        "url",
        "database",
        "error",
        "verified",
        "registration_limit",
        "verification_limit",
        "auth",
        "by_client_id",
        "suppressed",
        "open_connections",
        "max_connections",
        "per_address",
        "workers",
        "require_proof",
        "trusted_proxies",
    }
)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        document: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
        }
        fields = getattr(record, "fields", {})
        document.update({k: v for k, v in fields.items() if k in SAFE_FIELDS and v is not None})
        if "event" not in document:
            document["event"] = record.getMessage()
        return json.dumps(document, default=str, separators=(",", ":"))


def setup() -> logging.Logger:
    """The server's logger, writing JSON lines to stderr (idempotent)."""
    logger = logging.getLogger(LOGGER_NAME)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


def log(level: int, event: str, **fields: Any) -> None:
    logging.getLogger(LOGGER_NAME).log(level, event, extra={"fields": {"event": event, **fields}})
