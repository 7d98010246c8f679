"""A tiny loopback HTTP server that misbehaves on purpose, one script step per request."""

import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

# A step gets the connected socket and the raw request; it writes whatever it likes.
Step = Callable[[socket.socket, bytes], None]


def reply(status: int, body: bytes, headers: dict[str, str] | None = None) -> Step:
    def step(conn: socket.socket, _request: bytes) -> None:
        head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Connection: close"]
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)

    return step


def envelope(
    status: int, data: object = None, error: tuple[str, str] | None = None, **headers: str
) -> Step:
    document = {
        "success": error is None,
        "data": data,
        "error": None if error is None else {"code": error[0], "message": error[1], "details": {}},
    }
    return reply(status, json.dumps(document).encode(), headers or None)


def chunked(status: int, chunks: Iterator[bytes]) -> Step:
    def step(conn: socket.socket, _request: bytes) -> None:
        conn.sendall(f"HTTP/1.1 {status} X\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
        try:
            for chunk in chunks:
                conn.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            conn.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the client hung up once it had seen enough: that is the point

    return step


def reset_mid_response(conn: socket.socket, _request: bytes) -> None:
    conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{"success": tr')
    # SO_LINGER 0: close sends RST instead of FIN.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def stall(seconds: float) -> Step:
    def step(conn: socket.socket, _request: bytes) -> None:
        time.sleep(seconds)

    return step


@dataclass
class FaultServer:
    url: str
    requests: list[bytes] = field(default_factory=list)
    connections: int = 0


@contextmanager
def fault_server(
    steps: list[Step], tls: ssl.SSLContext | None = None, host: str = "127.0.0.1"
) -> Iterator[FaultServer]:
    """Serve `steps` in order, one per connection; further requests get a 500."""
    listener = socket.socket()
    listener.bind((host, 0))
    listener.listen(8)
    listener.settimeout(0.2)
    scheme = "https" if tls else "http"
    server = FaultServer(f"{scheme}://{host}:{listener.getsockname()[1]}")
    stop = threading.Event()
    pending = list(steps)

    def serve() -> None:
        while not stop.is_set():
            try:
                raw, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server.connections += 1
            conn = raw
            try:
                conn.settimeout(5)
                if tls is not None:
                    conn = tls.wrap_socket(raw, server_side=True)
                request = _read_request(conn)
                if request:
                    server.requests.append(request)
                step = pending.pop(0) if pending else reply(500, b"no more steps")
                step(conn, request)
            except (OSError, ssl.SSLError):
                pass
            finally:
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        thread.join(timeout=10)
        listener.close()


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body
