"""Tests for the keyfold-server command: the real process over SQLite and PostgreSQL."""

import json
import sqlite3
import subprocess
from pathlib import Path

import httpx
import pytest

from keyfold.core.keys import KeyPair
from keyfold.core.registry import protocol
from tests.server.live import LiveServer, running_server, server_command

pytestmark = pytest.mark.server


def call(server: LiveServer, method: str, path: str, **kwargs: object) -> httpx.Response:
    with httpx.Client(base_url=server.url, trust_env=False, timeout=10) as client:
        return client.request(method, path, **kwargs)  # type: ignore[arg-type]


def revoke_body(server: LiveServer, client_id: str, pair: KeyPair) -> dict[str, str]:
    challenge = call(server, "GET", protocol.CHALLENGE_PATH).json()["data"]
    nonce = challenge["nonce"]
    message = protocol.revoke_message(challenge["server_id"], client_id, pair.public.raw, nonce)
    return {"nonce": nonce, "signature": pair.sign(message).hex()}


def test_register_status_verify_duplicate_revoke(live_server: LiveServer) -> None:
    pair, other = KeyPair.generate(), KeyPair.generate()
    client_id = f"main-{pair.public.hex[:12]}"
    created = call(
        live_server,
        "POST",
        "/api/crypto/keys/register",
        json={"client_id": client_id, "public_key": pair.public.hex, "metadata": {"team": "ops"}},
    )
    assert created.status_code == 201, created.text
    status = call(live_server, "GET", f"/api/crypto/keys/status/{client_id}").json()["data"]
    assert status["status"] == "active" and status["public_key"] == pair.public.hex

    def verify(signature: bytes, message: str = "hello") -> httpx.Response:
        body = {"client_id": client_id, "message": message, "signature": signature.hex()}
        return call(live_server, "POST", "/api/crypto/signatures/verify", json=body)

    assert verify(pair.sign(b"hello")).json()["data"]["verified"] is True
    assert verify(pair.sign(b"hello"), "other").status_code == 401
    assert verify(other.sign(b"hello")).status_code == 401
    duplicate = call(
        live_server,
        "POST",
        "/api/crypto/keys/register",
        json={"client_id": client_id + "-2", "public_key": pair.public.hex},
    )
    assert duplicate.json()["error"]["code"] == "DUPLICATE_PUBLIC_KEY"
    revoked = call(
        live_server,
        "POST",
        f"/api/crypto/keys/revoke/{client_id}",
        json=revoke_body(live_server, client_id, pair),
    )
    assert revoked.json()["data"]["status"] == "revoked"
    refused = verify(pair.sign(b"hello"))
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "KEY_NOT_ACTIVE"


def test_the_log_is_json_lines_without_signatures_or_tokens(live_server: LiveServer) -> None:
    pair = KeyPair.generate()
    client_id = f"log-{pair.public.hex[:12]}"
    call(
        live_server,
        "POST",
        "/api/crypto/keys/register",
        json={"client_id": client_id, "public_key": pair.public.hex},
    )
    signature = pair.sign(b"m").hex()
    call(
        live_server,
        "POST",
        "/api/crypto/signatures/verify",
        json={"client_id": client_id, "message": "m", "signature": signature},
    )
    call(
        live_server,
        "GET",
        "/api/crypto/keys",
        headers={"Authorization": f"Bearer {live_server.admin_token}"},
    )
    lines = live_server.log_lines()
    records = [json.loads(line) for line in lines]
    assert any(r.get("client_id") == client_id and r.get("status") == 200 for r in records)
    text = "\n".join(lines)
    assert signature not in text
    assert live_server.admin_token not in text


def test_an_oversized_request_is_413(live_server: LiveServer) -> None:
    response = call(live_server, "POST", "/api/crypto/keys/register", content=b"{" * 70_000)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "PAYLOAD_TOO_LARGE"


def test_sqlite_keeps_the_seed_schema_in_wal_mode(tmp_path: Path) -> None:
    database = tmp_path / "data" / "registrations.db"
    with running_server(tmp_path, str(database)) as server:
        pair = KeyPair.generate()
        call(server, "POST", "/api/crypto/keys/register", json={"public_key": pair.public.hex})
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        columns = {
            row[1] for row in conn.execute("PRAGMA table_info(datafold_crypto_verification_log)")
        }
        assert {
            "client_id",
            "message_hash",
            "signature",
            "verified",
            "verification_id",
            "client_ip",
            "user_agent",
            "verified_at",
        } <= columns
        (count,) = conn.execute("SELECT COUNT(*) FROM datafold_crypto_registered_keys").fetchone()
        assert count == 1
    finally:
        conn.close()
    assert database.parent.stat().st_mode & 0o777 == 0o700


def test_the_rate_limit_flags_reach_the_server(tmp_path: Path) -> None:
    limits = ("--registration-limit", "1/hour")
    with running_server(tmp_path, str(tmp_path / "r.db"), limits) as server:
        first = call(
            server,
            "POST",
            "/api/crypto/keys/register",
            json={"public_key": KeyPair.generate().public.hex},
        )
        second = call(
            server,
            "POST",
            "/api/crypto/keys/register",
            json={"public_key": KeyPair.generate().public.hex},
        )
    assert first.status_code == 201
    assert second.status_code == 429 and int(second.headers["retry-after"]) > 0


@pytest.mark.parametrize(
    "arguments",
    [["--registration-limit", "lots"], ["--port", "http"]],
)
def test_bad_options_exit_2_with_one_line(arguments: list[str]) -> None:
    done = subprocess.run(
        [*server_command(), *arguments],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=30,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_an_unreachable_database_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [*server_command(), "--port", "0", "--db", f"postgresql://nobody@/x?host={tmp_path}"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=60,
    )
    assert done.returncode == 2
    assert "cannot open the database" in done.stderr and "Traceback" not in done.stderr


def test_datafold_only_serves_the_three_calls_and_nothing_else(
    datafold_node: LiveServer,
) -> None:
    pair = KeyPair.generate()
    client_id = f"node-{pair.public.hex[:12]}"
    created = call(
        datafold_node,
        "POST",
        "/api/crypto/keys/register",
        json={"client_id": client_id, "public_key": pair.public.hex},
    )
    assert created.status_code == 201 and created.json()["success"] is True
    status = call(datafold_node, "GET", f"/api/crypto/keys/status/{client_id}")
    assert status.json()["data"]["status"] == "active"
    body = {"client_id": client_id, "message": "hi", "signature": pair.sign(b"hi").hex()}
    verified = call(datafold_node, "POST", "/api/crypto/signatures/verify", json=body)
    assert verified.json()["data"]["verified"] is True
    # The DataFold calls keep their enveloped errors.
    missing = call(datafold_node, "GET", "/api/crypto/keys/status/nobody")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "CLIENT_NOT_FOUND"

    revocation = {"nonce": "1.2.3", "signature": pair.sign(b"revoke").hex()}
    for method, path, payload in [
        ("GET", "/health", None),
        ("GET", "/api/crypto/capabilities", None),
        ("POST", "/api/crypto/register", {"public_key": KeyPair.generate().public.hex}),
        ("POST", "/api/crypto/verify", body),
        ("POST", f"/api/crypto/keys/revoke/{client_id}", revocation),
        ("GET", protocol.CHALLENGE_PATH, None),
        ("POST", f"/api/crypto/keys/rotate/{client_id}", {}),
        ("GET", "/api/crypto/keys", None),
    ]:
        refused = call(
            datafold_node,
            method,
            path,
            json=payload,
            headers={"Authorization": f"Bearer {datafold_node.admin_token}"},
        )
        assert refused.status_code == 404, path
        assert refused.headers["content-type"].startswith("text/plain"), path
        assert b"success" not in refused.content, path
    wrong_method = call(datafold_node, "GET", "/api/crypto/keys/register")
    assert wrong_method.status_code == 405 and b"success" not in wrong_method.content
    # The alias and the revocation above changed nothing.
    after = call(datafold_node, "GET", f"/api/crypto/keys/status/{client_id}").json()["data"]
    assert after["status"] == "active"
