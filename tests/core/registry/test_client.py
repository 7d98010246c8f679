"""Tests for RegistryClient: the real keyfold-server, and a server that misbehaves."""

import hashlib
import json
from collections.abc import Iterator

import pytest

from keyfold.core.errors import RegistryError
from keyfold.core.keys import KeyPair
from keyfold.core.progress import CancelToken
from keyfold.core.registry import RegistryClient, RetryPolicy, ServerConfig, Timeouts
from tests.core.registry.faults import (
    chunked,
    envelope,
    fault_server,
    reply,
    reset_mid_response,
    stall,
)
from tests.server.live import LiveServer


class Sleeps:
    """Recorded instead of slept: retries are checked without waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)

    @property
    def total(self) -> float:
        return sum(self.calls)


def make(url: str, sleeps: Sleeps | None = None, **options: object) -> RegistryClient:
    policy = RetryPolicy(attempts=3, base_delay=0.05, max_delay=0.1, max_retry_after=5, total=30)
    return RegistryClient(
        ServerConfig(url),
        retry=options.pop("retry", policy),  # type: ignore[arg-type]
        timeouts=Timeouts(connect=1.0, read=0.5),
        sleep=sleeps or Sleeps(),
        **options,  # type: ignore[arg-type]
    )


@pytest.fixture
def client(live_server: LiveServer) -> Iterator[RegistryClient]:
    with make(live_server.url) as registry:
        yield registry


REGISTRATION = {
    "registration_id": "r1",
    "client_id": "c1",
    "public_key": "",
    "key_name": None,
    "registered_at": "2025-06-08T19:59:22Z",
    "status": "active",
}


def registration_for(pair: KeyPair, client_id: str = "c1") -> dict[str, object]:
    return {**REGISTRATION, "public_key": pair.public.hex, "client_id": client_id}


# Against the real server --------------------------------------------------


@pytest.mark.server
def test_register_status_verify_duplicate_revoke(client: RegistryClient) -> None:
    pair, other = KeyPair.generate(), KeyPair.generate()
    registration = client.register(pair.public, key_name="Laptop", metadata={"os": "linux"})
    assert registration.client_id.startswith("keyfold-")
    assert registration.active and registration.key_name == "Laptop"
    client_id = registration.client_id
    assert client.status(client_id).public_key == pair.public

    good = client.verify(client_id, "hello", pair.sign(b"hello"))
    assert good.verified and good.message_hash == hashlib.sha256(b"hello").hexdigest()
    bad = client.verify(client_id, "hello!", pair.sign(b"hello"))
    assert not bad.verified and bad.code == "SIGNATURE_VERIFICATION_FAILED"
    foreign = client.verify(client_id, "hello", other.sign(b"hello"))
    assert not foreign.verified and "does not match" in foreign.reason

    with pytest.raises(RegistryError) as taken:
        client.register(pair.public, client_id=client_id + "x")
    assert taken.value.code == "DUPLICATE_PUBLIC_KEY" and taken.value.status == 409
    assert "already registered" in str(taken.value)

    revoked = client.revoke(client_id, key_pair=pair, reason="retired")
    assert revoked.status == "revoked"
    refused = client.verify(client_id, "hello", pair.sign(b"hello"))
    assert not refused.verified and refused.code == "KEY_NOT_ACTIVE"


@pytest.mark.server
def test_hex_messages_are_checked_by_their_bytes(client: RegistryClient) -> None:
    pair = KeyPair.generate()
    client_id = client.register(pair.public).client_id
    digest = hashlib.blake2b(b"file contents").digest()
    verdict = client.verify(
        client_id, digest.hex(), pair.sign(digest), message_encoding="hex", message_bytes=digest
    )
    assert verdict.verified


@pytest.mark.server
def test_a_taken_client_id_can_be_adopted_only_by_its_key(client: RegistryClient) -> None:
    pair = KeyPair.generate()
    client_id = client.register(pair.public).client_id
    with pytest.raises(RegistryError) as conflict:
        client.register(KeyPair.generate().public, client_id=client_id)
    assert conflict.value.code == "CLIENT_ALREADY_REGISTERED"
    assert client.check_adoption(client_id, pair.public) is not None
    assert client.check_adoption(client_id, KeyPair.generate().public) is None


@pytest.mark.server
def test_rotation_and_unknown_clients(client: RegistryClient) -> None:
    old, new = KeyPair.generate(), KeyPair.generate()
    client_id = client.register(old.public).client_id
    assert client.rotate(client_id, old, new.public).public_key == new.public
    assert client.verify(client_id, "m", new.sign(b"m")).verified
    with pytest.raises(RegistryError) as missing:
        client.status("nobody-here")
    assert missing.value.code == "CLIENT_NOT_FOUND" and "nobody-here" in str(missing.value)


@pytest.mark.server
def test_capabilities_and_listing_with_the_token(live_server: LiveServer) -> None:
    config = ServerConfig(live_server.url, token=live_server.admin_token)
    with RegistryClient(config) as client:
        assert set(client.capabilities().extensions) == {"challenge", "revoke", "rotate", "list"}
        client.register(KeyPair.generate().public)
        registrations, total = client.list_registrations(limit=5)
        assert total >= 1 and 1 <= len(registrations) <= 5
    assert live_server.admin_token not in repr(config)


@pytest.mark.server
def test_a_proven_registration_undoes_squatting(client: RegistryClient) -> None:
    holder = KeyPair.generate()
    squatted = client.register(holder.public, client_id=f"squat-{holder.public.hex[:12]}")
    assert squatted.active
    with pytest.raises(RegistryError) as plain:
        client.register(holder.public)
    assert plain.value.code == "DUPLICATE_PUBLIC_KEY"
    proven = client.register(holder.public, key_pair=holder)
    assert proven.active and proven.client_id != squatted.client_id
    assert client.status(squatted.client_id).status == "revoked"
    with pytest.raises(ValueError, match="not the key"):
        client.register(holder.public, key_pair=KeyPair.generate())


@pytest.mark.server
def test_a_rotation_can_prove_the_new_key(client: RegistryClient) -> None:
    old, new = KeyPair.generate(), KeyPair.generate()
    client_id = client.register(old.public, key_pair=old).client_id
    squatter = client.register(new.public).client_id
    assert client.rotate(client_id, old, new.public, new_key=new).public_key == new.public
    assert client.status(squatter).status == "revoked"


def test_a_non_ascii_token_is_sent_as_utf8() -> None:
    token = "schlüssel-✓"
    with fault_server([envelope(200, registration_for(KeyPair.generate()))]) as server:
        registry = RegistryClient(ServerConfig(server.url, token=token), sleep=Sleeps())
        with registry:
            registry.status("c1")
    assert b"Bearer " + token.encode("utf-8") in server.requests[0]


# A server with only the three DataFold calls -------------------------------


def test_extensions_are_not_used_where_not_offered() -> None:
    with (
        fault_server([reply(404, b"<html>Not Found</html>")]) as server,
        make(server.url) as client,
    ):
        with pytest.raises(RegistryError) as refused:
            client.revoke("c1", key_pair=KeyPair.generate())
        assert refused.value.code == "NOT_OFFERED"
        assert client.capabilities().extensions == ()
        assert len(server.requests) == 1  # one probe, no revoke call


# Faults --------------------------------------------------------------------


def free_port_url() -> str:
    import socket

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}"


def test_connection_refused_is_retried_then_explained() -> None:
    sleeps = Sleeps()
    with make(free_port_url(), sleeps) as client, pytest.raises(RegistryError) as failed:
        client.status("c1")
    assert failed.value.code == "CONNECTION_FAILED"
    assert str(failed.value).startswith("Cannot reach http://127.0.0.1:")
    assert sleeps.calls  # it backed off before trying again


def test_a_reset_mid_response_is_retried() -> None:
    pair = KeyPair.generate()
    steps = [reset_mid_response, envelope(200, registration_for(pair))]
    with fault_server(steps) as server, make(server.url) as client:
        assert client.status("c1").public_key == pair.public
        assert len(server.requests) == 2


def test_a_slow_reply_times_out() -> None:
    with (
        fault_server([stall(1.5), stall(1.5)]) as server,
        make(server.url) as client,
        pytest.raises(RegistryError) as failed,
    ):
        client.status("c1")
    assert failed.value.code == "TIMEOUT"
    assert "did not answer in time" in str(failed.value)


def test_a_500_then_success_is_retried() -> None:
    pair = KeyPair.generate()
    sleeps = Sleeps()
    steps = [envelope(500, error=("INTERNAL_ERROR", "boom")), envelope(200, registration_for(pair))]
    with fault_server(steps) as server, make(server.url, sleeps) as client:
        assert client.status("c1").public_key == pair.public
    assert len(sleeps.calls) >= 1


def test_repeated_5xx_ends_in_a_clear_error() -> None:
    steps = [reply(502, b"<html>bad gateway</html>")] * 3
    with (
        fault_server(steps) as server,
        make(server.url) as client,
        pytest.raises(RegistryError) as failed,
    ):
        client.status("c1")
    assert failed.value.status == 502 and "try again later" in str(failed.value)
    assert len(server.requests) == 3


def test_429_honours_retry_after() -> None:
    pair = KeyPair.generate()
    sleeps = Sleeps()
    limited = envelope(429, error=("RATE_LIMITED", "slow down"), **{"Retry-After": "3"})
    with (
        fault_server([limited, envelope(200, registration_for(pair))]) as server,
        make(server.url, sleeps) as client,
    ):
        assert client.status("c1").public_key == pair.public
    assert 3.0 <= sleeps.total <= 3.1


def test_a_retry_after_beyond_the_cap_is_reported_at_once() -> None:
    limited = envelope(429, error=("RATE_LIMITED", "slow down"), **{"Retry-After": "3600"})
    sleeps = Sleeps()
    with (
        fault_server([limited]) as server,
        make(server.url, sleeps) as client,
        pytest.raises(RegistryError) as failed,
    ):
        client.status("c1")
    assert failed.value.code == "RATE_LIMITED" and "3600" in str(failed.value)
    assert sleeps.calls == []


def test_other_4xx_are_not_retried() -> None:
    steps = [envelope(400, error=("INVALID_CLIENT_ID", "bad id"))]
    with (
        fault_server(steps) as server,
        make(server.url) as client,
        pytest.raises(RegistryError) as failed,
    ):
        client.status("c1")
    assert failed.value.code == "INVALID_CLIENT_ID" and len(server.requests) == 1


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"{not json", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"success": "yes"}', "success"),
        (b'{"success": true}', "no 'data'"),
        (b'{"success": false, "error": "oops"}', "no 'error' object"),
        (
            json.dumps({"success": True, "data": {**REGISTRATION, "public_key": "xyz"}}),
            "public key",
        ),
        (json.dumps({"success": True, "data": {"client_id": "c1"}}), "registration_id"),
        (json.dumps({"success": True, "data": ["a"]}), "not a JSON object"),
    ],
)
def test_malformed_replies_are_clear_errors(body: bytes | str, words: str) -> None:
    raw = body.encode() if isinstance(body, str) else body
    with (
        fault_server([reply(200, raw)]) as server,
        make(server.url) as client,
        pytest.raises(RegistryError) as failed,
    ):
        client.status("c1")
    assert failed.value.code == "BAD_REPLY"
    assert words in str(failed.value)


def test_an_oversized_reply_is_not_read() -> None:
    huge = b'{"success": true, "data": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    with (
        fault_server([reply(200, huge)]) as server,
        make(server.url) as client,
        pytest.raises(RegistryError) as failed,
    ):
        client.status("c1")
    assert failed.value.code == "REPLY_TOO_LARGE"


def test_an_oversized_chunked_reply_stops_at_the_cap() -> None:
    endless = (b"x" * 65536 for _ in range(10_000))
    with (
        fault_server([chunked(200, endless)]) as server,
        make(server.url, max_reply_bytes=256 * 1024) as client,
        pytest.raises(RegistryError) as failed,
    ):
        client.status("c1")
    assert failed.value.code == "REPLY_TOO_LARGE"


def test_a_mismatched_reply_is_refused() -> None:
    other = KeyPair.generate()
    steps = [envelope(201, registration_for(other))]
    with (
        fault_server(steps) as server,
        make(server.url) as client,
        pytest.raises(RegistryError) as failed,
    ):
        client.register(KeyPair.generate().public, client_id="c1")
    assert "different public key" in str(failed.value)


def test_a_retried_registration_that_landed_is_adopted() -> None:
    pair = KeyPair.generate()
    steps = [
        reset_mid_response,  # the first attempt reached the server, the reply was lost
        envelope(409, error=("CLIENT_ALREADY_REGISTERED", "taken")),
        envelope(200, registration_for(pair)),
    ]
    with fault_server(steps) as server, make(server.url) as client:
        assert client.register(pair.public, client_id="c1").client_id == "c1"


def test_unknown_server_codes_quote_the_server_safely() -> None:
    message = "Quota\x1b[31m exceeded " + "!" * 500
    steps = [envelope(403, error=("QUOTA_EXCEEDED", message))]
    with (
        fault_server(steps) as server,
        make(server.url) as client,
        pytest.raises(RegistryError) as failed,
    ):
        client.status("c1")
    text = str(failed.value)
    assert "QUOTA_EXCEEDED" in text and "\x1b" not in text and len(text) < 300


def test_plain_http_is_refused_for_other_computers() -> None:
    with make("http://192.0.2.1:8080") as client, pytest.raises(RegistryError) as refused:
        client.status("c1")
    assert refused.value.code == "PLAIN_HTTP_REFUSED"


def test_cancel_stops_before_the_next_attempt() -> None:
    token = CancelToken()
    token.cancel()
    with make(free_port_url()) as client, pytest.raises(Exception, match="cancelled"):
        client.status("c1", cancel=token)


def test_client_ids_that_break_the_path_are_refused() -> None:
    with make(free_port_url()) as client, pytest.raises(RegistryError, match="cannot be used"):
        client.status("../admin")
