"""The backup wizard's flow logic, without Qt."""

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from keyfold.core.backup import BackupPreset
from keyfold.core.keys import KeyPair
from keyfold.core.vault.records import KeyRecord, KeyVersion, StorageKind, VersionStatus
from keyfold.gui.backups import backup_flow as flow

NOW = datetime(2025, 6, 8, 12, 0, tzinfo=UTC)


def _record(key_id: str, *, backed_up: bool = False, current: bool = True) -> KeyRecord:
    public = KeyPair.generate().public
    version = KeyVersion(key_id, 1, public, NOW, VersionStatus.CURRENT, StorageKind.FILE, True)
    return KeyRecord(
        key_id, key_id, "", (), NOW, NOW, (version,), NOW if backed_up else None, current
    )


def test_initial_selection_prefers_selection_then_stale_keys() -> None:
    keys = [_record("a", backed_up=True), _record("b"), _record("c", backed_up=True, current=False)]
    assert flow.initial_selection(keys, ["a", "gone"]) == ["a"]
    assert flow.initial_selection(keys, []) == ["b", "c"]
    fresh = [_record("a", backed_up=True)]
    assert flow.initial_selection(fresh, []) == ["a"]


def test_unlock_step_only_while_a_chosen_key_is_locked() -> None:
    plan = flow.BackupPlan(key_ids=["a", "b"], locked={"b", "z"})
    assert flow.next_step(flow.Step.KEYS, plan) is flow.Step.UNLOCK
    assert flow.unlock_problem(plan) is not None and "b" in flow.unlock_problem(plan)  # type: ignore[operator]
    plan.locked = {"z"}
    assert flow.next_step(flow.Step.KEYS, plan) is flow.Step.PASSPHRASE
    assert flow.unlock_problem(plan) is None
    assert flow.next_step(flow.Step.DESTINATION, plan) is flow.Step.RUN
    assert flow.next_step(flow.Step.RUN, plan) is None


def test_destination_rules() -> None:
    plan = flow.BackupPlan(key_ids=["a"])
    assert flow.destination_problem(plan) == "Choose the folder the backup files go into."
    plan.destination = Path("/backups")
    assert flow.destination_problem(plan) is None
    plan.bundle = True
    assert "ends in .tar.gz" in (flow.destination_problem(plan) or "")
    plan.destination = flow.bundle_path(Path("/backups"), NOW)
    assert plan.destination == Path("/backups/keyfold-backup-2025-06-08.tar.gz")
    assert flow.destination_problem(plan) is None
    assert flow.keys_problem(replace(plan, key_ids=[])) is not None


def test_the_javascript_sdk_preset_needs_eight_characters() -> None:
    plan = flow.BackupPlan(passphrase="seven77", preset=BackupPreset.DATAFOLD_JS)
    assert "shorter than 8 characters" in (flow.preset_problem(plan) or "")
    assert flow.preset_problem(replace(plan, passphrase="eight888")) is None
    assert flow.preset_problem(replace(plan, preset=BackupPreset.DATAFOLD_SDK)) is None
