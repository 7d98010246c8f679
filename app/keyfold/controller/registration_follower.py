"""How a rotation moves a key's registrations: the follower interface and its registry adapter."""

import re
from dataclasses import dataclass
from typing import Protocol

from keyfold.controller.keys import KeyService
from keyfold.controller.registry import RegistryService
from keyfold.core.errors import RegistryError
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.registry.codes import NOT_OFFERED
from keyfold.core.registry.protocol import ErrorCode
from keyfold.core.rotation import RotationConflictError


@dataclass(frozen=True)
class RegistrationTarget:
    """One registration of a key version on a server."""

    server: str
    client_id: str
    public_key: PublicKey
    version: int | None = None  # the key version it holds, when known


class RegistrationFollower(Protocol):
    """What rotation needs from the registry (an adapter over RegistryService)."""

    def registrations(self, key_id: str, public_key: PublicKey) -> list[RegistrationTarget]:
        """Active registrations of that key version."""

    def rotate(
        self, key_id: str, target: RegistrationTarget, old: KeyPair, new: KeyPair
    ) -> str | None:
        """Move the registration to `new` with the server's rotation call.

        Returns the client id now holding the new key, or None when the server
        offers no rotation call.
        """

    def register(self, key_id: str, target: RegistrationTarget, new: PublicKey) -> str:
        """Register `new` on the target's server beside the old; the new client id."""

    def revoke(self, key_id: str, target: RegistrationTarget, old: KeyPair | None) -> bool:
        """Revoke the registration; False when the server offers no revoke."""


_VERSION_SUFFIX = re.compile(r"-v[0-9]+$")


class RegistryRotationAdapter:
    """A RegistrationFollower over RegistryService (which records every change).

    The registry service signs with key versions it finds unlocked, so the
    old version (opened for the rotation) is put in the unlock cache first.
    """

    def __init__(self, registry: RegistryService, keys: KeyService) -> None:
        self.registry = registry
        self.keys = keys

    def registrations(self, key_id: str, public_key: PublicKey) -> list[RegistrationTarget]:
        return [
            RegistrationTarget(r.server, r.client_id, r.public_key, r.key_version)
            for r in self.registry.list()
            if r.key_id == key_id and r.public_key == public_key and r.active
        ]

    def rotate(
        self, key_id: str, target: RegistrationTarget, old: KeyPair, new: KeyPair
    ) -> str | None:
        self._unlocked(key_id, target, old)
        current = self.keys.get(key_id).current
        if current.public_key == new.public:
            # So the new key can prove itself to the server as well.
            self.keys.cache.put(key_id, current.version, new)
        try:
            moved = self.registry.rotate(key_id, target.server, target.client_id)
        except RegistryError as exc:
            if exc.code == NOT_OFFERED:
                return None
            raise
        return moved.client_id

    def register(self, key_id: str, target: RegistrationTarget, new: PublicKey) -> str:
        current = self.keys.get(key_id).current
        if current.public_key != new:
            raise RotationConflictError(
                f"Key {key_id} changed during the rotation; its registrations were not moved."
            )
        base = _VERSION_SUFFIX.sub("", target.client_id)
        client_id = f"{base}-v{current.version}"
        try:
            record = self.registry.register(key_id, target.server, client_id)
        except RegistryError as exc:
            if exc.code != ErrorCode.CLIENT_ALREADY_REGISTERED:
                raise
            # A retry after a crash: ours already, so record it.
            record = self.registry.adopt(key_id, target.server, client_id)
        return record.client_id

    def revoke(self, key_id: str, target: RegistrationTarget, old: KeyPair | None) -> bool:
        if old is not None:
            self._unlocked(key_id, target, old)
        try:
            self.registry.revoke(key_id, target.server, target.client_id, reason="key rotated")
        except RegistryError as exc:
            if exc.code == NOT_OFFERED:
                return False
            raise
        return True

    def _unlocked(self, key_id: str, target: RegistrationTarget, pair: KeyPair) -> None:
        if target.version is not None:
            self.keys.cache.put(key_id, target.version, pair)
