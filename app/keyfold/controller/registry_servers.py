"""ServerStore: saved registration servers and where their access tokens are kept.

Servers live in the vault database (table `registry_servers`). A server's
bearer token never goes into the database nor into a plaintext file: it is
kept in the OS keychain when the vault has one, else only in this process's
memory until Keyfold closes (`ServerRecord.token_storage` says which, so the
GUI can tell the user).
"""

import hashlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime

from keyfold.core.errors import InvalidInputError, StorageError
from keyfold.core.registry import ServerConfig, normalize_url
from keyfold.core.vault import Vault
from keyfold.core.vault.secret_backends import SecretRef
from keyfold.core.vault.tables import registry_servers
from keyfold.core.vault.tables.registry_servers import SavedServer

logger = logging.getLogger(__name__)

DEFAULT_SERVER_ENV = "KEYFOLD_DEFAULT_SERVER"
# Where a server's token is kept (the `token_storage` column).
TOKEN_IN_KEYCHAIN = "keychain"  # noqa: S105 -- a storage name, not a secret
TOKEN_IN_SESSION = "session"  # noqa: S105 -- a storage name, not a secret
# Earlier builds kept tokens in plaintext files here; they are moved out on first use.
_LEGACY_FILE_STORAGE = "file"
_LEGACY_FILE_DIR = "server-tokens"


@dataclass(frozen=True)
class ServerRecord:
    """A registration server Keyfold knows; `saved` is False for the default from the env.

    `token_storage` is TOKEN_IN_KEYCHAIN, TOKEN_IN_SESSION (kept in memory
    until Keyfold closes) or None; `has_token` is False for a session token
    an earlier run of Keyfold held and has since forgotten.
    """

    url: str
    pinned_sha256: str | None
    allow_plain_http: bool
    has_token: bool
    saved: bool = True
    token_storage: str | None = None

    @property
    def token_forgotten(self) -> bool:
        return self.token_storage == TOKEN_IN_SESSION and not self.has_token


class ServerStore:
    """The saved servers of one vault and their tokens (keychain, or this session only)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._ready = False
        # Tokens of this session when there is no keychain: never written to disk.
        self._session_tokens: dict[str, str] = {}

    @property
    def tokens_persist(self) -> bool:
        """True when saved tokens outlive this process (an OS keychain holds them)."""
        return self.vault.keychain is not None

    def servers(self) -> list[ServerRecord]:
        """Saved servers; the KEYFOLD_DEFAULT_SERVER one (unsaved) when none is saved."""
        with self._db() as conn:
            rows = registry_servers.all_servers(conn)
        saved = [self._server(row) for row in rows]
        if saved:
            return saved
        default = _env_default()
        return [ServerRecord(default, None, False, False, saved=False)] if default else []

    def default_server(self) -> str | None:
        """The only saved server, else the first, else KEYFOLD_DEFAULT_SERVER."""
        servers = self.servers()
        return servers[0].url if servers else None

    def save(
        self,
        url: str,
        *,
        pinned_sha256: str | None = None,
        allow_plain_http: bool = False,
        token: str | None = None,
        clear_token: bool = False,
    ) -> ServerRecord:
        """Add or update a server; `token` None keeps the saved one unless clear_token."""
        config = ServerConfig(url, pinned_sha256, allow_plain_http)
        now = datetime.now(UTC).isoformat()
        with self._db() as conn:
            row = registry_servers.find(conn, config.url)
            storage = row.token_storage if row is not None else None
            if clear_token and storage:
                self._delete_token(config.url, storage)
                storage = None
            if token:
                storage = self._store_token(config.url, token)
            registry_servers.save(
                conn, SavedServer(config.url, config.pinned_sha256, allow_plain_http, storage), now
            )
        return ServerRecord(
            config.url,
            config.pinned_sha256,
            allow_plain_http,
            self._token_available(config.url, storage),
            token_storage=storage,
        )

    def remove(self, url: str) -> None:
        """Forget a saved server and its token (its registrations stay listed)."""
        clean = normalize_url(url)
        with self._db() as conn:
            row = registry_servers.find(conn, clean)
            if row is None:
                raise InvalidInputError(f"The server {clean} is not saved.")
            if row.token_storage:
                self._delete_token(clean, row.token_storage)
            registry_servers.delete(conn, clean)

    def config(self, url: str | None, *, token: str | None = None) -> ServerConfig:
        """The settings to reach `url` (saved pin, plain-HTTP flag, token) or the default.

        `token`, when given, is used instead of the saved one (for this call only).
        """
        chosen = url or self.default_server()
        if not chosen:
            raise InvalidInputError(
                "No registration server is given or saved; pass --server URL or save one."
            )
        clean = normalize_url(chosen)
        with self._db() as conn:
            row = registry_servers.find(conn, clean)
        given = _clean_token(token) if token is not None else None
        if row is None:
            return ServerConfig(clean, token=given)
        token = given or self._load_token(clean, row.token_storage)
        return ServerConfig(clean, row.pinned_sha256, row.allow_plain_http, token)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with self.vault.database() as conn:
            if not self._ready:
                self._retire_token_files(conn)
            yield conn
        # Only once committed: a failed first transaction rolls the tables back too.
        self._ready = True

    def _token_ref(self, url: str) -> SecretRef:
        digest = hashlib.sha256(url.encode()).hexdigest()[:32]
        return SecretRef(self.vault.vault_id, f"server-token-{digest}", 0)

    def _store_token(self, url: str, token: str) -> str:
        clean = _clean_token(token)
        if self.vault.keychain is not None:
            self.vault.keychain.store(self._token_ref(url), clean.encode())
            return TOKEN_IN_KEYCHAIN
        logger.info("No OS keychain: the token for %s is kept in memory for this session", url)
        self._session_tokens[url] = clean
        return TOKEN_IN_SESSION

    def _load_token(self, url: str, storage: str | None) -> str | None:
        if storage == TOKEN_IN_KEYCHAIN:
            if self.vault.keychain is None:
                raise StorageError(
                    f"The access token for {url} is in the OS keychain, which is not available."
                )
            return self.vault.keychain.load(self._token_ref(url)).decode()
        # A session token is gone once the process that held it ended.
        return self._session_tokens.get(url) if storage == TOKEN_IN_SESSION else None

    def _delete_token(self, url: str, storage: str) -> None:
        if storage == TOKEN_IN_KEYCHAIN:
            if self.vault.keychain is not None:
                self.vault.keychain.delete(self._token_ref(url))
            return
        self._session_tokens.pop(url, None)

    def _token_available(self, url: str, storage: str | None) -> bool:
        if storage == TOKEN_IN_SESSION:
            return url in self._session_tokens
        return storage == TOKEN_IN_KEYCHAIN

    def _server(self, row: SavedServer) -> ServerRecord:
        return ServerRecord(
            url=row.url,
            pinned_sha256=row.pinned_sha256,
            allow_plain_http=row.allow_plain_http,
            has_token=self._token_available(row.url, row.token_storage),
            token_storage=row.token_storage,
        )

    def _retire_token_files(self, conn: sqlite3.Connection) -> None:
        """Move tokens an earlier build left in plaintext files out of them, then delete them."""
        folder = self.vault.home / _LEGACY_FILE_DIR
        for url in registry_servers.with_token_storage(conn, _LEGACY_FILE_STORAGE):
            path = folder / f"{self._token_ref(url).key_id}.token"
            try:
                token = path.read_text(encoding="utf-8").strip()
            except OSError:
                token = ""
            storage = self._store_token(url, token) if token else None
            logger.info("Moved the token for %s out of a plaintext file (now: %s)", url, storage)
            path.unlink(missing_ok=True)
            registry_servers.set_token_storage(conn, url, storage)
        with suppress(OSError):  # absent, or holding files that are not ours: leave it
            folder.rmdir()


def _env_default() -> str | None:
    value = os.environ.get(DEFAULT_SERVER_ENV, "").strip()
    if not value:
        return None
    try:
        return normalize_url(value)
    except InvalidInputError:
        return None


def _clean_token(token: str) -> str:
    if "\n" in token or "\r" in token or not token.strip():
        raise InvalidInputError("The access token must be one line of text.")
    return token.strip()
