"""Tests for the server's API handlers, in-process through Starlette's TestClient."""

import base64
import hashlib
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from keyfold.core.keys import KeyPair
from keyfold.core.registry import protocol
from keyfold.server.app import ServerSettings, create_app
from keyfold.server.ratelimit import RateSpec
from keyfold.server.sqlite_storage import SqliteStorage

with warnings.catch_warnings():
    # Starlette 1.x prefers the httpx2 package for its TestClient; httpx works the same.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from starlette.testclient import TestClient

TOKEN = "admin-secret-token"


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[SqliteStorage]:
    store = SqliteStorage(tmp_path / "db" / "registrations.db")
    yield store
    store.close()


def make_client(
    storage: SqliteStorage, *, source: str = "127.0.0.1", **settings: Any
) -> TestClient:
    options: dict[str, Any] = {"admin_token": TOKEN, **settings}
    return TestClient(
        create_app(ServerSettings(storage=storage, **options)), client=(source, 50000)
    )


@pytest.fixture
def api(storage: SqliteStorage) -> Iterator[TestClient]:
    with make_client(storage) as client:
        yield client


def register(api: TestClient, pair: KeyPair, client_id: str | None = "alice") -> Any:
    body: dict[str, Any] = {"public_key": pair.public.hex, "key_name": "Alice"}
    if client_id is not None:
        body["client_id"] = client_id
    return api.post("/api/crypto/keys/register", json=body)


def verify(api: TestClient, client_id: str, message: str, signature: bytes, **extra: Any) -> Any:
    body = {"client_id": client_id, "message": message, "signature": signature.hex(), **extra}
    return api.post("/api/crypto/signatures/verify", json=body)


def challenge(api: TestClient) -> tuple[str, str]:
    data = api.get(protocol.CHALLENGE_PATH).json()["data"]
    return data["server_id"], data["nonce"]


def proven_register(api: TestClient, pair: KeyPair, client_id: str) -> Any:
    server_id, nonce = challenge(api)
    message = protocol.proof_message(server_id, client_id, pair.public.raw, nonce)
    body = {
        "client_id": client_id,
        "public_key": pair.public.hex,
        "proof": {"nonce": nonce, "signature": pair.sign(message).hex()},
    }
    return api.post(protocol.REGISTER_PATH, json=body)


def rotate_body(
    api: TestClient, client_id: str, old: KeyPair, new: KeyPair, *, prove_new: bool = False
) -> dict[str, Any]:
    server_id, nonce = challenge(api)
    message = protocol.rotate_message(server_id, client_id, old.public.raw, new.public.raw, nonce)
    body = {
        "new_public_key": new.public.hex,
        "nonce": nonce,
        "signature": old.sign(message).hex(),
    }
    if prove_new:
        body["new_signature"] = new.sign(message).hex()
    return body


def revoke_body(api: TestClient, client_id: str, signer: KeyPair, key: KeyPair) -> dict[str, Any]:
    server_id, nonce = challenge(api)
    message = protocol.revoke_message(server_id, client_id, key.public.raw, nonce)
    return {"nonce": nonce, "signature": signer.sign(message).hex()}


def error_code(response: Any) -> str:
    document = response.json()
    assert document["success"] is False and document["data"] is None
    return str(document["error"]["code"])


def test_register_returns_201_and_the_registration(api: TestClient) -> None:
    pair = KeyPair.generate()
    response = register(api, pair)
    assert response.status_code == 201
    data = response.json()["data"]
    assert data["client_id"] == "alice"
    assert data["public_key"] == pair.public.hex
    assert data["key_name"] == "Alice"
    assert data["status"] == "active"
    assert data["registration_id"] and data["registered_at"].endswith("Z")
    assert response.json()["error"] is None


def test_register_generates_a_client_id_when_none_is_given(api: TestClient) -> None:
    response = register(api, KeyPair.generate(), client_id=None)
    assert response.status_code == 201
    assert response.json()["data"]["client_id"].startswith("client-")


def test_the_seed_short_paths_are_aliases(api: TestClient) -> None:
    pair = KeyPair.generate()
    response = api.post(
        "/api/crypto/register", json={"client_id": "x", "public_key": pair.public.hex}
    )
    assert response.status_code == 201
    sent = api.post(
        "/api/crypto/verify",
        json={"client_id": "x", "message": "hi", "signature": pair.sign(b"hi").hex()},
    )
    assert sent.json()["data"]["verified"] is True


def test_status_reports_last_used_after_a_verification(api: TestClient) -> None:
    pair = KeyPair.generate()
    register(api, pair)
    assert api.get("/api/crypto/keys/status/alice").json()["data"]["last_used"] is None
    verify(api, "alice", "hello", pair.sign(b"hello"))
    data = api.get("/api/crypto/keys/status/alice").json()["data"]
    assert data["last_used"] is not None
    assert data["public_key"] == pair.public.hex


def test_status_of_an_unknown_client_is_404(api: TestClient) -> None:
    response = api.get("/api/crypto/keys/status/nobody")
    assert response.status_code == 404
    assert error_code(response) == "CLIENT_NOT_FOUND"


@pytest.mark.parametrize(
    ("encoding", "message", "raw"),
    [
        ("utf8", "héllo", "héllo".encode()),
        ("hex", "00ff10", bytes.fromhex("00ff10")),
        ("base64", base64.b64encode(b"\x01\x02").decode(), b"\x01\x02"),
    ],
)
def test_verify_decodes_each_message_encoding(
    api: TestClient, encoding: str, message: str, raw: bytes
) -> None:
    pair = KeyPair.generate()
    register(api, pair)
    response = verify(api, "alice", message, pair.sign(raw), message_encoding=encoding)
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["verified"] is True
    assert data["message_hash"] == hashlib.sha256(raw).hexdigest()
    assert data["public_key"] == pair.public.hex


def test_a_wrong_signature_is_401_and_logged(api: TestClient, storage: SqliteStorage) -> None:
    pair = KeyPair.generate()
    register(api, pair)
    other = KeyPair.generate()
    bad = verify(api, "alice", "hello", other.sign(b"hello"))
    assert bad.status_code == 401
    assert error_code(bad) == "SIGNATURE_VERIFICATION_FAILED"
    tampered = verify(api, "alice", "hellO", pair.sign(b"hello"))
    assert tampered.status_code == 401
    assert storage.verification_count("alice") == 2


def test_registering_twice_conflicts(api: TestClient) -> None:
    pair = KeyPair.generate()
    register(api, pair)
    same_id = register(api, KeyPair.generate())
    assert same_id.status_code == 409
    assert error_code(same_id) == "CLIENT_ALREADY_REGISTERED"
    same_key = register(api, pair, client_id="bob")
    assert same_key.status_code == 409
    assert error_code(same_key) == "DUPLICATE_PUBLIC_KEY"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"public_key": "zz" * 32}, "INVALID_PUBLIC_KEY"),
        ({"public_key": "ab" * 31}, "INVALID_PUBLIC_KEY"),
        ({"public_key": 5}, "INVALID_PUBLIC_KEY"),
        ({}, "INVALID_PUBLIC_KEY"),
        ({"public_key": "{pk}", "client_id": "has space"}, "INVALID_CLIENT_ID"),
        ({"public_key": "{pk}", "client_id": "x" * 256}, "INVALID_CLIENT_ID"),
        ({"public_key": "{pk}", "key_name": "a\nb"}, "INVALID_KEY_NAME"),
        ({"public_key": "{pk}", "user_id": ["u"]}, "INVALID_USER_ID"),
        ({"public_key": "{pk}", "metadata": {"a": 1}}, "INVALID_METADATA"),
        ({"public_key": "{pk}", "metadata": "text"}, "INVALID_METADATA"),
    ],
)
def test_register_validates_every_field(api: TestClient, body: dict[str, Any], code: str) -> None:
    pk = KeyPair.generate().public.hex
    sent = {k: (pk if v == "{pk}" else v) for k, v in body.items()}
    response = api.post("/api/crypto/keys/register", json=sent)
    assert response.status_code == 400
    assert error_code(response) == code


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"client_id": None}, "INVALID_CLIENT_ID"),
        ({"message": 42}, "INVALID_MESSAGE"),
        ({"message_encoding": "rot13"}, "INVALID_MESSAGE_ENCODING"),
        ({"message_encoding": "hex", "message": "abc"}, "INVALID_MESSAGE"),
        ({"message_encoding": "base64", "message": "!!"}, "INVALID_MESSAGE"),
        ({"signature": "ab" * 63}, "INVALID_SIGNATURE"),
        ({"signature": None}, "INVALID_SIGNATURE"),
    ],
)
def test_verify_validates_every_field(api: TestClient, changes: dict[str, Any], code: str) -> None:
    body = {"client_id": "alice", "message": "m", "signature": "00" * 64, **changes}
    response = api.post("/api/crypto/signatures/verify", json=body)
    assert response.status_code == 400
    assert error_code(response) == code


def test_bodies_that_are_not_json_objects_are_400(api: TestClient) -> None:
    broken = api.post("/api/crypto/keys/register", content=b"{not json")
    assert broken.status_code == 400 and error_code(broken) == "INVALID_JSON"
    deep = api.post("/api/crypto/keys/register", content=b"[" * 50_000)
    assert deep.status_code == 400 and error_code(deep) == "INVALID_JSON"
    array = api.post("/api/crypto/keys/register", json=[1, 2])
    assert array.status_code == 400 and error_code(array) == "INVALID_REQUEST"
    empty = api.post("/api/crypto/keys/register", content=b"")
    assert empty.status_code == 400 and error_code(empty) == "INVALID_JSON"


def test_an_oversized_body_is_413(storage: SqliteStorage) -> None:
    with make_client(storage, max_body=1024) as api:
        declared = api.post("/api/crypto/keys/register", content=b"x" * 2048)
        assert declared.status_code == 413
        assert error_code(declared) == "PAYLOAD_TOO_LARGE"

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted while reading
            for _ in range(4):
                yield b" " * 512

        streamed = api.post("/api/crypto/keys/register", content=chunks())
        assert streamed.status_code == 413


def test_registration_is_rate_limited_per_client_ip(storage: SqliteStorage) -> None:
    with make_client(storage, registration_limit=RateSpec(2, 3600.0)) as api:
        assert register(api, KeyPair.generate(), "a").status_code == 201
        assert register(api, KeyPair.generate(), "b").status_code == 201
        limited = register(api, KeyPair.generate(), "c")
        assert limited.status_code == 429
        assert error_code(limited) == "RATE_LIMITED"
        assert int(limited.headers["retry-after"]) > 0


def test_verification_is_limited_per_source_address_not_per_client_id(
    storage: SqliteStorage,
) -> None:
    alice = KeyPair.generate()
    limit = RateSpec(2, 3600.0)
    with make_client(storage, verification_limit=limit) as api:
        register(api, alice, "alice")
    with make_client(storage, source="127.0.0.9", verification_limit=limit) as attacker:
        for _ in range(2):
            assert verify(attacker, "alice", "m", bytes(64)).status_code == 401
        assert verify(attacker, "alice", "m", alice.sign(b"m")).status_code == 429
    with make_client(storage, verification_limit=limit) as victim:
        assert verify(victim, "alice", "m", alice.sign(b"m")).status_code == 200


def test_revocation_by_the_keys_own_signature(api: TestClient) -> None:
    pair = KeyPair.generate()
    register(api, pair)
    wrong = revoke_body(api, "alice", KeyPair.generate(), pair)
    refused = api.post("/api/crypto/keys/revoke/alice", json=wrong)
    assert refused.status_code == 401
    no_nonce = {"signature": wrong["signature"]}
    missing = api.post("/api/crypto/keys/revoke/alice", json=no_nonce)
    assert missing.status_code == 400 and error_code(missing) == "INVALID_NONCE"
    body = {**revoke_body(api, "alice", pair, pair), "reason": "lost"}
    response = api.post("/api/crypto/keys/revoke/alice", json=body)
    assert response.status_code == 200
    assert response.json()["data"]["status"] == "revoked"
    replayed = api.post("/api/crypto/keys/revoke/alice", json=body)
    assert replayed.status_code == 409 and error_code(replayed) == "NONCE_USED"
    after = verify(api, "alice", "m", pair.sign(b"m"))
    assert after.status_code == 403
    assert error_code(after) == "KEY_NOT_ACTIVE"


def test_revocation_by_the_admin_token(api: TestClient) -> None:
    register(api, KeyPair.generate())
    unauthorised = api.post("/api/crypto/keys/revoke/alice")
    assert unauthorised.status_code == 401 and error_code(unauthorised) == "UNAUTHORIZED"
    wrong = api.post("/api/crypto/keys/revoke/alice", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    good = api.post("/api/crypto/keys/revoke/alice", headers={"Authorization": f"Bearer {TOKEN}"})
    assert good.status_code == 200 and good.json()["data"]["status"] == "revoked"
    missing = api.post("/api/crypto/keys/revoke/bob", headers={"Authorization": f"Bearer {TOKEN}"})
    assert missing.status_code == 404


def test_a_non_ascii_admin_token_matches_as_utf8_bytes(storage: SqliteStorage) -> None:
    token = "schlüssel-✓"
    with make_client(storage, admin_token=token) as api:
        sent = {"Authorization": b"Bearer " + token.encode("utf-8")}
        assert api.get(protocol.LIST_PATH, headers=sent).status_code == 200  # type: ignore[dict-item]
        latin = {"Authorization": b"Bearer " + "schlüssel".encode("latin-1")}
        assert api.get(protocol.LIST_PATH, headers=latin).status_code == 401  # type: ignore[dict-item]


def test_rotation_is_authorised_by_the_old_key(api: TestClient) -> None:
    old, new = KeyPair.generate(), KeyPair.generate()
    register(api, old)
    forged = api.post("/api/crypto/keys/rotate/alice", json=rotate_body(api, "alice", new, new))
    assert forged.status_code == 401
    rotated = api.post("/api/crypto/keys/rotate/alice", json=rotate_body(api, "alice", old, new))
    assert rotated.status_code == 200
    data = rotated.json()["data"]
    assert data["public_key"] == new.public.hex and data["proven"] is False
    assert verify(api, "alice", "m", old.sign(b"m")).status_code == 401
    assert verify(api, "alice", "m", new.sign(b"m")).status_code == 200


def test_a_replayed_rotation_is_refused(api: TestClient) -> None:
    a, c = KeyPair.generate(), KeyPair.generate()
    register(api, a)
    first = rotate_body(api, "alice", a, c)
    assert api.post("/api/crypto/keys/rotate/alice", json=first).status_code == 200
    back = rotate_body(api, "alice", c, a)
    assert api.post("/api/crypto/keys/rotate/alice", json=back).status_code == 200
    replay = api.post("/api/crypto/keys/rotate/alice", json=first)
    assert replay.status_code == 409 and error_code(replay) == "NONCE_USED"
    status = api.get("/api/crypto/keys/status/alice").json()["data"]
    assert status["public_key"] == a.public.hex


def test_a_nonce_from_another_server_or_tampered_is_refused(
    api: TestClient, tmp_path: Path
) -> None:
    old, new = KeyPair.generate(), KeyPair.generate()
    register(api, old)
    other_store = SqliteStorage(tmp_path / "other" / "r.db")
    try:
        with make_client(other_store) as other:
            body = rotate_body(other, "alice", old, new)
    finally:
        other_store.close()
    foreign = api.post("/api/crypto/keys/rotate/alice", json=body)
    assert foreign.status_code == 401 and error_code(foreign) == "INVALID_NONCE"
    body = rotate_body(api, "alice", old, new)
    stamp, rest = body["nonce"].split(".", 1)
    body["nonce"] = f"{int(stamp) + 1}.{rest}"
    tampered = api.post("/api/crypto/keys/rotate/alice", json=body)
    assert tampered.status_code == 401 and error_code(tampered) == "INVALID_NONCE"


def test_rotation_to_a_key_registered_elsewhere_conflicts(api: TestClient) -> None:
    old, taken = KeyPair.generate(), KeyPair.generate()
    register(api, old)
    register(api, taken, "bob")
    response = api.post("/api/crypto/keys/rotate/alice", json=rotate_body(api, "alice", old, taken))
    assert response.status_code == 409 and error_code(response) == "DUPLICATE_PUBLIC_KEY"


def test_a_proven_rotation_supersedes_a_squatter_of_the_new_key(api: TestClient) -> None:
    old, new = KeyPair.generate(), KeyPair.generate()
    register(api, old)
    register(api, new, "squatter")
    body = rotate_body(api, "alice", old, new, prove_new=True)
    rotated = api.post("/api/crypto/keys/rotate/alice", json=body)
    assert rotated.status_code == 200 and rotated.json()["data"]["proven"] is True
    squatter = api.get("/api/crypto/keys/status/squatter").json()["data"]
    assert squatter["status"] == "revoked"


def test_squatting_is_undone_by_a_proven_registration(
    api: TestClient, storage: SqliteStorage
) -> None:
    holder = KeyPair.generate()
    assert register(api, holder, "squatter").status_code == 201
    plain = register(api, holder, "holder")
    assert plain.status_code == 409 and error_code(plain) == "DUPLICATE_PUBLIC_KEY"
    proven = proven_register(api, holder, "holder")
    assert proven.status_code == 201, proven.text
    assert proven.json()["data"]["proven"] is True
    squatter = api.get("/api/crypto/keys/status/squatter").json()["data"]
    assert squatter["status"] == "revoked"
    events = [(e.event, e.detail) for e in storage.events("squatter")]
    assert events[-1] == ("superseded", "superseded by the proven registration holder")
    assert verify(api, "squatter", "m", holder.sign(b"m")).status_code == 403
    assert verify(api, "holder", "m", holder.sign(b"m")).status_code == 200
    # Nobody can take the key back without a proof, not even by revoking and re-registering.
    again = register(api, holder, "squatter-2")
    assert again.status_code == 409 and error_code(again) == "DUPLICATE_PUBLIC_KEY"


def test_revoked_rows_never_block_the_proven_holder(api: TestClient) -> None:
    holder = KeyPair.generate()
    register(api, holder, "first")
    api.post("/api/crypto/keys/revoke/first", json=revoke_body(api, "first", holder, holder))
    assert register(api, holder, "second").status_code == 201


def test_a_proof_by_another_key_or_for_another_id_fails(api: TestClient) -> None:
    holder, thief = KeyPair.generate(), KeyPair.generate()
    server_id, nonce = challenge(api)
    wrong_key = protocol.proof_message(server_id, "x", holder.public.raw, nonce)
    body = {
        "client_id": "x",
        "public_key": holder.public.hex,
        "proof": {"nonce": nonce, "signature": thief.sign(wrong_key).hex()},
    }
    response = api.post(protocol.REGISTER_PATH, json=body)
    assert response.status_code == 401 and error_code(response) == "SIGNATURE_VERIFICATION_FAILED"
    other_id = protocol.proof_message(server_id, "y", holder.public.raw, nonce)
    body["proof"] = {"nonce": nonce, "signature": holder.sign(other_id).hex()}
    response = api.post(protocol.REGISTER_PATH, json=body)
    assert response.status_code == 401
    body["proof"] = "yes"
    assert error_code(api.post(protocol.REGISTER_PATH, json=body)) == "INVALID_PROOF"


def test_require_proof_refuses_plain_registrations(storage: SqliteStorage) -> None:
    with make_client(storage, require_proof=True) as api:
        plain = register(api, KeyPair.generate(), "plain")
        assert plain.status_code == 401 and error_code(plain) == "PROOF_REQUIRED"
        assert proven_register(api, KeyPair.generate(), "proven").status_code == 201
        extensions = api.get(protocol.CAPABILITIES_PATH).json()["data"]["extensions"]
        assert extensions["proof"]["required"] is True


@pytest.mark.parametrize(
    "key_hex",
    [
        "00" * 32,  # small order (order 4)
        "01" + "00" * 31,  # the identity
        "ec" + "ff" * 30 + "7f",  # y = p - 1, order 2
        "ee" + "ff" * 30 + "7f",  # y = p + 1: a non-canonical encoding of the identity
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",  # order 8
    ],
)
def test_small_order_and_non_canonical_keys_are_refused(api: TestClient, key_hex: str) -> None:
    response = api.post(protocol.REGISTER_PATH, json={"public_key": key_hex})
    assert response.status_code == 400 and error_code(response) == "INVALID_PUBLIC_KEY"


@pytest.mark.parametrize(
    "body",
    [
        b'{"public_key": "PK", "key_name": "\\ud800"}',
        b'{"public_key": "PK", "user_id": "\\udfff x"}',
        b'{"public_key": "PK", "metadata": {"k": "\\ud83d"}}',
        b'{"public_key": "PK", "metadata": {"\\ud83d": "v"}}',
    ],
)
def test_lone_surrogates_are_400(api: TestClient, body: bytes) -> None:
    sent = body.replace(b"PK", KeyPair.generate().public.hex.encode())
    response = api.post(protocol.REGISTER_PATH, content=sent)
    assert response.status_code == 400 and error_code(response) == "INVALID_UNICODE"


@pytest.mark.parametrize(
    "query",
    ["limit=%C2%B2", "offset=%C2%B9", "offset=" + "9" * 5000, "limit=%D9%A1", "limit=-1", "limit="],
)
def test_odd_numbers_in_the_query_are_400(api: TestClient, query: str) -> None:
    response = api.get(f"/api/crypto/keys?{query}", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400, response.text
    assert error_code(response) in ("INVALID_LIMIT", "INVALID_OFFSET")


def test_listing_needs_the_admin_token(api: TestClient) -> None:
    register(api, KeyPair.generate(), "a")
    register(api, KeyPair.generate(), "b")
    assert api.get("/api/crypto/keys").status_code == 401
    listed = api.get("/api/crypto/keys?limit=1", headers={"Authorization": f"Bearer {TOKEN}"})
    data = listed.json()["data"]
    assert data["total"] == 2 and [k["client_id"] for k in data["keys"]] == ["a"]
    bad = api.get("/api/crypto/keys?limit=0", headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 400


def test_capabilities_and_health_announce_the_extensions(storage: SqliteStorage) -> None:
    with make_client(storage, admin_token=None) as api:
        extensions = api.get("/api/crypto/capabilities").json()["data"]["extensions"]
        assert extensions["revoke"]["auth"] == ["signature"]
        assert extensions["challenge"]["path"] == protocol.CHALLENGE_PATH
        assert extensions["proof"]["required"] is False
        assert extensions["list"]["enabled"] is False
        health = api.get("/health").json()["data"]
        assert health["status"] == "ok" and health["database"] == "sqlite"
        assert "list" not in health["extensions"]


def test_unknown_paths_and_methods_get_the_envelope(api: TestClient) -> None:
    missing = api.get("/api/crypto/nothing")
    assert missing.status_code == 404 and error_code(missing) == "NOT_FOUND"
    wrong_method = api.get("/api/crypto/keys/register")
    assert wrong_method.status_code == 405 and error_code(wrong_method) == "METHOD_NOT_ALLOWED"
    assert missing.headers["cache-control"] == "no-store"


def test_datafold_only_ignores_a_proof_like_a_plain_node(storage: SqliteStorage) -> None:
    with make_client(storage, datafold_only=True) as api:
        body = {
            "client_id": "plain",
            "public_key": KeyPair.generate().public.hex,
            "proof": {"nonce": "1.2.3", "signature": "00"},
        }
        response = api.post(protocol.REGISTER_PATH, json=body)
        assert response.status_code == 201 and response.json()["data"]["proven"] is False
        assert api.get(protocol.CHALLENGE_PATH).status_code == 404
