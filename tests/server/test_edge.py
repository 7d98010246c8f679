"""Tests for the edge helpers; the real process is attacked in test_attacks.py."""

import asyncio
import io
import json
import logging

from keyfold.server import logs
from keyfold.server.edge import (
    FD_RESERVE,
    QuietUvicorn,
    fit_to_descriptors,
    loop_exception_handler,
)


def test_the_connection_cap_leaves_descriptors_free() -> None:
    assert fit_to_descriptors(1024, 128) == 128 - FD_RESERVE
    assert fit_to_descriptors(50, 128) == 50
    assert fit_to_descriptors(1024, 10) == 1


def test_descriptor_exhaustion_is_one_throttled_json_line() -> None:
    logs.setup()
    logger = logging.getLogger(logs.LOGGER_NAME)
    written = io.StringIO()
    handler = logging.StreamHandler(written)
    handler.setFormatter(logs.JsonFormatter())
    logger.addHandler(handler)
    loop = asyncio.new_event_loop()
    try:
        for _ in range(500):
            error = OSError(24, "Too many open files")
            context = {"message": "socket.accept() out of system resource", "exception": error}
            loop_exception_handler(loop, context)
    finally:
        loop.close()
        logger.removeHandler(handler)
    lines = [line for line in written.getvalue().splitlines() if "descriptor_limit" in line]
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["error"] == "OSError: Too many open files" and "Traceback" not in lines[0]


def test_uvicorns_per_request_warnings_are_filtered() -> None:
    quiet = QuietUvicorn()

    def record(message: str) -> logging.LogRecord:
        return logging.LogRecord("uvicorn.error", logging.WARNING, "", 0, message, None, None)

    assert not quiet.filter(record("Invalid HTTP request received."))
    assert quiet.filter(record("Started server process [1]"))
