"""Tests for ServerStore: saved servers and where their tokens are kept."""

import hashlib
from pathlib import Path

import pytest

from keyfold.controller.registry_servers import TOKEN_IN_KEYCHAIN, TOKEN_IN_SESSION, ServerStore
from keyfold.core.errors import InvalidInputError, StorageError
from keyfold.core.vault import Vault
from tests.core.vault.support import CHEAP_KDF, require_secret_service

URL = "https://registry.example.org"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain=None)


def test_without_a_keychain_a_token_lives_only_in_memory(vault: Vault) -> None:
    store = ServerStore(vault)
    assert not store.tokens_persist
    saved = store.save(URL + "/", pinned_sha256="AB" * 32, token="tok-123456")
    assert saved.url == URL and saved.has_token
    assert saved.token_storage == TOKEN_IN_SESSION and not saved.token_forgotten
    config = store.config(URL)
    assert config.token == "tok-123456" and config.pinned_sha256 == "ab" * 32
    assert not _files_holding(vault.home, b"tok-123456")

    # Another run of Keyfold over the same vault: the token is gone, and says so.
    later = ServerStore(vault)
    (server,) = later.servers()
    assert not server.has_token and server.token_forgotten
    assert later.config(server.url).token is None

    store.save(URL, clear_token=True)
    assert store.config(URL).token is None
    store.remove(URL)
    assert store.servers() == []


def test_the_default_server_comes_from_the_environment_until_one_is_saved(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ServerStore(vault)
    with pytest.raises(InvalidInputError, match="No registration server"):
        store.config(None)
    monkeypatch.setenv("KEYFOLD_DEFAULT_SERVER", "https://env.example.org/")
    (default,) = store.servers()
    assert default.url == "https://env.example.org" and not default.saved
    assert store.config(None).url == "https://env.example.org"
    store.save(URL)
    assert store.default_server() == URL


def test_tokens_must_be_one_line_and_only_saved_servers_can_be_removed(vault: Vault) -> None:
    store = ServerStore(vault)
    with pytest.raises(InvalidInputError, match="one line"):
        store.save(URL, token="two\nlines")
    with pytest.raises(InvalidInputError, match="not saved"):
        store.remove(URL)


@pytest.mark.keychain
def test_a_token_goes_to_the_keychain_when_there_is_one(tmp_path: Path) -> None:
    require_secret_service()
    vault = Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain="auto")
    store = ServerStore(vault)
    assert store.tokens_persist
    saved = store.save(URL, token="tok-654321")
    assert saved.token_storage == TOKEN_IN_KEYCHAIN and saved.has_token
    assert ServerStore(vault).config(URL).token == "tok-654321"
    assert not _files_holding(vault.home, b"tok-654321")
    store.remove(URL)
    assert vault.keychain is not None
    with pytest.raises(StorageError, match="missing"):
        vault.keychain.load(store._token_ref(URL))


def test_plaintext_token_files_of_earlier_builds_are_removed(vault: Vault) -> None:
    ServerStore(vault).save(URL)
    folder = vault.home / "server-tokens"
    folder.mkdir(mode=0o700)
    digest = hashlib.sha256(URL.encode()).hexdigest()[:32]
    (folder / f"server-token-{digest}.token").write_text("tok-legacy", encoding="utf-8")
    with vault.database() as conn:
        conn.execute("UPDATE registry_servers SET token_storage = 'file' WHERE url = ?", (URL,))

    fresh = ServerStore(vault)
    assert fresh.config(URL).token == "tok-legacy"
    assert not folder.exists()
    assert fresh.servers()[0].token_storage == TOKEN_IN_SESSION


def _files_holding(folder: Path, needle: bytes) -> list[Path]:
    """Every file under `folder` whose bytes contain `needle` (SQLite WAL included)."""
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]
