"""The attacks keyfold-server must withstand, run against the real process on loopback.

Each test starts `keyfold-server` as a subprocess (and, for the last one, a
real PostgreSQL) and attacks it the way the hardening issue describes:
squatting, quota exhaustion from another address, trickled bodies and
headers, hundreds of idle connections under a low descriptor limit,
replayed rotations, small-order keys, broken Unicode and odd numbers,
spoofed X-Forwarded-For, and two processes sharing one database. Every loop
is bounded and every socket targets 127.0.0.0/8.
"""

import json
import select
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from keyfold.core.keys import KeyPair
from keyfold.core.registry import protocol
from tests.server.live import LiveServer, running_postgres, running_server

pytestmark = pytest.mark.server


# Helpers --------------------------------------------------------------------


@contextmanager
def http_from(server: LiveServer, source: str = "127.0.0.1") -> Iterator[httpx.Client]:
    """An HTTP client whose connections leave from the loopback address `source`."""
    transport = httpx.HTTPTransport(local_address=source)
    with httpx.Client(
        base_url=server.url, transport=transport, trust_env=False, timeout=10
    ) as client:
        yield client


def address(server: LiveServer) -> tuple[str, int]:
    parts = urlsplit(server.url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def raw_connection(server: LiveServer, source: str = "127.0.0.1") -> socket.socket:
    sock = socket.create_connection(address(server), timeout=10, source_address=(source, 0))
    return sock


def read_until_closed(sock: socket.socket, seconds: float) -> bytes:
    """Everything the server sends until it closes the connection (bounded in time)."""
    deadline = time.monotonic() + seconds
    received = bytearray()
    while time.monotonic() < deadline:
        ready, _, _ = select.select([sock], [], [], 0.2)
        if ready:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                return bytes(received)
            received.extend(chunk)
    raise AssertionError(f"the server kept the connection open; it sent {bytes(received)!r}")


def envelope_of(reply: bytes) -> tuple[int, dict[str, Any]]:
    head, _, body = reply.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, json.loads(body)


def challenge(client: httpx.Client) -> tuple[str, str]:
    data = client.get(protocol.CHALLENGE_PATH).json()["data"]
    return data["server_id"], data["nonce"]


def proven_body(client: httpx.Client, pair: KeyPair, client_id: str) -> dict[str, Any]:
    server_id, nonce = challenge(client)
    message = protocol.proof_message(server_id, client_id, pair.public.raw, nonce)
    return {
        "client_id": client_id,
        "public_key": pair.public.hex,
        "proof": {"nonce": nonce, "signature": pair.sign(message).hex()},
    }


def rotate_body(client: httpx.Client, client_id: str, old: KeyPair, new: KeyPair) -> dict[str, Any]:
    server_id, nonce = challenge(client)
    message = protocol.rotate_message(server_id, client_id, old.public.raw, new.public.raw, nonce)
    return {"new_public_key": new.public.hex, "nonce": nonce, "signature": old.sign(message).hex()}


def log_records(server: LiveServer) -> list[dict[str, Any]]:
    return [json.loads(line) for line in server.log_lines()]


def requests_logged(server: LiveServer, path: str, count: int) -> list[dict[str, Any]]:
    """The log lines of requests to `path`, once `count` are written (each follows its reply)."""
    deadline = time.monotonic() + 10
    while True:
        requests = [r for r in log_records(server) if r["event"] == "request" and r["path"] == path]
        if len(requests) >= count or time.monotonic() > deadline:
            return requests
        time.sleep(0.05)


def no_errors_logged(server: LiveServer) -> None:
    text = server.stderr_path.read_text(encoding="utf-8")
    assert "Traceback" not in text
    for record in log_records(server):  # every line is JSON, none an error
        assert record["level"] != "error", record


# Squatting and proof of possession -----------------------------------------


def test_squatting_then_a_proven_registration(sqlite_server: LiveServer) -> None:
    holder = KeyPair.generate()
    squat_id, holder_id = f"squat-{holder.public.hex[:10]}", f"holder-{holder.public.hex[:10]}"
    with http_from(sqlite_server, "127.0.0.2") as squatter:
        body = {"client_id": squat_id, "public_key": holder.public.hex}
        assert squatter.post(protocol.REGISTER_PATH, json=body).status_code == 201
    with http_from(sqlite_server) as owner:
        plain = owner.post(
            protocol.REGISTER_PATH, json={"client_id": holder_id, "public_key": holder.public.hex}
        )
        assert plain.status_code == 409
        assert plain.json()["error"]["code"] == "DUPLICATE_PUBLIC_KEY"
        proven = owner.post(protocol.REGISTER_PATH, json=proven_body(owner, holder, holder_id))
        assert proven.status_code == 201, proven.text
        assert proven.json()["data"]["proven"] is True
        squatted = owner.get(f"/api/crypto/keys/status/{squat_id}").json()["data"]
        assert squatted["status"] == "revoked"
        signature = holder.sign(b"release 1.0").hex()
        for client_id, expected in ((squat_id, 403), (holder_id, 200)):
            verdict = owner.post(
                protocol.VERIFY_PATH,
                json={"client_id": client_id, "message": "release 1.0", "signature": signature},
            )
            assert verdict.status_code == expected
    superseded = [r for r in log_records(sqlite_server) if r["event"] == "registration_superseded"]
    assert superseded[-1]["client_id"] == squat_id
    assert superseded[-1]["by_client_id"] == holder_id


# Quota exhaustion ------------------------------------------------------------


def test_another_address_cannot_spend_a_victims_verifications(tmp_path: Path) -> None:
    limits = ("--verification-limit", "3/hour", "--registration-limit", "100/hour")
    with running_server(tmp_path, str(tmp_path / "r.db"), limits) as server:
        victim = KeyPair.generate()
        with http_from(server) as owner:
            body = proven_body(owner, victim, "victim")
            assert owner.post(protocol.REGISTER_PATH, json=body).status_code == 201
        bogus = {"client_id": "victim", "message": "x", "signature": "00" * 64}
        with http_from(server, "127.0.0.2") as attacker:
            statuses = [
                attacker.post(protocol.VERIFY_PATH, json=bogus).status_code for _ in range(5)
            ]
        assert statuses[:2] == [401, 401] and statuses[-1] == 429
        with http_from(server) as owner:
            signature = victim.sign(b"x").hex()
            good = owner.post(
                protocol.VERIFY_PATH,
                json={"client_id": "victim", "message": "x", "signature": signature},
            )
        assert good.status_code == 200 and good.json()["data"]["verified"] is True


# Slow clients ------------------------------------------------------------------


def test_a_trickling_body_gets_408_and_the_connection_closes(tmp_path: Path) -> None:
    options = ("--body-timeout", "2", "--header-timeout", "30")
    with running_server(tmp_path, str(tmp_path / "r.db"), options) as server:
        sock = raw_connection(server)
        with sock:
            sock.sendall(
                b"POST /api/crypto/keys/register HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"
            )
            started = time.monotonic()
            reply = bytearray()
            for _ in range(60):  # one byte every 0.25 s: at most 15 s
                ready, _, _ = select.select([sock], [], [], 0.25)
                if ready:
                    reply.extend(read_until_closed(sock, 5))
                    break
                try:
                    sock.sendall(b" ")
                except OSError:
                    reply.extend(read_until_closed(sock, 5))
                    break
            waited = time.monotonic() - started
        status, document = envelope_of(bytes(reply))
        assert status == 408 and document["error"]["code"] == "REQUEST_TIMEOUT"
        assert waited < 10
        assert b"connection: close" in bytes(reply).lower()
        with http_from(server) as client:
            assert client.get("/health").status_code == 200
        no_errors_logged(server)


def test_trickled_headers_get_408_and_the_connection_closes(tmp_path: Path) -> None:
    options = ("--header-timeout", "2")
    with running_server(tmp_path, str(tmp_path / "r.db"), options) as server:
        sock = raw_connection(server)
        with sock:
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
            reply = b""
            for _ in range(60):
                ready, _, _ = select.select([sock], [], [], 0.25)
                if ready:
                    reply = read_until_closed(sock, 5)
                    break
                try:
                    sock.sendall(b"X")
                except OSError:
                    reply = read_until_closed(sock, 5)
                    break
        status, document = envelope_of(reply)
        assert status == 408 and document["error"]["code"] == "REQUEST_TIMEOUT"


def test_a_client_leaving_mid_body_is_not_an_error(sqlite_server: LiveServer) -> None:
    sock = raw_connection(sqlite_server)
    with sock:
        sock.sendall(
            b"POST /api/crypto/keys/register HTTP/1.1\r\nHost: x\r\n"
            b'Content-Length: 500\r\n\r\n{"public_key": '
        )
        time.sleep(0.2)
    with http_from(sqlite_server) as client:
        assert client.get("/health").status_code == 200
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if any(r.get("code") == "CLIENT_DISCONNECTED" for r in log_records(sqlite_server)):
            break
        time.sleep(0.1)
    assert any(r.get("code") == "CLIENT_DISCONNECTED" for r in log_records(sqlite_server))
    no_errors_logged(sqlite_server)


def test_400_idle_connections_under_a_low_descriptor_limit(tmp_path: Path) -> None:
    options = ("--header-timeout", "60", "--max-connections-per-address", "64")
    with running_server(tmp_path, str(tmp_path / "r.db"), options, max_open_files=128) as server:
        idle: list[socket.socket] = []
        try:
            for _ in range(400):
                idle.append(raw_connection(server))
            # The server keeps 64 from this address and turns the rest away at once.
            refused = 0
            open_ones = set(idle)
            deadline = time.monotonic() + 30
            while refused < 400 - 64 and time.monotonic() < deadline:
                ready, _, _ = select.select(list(open_ones), [], [], 0.5)
                for sock in ready:
                    reply = read_until_closed(sock, 5)
                    assert envelope_of(reply)[0] == 503
                    open_ones.discard(sock)
                    refused += 1
            assert refused == 400 - 64
            # Another address is still served, and so is the database.
            with http_from(server, "127.0.0.3") as other:
                assert other.get("/health").status_code == 200
                key = KeyPair.generate()
                body = proven_body(other, key, "during-the-flood")
                assert other.post(protocol.REGISTER_PATH, json=body).status_code == 201
            assert server.process.poll() is None
        finally:
            for sock in idle:
                sock.close()
        with http_from(server) as client:
            deadline = time.monotonic() + 10
            while client.get("/health").status_code != 200 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert client.get("/health").status_code == 200
        lines = server.log_lines()
        events = [r["event"] for r in log_records(server)]
        # One throttled line for 336 refusals, not one (or a traceback) each; the
        # burst may also meet the descriptor limit in accept(), logged the same way.
        assert 1 <= events.count("connections_refused") <= 3
        assert events.count("descriptor_limit") <= 3
        assert len(lines) < 40
        no_errors_logged(server)


# Replays, keys and input hygiene ---------------------------------------------


def test_a_replayed_rotation_is_refused(sqlite_server: LiveServer) -> None:
    a, c = KeyPair.generate(), KeyPair.generate()
    client_id = f"rotating-{a.public.hex[:10]}"
    path = protocol.ROTATE_PATH.format(client_id=client_id)
    with http_from(sqlite_server) as client:
        assert client.post(protocol.REGISTER_PATH, json=proven_body(client, a, client_id))
        first = rotate_body(client, client_id, a, c)
        assert client.post(path, json=first).status_code == 200
        assert client.post(path, json=rotate_body(client, client_id, c, a)).status_code == 200
        replay = client.post(path, json=first)
        assert replay.status_code == 409 and replay.json()["error"]["code"] == "NONCE_USED"
        status = client.get(protocol.STATUS_PATH.format(client_id=client_id)).json()["data"]
        assert status["public_key"] == a.public.hex


@pytest.mark.parametrize("key_hex", ["01" + "00" * 31, "00" * 32, "ee" + "ff" * 30 + "7f"])
def test_small_order_keys_are_refused_and_forge_nothing(
    sqlite_server: LiveServer, key_hex: str
) -> None:
    with http_from(sqlite_server) as client:
        registered = client.post(
            protocol.REGISTER_PATH, json={"client_id": "identity", "public_key": key_hex}
        )
        assert registered.status_code == 400
        assert registered.json()["error"]["code"] == "INVALID_PUBLIC_KEY"
        forged = {"client_id": "identity", "message": "anything", "signature": "01" + "00" * 63}
        assert client.post(protocol.VERIFY_PATH, json=forged).status_code == 404


ODD_BODIES = [
    b'{"public_key": "PK", "key_name": "\\ud800"}',
    b'{"public_key": "PK", "user_id": "a\\udc00b"}',
    b'{"public_key": "PK", "metadata": {"k": "\\ud83d"}}',
    b'{"public_key": "PK", "metadata": {"\\udfff": "v"}}',
    b'{"public_key": "PK", "client_id": "\\ud800"}',
    b'{"public_key": "PK", "client_id": 1e999}',
    b'{"public_key": "PK", "metadata": {"k": ' + b"1" * 5000 + b"}}",
    b'{"public_key": "PK", "key_name": NaN}',
    b"\xff\xfe{}",
    b'{"public_key": "\xc3\xa9' + b"a" * 62 + b'"}',
]


def test_surrogates_and_odd_numbers_get_4xx_envelopes(sqlite_server: LiveServer) -> None:
    with http_from(sqlite_server) as client:
        for body in ODD_BODIES:
            sent = body.replace(b"PK", KeyPair.generate().public.hex.encode())
            response = client.post(protocol.REGISTER_PATH, content=sent)
            assert 400 <= response.status_code < 500, body
            assert response.json()["success"] is False, body
        token = {"Authorization": f"Bearer {sqlite_server.admin_token}"}
        for query in ("limit=%C2%B2", "offset=%C2%B9", "offset=" + "9" * 5000, "limit=%D9%A1"):
            response = client.get(f"{protocol.LIST_PATH}?{query}", headers=token)
            assert response.status_code == 400, query
            assert response.json()["error"]["code"] in ("INVALID_LIMIT", "INVALID_OFFSET")
        for header in (b"\xc2\xb2", b"9" * 5000):
            sock = raw_connection(sqlite_server)
            with sock:
                sock.sendall(
                    b"POST /api/crypto/keys/register HTTP/1.1\r\nHost: x\r\n"
                    b"Content-Length: " + header + b"\r\n\r\n{}"
                )
                status, document = envelope_of(read_until_closed(sock, 10))
            assert 400 <= status < 500 and document["success"] is False
    no_errors_logged(sqlite_server)


# Forwarded headers -------------------------------------------------------------


def test_a_spoofed_forwarded_for_changes_nothing(tmp_path: Path) -> None:
    limits = ("--registration-limit", "2/hour")
    with running_server(tmp_path, str(tmp_path / "r.db"), limits) as server:
        with http_from(server) as client:
            statuses = [
                client.post(
                    protocol.REGISTER_PATH,
                    json={"public_key": KeyPair.generate().public.hex},
                    headers={"X-Forwarded-For": f"203.0.113.{n}", "Forwarded": "for=1.2.3.4"},
                ).status_code
                for n in range(3)
            ]
        assert statuses == [201, 201, 429]
        requests = requests_logged(server, protocol.REGISTER_PATH, 3)
        assert len(requests) == 3
        assert {r["client_ip"] for r in requests} == {"127.0.0.1"}


def test_a_trusted_proxy_is_believed(tmp_path: Path) -> None:
    options = ("--registration-limit", "1/hour", "--trusted-proxy", "127.0.0.1")
    with running_server(tmp_path, str(tmp_path / "r.db"), options) as server:
        with http_from(server) as proxy:
            statuses = [
                proxy.post(
                    protocol.REGISTER_PATH,
                    json={"public_key": KeyPair.generate().public.hex},
                    headers={"X-Forwarded-For": f"203.0.113.{n}"},
                ).status_code
                for n in range(2)
            ]
        assert statuses == [201, 201]
        with http_from(server, "127.0.0.2") as other:
            spoofed = other.post(
                protocol.REGISTER_PATH,
                json={"public_key": KeyPair.generate().public.hex},
                headers={"X-Forwarded-For": "203.0.113.9"},
            )
            assert spoofed.status_code == 201
        requests = requests_logged(server, protocol.REGISTER_PATH, 3)
        assert {r["client_ip"] for r in requests} >= {"203.0.113.0", "203.0.113.1", "127.0.0.2"}
        assert "203.0.113.9" not in {r["client_ip"] for r in requests}


# Several processes, one database -----------------------------------------------


@pytest.mark.postgres
def test_two_processes_on_one_postgresql_share_limits_and_state(tmp_path: Path) -> None:
    limits = ("--registration-limit", "5/hour", "--verification-limit", "1000/hour")
    with (
        running_postgres() as dsn,
        running_server(tmp_path / "a", dsn, limits) as server_a,
        running_server(tmp_path / "b", dsn, limits) as server_b,
        http_from(server_a) as a,
        http_from(server_b) as b,
    ):
        first, second = KeyPair.generate(), KeyPair.generate()
        path = protocol.ROTATE_PATH.format(client_id="shared")
        # A challenge from one process is good on the other: one identity, one nonce key.
        registered = b.post(protocol.REGISTER_PATH, json=proven_body(a, first, "shared"))
        assert registered.status_code == 201, registered.text
        assert a.get(protocol.STATUS_PATH.format(client_id="shared")).json()["data"]["proven"]
        forward = rotate_body(b, "shared", first, second)
        assert a.post(path, json=forward).status_code == 200
        assert b.post(path, json=rotate_body(a, "shared", second, first)).status_code == 200
        replay = b.post(path, json=forward)
        assert replay.status_code == 409 and replay.json()["error"]["code"] == "NONCE_USED"
        # Four of five registration-limit units are spent, across both processes.
        plain = {"public_key": KeyPair.generate().public.hex}
        assert a.post(protocol.REGISTER_PATH, json=plain).status_code == 201
        for client in (a, b):
            limited = client.post(
                protocol.REGISTER_PATH, json={"public_key": KeyPair.generate().public.hex}
            )
            assert limited.status_code == 429
        status = b.get(protocol.STATUS_PATH.format(client_id="shared")).json()["data"]
        assert status["public_key"] == first.public.hex and status["revision"] == 3


def child_processes(pid: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children


@pytest.mark.postgres
def test_workers_share_one_port_and_one_limit(tmp_path: Path) -> None:
    options = ("--workers", "3", "--registration-limit", "4/hour")
    with running_postgres() as dsn, running_server(tmp_path, dsn, options) as server:
        assert len(child_processes(server.process.pid)) == 3
        statuses = []
        for _ in range(6):  # a new connection each, so the kernel spreads them
            with http_from(server) as client:
                body = {"public_key": KeyPair.generate().public.hex}
                statuses.append(client.post(protocol.REGISTER_PATH, json=body).status_code)
        assert statuses == [201] * 4 + [429] * 2
    assert server.process.returncode == 0
    no_errors_logged(server)
