"""Errors of sharded and data encryption, derived from the core hierarchy."""

from keyfold.core.errors import InvalidInputError, KeyfoldError, VerificationError


class ContainerFormatError(InvalidInputError):
    """A file is not a Keyfold encrypted container or shard folder at all."""


class ManifestFormatError(ContainerFormatError):
    """A manifest is malformed or asks for more than Keyfold reads: bad input."""


class ManifestError(VerificationError):
    """A manifest's signature, sender or header binding does not verify."""


class NotARecipientError(KeyfoldError):
    """None of the keys or passphrases given can open the file's master key."""


class DecryptionError(VerificationError):
    """A ciphertext did not authenticate under any available key."""


class ShardKeyError(KeyfoldError):
    """The key service has no such shard key version (unknown, removed or expired)."""
