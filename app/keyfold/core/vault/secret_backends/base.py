"""The small interface every secret backend answers, Vorta-style."""

from abc import ABC, abstractmethod
from dataclasses import dataclass


@dataclass(frozen=True)
class SecretRef:
    """Names one stored envelope: a version of a key in one vault.

    Generation 0 keeps the original name; later generations are the copies a
    passphrase change or a replace writes beside the old ones before switching.
    """

    vault_id: str
    key_id: str
    version: int
    generation: int = 0

    @property
    def stem(self) -> str:
        """`v3`, or `v3.g2` for a later generation."""
        suffix = f".g{self.generation}" if self.generation else ""
        return f"v{self.version}{suffix}"

    def __str__(self) -> str:
        return f"{self.vault_id}/{self.key_id}/{self.stem}"


class SecretBackend(ABC):
    """Stores opaque sealed envelopes (already encrypted) by reference.

    `is_primary` is True for the OS keychain and False for the fallback, so
    the GUI can tell the user where their secrets are.
    """

    name: str
    is_primary: bool

    @abstractmethod
    def store(self, ref: SecretRef, envelope: bytes) -> None:
        """Save or replace the envelope; StorageError when it cannot."""

    @abstractmethod
    def load(self, ref: SecretRef) -> bytes:
        """The envelope; StorageError when it is missing or unreadable."""

    @abstractmethod
    def delete(self, ref: SecretRef) -> None:
        """Remove the envelope; nothing happens when it is not there."""

    @abstractmethod
    def contains(self, ref: SecretRef) -> bool:
        """True when an envelope is stored under `ref`."""
