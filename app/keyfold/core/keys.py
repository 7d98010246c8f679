"""Ed25519 key pairs: generation with a self-test, fingerprints, public exports."""

import base64
import hashlib
import os
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

from keyfold.core.errors import KeyFormatError

# `cryptography` loads on the first signature or private key, not with the
# public keys every vault listing reads (keyfold-cli list never needs it);
# libsodium (PyNaCl) loads with the first public key, to check its point.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

SEED_SIZE = 32
PUBLIC_KEY_SIZE = 32
SIGNATURE_SIZE = 64
KEY_NUMBER_SIZE = 8


class PublicKeyFormat(StrEnum):
    HEX = "hex"
    BASE64 = "base64"
    PEM = "pem"
    OPENSSH = "openssh"
    MINISIGN = "minisign"


@dataclass(frozen=True)
class PublicKey:
    """A 32-byte Ed25519 public key and the identities derived from it.

    A key made from outside bytes has its point checked at once. A key read
    back from the vault (`stored`) was checked when it entered the vault, so
    its check waits until its bytes are used (`raw`, `hex`, `verify`,
    `export`): listing 10,000 keys then runs no libsodium check (about 60 µs
    each), while a vault database edited behind Keyfold's back still cannot
    hand a bad point to a verifier, an export or a server. Fingerprints and
    the key number are hashes for display and lookup, so they do not wait
    for the check.
    """

    _bytes: bytes
    _check_later: bool = field(default=False, kw_only=True, compare=False, repr=False)

    def __post_init__(self) -> None:
        if len(self._bytes) != PUBLIC_KEY_SIZE:
            raise KeyFormatError(
                f"An Ed25519 public key has {PUBLIC_KEY_SIZE} bytes, "
                f"this one has {len(self._bytes)}."
            )
        if not self._check_later:
            _require_point(self._bytes, "The public key")

    @classmethod
    def from_hex(cls, text: str) -> "PublicKey":
        try:
            return cls(bytes.fromhex(text.strip()))
        except ValueError as exc:
            raise KeyFormatError("The public key is not valid hex.") from exc

    @classmethod
    def stored(cls, text: str) -> "PublicKey":
        """A key from the vault's own rows (hex), point-checked on first use of its bytes."""
        try:
            return cls(bytes.fromhex(text), _check_later=True)
        except ValueError as exc:
            raise KeyFormatError("A public key stored in the vault is not valid hex.") from exc

    @cached_property
    def raw(self) -> bytes:
        """The 32 bytes, once their point is known to be good."""
        if self._check_later:
            _require_point(self._bytes, "A public key stored in the vault")
        return self._bytes

    @property
    def hex(self) -> str:
        return self.raw.hex()

    @cached_property
    def fingerprint(self) -> str:
        """Lowercase hex SHA-256 of the raw key: what a DataFold node stores."""
        return hashlib.sha256(self._bytes).hexdigest()

    @cached_property
    def ssh_fingerprint(self) -> str:
        """OpenSSH's `SHA256:` form, over the SSH wire encoding of the key."""
        digest = hashlib.sha256(_ssh_wire_public_key(self._bytes)).digest()
        return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")

    @cached_property
    def key_number(self) -> bytes:
        """minisign's 8-byte key id: the first 8 bytes of SHA-256 of the key."""
        return hashlib.sha256(self._bytes).digest()[:KEY_NUMBER_SIZE]

    @property
    def key_number_hex(self) -> str:
        """The key number as minisign prints it (little-endian uppercase hex)."""
        return self.key_number[::-1].hex().upper()

    def verify(self, signature: bytes, message: bytes) -> bool:
        """True when `signature` is a valid Ed25519 signature of `message` (strictly)."""
        return verify_strict(self.raw, signature, message)

    def export(self, fmt: PublicKeyFormat, comment: str = "") -> str:
        """The key as text in one of the export formats, ending in a newline."""
        if fmt is PublicKeyFormat.HEX:
            return self.hex + "\n"
        if fmt is PublicKeyFormat.BASE64:
            return base64.b64encode(self.raw).decode() + "\n"
        if fmt is PublicKeyFormat.PEM:
            from cryptography.hazmat.primitives import serialization
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

            key = Ed25519PublicKey.from_public_bytes(self.raw)
            return key.public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            ).decode()
        if fmt is PublicKeyFormat.OPENSSH:
            body = base64.b64encode(_ssh_wire_public_key(self.raw)).decode()
            return f"ssh-ed25519 {body}{' ' + comment if comment else ''}\n"
        if fmt is PublicKeyFormat.MINISIGN:
            blob = base64.b64encode(b"Ed" + self.key_number + self.raw).decode()
            label = comment or f"minisign public key {self.key_number_hex}"
            return f"untrusted comment: {label}\n{blob}\n"
        raise KeyFormatError(f"Unknown public key format {fmt!r}.")


@dataclass(frozen=True)
class KeyPair:
    """An Ed25519 key pair held as its 32-byte seed. The seed never prints."""

    seed: bytes = field(repr=False)
    public: PublicKey

    def __post_init__(self) -> None:
        if len(self.seed) != SEED_SIZE:
            raise KeyFormatError(
                f"An Ed25519 private key seed has {SEED_SIZE} bytes, this one has {len(self.seed)}."
            )
        derived = _private(self.seed).public_key().public_bytes_raw()
        if derived != self.public.raw:
            raise KeyFormatError("The public key does not belong to this private key.")

    @classmethod
    def from_seed(cls, seed: bytes) -> "KeyPair":
        if len(seed) != SEED_SIZE:
            raise KeyFormatError(
                f"An Ed25519 private key seed has {SEED_SIZE} bytes, this one has {len(seed)}."
            )
        public = _private(seed).public_key().public_bytes_raw()
        return cls(seed, PublicKey(public))

    @classmethod
    def generate(cls) -> "KeyPair":
        """A fresh key pair from the OS's CSPRNG, checked by a sign/verify round."""
        # os.urandom is what `secrets` calls; importing `secrets` loads
        # `random` and `hmac` in every process that lists keys.
        pair = cls.from_seed(os.urandom(SEED_SIZE))
        probe = os.urandom(32)
        if not pair.public.verify(pair.sign(probe), probe):
            raise RuntimeError("Ed25519 self-test failed: the crypto library is broken.")
        return pair

    def sign(self, message: bytes) -> bytes:
        return _private(self.seed).sign(message)

    def private_key(self) -> "Ed25519PrivateKey":
        """The key as a `cryptography` object, for formats that need one."""
        return _private(self.seed)

    def __repr__(self) -> str:
        return f"KeyPair(public={self.public.hex})"


def _require_point(raw: bytes, what: str) -> None:
    if not is_valid_point(raw):
        raise KeyFormatError(
            f"{what} is not a usable Ed25519 key (a small-order or "
            "non-canonical point, which would verify forged signatures)."
        )


def is_valid_point(raw: bytes) -> bool:
    """True for a canonical encoding of a point of the prime-order subgroup.

    libsodium's check refuses the small-order points (the identity key
    `01 00..00` "verifies" `01 00..00` as a signature of anything under lax
    verifiers) and y >= p encodings, which OpenSSL's Ed25519 accepts.
    """
    import nacl.bindings  # libsodium: loaded with the first public key, not with --help

    return len(raw) == PUBLIC_KEY_SIZE and bool(
        nacl.bindings.crypto_core_ed25519_is_valid_point(raw)
    )


def verify_strict(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """Ed25519 verification that refuses small-order R and keys and a non-canonical S.

    libsodium's verifier (without ED25519_COMPAT, as PyNaCl builds it) does
    these checks; the message is copied once, which is fine for the bounded
    messages given here.
    """
    if len(signature) != SIGNATURE_SIZE or len(public_key) != PUBLIC_KEY_SIZE:
        return False
    import nacl.bindings
    import nacl.exceptions

    try:
        nacl.bindings.crypto_sign_open(signature + message, public_key)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        return False
    return True


def _private(seed: bytes) -> "Ed25519PrivateKey":
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(seed)


def _ssh_wire_public_key(raw: bytes) -> bytes:
    def string(data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + data

    return string(b"ssh-ed25519") + string(raw)
