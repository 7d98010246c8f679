"""SshAgent: answers OpenSSH agent requests with the vault's keys.

Runs on the agent socket's threads, never the GUI's; when a key is locked or
each use needs a yes, it asks through `AgentPrompts`, which the GUI implements
with dialogs and the CLI leaves out (its keys are unlocked at start).
"""

import hashlib
import hmac
import logging
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from keyfold.controller.keys import KeyService
from keyfold.controller.ssh_keys import SshService
from keyfold.core.audit import loggable
from keyfold.core.errors import KeyfoldError, PassphraseRequiredError
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.ssh import agent_protocol as protocol
from keyfold.core.ssh import sshsig
from keyfold.core.ssh.agent_socket import Peer
from keyfold.core.ssh.wire import (
    Reader,
    WireFormatError,
    parse_public_key_blob,
    public_key_blob,
    signature_blob,
)
from keyfold.core.vault import Vault

log = logging.getLogger(__name__)

_USERAUTH_REQUEST = 50


@dataclass(frozen=True)
class SignPrompt:
    """What a dialog says about a sign request: which key, for what, asked by whom."""

    key_id: str
    key_name: str
    ssh_fingerprint: str
    program: str
    purpose: str


class AgentPrompts(Protocol):
    """How the agent asks the person at the machine (the GUI implements it)."""

    def unlock(self, prompt: SignPrompt) -> bool:
        """Ask for the key's passphrase and unlock it; True when it is unlocked now."""

    def confirm(self, prompt: SignPrompt) -> bool:
        """Ask whether this one signature may be made."""


@dataclass(frozen=True)
class SshIdentity:
    key_id: str
    version: int
    public_key: PublicKey
    comment: str


class SshAgent:
    """The request handler behind the agent socket; thread-safe.

    `key_ids` says which keys are served, asked again at every request so a
    switch flipped in the GUI or a rotation takes effect at once; each key is
    served as its current version.
    """

    def __init__(
        self,
        vault: Vault,
        keys: KeyService,
        ssh: SshService,
        key_ids: Callable[[], Sequence[str]],
        *,
        prompts: AgentPrompts | None = None,
        confirm_each_use: Callable[[], bool] = lambda: False,
    ) -> None:
        self.vault = vault
        self.keys = keys
        self.ssh = ssh
        self._key_ids = key_ids
        self._prompts = prompts
        self._confirm_each_use = confirm_each_use
        # One question at a time: two logins at once must not stack dialogs.
        self._asking = threading.Lock()
        self._state = threading.Lock()
        self._lock_salt = b""
        self._lock_hash: bytes | None = None

    @property
    def locked(self) -> bool:
        with self._state:
            return self._lock_hash is not None

    def identities(self) -> list[SshIdentity]:
        served = set(self._key_ids())
        return [
            SshIdentity(record.key_id, record.current.version, record.public_key, record.key_id)
            for record in self.vault.list_keys()
            if record.key_id in served
        ]

    def handle(self, message: bytes, peer: Peer) -> bytes:
        """One request's reply; never raises, so a bad request never drops the connection."""
        try:
            request = protocol.parse_request(message)
        except WireFormatError as exc:
            log.warning("SSH agent: malformed request from %s: %s", peer.describe(), exc)
            return protocol.failure()
        try:
            return self._answer(request, peer)
        except KeyfoldError as exc:
            log.warning("SSH agent: refused a request from %s: %s", peer.describe(), exc)
            return protocol.failure()
        except Exception:
            log.exception("SSH agent: a request from %s failed", peer.describe())
            return protocol.failure()

    def _answer(self, request: protocol.Request, peer: Peer) -> bytes:
        if isinstance(request, protocol.RequestIdentities):
            if self.locked:
                return protocol.identities_answer([])
            return protocol.identities_answer(
                [(public_key_blob(i.public_key), i.comment) for i in self.identities()]
            )
        if isinstance(request, protocol.SignRequest):
            return self._sign(request, peer)
        if isinstance(request, protocol.LockRequest):
            return self._lock(request)
        if isinstance(request, protocol.ExtensionRequest):
            log.info("SSH agent: extension %s is not supported", request.name[:64])
            return protocol.failure()
        if isinstance(request, protocol.KeyChangeRequest):
            log.info(
                "SSH agent: refused %s from %s; keys come from the Keyfold vault",
                request.message_type.name,
                peer.describe(),
            )
            return protocol.failure()
        log.info("SSH agent: unknown request type %s", request.message_type)
        return protocol.failure()

    def _sign(self, request: protocol.SignRequest, peer: Peer) -> bytes:
        if self.locked:
            return protocol.failure()
        wanted = parse_public_key_blob(request.key_blob, "The key of the sign request")
        identity = next((i for i in self.identities() if i.public_key == wanted), None)
        if identity is None:
            return protocol.failure()
        action, purpose, service = _describe(request.data)
        record = self.vault.get_key(identity.key_id)
        prompt = SignPrompt(
            key_id=identity.key_id,
            key_name=record.name or identity.key_id,
            ssh_fingerprint=wanted.ssh_fingerprint,
            program=peer.describe(),
            purpose=purpose,
        )
        pair = self._key_pair(identity, prompt)
        if pair is None:
            return protocol.failure()
        if self._confirm_each_use():
            with self._asking:
                if self._prompts is None or not self._prompts.confirm(prompt):
                    log.info("SSH agent: %s declined for %s", purpose, identity.key_id)
                    return protocol.failure()
        signature = pair.sign(request.data)
        self.ssh.signing.record_signature(
            identity.key_id,
            identity.version,
            {
                "action": action,
                "service": loggable(service),
                "source": loggable(peer.program or "unknown"),
            },
        )
        return protocol.sign_response(signature_blob(signature))

    def _key_pair(self, identity: SshIdentity, prompt: SignPrompt) -> KeyPair | None:
        try:
            return self.keys.key_pair(identity.key_id, identity.version)
        except PassphraseRequiredError:
            prompts = self._prompts
            if prompts is None:
                log.info("SSH agent: key %s is locked and nobody can be asked", identity.key_id)
                return None
        with self._asking:
            # Another request may have unlocked it while this one waited its turn.
            try:
                return self.keys.key_pair(identity.key_id, identity.version)
            except PassphraseRequiredError:
                pass
            if not prompts.unlock(prompt):
                return None
        try:
            return self.keys.key_pair(identity.key_id, identity.version)
        except PassphraseRequiredError:
            return None

    def _lock(self, request: protocol.LockRequest) -> bytes:
        with self._state:
            if not request.unlock:
                if self._lock_hash is not None:
                    return protocol.failure()
                self._lock_salt = secrets.token_bytes(16)
                self._lock_hash = _hash(self._lock_salt, request.passphrase)
                log.info("SSH agent locked")
                return protocol.success()
            if self._lock_hash is None:
                return protocol.failure()
            if not hmac.compare_digest(self._lock_hash, _hash(self._lock_salt, request.passphrase)):
                log.warning("SSH agent: wrong passphrase to unlock the agent")
                return protocol.failure()
            self._lock_hash = None
            log.info("SSH agent unlocked")
            return protocol.success()


def _hash(salt: bytes, passphrase: bytes) -> bytes:
    # Only compared in memory for this process's life; PBKDF2 keeps it from
    # being a cheap oracle should memory be read.
    return hashlib.pbkdf2_hmac("sha256", passphrase, salt, 100_000)


def _describe(data: bytes) -> tuple[str, str, str]:
    """(audit action, what a dialog calls it, service) for the data to be signed."""
    if data.startswith(sshsig.MAGIC):
        try:
            reader = Reader(data[len(sshsig.MAGIC) :], "The SSH signature request")
            namespace = reader.string("namespace").decode("utf-8", "replace")
        except WireFormatError:
            namespace = "?"
        shown = "".join(c for c in namespace if c.isprintable())[:64]
        return "ssh-agent-sshsig", f'an SSH signature for "{shown}"', shown
    try:
        reader = Reader(data, "The SSH login request")
        reader.string("session id")
        if reader.byte("message type") == _USERAUTH_REQUEST:
            user = reader.string("user").decode("utf-8", "replace")
            shown = "".join(c for c in user if c.isprintable())[:64]
            return "ssh-agent-login", f"an SSH login as {shown}", "ssh"
    except WireFormatError:
        pass
    return "ssh-agent", "an SSH signature", "ssh"
