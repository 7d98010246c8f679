"""A second copy of the audit chain's head in the OS keychain, out of the vault's reach.

`audit.head` lives beside the database, so anyone who can rewrite the vault
folder can truncate the log and rewrite the anchor to match. The keychain is a
separate store (its own daemon, its own files, unlocked with the login): a copy
of the head there survives an attack on the vault's files alone. The entry is
service "keyfold-audit", user the vault's id; its value is
`{"count": N, "head_hash": "..."}`.
"""

import json
import logging
from typing import Any

from keyfold.core.errors import StorageError

log = logging.getLogger(__name__)

SERVICE = "keyfold-audit"


class KeychainAnchor:
    """Read and advance the head copy kept in a `keyring` backend."""

    def __init__(
        self, keyring_backend: Any, vault_id: str, errors: tuple[type[BaseException], ...]
    ):
        self._keyring = keyring_backend
        self._user = vault_id
        self._errors = errors
        self.name = str(getattr(keyring_backend, "name", type(keyring_backend).__name__))

    def read(self) -> tuple[int, str] | None:
        """(count, head hash), or None when nothing was recorded yet."""
        try:
            value = self._keyring.get_password(SERVICE, self._user)
        except self._errors as exc:
            raise StorageError(f"The OS keychain could not give the audit anchor: {exc}") from exc
        if value is None:
            return None
        try:
            document = json.loads(value)
            count, head = document["count"], document["head_hash"]
            if not isinstance(count, int) or not isinstance(head, str) or count < 0:
                raise TypeError
        except (ValueError, KeyError, TypeError) as exc:
            raise StorageError("The audit anchor in the OS keychain is malformed.") from exc
        return count, head

    def write(self, count: int, head_hash: str) -> None:
        """Record the head; a keychain that refuses only leaves the copy behind
        (verify accepts a copy that lags), so the operation itself goes on."""
        value = json.dumps({"count": count, "head_hash": head_hash})
        try:
            self._keyring.set_password(SERVICE, self._user, value)
        except self._errors as exc:
            log.warning("The OS keychain refused the audit anchor: %s", exc)
