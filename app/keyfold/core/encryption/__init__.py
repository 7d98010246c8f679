"""Sharded, signed file encryption, the shard key service and the data encryption system."""

from keyfold.core.encryption.errors import (
    ContainerFormatError,
    DecryptionError,
    ManifestError,
    ManifestFormatError,
    NotARecipientError,
    ShardKeyError,
)
from keyfold.core.encryption.manifest import Manifest, ShardEntry
from keyfold.core.encryption.reception import (
    ReceptionReport,
    ShardIssue,
    ShardProblem,
    decrypt_file,
    inspect,
)
from keyfold.core.encryption.recipients import PassphraseParams
from keyfold.core.encryption.sender import (
    DEFAULT_SHARD_SIZE,
    Layout,
    ShardingOptions,
    encrypt_file,
)

__all__ = [
    "DEFAULT_SHARD_SIZE",
    "ContainerFormatError",
    "DecryptionError",
    "Layout",
    "Manifest",
    "ManifestError",
    "ManifestFormatError",
    "NotARecipientError",
    "PassphraseParams",
    "ReceptionReport",
    "ShardEntry",
    "ShardIssue",
    "ShardKeyError",
    "ShardProblem",
    "ShardingOptions",
    "decrypt_file",
    "encrypt_file",
    "inspect",
]
