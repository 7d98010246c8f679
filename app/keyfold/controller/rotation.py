"""RotationService: rotate keys crash-safely with their registrations.

A rotation runs these journaled steps (core.rotation.journal):

1. STARTED — the journal row is the per-key compare-and-set: a second process
   rotating the same key gets RotationInProgressError.
2. OLD_REVOKED — emergency rotations only: the old version's registrations are
   revoked before anything else.
3. VERSION_ADDED — the new key pair becomes the CURRENT version and the old one
   ARCHIVED, in the same vault transaction that journals the step, so a crash
   leaves either the old key current or the new one, never neither. Its secret
   is written (journaled as pending) before that transaction; the vault's
   recovery deletes it if the transaction never committed.
4. REGISTRATIONS_UPDATED — each registration follows: the server's rotation
   call where offered, else the new version registered under a new client id
   and the old registration revoked. Each outcome is recorded.
5. DONE (or PENDING_REGISTRATIONS when a server could not be told).

`recover()` (run when the controller opens) finishes or rolls back rotations
whose process died: before step 3 nothing local changed, so it rolls back;
after it the key is rotated and only registrations may be pending.
"""

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.controller.registration_follower import (
    RegistrationFollower,
    RegistrationTarget,
)
from keyfold.core.audit import AuditKind
from keyfold.core.errors import InvalidInputError, KeyfoldError, KeyNotFoundError
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.limits import check_version_count
from keyfold.core.rotation import (
    OwnerLocks,
    RegistrationAction,
    RegistrationStep,
    RotationConflictError,
    RotationPolicy,
    RotationRecord,
    RotationState,
    RotationStatus,
    RotationStep,
    StepOutcome,
    evaluate,
    journal,
    load_policies,
    load_policy,
    retention_days,
    save_policy,
)
from keyfold.core.vault import KeyRecord, KeyVersion, Vault, VersionStatus, store

logger = logging.getLogger(__name__)

# Called after each step is journaled; tests pause or kill the process here.
StepHook = Callable[[RotationStep, RotationRecord], None]
ROTATION_LOCKS_DIR = "rotations"
_StepRef = tuple[str, str, "RegistrationAction"]  # server, client id, action


@dataclass(frozen=True)
class RotationResult:
    rotation: RotationRecord
    new_version: KeyVersion
    steps: tuple[RegistrationStep, ...] = ()


@dataclass(frozen=True)
class RecoveryOutcome:
    """What `recover()` did with one abandoned rotation."""

    rotation_id: str
    key_id: str
    state: RotationState
    message: str


@dataclass(frozen=True)
class VersionInfo:
    """A version as `versions KEY_ID` shows it."""

    version: KeyVersion
    archived_at: datetime | None
    can_sign: bool
    signatures: int


@dataclass
class _Run:
    record: RotationRecord
    steps: list[RegistrationStep] = field(default_factory=list)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class RotationService:
    """Rotate, list versions, expire, evaluate policy, and recover rotations."""

    def __init__(
        self,
        vault: Vault,
        keys: KeyService,
        audit: AuditService,
        *,
        registrations: RegistrationFollower | None = None,
        step_hook: StepHook | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.vault = vault
        self.keys = keys
        self.audit = audit
        self.registrations = registrations
        self.step_hook = step_hook
        self._clock = clock
        self._owners = OwnerLocks(vault.home / ROTATION_LOCKS_DIR)

    # -- policy ------------------------------------------------------------------

    def policy(self, key_id: str) -> RotationPolicy:
        self.vault.get_key(key_id)
        with self.vault.reading() as conn:
            return load_policy(conn, key_id)

    def set_policy(self, key_id: str, policy: RotationPolicy) -> None:
        self.vault.get_key(key_id)
        with self.vault.database() as conn:
            save_policy(conn, key_id, policy)
            self.audit.append_in(
                conn,
                AuditKind.POLICY_CHANGE,
                key_id,
                None,
                {
                    "action": "rotation",
                    "reason": f"max_age_days={policy.max_age_days} "
                    f"max_signatures={policy.max_signatures} "
                    f"retention_days={policy.retention_days}",
                },
            )
        self.audit.log.sync_anchor()

    def status(self, key_id: str) -> RotationStatus:
        """Is the key's current version due (or overdue) for rotation?"""
        return self._status(self.vault.get_key(key_id))

    def due(self) -> list[RotationStatus]:
        """Keys due or overdue, for the keys view and the start-up notice."""
        return [status for status in self.statuses().values() if status.due]

    def statuses(self, records: Sequence[KeyRecord] | None = None) -> dict[str, RotationStatus]:
        """Every key's verdict (or those of `records`): one query per table, not per key."""
        if records is None:
            records = self.vault.list_keys()
        with self.vault.reading() as conn:
            policies = load_policies(conn)
        signatures = self.audit.signature_counts()
        now = self._clock()
        default = RotationPolicy()
        found = {}
        for record in records:
            current = record.current
            found[record.key_id] = evaluate(
                policies.get(record.key_id, default),
                key_id=record.key_id,
                version=current.version,
                created=current.created,
                signatures=signatures.get((record.key_id, current.version), 0),
                now=now,
            )
        return found

    def _status(self, record: KeyRecord) -> RotationStatus:
        current = record.current
        with self.vault.reading() as conn:
            policy = load_policy(conn, record.key_id)
        return evaluate(
            policy,
            key_id=record.key_id,
            version=current.version,
            created=current.created,
            signatures=self.audit.signatures(record.key_id, current.version),
            now=self._clock(),
        )

    # -- versions ----------------------------------------------------------------

    def versions(self, key_id: str) -> list[VersionInfo]:
        record = self.vault.get_key(key_id)
        ordered = sorted(record.versions, key=lambda v: v.version)
        usage = self.audit.usage(key_id)
        infos = []
        for index, version in enumerate(ordered):
            successor = ordered[index + 1] if index + 1 < len(ordered) else None
            archived_at = None
            if version.status is not VersionStatus.CURRENT and successor is not None:
                archived_at = successor.created  # replaced when the next one was made
            infos.append(
                VersionInfo(
                    version=version,
                    archived_at=archived_at,
                    can_sign=version.status is VersionStatus.CURRENT,
                    signatures=usage.version(version.version).signatures,
                )
            )
        return infos

    def expire(self, key_id: str, version: int) -> KeyRecord:
        """Expire an archived version: kept for reference, no longer used."""
        record = self.vault.get_key(key_id)
        target = record.version(version)
        if target is None:
            raise KeyNotFoundError(f"Key {key_id} has no version {version}.")
        if target.status is VersionStatus.CURRENT:
            raise InvalidInputError(
                f"Version {version} is the current version of key {key_id}; rotate it first."
            )
        if target.status is VersionStatus.EXPIRED:
            return record
        updated = self.vault.set_version_status(key_id, version, VersionStatus.EXPIRED)
        self.audit.record(AuditKind.EXPIRE, key_id, version, {"status": "expired"})
        return updated

    def expire_older_than(self, key_id: str, days: int) -> list[int]:
        """Expire archived versions replaced more than `days` days ago."""
        if days < 0:
            raise InvalidInputError("The number of days must not be negative.")
        limit = self._clock() - timedelta(days=days)
        expired = []
        for info in self.versions(key_id):
            version = info.version
            if (
                version.status is VersionStatus.ARCHIVED
                and info.archived_at is not None
                and info.archived_at <= limit
            ):
                self.expire(key_id, version.version)
                expired.append(version.version)
        return expired

    def apply_retention(self) -> dict[str, list[int]]:
        """Expire archived versions past each key's retention period (if one is set)."""
        done: dict[str, list[int]] = {}
        # One read for all keys: opening a vault of 10,000 keys does no per-key work.
        with self.vault.reading() as conn:
            periods = retention_days(conn)
        for key_id, days in sorted(periods.items()):
            try:
                expired = self.expire_older_than(key_id, days)
            except KeyNotFoundError:
                continue  # deleted since; its policy row goes with it
            if expired:
                done[key_id] = expired
        return done

    # -- rotation ----------------------------------------------------------------

    def rotate(
        self,
        key_id: str,
        passphrase: str | None,
        *,
        emergency: bool = False,
        expected_version: int | None = None,
    ) -> RotationResult:
        """Make a new current version of `key_id` and let its registrations follow.

        `passphrase` opens the current version and seals the new one (None for
        a key without one). `expected_version`: the version the user saw; if
        another process rotated meanwhile, RotationConflictError and nothing
        changes. Emergency: revoke the old registrations first.
        """
        # The key's head, not its versions: rotation costs the same at version 1,000.
        head = self.vault.key_head(key_id)
        current = head.current
        if expected_version is not None and current.version != expected_version:
            raise self._conflict(key_id, expected_version, current.version)
        # Expired versions are not backed up, so only the others count.
        check_version_count(head.kept + 1, key_id)
        # Opening the current version proves the passphrase before anything changes.
        old_pair = self.vault.unseal(key_id, passphrase, current.version)
        rotation_id = journal.new_rotation_id()
        with self._owners.hold(rotation_id):
            with self.vault.database() as conn:
                latest = self._current_version(conn, key_id)
                if latest != current.version:
                    raise self._conflict(key_id, current.version, latest)
                started = journal.begin(
                    conn,
                    key_id,
                    current.version,
                    emergency=emergency,
                    now=self._clock(),
                    rotation_id=rotation_id,
                )
            run = _Run(started)
            try:
                self._hook(RotationStep.STARTED, run.record)
                if emergency:
                    self._revoke_all(run, old_pair)
                    self._advance(run, RotationStep.OLD_REVOKED)
                new_pair = KeyPair.generate()

                def journal_version(conn: sqlite3.Connection, added: KeyVersion) -> None:
                    run.record = self._journal_step(
                        conn, run.record, RotationStep.VERSION_ADDED, added.version
                    )
                    self.audit.append_in(
                        conn,
                        AuditKind.ROTATE,
                        key_id,
                        added.version,
                        {
                            "from_version": current.version,
                            "to_version": added.version,
                            "emergency": emergency,
                            "rotation_id": rotation_id,
                            "fingerprint": new_pair.public.fingerprint,
                        },
                    )

                # The vault journals the new secret as pending and writes it
                # first, so a crash before this commit leaves no orphan.
                version = self.vault.add_version(
                    key_id, new_pair, passphrase, alongside=journal_version
                )
                self.audit.log.sync_anchor()
                self.keys.cache.put(key_id, version.version, new_pair)
                self._hook(RotationStep.VERSION_ADDED, run.record)
                self._follow(run, old_pair, new_pair, emergency=emergency)
                self._complete(run)
            except BaseException:
                logger.warning("Rotation %s of key %s stopped; settling it", rotation_id, key_id)
                # Not a crash: settle the journal now rather than at the next start.
                with contextlib.suppress(KeyfoldError, sqlite3.Error):
                    self._recover_one(rotation_id)
                    self.audit.log.sync_anchor()
                raise
        return RotationResult(run.record, version, tuple(run.steps))

    def resume(self, key_id: str, passphrase: str | None) -> list[RotationResult]:
        """Retry the registration steps of rotations left PENDING_REGISTRATIONS."""
        results = []
        for pending in self.rotations(key_id, states=(RotationState.PENDING_REGISTRATIONS,)):
            old_pair = self.vault.unseal(key_id, passphrase, pending.from_version)
            new_pair = self.vault.unseal(key_id, passphrase, pending.to_version)
            with self._owners.hold(pending.rotation_id):
                run = _Run(pending)
                self._follow(run, old_pair, new_pair, emergency=pending.emergency)
                self._complete(run)
            results.append(
                RotationResult(
                    run.record, self.vault.key_version(key_id, pending.to_version), tuple(run.steps)
                )
            )
        return results

    def rotations(
        self, key_id: str | None = None, *, states: tuple[RotationState, ...] = ()
    ) -> list[RotationRecord]:
        with self.vault.database() as conn:
            return journal.list_rotations(conn, key_id=key_id, states=states)

    def steps(self, rotation_id: str) -> list[RegistrationStep]:
        """Each registration step's outcome, for the registrations view."""
        with self.vault.database() as conn:
            return journal.steps_of(conn, rotation_id)

    # -- recovery ----------------------------------------------------------------

    def recover(self) -> list[RecoveryOutcome]:
        """Finish or roll back rotations whose process died; call on open."""
        outcomes = []
        for record in self.rotations(states=(RotationState.RUNNING,)):
            with self._owners.claim_abandoned(record.rotation_id) as abandoned:
                if abandoned:
                    outcome = self._recover_one(record.rotation_id)
                    if outcome is not None:
                        outcomes.append(outcome)
        if outcomes:
            self.audit.log.sync_anchor()
        return outcomes

    def _recover_one(self, rotation_id: str) -> RecoveryOutcome | None:
        with self.vault.database() as conn:
            record = journal.get(conn, rotation_id)
            if record is None or record.state is not RotationState.RUNNING:
                return None  # finished by its owner meanwhile
            now = self._clock()
            if not self.vault.has_key(record.key_id):
                state, message = RotationState.ROLLED_BACK, "the key was deleted"
            elif record.step in (RotationStep.STARTED, RotationStep.OLD_REVOKED):
                # The version is added in the same transaction that journals
                # VERSION_ADDED, so at these steps the key is untouched.
                state = RotationState.ROLLED_BACK
                message = f"rolled back; version {record.from_version} is still current"
                if record.step is RotationStep.OLD_REVOKED:
                    message += " but its registrations were revoked: rotate it again"
            elif record.step is RotationStep.VERSION_ADDED:
                state = RotationState.PENDING_REGISTRATIONS
                message = (
                    f"version {record.to_version} is current; its registrations were not all "
                    "updated: resume the rotation"
                )
            else:
                failed = any(
                    step.outcome is StepOutcome.FAILED
                    for step in journal.steps_of(conn, rotation_id)
                )
                state = RotationState.PENDING_REGISTRATIONS if failed else RotationState.DONE
                message = f"completed; version {record.to_version} is current"
            journal.finish(conn, rotation_id, state, now, message)
            if self.vault.has_key(record.key_id):
                self._ensure_one_current(conn, record.key_id)
            self.audit.append_in(
                conn,
                AuditKind.ROTATION_RECOVERY,
                record.key_id,
                record.to_version if state is not RotationState.ROLLED_BACK else None,
                {"rotation_id": rotation_id, "step": record.step.value, "outcome": state.value},
            )
        logger.info("Recovered rotation %s of key %s: %s", rotation_id, record.key_id, message)
        return RecoveryOutcome(rotation_id, record.key_id, state, message)

    def _ensure_one_current(self, conn: sqlite3.Connection, key_id: str) -> None:
        """Exactly one CURRENT version: the newest usable one."""
        statuses = store.version_statuses(conn, key_id)
        current = [version for version, status in statuses if status is VersionStatus.CURRENT]
        if len(current) == 1:
            return
        usable = [version for version, status in statuses if status is not VersionStatus.EXPIRED]
        if not usable:
            return
        newest = max(current) if current else max(usable)
        self.vault.set_version_status(key_id, newest, VersionStatus.CURRENT)
        for version in current:
            if version != newest:
                self.vault.set_version_status(key_id, version, VersionStatus.ARCHIVED)

    # -- steps -------------------------------------------------------------------

    def _revoke_all(self, run: _Run, old_pair: KeyPair) -> None:
        if self.registrations is None:
            return
        key_id = run.record.key_id
        for target in self._targets(key_id, old_pair.public):
            self._revoke(run, target, old_pair)

    def _follow(self, run: _Run, old_pair: KeyPair, new_pair: KeyPair, *, emergency: bool) -> None:
        """Step 4: each registration of the old version moves to the new one.

        Safe to run again (resume): steps that already succeeded are skipped.
        """
        if self.registrations is not None:
            earlier = self.steps(run.record.rotation_id)
            settled = _settled(earlier)
            if emergency:
                # Revoked in step 2; the new version gets fresh registrations.
                targets = list(
                    {
                        (s.server, s.client_id): RegistrationTarget(
                            s.server, s.client_id, old_pair.public, run.record.from_version
                        )
                        for s in earlier
                        if s.action is RegistrationAction.REVOKE
                    }.values()
                )
            else:
                targets = self._targets(run.record.key_id, old_pair.public)
            for target in targets:
                self._follow_one(run, target, old_pair, new_pair, emergency, settled)
        self._advance(run, RotationStep.REGISTRATIONS_UPDATED)

    def _follow_one(
        self,
        run: _Run,
        target: RegistrationTarget,
        old_pair: KeyPair,
        new_pair: KeyPair,
        emergency: bool,
        settled: set[_StepRef],
    ) -> None:
        follower = self.registrations
        assert follower is not None
        key_id = run.record.key_id
        ref = (target.server, target.client_id)
        if (*ref, RegistrationAction.ROTATE) in settled:
            return
        if (*ref, RegistrationAction.REGISTER) not in settled:
            if not emergency:
                outcome = self._attempt(
                    run,
                    target,
                    RegistrationAction.ROTATE,
                    lambda: follower.rotate(key_id, target, old_pair, new_pair),
                )
                if outcome is not StepOutcome.UNSUPPORTED:
                    return  # moved by the server, or failed: retried on resume
            outcome = self._attempt(
                run,
                target,
                RegistrationAction.REGISTER,
                lambda: follower.register(key_id, target, new_pair.public),
            )
            if outcome is not StepOutcome.OK:
                return
        if (*ref, RegistrationAction.REVOKE) not in settled:
            self._revoke(run, target, old_pair)

    def _revoke(self, run: _Run, target: RegistrationTarget, old_pair: KeyPair) -> None:
        follower = self.registrations
        assert follower is not None
        key_id = run.record.key_id
        self._attempt(
            run,
            target,
            RegistrationAction.REVOKE,
            lambda: follower.revoke(key_id, target, old_pair),
        )

    def _attempt(
        self,
        run: _Run,
        target: RegistrationTarget,
        action: RegistrationAction,
        call: Callable[[], str | bool | None],
    ) -> StepOutcome:
        """Run one server call and journal its outcome.

        A client id (str) or True is success; None or False means the server
        does not offer the call.
        """
        try:
            result = call()
        except KeyfoldError as exc:
            logger.warning(
                "Rotation %s: %s on %s failed: %s",
                run.record.rotation_id,
                action.value,
                target.server,
                exc,
            )
            self._step(run, target, action, StepOutcome.FAILED, "", exc)
            return StepOutcome.FAILED
        if result is None or result is False:
            self._step(run, target, action, StepOutcome.UNSUPPORTED, "")
            return StepOutcome.UNSUPPORTED
        self._step(run, target, action, StepOutcome.OK, result if isinstance(result, str) else "")
        return StepOutcome.OK

    def _targets(self, key_id: str, public: PublicKey) -> list[RegistrationTarget]:
        assert self.registrations is not None
        return self.registrations.registrations(key_id, public)

    def _step(
        self,
        run: _Run,
        target: RegistrationTarget,
        action: RegistrationAction,
        outcome: StepOutcome,
        new_client_id: str,
        error: Exception | None = None,
    ) -> None:
        step = RegistrationStep(
            rotation_id=run.record.rotation_id,
            server=target.server,
            client_id=target.client_id,
            action=action,
            outcome=outcome,
            new_client_id=new_client_id,
            message="" if error is None else str(error),
            updated=self._clock(),
        )
        with self.vault.database() as conn:
            journal.record_step(conn, step)
            self.audit.append_in(
                conn,
                AuditKind.REGISTRATION_UPDATE,
                run.record.key_id,
                run.record.to_version,
                {
                    "rotation_id": step.rotation_id,
                    "server": step.server,
                    "old_client_id": step.client_id,
                    "new_client_id": step.new_client_id,
                    "action": step.action.value,
                    "outcome": step.outcome.value,
                    **({"error": step.message[:500]} if step.message else {}),
                },
            )
        self.audit.log.sync_anchor()
        run.steps.append(step)

    def _advance(self, run: _Run, step: RotationStep) -> None:
        with self.vault.database() as conn:
            run.record = self._journal_step(conn, run.record, step)
        self._hook(step, run.record)

    def _journal_step(
        self,
        conn: sqlite3.Connection,
        record: RotationRecord,
        step: RotationStep,
        to_version: int | None = None,
    ) -> RotationRecord:
        now = self._clock()
        journal.advance(conn, record.rotation_id, step, now, to_version=to_version)
        updated = journal.get(conn, record.rotation_id)
        assert updated is not None
        return updated

    def _complete(self, run: _Run) -> None:
        with self.vault.database() as conn:
            pending = _unresolved_failures(journal.steps_of(conn, run.record.rotation_id))
            state = RotationState.PENDING_REGISTRATIONS if pending else RotationState.DONE
            now = self._clock()
            journal.finish(conn, run.record.rotation_id, state, now)
            if state is RotationState.DONE:
                journal.advance(conn, run.record.rotation_id, RotationStep.DONE, now)
            record = journal.get(conn, run.record.rotation_id)
            assert record is not None
            run.record = record
        if state is RotationState.DONE:
            self._hook(RotationStep.DONE, run.record)

    def _hook(self, step: RotationStep, record: RotationRecord) -> None:
        if self.step_hook is not None:
            self.step_hook(step, record)

    @staticmethod
    def _current_version(conn: sqlite3.Connection, key_id: str) -> int:
        found = store.current_version(conn, key_id)
        if found is None:
            raise KeyNotFoundError(f"No key with id {key_id} is in the vault.")
        return found

    @staticmethod
    def _conflict(key_id: str, expected: int, found: int) -> RotationConflictError:
        return RotationConflictError(
            f"Key {key_id} is at version {found}, not {expected}: another process rotated it "
            "meanwhile, so nothing was done."
        )


def _latest(
    steps: Sequence[RegistrationStep],
) -> dict[_StepRef, StepOutcome]:
    latest: dict[_StepRef, StepOutcome] = {}
    for step in steps:
        latest[(step.server, step.client_id, step.action)] = step.outcome
    return latest


def _settled(steps: Sequence[RegistrationStep]) -> set[_StepRef]:
    """Steps nothing more can be done about: succeeded, or not offered (not ROTATE,
    whose fallback is register + revoke)."""
    return {
        ref
        for ref, outcome in _latest(steps).items()
        if outcome is StepOutcome.OK
        or (outcome is StepOutcome.UNSUPPORTED and ref[2] is not RegistrationAction.ROTATE)
    }


def _unresolved_failures(steps: Sequence[RegistrationStep]) -> bool:
    """True when some (server, client, action) failed and never succeeded later."""
    return any(outcome is StepOutcome.FAILED for outcome in _latest(steps).values())
