"""RegistryService: key registrations on servers, and verification by a server.

Registrations live in the vault database (table `registrations`); the saved
servers and their tokens are the ServerStore's (`registry_servers`).
"""

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.controller.registry_servers import ServerStore
from keyfold.core.audit import AuditKind
from keyfold.core.errors import (
    InvalidInputError,
    PassphraseRequiredError,
    RegistryError,
    SignatureFormatError,
)
from keyfold.core.keys import SIGNATURE_SIZE, KeyPair, PublicKey
from keyfold.core.progress import CancelToken, ProgressCallback
from keyfold.core.registry import (
    Capabilities,
    ErrorCode,
    Registration,
    RegistryClient,
    RemoteVerification,
    ServerConfig,
    normalize_url,
)
from keyfold.core.signing import blake2b_file, read_signature_file, signature_path_for
from keyfold.core.vault import Vault
from keyfold.core.vault.tables import registrations
from keyfold.core.vault.tables.registrations import STATUS_NOT_FOUND, RegistrationRecord

__all__ = [
    "STATUS_NOT_FOUND",
    "AlreadyRegisteredError",
    "RegistrationRecord",
    "RegistryService",
    "ServerCheck",
]


@dataclass(frozen=True)
class ServerCheck:
    """What "Test connection" found."""

    url: str
    reachable: bool
    capabilities: Capabilities
    health: Mapping[str, Any]


class AlreadyRegisteredError(RegistryError):
    """409 CLIENT_ALREADY_REGISTERED; `adoptable` when the registered key is ours."""

    def __init__(self, message: str, registration: Registration | None, adoptable: bool) -> None:
        super().__init__(message, ErrorCode.CLIENT_ALREADY_REGISTERED, 409)
        self.registration = registration
        self.adoptable = adoptable


class RegistryService:
    """The GUI's and CLI's way to registration servers; every network call can block."""

    def __init__(
        self, vault: Vault, keys: KeyService, *, audit: AuditService | None = None
    ) -> None:
        self.vault = vault
        self.keys = keys
        self.audit = audit
        # Saved servers and their tokens; the GUI and CLI manage them through it.
        self.servers_store = ServerStore(vault)

    def test_server(self, url: str | None, *, cancel: CancelToken | None = None) -> ServerCheck:
        """Probe capabilities and, where offered, /health; RegistryError when unreachable."""
        return self._check(self.servers_store.config(url), cancel)

    def test_settings(
        self,
        url: str,
        *,
        pinned_sha256: str | None = None,
        allow_plain_http: bool = False,
        token: str | None = None,
        cancel: CancelToken | None = None,
    ) -> ServerCheck:
        """Probe a server with settings typed but not saved yet; no token uses the saved one."""
        saved_token = self.servers_store.config(url).token if not token else None
        config = ServerConfig(url, pinned_sha256 or None, allow_plain_http, token or saved_token)
        return self._check(config, cancel)

    def _check(self, config: ServerConfig, cancel: CancelToken | None) -> ServerCheck:
        with RegistryClient(config) as client:
            capabilities = client.capabilities(cancel=cancel)
            health: Mapping[str, Any] = {}
            if capabilities.server:
                health = client.health(cancel=cancel)
        return ServerCheck(config.url, True, capabilities, health)

    # Registrations ---------------------------------------------------------

    def register(
        self,
        key_id: str,
        server: str | None = None,
        client_id: str | None = None,
        key_name: str | None = None,
        user_id: str | None = None,
        *,
        metadata: Mapping[str, str] | None = None,
        adopt: bool = False,
        cancel: CancelToken | None = None,
    ) -> RegistrationRecord:
        """Register the key's current version; with `adopt`, take over a 409 that is ours.

        Where the server offers proofs of possession the key signs one, so it
        must be unlocked (or unprotected): PassphraseRequiredError otherwise.
        A plain DataFold node is sent the plain registration.
        """
        record = self.keys.get(key_id)
        version = record.current
        config = self.servers_store.config(server)
        key_pair = self._key_pair_or_none(key_id, version.version)
        with RegistryClient(config) as client:
            if key_pair is None and client.capabilities(cancel=cancel).challenge:
                raise PassphraseRequiredError(
                    f"Unlock key {key_id} first: {config.url} asks for proof that "
                    "Keyfold holds the key being registered."
                )
            try:
                registration = client.register(
                    version.public_key,
                    client_id=client_id,
                    user_id=user_id,
                    key_name=key_name or record.name or key_id,
                    metadata=metadata,
                    key_pair=key_pair,
                    cancel=cancel,
                )
            except RegistryError as exc:
                if exc.code != ErrorCode.CLIENT_ALREADY_REGISTERED or not client_id:
                    raise
                registration = self._adoption(client, client_id, version.public_key, adopt, cancel)
                adopted = True
            else:
                adopted = False
        saved = self._save(config.url, key_id, version.version, registration)
        details = {"server": saved.server, "client_id": saved.client_id}
        self._record(AuditKind.REGISTER, key_id, version.version, details, adopted=adopted)
        return saved

    def adopt(
        self, key_id: str, server: str | None, client_id: str, *, cancel: CancelToken | None = None
    ) -> RegistrationRecord:
        """Record an existing registration as this key's, after checking it holds our key."""
        return self.register(key_id, server, client_id, adopt=True, cancel=cancel)

    def status(
        self, key_id: str, server: str | None = None, *, cancel: CancelToken | None = None
    ) -> list[RegistrationRecord]:
        """Refresh every registration of `key_id` (on `server` only, when given)."""
        records = [r for r in self.list() if r.key_id == key_id]
        if server:
            clean = normalize_url(server)
            records = [r for r in records if r.server == clean]
        if not records:
            where = f" on {normalize_url(server)}" if server else ""
            raise InvalidInputError(f"Key {key_id} is not registered{where}; register it first.")
        return [self.refresh(record, cancel=cancel) for record in records]

    def refresh(
        self, record: RegistrationRecord, *, cancel: CancelToken | None = None
    ) -> RegistrationRecord:
        """Ask the server for the registration's status and store what it says."""
        config = self.servers_store.config(record.server)
        with RegistryClient(config) as client:
            try:
                remote = client.status(record.client_id, cancel=cancel)
            except RegistryError as exc:
                if exc.code != "CLIENT_NOT_FOUND":
                    raise
                updated = replace(record, status=STATUS_NOT_FOUND, last_checked=_now())
            else:
                status = remote.status
                if remote.public_key != record.public_key and status == "active":
                    status = "replaced"  # rotated elsewhere: no longer this key version
                updated = replace(
                    record,
                    status=status,
                    last_checked=_now(),
                    last_used=remote.last_used or record.last_used,
                    registration_id=remote.registration_id,
                )
        self._update(updated)
        return updated

    def verify_file_remote(
        self,
        path: Path,
        server: str | None,
        client_id: str,
        *,
        signature_path: Path | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> RemoteVerification:
        """Verify FILE.minisig on the server: message = hex BLAKE2b-512 of the file."""
        sig_path = signature_path or signature_path_for(path)
        signature = read_signature_file(sig_path)
        if not signature.prehashed:
            raise SignatureFormatError(
                f"The signature file {sig_path} is a legacy (not prehashed) minisign signature; "
                "a server can only check prehashed ones."
            )
        digest = blake2b_file(path, progress=progress, cancel=cancel)
        config = self.servers_store.config(server)
        with RegistryClient(config) as client:
            verdict = client.verify(
                client_id,
                digest.hex(),
                signature.signature,
                message_encoding="hex",
                message_bytes=digest,
                cancel=cancel,
            )
        if verdict.verified:
            self._touch(config.url, client_id)
        self._record_remote_verify(config.url, client_id, verdict.verified)
        return verdict

    def verify_message_remote(
        self,
        text: str,
        signature: bytes,
        server: str | None,
        client_id: str,
        *,
        cancel: CancelToken | None = None,
    ) -> RemoteVerification:
        """Verify a text message's Ed25519 signature (over its UTF-8) on the server."""
        if len(signature) != SIGNATURE_SIZE:
            raise SignatureFormatError(
                f"The message signature has {len(signature)} bytes instead of {SIGNATURE_SIZE}."
            )
        config = self.servers_store.config(server)
        with RegistryClient(config) as client:
            verdict = client.verify(client_id, text, signature, cancel=cancel)
        if verdict.verified:
            self._touch(config.url, client_id)
        self._record_remote_verify(config.url, client_id, verdict.verified)
        return verdict

    def revoke(
        self,
        key_id: str,
        server: str | None = None,
        client_id: str | None = None,
        *,
        reason: str | None = None,
        token: str | None = None,
        cancel: CancelToken | None = None,
    ) -> RegistrationRecord:
        """Revoke a registration by the key's own signature, or the server's token.

        The key must be unlocked (or unprotected) unless a token is saved for
        the server or given as `token` (used for this call only).
        """
        record = self._one(key_id, server, client_id)
        config = self.servers_store.config(record.server, token=token)
        try:
            key_pair = self.keys.key_pair(key_id, record.key_version)
        except PassphraseRequiredError:
            if not config.token:
                raise
            key_pair = None
        with RegistryClient(config) as client:
            remote = client.revoke(
                record.client_id, key_pair=key_pair, reason=reason, cancel=cancel
            )
        updated = replace(record, status=remote.status, last_checked=_now())
        self._update(updated)
        details = {"server": record.server, "client_id": record.client_id}
        self._record(AuditKind.REVOKE, key_id, record.key_version, details)
        return updated

    def rotate(
        self,
        key_id: str,
        server: str | None = None,
        client_id: str | None = None,
        *,
        cancel: CancelToken | None = None,
    ) -> RegistrationRecord:
        """Move a registration to the key's current version, signed by the registered one."""
        record = self._one(key_id, server, client_id)
        current = self.keys.get(key_id).current
        if current.version == record.key_version:
            raise InvalidInputError(
                f"The registration {record.client_id} already holds key {key_id}'s current version."
            )
        old_pair = self.keys.key_pair(key_id, record.key_version)
        # The new key proves itself too when it is at hand (rotation unlocks it).
        new_pair = self._key_pair_or_none(key_id, current.version)
        config = self.servers_store.config(record.server)
        with RegistryClient(config) as client:
            remote = client.rotate(
                record.client_id, old_pair, current.public_key, new_key=new_pair, cancel=cancel
            )
        updated = replace(
            record,
            key_version=current.version,
            public_key=remote.public_key,
            status=remote.status,
            last_checked=_now(),
        )
        self._update(updated)
        details = {"server": record.server, "old_client_id": record.client_id, "action": "rotate"}
        self._record(AuditKind.REGISTRATION_UPDATE, key_id, current.version, details)
        return updated

    def server_registrations(
        self,
        server: str | None,
        *,
        token: str | None = None,
        limit: int = 100,
        offset: int = 0,
        cancel: CancelToken | None = None,
    ) -> tuple[list[Registration], int]:
        """One page of every registration on the server, and the total (needs its token)."""
        with RegistryClient(self.servers_store.config(server, token=token)) as client:
            return client.list_registrations(limit=limit, offset=offset, cancel=cancel)

    def forget(self, server: str, client_id: str) -> None:
        """Drop a registration from the vault (the server keeps it)."""
        url = normalize_url(server)
        with self.vault.database() as conn:
            found = registrations.find(conn, url, client_id)
            registrations.delete(conn, url, client_id)
        if found is not None:
            self._record(
                AuditKind.REGISTRATION_UPDATE,
                found.key_id,
                found.key_version,
                {"server": url, "client_id": client_id, "action": "forget"},
            )

    # Last in the class: a method named `list` shadows the builtin below it.
    def list(self) -> list[RegistrationRecord]:
        with self.vault.reading() as conn:
            return registrations.all_records(conn)

    # Internals -------------------------------------------------------------

    def _key_pair_or_none(self, key_id: str, version: int) -> KeyPair | None:
        """The unlocked (or unprotected) key pair of that version, else None."""
        try:
            return self.keys.key_pair(key_id, version)
        except PassphraseRequiredError:
            return None

    def _record(
        self,
        kind: AuditKind,
        key_id: str,
        version: int,
        details: dict[str, str],
        *,
        adopted: bool = False,
    ) -> None:
        if self.audit is None:
            return
        if adopted:
            details = {**details, "action": "adopt"}
        self.audit.record(kind, key_id, version, details)

    def _record_remote_verify(self, server: str, client_id: str, verified: bool) -> None:
        """A server-side check of one of our registrations counts as a verification."""
        with self.vault.reading() as conn:
            found = registrations.find(conn, server, client_id)
        if found is not None:
            self._record(
                AuditKind.VERIFY,
                found.key_id,
                found.key_version,
                {
                    "server": server,
                    "client_id": client_id,
                    "action": "remote",
                    "status": "valid" if verified else "invalid",
                },
            )

    def _adoption(
        self,
        client: RegistryClient,
        client_id: str,
        public_key: PublicKey,
        adopt: bool,
        cancel: CancelToken | None,
    ) -> Registration:
        registered = client.status(client_id, cancel=cancel)
        ours = registered.public_key == public_key
        if ours and adopt:
            return registered
        if ours:
            message = (
                f"The client id {client_id} is already registered on {client.server.url} "
                "with this key; adopt the registration to record it."
            )
        else:
            message = (
                f"The client id {client_id} is already registered on {client.server.url} "
                "with a different key; choose another client id."
            )
        raise AlreadyRegisteredError(message, registered, ours)

    def _one(self, key_id: str, server: str | None, client_id: str | None) -> RegistrationRecord:
        records = [r for r in self.list() if r.key_id == key_id]
        if server:
            clean = normalize_url(server)
            records = [r for r in records if r.server == clean]
        if client_id:
            records = [r for r in records if r.client_id == client_id]
        if not records:
            raise InvalidInputError(f"Key {key_id} has no such registration in the vault.")
        if len(records) > 1:
            raise InvalidInputError(
                f"Key {key_id} is registered {len(records)} times; name the server and client id."
            )
        return records[0]

    def _save(
        self, server: str, key_id: str, version: int, registration: Registration
    ) -> RegistrationRecord:
        record = RegistrationRecord(
            server=server,
            client_id=registration.client_id,
            key_id=key_id,
            key_version=version,
            public_key=registration.public_key,
            registration_id=registration.registration_id,
            key_name=registration.key_name,
            registered_at=registration.registered_at,
            status=registration.status,
            last_checked=_now(),
            last_used=registration.last_used,
        )
        with self.vault.database() as conn:
            registrations.save(conn, record)
        return record

    def _update(self, record: RegistrationRecord) -> None:
        with self.vault.database() as conn:
            registrations.update(conn, record)

    def _touch(self, server: str, client_id: str) -> None:
        with self.vault.database() as conn:
            registrations.touch(conn, server, client_id, _now())


def _now() -> datetime:
    return datetime.now(UTC)
