"""All-or-nothing secret swaps: journal, write the new, switch the metadata, drop the old."""

import logging
from collections.abc import Callable, Sequence
from sqlite3 import Connection

from keyfold.core.errors import StorageError
from keyfold.core.vault import store
from keyfold.core.vault.records import KeyVersion, StorageKind
from keyfold.core.vault.secret_backends import EncryptedFileBackend, SecretBackend, SecretRef
from keyfold.core.vault.store import MetadataStore, SecretSlot

logger = logging.getLogger(__name__)

BackendFor = Callable[[StorageKind, str], SecretBackend]


class SecretSwapper:
    """Moves a key's secrets so a crash at any step leaves all old or all new.

    Every slot an operation touches is journaled (pending_secrets) and
    committed before any secret is written; the new envelopes are written
    beside the old ones (another generation or another backend); one
    transaction points the metadata at them; then the slots the metadata no
    longer uses are deleted and their journal rows dropped. A killed process
    leaves journal rows behind, and `recover` (run when the vault opens)
    deletes whichever side the metadata does not use.

    `step_hook` is called with a step name after each step; crash tests pause
    or kill the process there.
    """

    def __init__(
        self,
        vault_id: str,
        metadata: MetadataStore,
        files: EncryptedFileBackend,
        keychain: SecretBackend | None,
    ) -> None:
        self.vault_id = vault_id
        self.metadata = metadata
        self.files = files
        self.keychain = keychain
        self.step_hook: Callable[[str], None] | None = None

    def ref(self, slot: SecretSlot) -> SecretRef:
        return SecretRef(self.vault_id, slot.key_id, slot.version, slot.generation)

    def swap(
        self,
        new: Sequence[tuple[KeyVersion, bytes]],
        old: Sequence[KeyVersion],
        switch: Callable[[Connection], None],
        backend_for: BackendFor,
    ) -> None:
        """Write the `new` envelopes, run `switch` in one transaction, drop `old`.

        The caller holds the vault lock throughout, so no other writer (nor
        another process's `recover`) sees the journal mid-way. `switch` may do
        more than point the metadata (a rotation journals its step there): it
        all commits with the new versions or not at all.
        """
        self._require_no_transaction()
        slots = list(
            dict.fromkeys([SecretSlot.of(v) for v, _ in new] + [SecretSlot.of(v) for v in old])
        )
        with self.metadata.transaction() as conn:
            store.add_pending(conn, slots)
        self._step("journaled")
        try:
            for version, envelope in new:
                backend = backend_for(version.storage, version.key_id)
                backend.store(self.ref(SecretSlot.of(version)), envelope)
                self._step(f"stored {version.storage.value} v{version.version}")
            with self.metadata.transaction() as conn:
                switch(conn)
            self._step("switched")
        finally:
            self.settle(slots)

    def retire(self, slots: Sequence[SecretSlot], remove: Callable[[Connection], None]) -> None:
        """Journal `slots` and run `remove` in one transaction, then delete the slots.

        After a crash the metadata either still uses the slots (nothing
        happened) or no longer does and the journal names them, so `recover`
        deletes them. A backend that refuses a delete keeps its journal row.
        """
        self._require_no_transaction()
        with self.metadata.transaction() as conn:
            store.add_pending(conn, slots)
            remove(conn)
            self._step("removing")  # not committed yet: a crash here changes nothing
        self._step("removed")
        self.settle(slots)

    def settle(self, slots: Sequence[SecretSlot]) -> None:
        """Delete the journaled secrets no version uses, then drop their journal rows.

        A backend that cannot delete now (no keychain in this process, or it
        refuses) keeps its row for the next open to try again.
        """
        with self.metadata.reading() as conn:
            unused = [slot for slot in slots if not store.slot_in_use(conn, slot)]
        settled = [slot for slot in slots if slot not in unused]
        for slot in unused:
            backend = self.files if slot.storage is StorageKind.FILE else self.keychain
            if backend is None:
                continue
            try:
                backend.delete(self.ref(slot))
            except StorageError as exc:
                logger.warning(
                    "Could not delete an unused secret (%s), retried later: %s", slot, exc
                )
                continue
            settled.append(slot)
            self._step(f"deleted {slot.storage.value} v{slot.version}")
        if settled:
            with self.metadata.transaction() as conn:
                store.remove_pending(conn, settled)
        self._step("settled")

    def recover(self) -> None:
        """Finish the swaps a killed process left (call under the vault lock)."""
        with self.metadata.reading() as conn:
            pending = store.load_pending(conn)
        if pending:
            logger.info("Settling %d secret slots a stopped process left", len(pending))
            self.settle(pending)

    def _require_no_transaction(self) -> None:
        # Inside an open transaction the journal rows would not be committed
        # before the secrets move, and a crash would leave orphans nobody knows of.
        if self.metadata.in_transaction():
            raise StorageError(
                "Key secrets cannot be written or retired inside an open vault transaction."
            )

    def _step(self, name: str) -> None:
        if self.step_hook is not None:
            self.step_hook(name)
