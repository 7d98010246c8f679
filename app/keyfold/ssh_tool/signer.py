"""The signing key of `-f KEYFILE`, and signing with it: vault, passphrase, terminal, agent.

The key is the public key of a vault key; a locked key is opened with
KEYFOLD_PASSPHRASE, KEYFOLD_PASSPHRASE_FILE or a prompt on the terminal, and
when there is no terminal, through the running Keyfold's SSH agent (which
asks in its window). A key the vault does not hold is signed by the agent in
SSH_AUTH_SOCK, as ssh-keygen does.
"""

import contextlib
import getpass
import os
import socket
from pathlib import Path

from keyfold.controller import Controller
from keyfold.core.errors import (
    InvalidInputError,
    KeyfoldError,
    KeyNotFoundError,
    PassphraseRequiredError,
    SignatureFormatError,
)
from keyfold.core.keys import PublicKey
from keyfold.core.signing import parse_verifying_key
from keyfold.core.ssh import agent_protocol, sshsig
from keyfold.core.ssh.agent_socket import call, connect, default_socket_path
from keyfold.core.ssh.wire import parse_signature_blob, public_key_blob

PASSPHRASE_ENV = "KEYFOLD_PASSPHRASE"  # noqa: S105 -- a variable name, not a secret
PASSPHRASE_FILE_ENV = "KEYFOLD_PASSPHRASE_FILE"  # noqa: S105 -- a variable name
MAX_KEY_FILE_SIZE = 64 * 1024
LITERAL_PREFIX = "key::"


def read_public_key(argument: str) -> PublicKey:
    """The key of `-f`: a public key file (git's temp file too), or `key::ssh-ed25519 ...`."""
    if argument.startswith(LITERAL_PREFIX):
        data = argument[len(LITERAL_PREFIX) :].encode()
        source = "The key given after key::"
    else:
        source = f'The key file "{argument}"'
        try:
            with Path(argument).open("rb") as handle:
                data = handle.read(MAX_KEY_FILE_SIZE + 1)
        except OSError as exc:
            raise InvalidInputError(f"Cannot read {argument}: {exc.strerror}.") from exc
        if len(data) > MAX_KEY_FILE_SIZE:
            raise InvalidInputError(f"{source} is too large to be a public key.")
        if b"PRIVATE KEY" in data:
            raise InvalidInputError(
                f"{source} is a private key file; keyfold-ssh signs with vault keys, so give "
                "their public key (keyfold-cli export-public KEY_ID --format openssh)."
            )
    try:
        return parse_verifying_key(data, source).public_key
    except SignatureFormatError as exc:
        raise InvalidInputError(str(exc)) from exc


def agent_sockets() -> list[Path]:
    """Agents to ask, in order: SSH_AUTH_SOCK, then the desktop app's own socket."""
    candidates = [os.environ.get("SSH_AUTH_SOCK"), str(default_socket_path())]
    unique = dict.fromkeys(Path(c) for c in candidates if c)
    return [path for path in unique if path.exists()]


class Signer:
    """Signs SSHSIG data with one key, found in the vault or in an agent."""

    def __init__(self, public_key: PublicKey, key_argument: str, vault: Path | None) -> None:
        self.public_key = public_key
        self.key_argument = key_argument
        self._vault = vault
        self._controller: Controller | None = None

    def sign(self, namespace: str, digest: bytes) -> sshsig.SshSignature:
        controller = self._open()
        try:
            match = controller.ssh.current_match(self.public_key, f'The key "{self.key_argument}"')
        except KeyNotFoundError:
            signature = sign_with_agent(self.public_key, namespace, digest)
            if signature is None:
                raise KeyNotFoundError(
                    f'No private key found for public key "{self.key_argument}"'
                ) from None
            return signature
        key_id = match.record.key_id
        with contextlib.suppress(PassphraseRequiredError):
            return controller.ssh.sign_digest(key_id, namespace, digest)
        passphrase = given_passphrase()
        if passphrase is None:
            passphrase = terminal_passphrase(f"Passphrase for key {key_id}: ")
        if passphrase is None:
            # No terminal (an editor or a GUI ran git): the running Keyfold asks.
            signature = sign_with_agent(self.public_key, namespace, digest)
            if signature is not None:
                return signature
            raise PassphraseRequiredError(
                f"Key {key_id} is locked: set {PASSPHRASE_ENV} or {PASSPHRASE_FILE_ENV}, run git "
                "in a terminal, or turn on Keyfold's \"Serve keys to SSH\" and the key's "
                '"Use for SSH".'
            )
        controller.keys.unlock(key_id, passphrase)
        return controller.ssh.sign_digest(key_id, namespace, digest)

    def _open(self) -> Controller:
        if self._controller is None:
            self._controller = Controller.open(self._vault)
        return self._controller


def sign_with_agent(
    public_key: PublicKey, namespace: str, digest: bytes
) -> sshsig.SshSignature | None:
    """An SSH signature made by the first agent that holds the key; None when none does."""
    blob = public_key_blob(public_key)
    for path in agent_sockets():
        with contextlib.suppress(KeyfoldError, OSError):
            client = connect(path)
            try:
                return _sign_on(client, blob, public_key, namespace, digest)
            finally:
                client.close()
    return None


def _sign_on(
    client: socket.socket, blob: bytes, public_key: PublicKey, namespace: str, digest: bytes
) -> sshsig.SshSignature | None:
    listed = agent_protocol.parse_identities_answer(
        call(client, agent_protocol.request_identities())
    )
    if blob not in [key for key, _comment in listed]:
        return None

    def through_agent(data: bytes) -> bytes:
        reply = call(client, agent_protocol.sign_request(blob, data))
        return parse_signature_blob(agent_protocol.parse_sign_response(reply))

    return sshsig.sign_digest(through_agent, public_key, namespace, digest)


def given_passphrase() -> str | None:
    """KEYFOLD_PASSPHRASE, else the content of KEYFOLD_PASSPHRASE_FILE, else None."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    file_name = os.environ.get(PASSPHRASE_FILE_ENV)
    if not file_name:
        return None
    try:
        text = Path(file_name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"Cannot read the passphrase file {file_name}.") from exc
    return text[:-1] if text.endswith("\n") else text


def terminal_passphrase(prompt: str) -> str | None:
    """A no-echo prompt on the controlling terminal (git's pipes are not one); None without."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return None
    with open(fd, "w+", encoding="utf-8") as tty:
        return getpass.getpass(prompt, stream=tty)
