"""Sealing a file master key to Ed25519 recipients (as X25519) or to a passphrase."""

import base64
import binascii
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import nacl.bindings
import nacl.exceptions
import nacl.public
from argon2.low_level import Type, hash_secret_raw

from keyfold.core.encryption.errors import ContainerFormatError, NotARecipientError
from keyfold.core.errors import KeyFormatError, PassphraseRequiredError, WrongPassphraseError
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.limits import (
    ARGON2_MAX_ITERATIONS,
    ARGON2_MAX_MEMORY_KIB,
    ARGON2_MAX_PARALLELISM,
    ARGON2_WORK_BUDGET,
    KFE_MAX_PASSPHRASE_TRIES,
    argon2_work,
)

MASTER_KEY_SIZE = 32
X25519_KIND = "x25519"
PASSPHRASE_KIND = "passphrase"  # noqa: S105 - a recipient type name, not a secret
_PASSPHRASE_LABEL = b"keyfold passphrase recipient v1\x00"
_XCHACHA_NONCE_SIZE = 24
_SALT_SIZE = 16
# Hostile files must not make us spend unbounded memory or time before any
# check: the same Argon2 limits as backups (core/limits.py).
MAX_MEMORY_KIB = ARGON2_MAX_MEMORY_KIB
MAX_ITERATIONS = ARGON2_MAX_ITERATIONS
MAX_PARALLELISM = ARGON2_MAX_PARALLELISM
_MIN_SALT_SIZE = 8  # Argon2's own minimum


@dataclass(frozen=True)
class PassphraseParams:
    """Argon2id cost; the defaults are the backup format's."""

    memory_kib: int = 65536
    iterations: int = 3
    parallelism: int = 1


@dataclass(frozen=True)
class Recipient:
    """One sealed copy of the master key. `fingerprint` is empty for a passphrase."""

    kind: str
    sealed: bytes
    fingerprint: str = ""
    salt: bytes = b""
    nonce: bytes = b""
    params: PassphraseParams | None = None

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"type": self.kind, "sealed": _b64(self.sealed)}
        if self.kind == X25519_KIND:
            doc["fingerprint"] = self.fingerprint
        else:
            assert self.params is not None
            doc.update(
                kdf="argon2id",
                memory=self.params.memory_kib,
                iterations=self.params.iterations,
                parallelism=self.params.parallelism,
                salt=_b64(self.salt),
                nonce=_b64(self.nonce),
            )
        return doc

    @classmethod
    def from_json(cls, doc: Any, where: str) -> "Recipient":
        if not isinstance(doc, Mapping):
            raise ContainerFormatError(f"The manifest field {where} is not an object.")
        kind = doc.get("type")
        sealed = _unb64(doc.get("sealed"), f"{where}.sealed")
        if kind == X25519_KIND:
            fingerprint = doc.get("fingerprint")
            if not isinstance(fingerprint, str) or len(fingerprint) != 64:
                raise ContainerFormatError(f"The manifest field {where}.fingerprint is invalid.")
            return cls(X25519_KIND, sealed, fingerprint=fingerprint)
        if kind == PASSPHRASE_KIND and doc.get("kdf") == "argon2id":
            parallelism = _int(doc.get("parallelism"), f"{where}.parallelism", 1, MAX_PARALLELISM)
            params = PassphraseParams(
                # Argon2 needs 8 KiB per lane.
                _int(doc.get("memory"), f"{where}.memory", 8 * parallelism, MAX_MEMORY_KIB),
                _int(doc.get("iterations"), f"{where}.iterations", 1, MAX_ITERATIONS),
                parallelism,
            )
            work = argon2_work(params.memory_kib, params.iterations)
            if work > ARGON2_WORK_BUDGET:
                raise ContainerFormatError(
                    f"The manifest field {where} asks for {work} KiB-passes of Argon2id; "
                    f"Keyfold allows at most {ARGON2_WORK_BUDGET}."
                )
            salt = _unb64(doc.get("salt"), f"{where}.salt")
            nonce = _unb64(doc.get("nonce"), f"{where}.nonce")
            if not _MIN_SALT_SIZE <= len(salt) <= 1024:
                raise ContainerFormatError(
                    f"The manifest field {where}.salt must have 8 to 1024 bytes."
                )
            if len(nonce) != _XCHACHA_NONCE_SIZE:
                raise ContainerFormatError(
                    f"The manifest field {where}.nonce must have {_XCHACHA_NONCE_SIZE} bytes."
                )
            return cls(PASSPHRASE_KIND, sealed, salt=salt, nonce=nonce, params=params)
        raise ContainerFormatError(f"The manifest field {where}.type names no known recipient.")


def seal_to_public_key(master_key: bytes, recipient: PublicKey) -> Recipient:
    """A sealed box to the X25519 form of an Ed25519 public key."""
    try:
        x25519 = nacl.bindings.crypto_sign_ed25519_pk_to_curve25519(recipient.raw)
    except (nacl.exceptions.RuntimeError, ValueError) as exc:
        raise KeyFormatError(
            f"The public key {recipient.fingerprint} cannot receive encrypted files."
        ) from exc
    sealed = nacl.public.SealedBox(nacl.public.PublicKey(x25519)).encrypt(master_key)
    return Recipient(X25519_KIND, bytes(sealed), fingerprint=recipient.fingerprint)


def seal_to_passphrase(
    master_key: bytes, passphrase: str, binding: bytes, params: PassphraseParams | None = None
) -> Recipient:
    """XChaCha20-Poly1305 under an Argon2id key; `binding` ties it to one file."""
    params = params or PassphraseParams()
    salt = secrets.token_bytes(_SALT_SIZE)
    nonce = secrets.token_bytes(_XCHACHA_NONCE_SIZE)
    key = _passphrase_key(passphrase, salt, params)
    sealed = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        master_key, _PASSPHRASE_LABEL + binding, nonce, key
    )
    return Recipient(PASSPHRASE_KIND, sealed, salt=salt, nonce=nonce, params=params)


def x25519_secret(identity: KeyPair) -> bytes:
    """The X25519 secret key matching the identity's converted public key."""
    return bytes(
        nacl.bindings.crypto_sign_ed25519_sk_to_curve25519(identity.seed + identity.public.raw)
    )


def open_master_key(
    recipients: Sequence[Recipient],
    binding: bytes,
    identities: Sequence[KeyPair] = (),
    passphrase: str | None = None,
    source: str = "the file",
) -> bytes:
    """The master key from the first recipient an identity or the passphrase opens.

    Identities whose fingerprint a recipient names are tried first, then every
    other identity, so a key re-labelled elsewhere still works.
    """
    for recipient in recipients:
        if recipient.kind != X25519_KIND:
            continue
        ordered = sorted(identities, key=lambda i: i.public.fingerprint != recipient.fingerprint)
        for identity in ordered:
            box = nacl.public.SealedBox(nacl.public.PrivateKey(x25519_secret(identity)))
            try:
                master = box.decrypt(recipient.sealed)
            except nacl.exceptions.CryptoError:
                continue
            if len(master) == MASTER_KEY_SIZE:
                return bytes(master)
    sealed_to_passphrase = [r for r in recipients if r.kind == PASSPHRASE_KIND]
    if sealed_to_passphrase and passphrase is None:
        raise PassphraseRequiredError(
            f"None of the given keys opens {source}; it also opens with a passphrase."
        )
    if passphrase is not None:
        # The manifest caps how many there are; the cheapest few are tried, and
        # copies sharing salt and cost derive once.
        derived: dict[tuple[bytes, PassphraseParams], bytes] = {}
        for recipient in sorted(sealed_to_passphrase, key=_cost):
            assert recipient.params is not None
            slot = (recipient.salt, recipient.params)
            if slot not in derived:
                if len(derived) == KFE_MAX_PASSPHRASE_TRIES:
                    break
                derived[slot] = _passphrase_key(passphrase, recipient.salt, recipient.params)
            key = derived[slot]
            try:
                master = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
                    recipient.sealed, _PASSPHRASE_LABEL + binding, recipient.nonce, key
                )
            except (nacl.exceptions.CryptoError, ValueError):
                continue
            if len(master) == MASTER_KEY_SIZE:
                return bytes(master)
        if sealed_to_passphrase:
            raise WrongPassphraseError(f"The passphrase does not open {source}.")
    raise NotARecipientError(f"None of the given keys can open {source}.")


def _cost(recipient: Recipient) -> int:
    params = recipient.params
    return 0 if params is None else argon2_work(params.memory_kib, params.iterations)


def _passphrase_key(passphrase: str, salt: bytes, params: PassphraseParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, where: str) -> bytes:
    if not isinstance(value, str):
        raise ContainerFormatError(f"The manifest field {where} is missing.")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ContainerFormatError(f"The manifest field {where} is not valid base64.") from exc


def _int(value: Any, where: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ContainerFormatError(
            f"The manifest field {where} must be a whole number from {low} to {high}."
        )
    return value
