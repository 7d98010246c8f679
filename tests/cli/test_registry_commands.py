"""Tests for the registry commands of keyfold-cli against the real keyfold-server."""

import json
from pathlib import Path

import httpx
import pytest

from tests.cli.conftest import Run
from tests.server.live import LiveServer

pytestmark = pytest.mark.server


@pytest.fixture
def signed(cli: Run, tmp_path: Path) -> Path:
    assert cli("generate", "alice", "--name", "Alice").code == 0
    document = tmp_path / "release.tar"
    document.write_bytes(b"release contents")
    result = cli("sign", "alice", str(document))
    assert result.code == 0, result.err
    return document


def test_register_status_verify_remote_revoke(
    cli: Run, signed: Path, live_server: LiveServer
) -> None:
    url = live_server.url
    registered = cli("--json", "register", "alice", "--server", url, "--key-name", "Release")
    assert registered.code == 0, registered.err
    document = json.loads(registered.out)
    client_id = document["client_id"]
    assert document["key_name"] == "Release" and document["status"] == "active"
    # The server offers challenges, so keyfold-cli unlocked the key and proved possession.
    remote = httpx.get(f"{url}/api/crypto/keys/status/{client_id}", trust_env=False, timeout=10)
    assert remote.json()["data"]["proven"] is True

    status = cli("status", "alice", "--server", url)
    assert status.code == 0 and client_id in status.out and "active" in status.out

    good = cli("verify-remote", str(signed), "--server", url, "--client-id", client_id)
    assert good.code == 0, good.err
    assert "verified" in good.out

    signed.write_bytes(b"release contents, tampered")
    bad = cli("verify-remote", str(signed), "--server", url, "--client-id", client_id)
    assert bad.code == 1
    assert "does not match" in bad.err and "Traceback" not in bad.err
    signed.write_bytes(b"release contents")

    again = cli("register", "alice", "--server", url, "--client-id", client_id)
    assert again.code == 2 and "already registered" in again.err

    revoked = cli("revoke", "alice", "--server", url, "--yes")
    assert revoked.code == 0, revoked.err
    refused = cli("--json", "verify-remote", str(signed), "--server", url, "--client-id", client_id)
    assert refused.code == 1
    assert json.loads(refused.out)["code"] == "KEY_NOT_ACTIVE"

    listed = json.loads(cli("--json", "registrations").out)
    assert [r["status"] for r in listed] == ["revoked"]


def test_a_registration_with_a_chosen_client_id_and_adoption(
    cli: Run, signed: Path, live_server: LiveServer
) -> None:
    client_id = f"cli-{signed.stat().st_ino}-{id(signed)}"
    url = live_server.url
    assert cli("register", "alice", "--server", url, "--client-id", client_id).code == 0
    again = cli("register", "alice", "--server", url, "--client-id", client_id, "--adopt")
    assert again.code == 0, again.err
    message = cli("sign-message", "alice", "hello")
    signature = message.out.strip()
    ok = cli(
        "verify-message-remote",
        "hello",
        "--signature",
        signature,
        "--server",
        url,
        "--client-id",
        client_id,
    )
    assert ok.code == 0, ok.err


def test_servers_can_be_saved_tested_and_removed(
    cli: Run, live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KEYFOLD_DEFAULT_SERVER", raising=False)
    assert cli("servers").out.strip() in ("No servers saved.", "")
    assert cli("server-add", live_server.url).code == 0
    test = cli("--json", "server-test")
    assert test.code == 0, test.err
    assert set(json.loads(test.out)["extensions"]) >= {"revoke", "rotate"}
    assert live_server.url in cli("servers").out
    assert cli("server-remove", live_server.url).code == 0


def test_unreachable_servers_are_one_line(cli: Run, signed: Path) -> None:
    result = cli("register", "alice", "--server", "http://192.0.2.10:80")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "plain http" in result.err


def test_register_status_verify_remote_on_a_plain_datafold_node(
    cli: Run, signed: Path, datafold_node: LiveServer
) -> None:
    url = datafold_node.url
    registered = cli("--json", "register", "alice", "--server", url)
    assert registered.code == 0, registered.err
    client_id = json.loads(registered.out)["client_id"]
    status = cli("status", "alice", "--server", url)
    assert status.code == 0 and client_id in status.out and "active" in status.out
    good = cli("verify-remote", str(signed), "--server", url, "--client-id", client_id)
    assert good.code == 0 and "verified" in good.out, good.err
    signed.write_bytes(b"release contents, tampered")
    bad = cli("verify-remote", str(signed), "--server", url, "--client-id", client_id)
    assert bad.code == 1 and "does not match" in bad.err

    revoke = cli("revoke", "alice", "--server", url, "--yes")
    assert revoke.code == 2
    assert revoke.err == f"keyfold-cli: {url} does not offer revocation.\n"
    test = cli("server-test", url)
    assert test.code == 0 and "extensions: none (a plain DataFold API)" in test.out
    listing = cli("server-registrations", "--server", url)
    assert listing.code == 2 and "does not offer a listing" in listing.err


def test_a_token_without_a_keychain_is_for_one_command(
    cli: Run,
    signed: Path,
    sqlite_server: LiveServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = sqlite_server.url
    token_file = tmp_path / "token"
    token_file.write_text(sqlite_server.admin_token + "\n", encoding="utf-8")
    added = cli("server-add", url, "--token-file", str(token_file))
    assert added.code == 0, added.err
    (warning,) = added.err.splitlines()
    assert warning.startswith("keyfold-cli: warning: no OS keychain") and url in warning
    assert "--token-file" in warning and "revoke" in warning
    assert sqlite_server.admin_token not in added.err + added.out

    registered = cli("--json", "register", "alice", "--server", url)
    client_id = json.loads(registered.out)["client_id"]
    # The next command has neither the token nor (without a passphrase) the key's signature.
    monkeypatch.delenv("KEYFOLD_PASSPHRASE")
    refused = cli("revoke", "alice", "--server", url, "--yes")
    assert refused.code == 2 and "passphrase is needed" in refused.err
    listing = cli("server-registrations", "--server", url)
    assert listing.code == 2 and "access token" in listing.err

    listed = cli("--json", "server-registrations", "--server", url, "--token-file", str(token_file))
    assert listed.code == 0, listed.err
    assert client_id in [r["client_id"] for r in json.loads(listed.out)["registrations"]]
    revoked = cli("revoke", "alice", "--server", url, "--yes", "--token-file", str(token_file))
    assert revoked.code == 0, revoked.err
    assert json.loads(cli("--json", "registrations").out)[0]["status"] == "revoked"

    wrong = tmp_path / "wrong-token"
    wrong.write_text("not-the-token\n", encoding="utf-8")
    denied = cli("server-registrations", "--server", url, "--token-file", str(wrong))
    assert denied.code == 2 and "access token" in denied.err
