"""Tests for RotationService and DerivedPasswordService over a real vault."""

import json
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.controller.rotation import (
    RegistrationTarget,
    RotationService,
)
from keyfold.controller.unlock import UnlockCache
from keyfold.core.audit import AuditKind
from keyfold.core.backup import KdfParams
from keyfold.core.errors import (
    InvalidInputError,
    PassphraseRequiredError,
    RegistryError,
    StorageError,
    WrongPassphraseError,
)
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.rotation import (
    RegistrationAction,
    RotationConflictError,
    RotationInProgressError,
    RotationPolicy,
    RotationRecord,
    RotationState,
    RotationStep,
    StepOutcome,
)
from keyfold.core.vault import Vault, VersionStatus
from keyfold.core.vault.store import SecretSlot

PASSPHRASE = "correct horse battery"
CHEAP_KDF = KdfParams.argon2id(memory_kib=256, iterations=1)
KEY = "signer"
ROOT = str(Path(__file__).resolve().parents[2])


@dataclass
class Services:
    vault: Vault
    keys: KeyService
    audit: AuditService
    rotation: RotationService


def build(home: Path, **rotation_options: object) -> Services:
    vault = Vault(home, kdf=CHEAP_KDF, keychain=None)
    keys = KeyService(vault, UnlockCache())
    audit = AuditService(vault, actor="test")
    rotation = RotationService(vault, keys, audit, **rotation_options)  # type: ignore[arg-type]
    return Services(vault, keys, audit, rotation)


@pytest.fixture
def services(tmp_path: Path) -> Services:
    built = build(tmp_path / "vault")
    built.keys.generate(KEY, passphrase=PASSPHRASE, name="Signer")
    return built


def currents(vault: Vault, key_id: str = KEY) -> list[int]:
    return [v.version for v in vault.get_key(key_id).versions if v.status is VersionStatus.CURRENT]


def test_rotate_adds_a_current_version_and_archives_the_old(services: Services) -> None:
    before = services.vault.get_key(KEY).current
    result = services.rotation.rotate(KEY, PASSPHRASE)
    record = services.vault.get_key(KEY)
    assert result.new_version.version == 2 == record.current.version
    assert record.version(1).status is VersionStatus.ARCHIVED  # type: ignore[union-attr]
    assert record.current.public_key != before.public_key
    assert result.rotation.state is RotationState.DONE
    assert result.rotation.step is RotationStep.DONE
    # The new version opens with the same passphrase, and is unlocked now.
    assert services.vault.unseal(KEY, PASSPHRASE).public == record.current.public_key
    assert services.keys.is_unlocked(KEY)
    # Both versions still open (archived ones verify and decrypt).
    assert services.vault.unseal(KEY, PASSPHRASE, 1).public == before.public_key
    entry = services.audit.list(kind=AuditKind.ROTATE)[-1]
    assert entry.details["from_version"] == "1" and entry.details["to_version"] == "2"
    assert services.audit.verify().ok


def test_rotation_needs_the_right_passphrase(services: Services) -> None:
    with pytest.raises(WrongPassphraseError, match=KEY):
        services.rotation.rotate(KEY, "wrong")
    with pytest.raises(PassphraseRequiredError):
        services.rotation.rotate(KEY, None)
    assert len(services.vault.get_key(KEY).versions) == 1
    assert services.rotation.rotations(KEY) == []


def test_a_failed_step_is_rolled_back_at_once(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise StorageError("The keychain refused the new version.")

    monkeypatch.setattr(services.vault, "add_version", broken)
    with pytest.raises(StorageError, match="refused"):
        services.rotation.rotate(KEY, PASSPHRASE)
    [rotation] = services.rotation.rotations(KEY)
    assert rotation.state is RotationState.ROLLED_BACK
    monkeypatch.undo()
    assert services.rotation.rotate(KEY, PASSPHRASE).new_version.version == 2


def test_expected_version_refuses_a_stale_rotation(services: Services) -> None:
    services.rotation.rotate(KEY, PASSPHRASE, expected_version=1)
    with pytest.raises(RotationConflictError, match="version 2, not 1"):
        services.rotation.rotate(KEY, PASSPHRASE, expected_version=1)
    assert currents(services.vault) == [2]


def test_second_rotation_while_one_runs_gets_a_clear_error(tmp_path: Path) -> None:
    paused = threading.Event()
    release = threading.Event()

    def hook(step: RotationStep, record: RotationRecord) -> None:
        if step is RotationStep.STARTED:
            paused.set()
            release.wait(30)

    first = build(tmp_path / "vault", step_hook=hook)
    first.keys.generate(KEY, passphrase=PASSPHRASE)
    second = build(tmp_path / "vault")
    errors: list[BaseException] = []

    def run() -> None:
        try:
            first.rotation.rotate(KEY, PASSPHRASE)
        except BaseException as exc:  # reported below
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    try:
        assert paused.wait(30)
        with pytest.raises(RotationInProgressError, match=f"Key {KEY} is being rotated"):
            second.rotation.rotate(KEY, PASSPHRASE)
        # recovery from another process leaves a live rotation alone
        assert second.rotation.recover() == []
    finally:
        release.set()
        worker.join(30)
    assert errors == []
    assert currents(second.vault) == [2]


def test_versions_and_expiry(services: Services) -> None:
    clock = Clock(datetime.now(UTC))
    services.rotation._clock = clock
    services.rotation.rotate(KEY, PASSPHRASE)
    services.rotation.rotate(KEY, PASSPHRASE)
    infos = services.rotation.versions(KEY)
    assert [(i.version.version, i.can_sign) for i in infos] == [(1, False), (2, False), (3, True)]
    assert infos[0].archived_at == infos[1].version.created
    assert infos[2].archived_at is None
    with pytest.raises(InvalidInputError, match="current version"):
        services.rotation.expire(KEY, 3)
    assert services.rotation.expire_older_than(KEY, 1) == []
    clock.now += timedelta(days=2)
    assert services.rotation.expire_older_than(KEY, 1) == [1, 2]
    statuses = [v.status for v in services.vault.get_key(KEY).versions]
    assert statuses == [VersionStatus.EXPIRED, VersionStatus.EXPIRED, VersionStatus.CURRENT]
    assert [e.version for e in services.audit.list(kind=AuditKind.EXPIRE)] == [1, 2]


def test_retention_policy_expires_old_versions(services: Services) -> None:
    clock = Clock(datetime.now(UTC))
    services.rotation._clock = clock
    services.rotation.set_policy(KEY, RotationPolicy(retention_days=10))
    services.rotation.rotate(KEY, PASSPHRASE)
    assert services.rotation.apply_retention() == {}
    clock.now += timedelta(days=11)
    assert services.rotation.apply_retention() == {KEY: [1]}


def test_all_states_at_once_agree_with_each_key_alone(services: Services) -> None:
    services.keys.generate("other", passphrase=PASSPHRASE, name="Other")
    services.keys.generate("third", passphrase=PASSPHRASE, name="Third")
    services.rotation.set_policy("other", RotationPolicy(max_age_days=None, max_signatures=2))
    services.audit.record(AuditKind.SIGN, "other", 1, {"count": 3})
    services.rotation.set_policy("third", RotationPolicy(max_age_days=1))
    clock = Clock(datetime.now(UTC) + timedelta(days=2))
    services.rotation._clock = clock
    together = services.rotation.statuses()
    assert set(together) == {KEY, "other", "third"}
    for key_id, status in together.items():
        assert status == services.rotation.status(key_id)
    assert together["other"].due and together["third"].due and not together[KEY].due


def test_retention_skips_keys_without_a_period(services: Services) -> None:
    services.keys.generate("other", passphrase=PASSPHRASE, name="Other")
    services.rotation.rotate("other", PASSPHRASE)
    clock = Clock(datetime.now(UTC) + timedelta(days=400))
    services.rotation._clock = clock
    # No key has a retention period: nothing expires, however old.
    assert services.rotation.apply_retention() == {}
    assert services.vault.get_key("other").version(1).status is VersionStatus.ARCHIVED


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_due_by_age_and_by_signatures(services: Services) -> None:
    clock = Clock(datetime.now(UTC))
    services.rotation._clock = clock
    assert services.rotation.due() == []
    assert services.rotation.policy(KEY) == RotationPolicy(max_age_days=30)
    clock.now += timedelta(days=31)
    status = services.rotation.status(KEY)
    assert status.due and not status.overdue and "31 days" in status.reason
    clock.now += timedelta(days=7)
    assert services.rotation.status(KEY).overdue
    assert [s.key_id for s in services.rotation.due()] == [KEY]
    services.rotation.rotate(KEY, PASSPHRASE)
    clock.now = datetime.now(UTC)
    assert services.rotation.due() == []
    services.rotation.set_policy(KEY, RotationPolicy(max_age_days=None, max_signatures=2))
    services.audit.record(AuditKind.SIGN, KEY, 2, {"count": 2})
    status = services.rotation.status(KEY)
    assert status.due and status.signatures == 2 and "2 signatures" in status.reason


# -- registrations ----------------------------------------------------------------


@dataclass
class FakeServer:
    """A registration server's behaviour, as RegistrationFollower sees it."""

    rotation_call: bool = True
    revoke_call: bool = True
    down: bool = False
    active: dict[str, PublicKey] = field(default_factory=dict)
    revoked: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)


class FakeFollower:
    def __init__(self, servers: dict[str, FakeServer]) -> None:
        self.servers = servers

    def _server(self, url: str) -> FakeServer:
        server = self.servers[url]
        if server.down:
            raise RegistryError(f"The server {url} cannot be reached.")
        return server

    def registrations(self, key_id: str, public_key: PublicKey) -> list[RegistrationTarget]:
        return [
            RegistrationTarget(url, client, key)
            for url, server in self.servers.items()
            for client, key in server.active.items()
            if key == public_key
        ]

    def rotate(
        self, key_id: str, target: RegistrationTarget, old: KeyPair, new: KeyPair
    ) -> str | None:
        server = self._server(target.server)
        server.calls.append("rotate")
        if not server.rotation_call:
            return None
        server.active[target.client_id] = new.public
        return target.client_id

    def register(self, key_id: str, target: RegistrationTarget, new: PublicKey) -> str:
        server = self._server(target.server)
        server.calls.append("register")
        client = f"{target.client_id}-v2"
        server.active[client] = new
        return client

    def revoke(self, key_id: str, target: RegistrationTarget, old: KeyPair | None) -> bool:
        server = self._server(target.server)
        server.calls.append("revoke")
        if not server.revoke_call:
            return False
        server.active.pop(target.client_id, None)
        server.revoked.append(target.client_id)
        return True


def with_servers(tmp_path: Path, servers: dict[str, FakeServer]) -> Services:
    built = build(tmp_path / "vault", registrations=FakeFollower(servers))
    record = built.keys.generate(KEY, passphrase=PASSPHRASE)
    for server in servers.values():
        server.active["client-1"] = record.public_key
    return built


def test_registrations_follow_by_rotation_call_or_register_and_revoke(tmp_path: Path) -> None:
    modern = FakeServer(rotation_call=True)
    plain = FakeServer(rotation_call=False)
    built = with_servers(tmp_path, {"https://a": modern, "https://b": plain})
    result = built.rotation.rotate(KEY, PASSPHRASE)
    new_key = result.new_version.public_key
    assert modern.active == {"client-1": new_key} and modern.calls == ["rotate"]
    assert plain.active == {"client-1-v2": new_key} and plain.revoked == ["client-1"]
    assert plain.calls == ["rotate", "register", "revoke"]
    outcomes = {(s.server, s.action, s.outcome) for s in result.steps}
    assert outcomes == {
        ("https://a", RegistrationAction.ROTATE, StepOutcome.OK),
        ("https://b", RegistrationAction.ROTATE, StepOutcome.UNSUPPORTED),
        ("https://b", RegistrationAction.REGISTER, StepOutcome.OK),
        ("https://b", RegistrationAction.REVOKE, StepOutcome.OK),
    }
    assert built.rotation.steps(result.rotation.rotation_id) == list(result.steps)
    assert result.rotation.state is RotationState.DONE
    assert len(built.audit.list(kind=AuditKind.REGISTRATION_UPDATE)) == 4


def test_server_down_leaves_pending_then_resume_finishes(tmp_path: Path) -> None:
    server = FakeServer(rotation_call=False, down=True)
    built = with_servers(tmp_path, {"https://a": server})
    result = built.rotation.rotate(KEY, PASSPHRASE)
    assert result.rotation.state is RotationState.PENDING_REGISTRATIONS
    assert currents(built.vault) == [2]  # the key rotated regardless
    assert result.steps[0].outcome is StepOutcome.FAILED
    assert "cannot be reached" in result.steps[0].message
    server.down = False
    [resumed] = built.rotation.resume(KEY, PASSPHRASE)
    assert resumed.rotation.state is RotationState.DONE
    assert server.active == {"client-1-v2": resumed.new_version.public_key}
    assert built.rotation.resume(KEY, PASSPHRASE) == []


def test_emergency_rotation_revokes_first(tmp_path: Path) -> None:
    server = FakeServer(rotation_call=True)
    order: list[str] = []

    def hook(step: RotationStep, record: RotationRecord) -> None:
        order.append(f"{step.value}:{','.join(server.calls)}")

    built = with_servers(tmp_path, {"https://a": server})
    built.rotation.step_hook = hook
    result = built.rotation.rotate(KEY, PASSPHRASE, emergency=True)
    assert order[:2] == ["started:", "old_revoked:revoke"]
    assert server.calls == ["revoke", "register"]  # never the old key's rotation call
    assert server.revoked == ["client-1"]
    assert server.active == {"client-1-v2": result.new_version.public_key}
    assert result.rotation.emergency and result.rotation.state is RotationState.DONE
    assert built.audit.list(kind=AuditKind.ROTATE)[-1].details["emergency"] == "true"


# -- crash safety -------------------------------------------------------------------


# Kill points inside the vault's secret swap that adds the new version, each with
# the rotation step whose outcome it must have.
SWAP_STEPS = {
    "journaled": RotationStep.STARTED,
    "stored file v2": RotationStep.STARTED,
    "switched": RotationStep.VERSION_ADDED,
    "settled": RotationStep.VERSION_ADDED,
}


def test_killed_at_every_step_leaves_one_usable_current_version(tmp_path: Path) -> None:
    for emergency in (False, True):
        steps = [s for s in RotationStep if emergency or s is not RotationStep.OLD_REVOKED]
        for step in steps:
            home = tmp_path / f"{step.value}-{int(emergency)}"
            _killed_rotation(home, step, emergency)
    for stop_at, step in SWAP_STEPS.items():
        _killed_rotation(tmp_path / stop_at.replace(" ", "-"), step, False, stop_at)


def _killed_rotation(
    home: Path, step: RotationStep, emergency: bool, stop_at: str | None = None
) -> None:
    built = build(home)
    original = built.keys.generate(KEY, passphrase=PASSPHRASE).public_key
    code = (
        "import sys; sys.path.insert(0, sys.argv[5]);"
        "from tests.controller.test_rotation import crash_child; crash_child()"
    )
    stop = stop_at or step.value
    process = subprocess.run(
        [sys.executable, "-c", code, str(home), stop, "", str(int(emergency)), ROOT],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert process.returncode == -signal.SIGKILL, process.stderr
    fresh = build(home)
    recovered = fresh.rotation.recover()
    if step is RotationStep.DONE:
        assert recovered == []  # it had finished; only the process died
    else:
        assert [r.key_id for r in recovered] == [KEY]
    record = fresh.vault.get_key(KEY)
    assert currents(fresh.vault) == [record.current.version], step
    pair = fresh.vault.unseal(KEY, PASSPHRASE)
    assert pair.public == record.current.public_key
    [last] = fresh.rotation.rotations(KEY)
    if step in (RotationStep.STARTED, RotationStep.OLD_REVOKED):
        assert last.state is RotationState.ROLLED_BACK
        assert record.current.public_key == original and len(record.versions) == 1
    else:
        assert record.current.version == 2
        assert record.version(1).status is VersionStatus.ARCHIVED  # type: ignore[union-attr]
        expected = (
            RotationState.PENDING_REGISTRATIONS
            if step is RotationStep.VERSION_ADDED
            else RotationState.DONE
        )
        assert last.state is expected, step
    assert fresh.rotation.rotations(KEY, states=(RotationState.RUNNING,)) == []
    assert fresh.rotation.recover() == []
    assert fresh.audit.verify().ok
    _assert_no_orphan_secrets(fresh.vault, stop)
    # and the key rotates normally afterwards
    fresh.rotation.rotate(KEY, PASSPHRASE)
    assert len(currents(fresh.vault)) == 1


def _assert_no_orphan_secrets(vault: Vault, stop_at: str) -> None:
    """No journaled secrets, and the secret files are exactly those the versions use."""
    with vault.reading() as conn:
        assert conn.execute("SELECT COUNT(*) FROM pending_secrets").fetchone()[0] == 0
    expected = {
        f"{vault.swaps.ref(SecretSlot.of(v)).stem}.json" for v in vault.get_key(KEY).versions
    }
    found = {path.name for path in (vault.home / "secrets" / KEY).iterdir()}
    assert found == expected, stop_at


def crash_child() -> None:
    """Subprocess body: rotate and SIGKILL ourselves right after one step.

    The step is a rotation step or a step of the vault's secret swap.
    """
    home, stop_at, _, emergency = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

    def kill_at(step: str) -> None:
        if step == stop_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def hook(step: RotationStep, record: RotationRecord) -> None:
        kill_at(step.value)

    built = build(home, step_hook=hook, registrations=FakeFollower({}))
    built.vault.swaps.step_hook = kill_at
    built.rotation.rotate(KEY, PASSPHRASE, emergency=emergency == "1")
    print(json.dumps({"finished": True}))
