"""Tests for keyfold.controller.backups."""

import base64
import json
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from keyfold.controller import ConflictPolicy, Controller
from keyfold.controller.backups import RestoreAction
from keyfold.controller.signing import VerificationStatus
from keyfold.core.audit import AuditKind
from keyfold.core.backup import BackupPreset, KdfKind, read_bundle, seal_key, write_bundle
from keyfold.core.backup.codec import ArchivedKey
from keyfold.core.errors import (
    BackupFormatError,
    InvalidInputError,
    OperationCancelledError,
    PassphraseRequiredError,
    StorageError,
    WrongPassphraseError,
)
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.progress import CancelToken
from keyfold.core.vault import KeyRecord, VersionStatus
from tests.core.backup import handmade_js
from tests.core.backup.sdk_vectors import DATA as SDK_FILES
from tests.core.backup.sdk_vectors import PASSPHRASE as SDK_PASSPHRASE
from tests.core.backup.sdk_vectors import PY_DATA, PY_VECTORS, PyVector
from tests.core.vault.support import CHEAP_KDF


def _keys(controller: Controller, *key_ids: str) -> dict[str, KeyPair]:
    pairs = {}
    for key_id in key_ids:
        controller.keys.generate(key_id, passphrase="pw", name=key_id.title())
        pairs[key_id] = controller.keys.key_pair(key_id)
    return pairs


def test_one_file_per_key_in_a_folder(controller: Controller, tmp_path: Path) -> None:
    pairs = _keys(controller, "a", "b")
    seen: list[tuple[int, int]] = []
    records = controller.backups.create(
        ["a", "b"], "backup-pw", tmp_path / "out", progress=lambda d, t: seen.append((d, t))
    )
    assert [Path(r.path).name for r in records] == ["a-backup.json", "b-backup.json"]
    # Two keys sealed, then both opened again: the read-back is progress too.
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    for record in records:
        path = Path(record.path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        (key_id,) = record.key_ids
        assert record.fingerprints == (pairs[key_id].public.fingerprint,)
        assert json.loads(path.read_bytes())["key_id"] == key_id
    assert controller.backups.list() == sorted(records, key=lambda r: r.path)
    assert all(r.backup_is_current for r in controller.keys.list())


def test_a_single_key_to_a_json_path(controller: Controller, tmp_path: Path) -> None:
    _keys(controller, "a", "b")
    target = tmp_path / "nested" / "mine.json"
    (record,) = controller.backups.create(["a"], "bp", target)
    assert Path(record.path) == target.resolve()
    with pytest.raises(InvalidInputError, match=r"mine\.json"):
        controller.backups.create(["a", "b"], "bp", target)


def test_an_existing_destination_folder_keeps_its_mode(
    controller: Controller, tmp_path: Path
) -> None:
    _keys(controller, "a")
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    controller.backups.create(["a"], "bp", folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_bundle(controller: Controller, tmp_path: Path) -> None:
    pairs = _keys(controller, "a", "b")
    (record,) = controller.backups.create(["a", "b"], "bp", tmp_path / "all.tar.gz", bundle=True)
    assert record.bundle and record.key_ids == ("a", "b")
    assert [key_id for key_id, _ in read_bundle(tmp_path / "all.tar.gz")] == ["a", "b"]
    infos = controller.backups.verify(tmp_path / "all.tar.gz", "bp")
    assert [i.fingerprint for i in infos] == [p.public.fingerprint for p in pairs.values()]
    assert controller.backups.list()[0].last_verified is not None
    (in_folder,) = controller.backups.create(["a"], "bp", tmp_path / "dir", bundle=True)
    assert Path(in_folder.path).name.startswith("keyfold-backup-")
    assert in_folder.path.endswith(".tar.gz")


def test_datafold_sdk_preset(controller: Controller, tmp_path: Path) -> None:
    _keys(controller, "a")
    (record,) = controller.backups.create(
        ["a"], "bp", tmp_path / "a.json", preset=BackupPreset.DATAFOLD_SDK
    )
    assert record.preset == "datafold-sdk"
    (info,) = controller.backups.inspect(tmp_path / "a.json")
    assert info.kdf.kind is KdfKind.PBKDF2
    assert info.cipher == "aes-gcm"


def test_tags_come_back_from_the_javascript_sdks_files(
    controller: Controller, tmp_path: Path
) -> None:
    (outcome,) = controller.backups.restore(SDK_FILES / "export-json.json", SDK_PASSPHRASE)
    assert controller.keys.get(outcome.key_id).tags == ("release", "ci")
    # And from Keyfold's own file in the SDK's format, the only one that keeps tags.
    _keys(controller, "a")
    controller.keys.update_metadata("a", tags=["ops", "signing"])
    js = BackupPreset.DATAFOLD_JS
    controller.backups.create(["a"], "backup-pw", tmp_path / "a.json", preset=js)
    controller.keys.delete("a")
    controller.backups.restore(tmp_path / "a.json", "backup-pw")
    assert controller.keys.get("a").tags == ("ops", "signing")


@pytest.mark.parametrize("vector", PY_VECTORS, ids=[v.file for v in PY_VECTORS])
def test_the_python_sdks_files_restore(controller: Controller, vector: PyVector) -> None:
    path = PY_DATA / vector.file
    (info,) = controller.backups.inspect(path)  # no passphrase yet
    assert (info.layout, info.key_id, info.kdf, info.cipher) == (
        "seed",
        vector.key_id,
        vector.kdf,
        vector.cipher,
    )
    (checked,) = controller.backups.verify(path, vector.passphrase)
    assert checked.public_key is not None and checked.public_key.hex == vector.public_key
    (outcome,) = controller.backups.restore(path, vector.passphrase)
    assert (outcome.key_id, outcome.action) == (vector.key_id, RestoreAction.RESTORED)
    record = controller.keys.get(vector.key_id)
    assert record.current.public_key.hex == vector.public_key
    assert record.created == vector.created  # the SDK's "+00:00Z" time, read
    pair = controller.vault.unseal(vector.key_id, vector.passphrase)
    assert pair.public.hex == vector.public_key


def test_a_hostile_scrypt_cost_is_refused_on_restore(
    controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("hashlib.scrypt", lambda *a, **k: pytest.fail("scrypt ran"))
    doc = json.loads((PY_DATA / "export-default.json").read_text())
    doc["kdf_params"]["n"] = 2**22
    (tmp_path / "bomb.json").write_text(json.dumps(doc))
    refusal = r"kdf_params\.n is 4194304, above the limit"
    with pytest.raises(BackupFormatError, match=refusal):
        controller.backups.inspect(tmp_path / "bomb.json")
    with pytest.raises(BackupFormatError, match=refusal):
        controller.backups.verify(tmp_path / "bomb.json", SDK_PASSPHRASE)
    with pytest.raises(BackupFormatError, match=refusal):
        controller.backups.restore(tmp_path / "bomb.json", SDK_PASSPHRASE)
    assert controller.keys.list() == []


def test_a_backup_with_too_many_tags_is_refused_on_restore(
    controller: Controller, tmp_path: Path
) -> None:
    metadata = dict(handmade_js.plaintext()["metadata"], tags=[f"t{n}" for n in range(40)])
    document = handmade_js.build_json(handmade_js.plaintext(metadata=metadata))
    (tmp_path / "tags.json").write_text(json.dumps(document))
    with pytest.raises(InvalidInputError, match="in the backup has 40 tags; the limit is 32"):
        controller.backups.restore(tmp_path / "tags.json", handmade_js.PASSPHRASE)
    assert controller.keys.list() == []


def test_backup_needs_unlocked_keys_and_a_passphrase(
    controller: Controller, tmp_path: Path
) -> None:
    _keys(controller, "a")
    with pytest.raises(InvalidInputError, match="passphrase"):
        controller.backups.create(["a"], "", tmp_path)
    with pytest.raises(InvalidInputError, match="at least one"):
        controller.backups.create([], "bp", tmp_path)
    controller.keys.lock_all()
    with pytest.raises(PassphraseRequiredError, match="Key a is locked"):
        controller.backups.create(["a"], "bp", tmp_path)
    assert controller.backups.list() == []


def test_cancel_writes_nothing(controller: Controller, tmp_path: Path) -> None:
    _keys(controller, "a")
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelledError):
        controller.backups.create(["a"], "bp", tmp_path / "out", cancel=token)
    assert list((tmp_path / "out").glob("*.json")) == []
    assert controller.backups.list() == []


def test_verify_inspect_and_errors(controller: Controller, tmp_path: Path) -> None:
    _keys(controller, "a")
    (record,) = controller.backups.create(["a"], "bp", tmp_path / "a.json")
    (info,) = controller.backups.inspect(tmp_path / "a.json")
    assert info.key_id == "a"
    # create read the file back with its passphrase: that counts as a check.
    assert controller.backups.list()[0].last_verified == record.created
    with pytest.raises(WrongPassphraseError):
        controller.backups.verify(tmp_path / "a.json", "wrong")
    assert controller.backups.list()[0].last_verified == record.created
    entries = len(controller.audit.list())
    (checked,) = controller.backups.verify(tmp_path / "a.json", "bp")
    assert checked.fingerprint == info.fingerprint
    assert controller.backups.list()[0].last_verified > record.created
    assert len(controller.audit.list()) == entries + 1
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(BackupFormatError):
        controller.backups.inspect(tmp_path / "bad.json")
    with pytest.raises(InvalidInputError, match="does not exist"):
        controller.backups.verify(tmp_path / "missing.json", "bp")
    assert record.key_ids == ("a",)


def test_restore_after_delete(controller: Controller, tmp_path: Path) -> None:
    pairs = _keys(controller, "a")
    controller.backups.create(["a"], "bp", tmp_path)
    controller.keys.delete("a")
    (outcome,) = controller.backups.restore(tmp_path / "a-backup.json", "bp")
    assert (outcome.source_key_id, outcome.key_id, outcome.action) == (
        "a",
        "a",
        RestoreAction.RESTORED,
    )
    restored = controller.keys.get("a")
    assert restored.name == "A"
    assert controller.vault.unseal("a", "bp") == pairs["a"]  # the backup's passphrase


def test_restore_conflicts(controller: Controller, tmp_path: Path) -> None:
    pairs = _keys(controller, "a")
    controller.backups.create(["a"], "bp", tmp_path)
    backup = tmp_path / "a-backup.json"
    restore = controller.backups.restore
    assert restore(backup, "bp")[0].action is RestoreAction.SKIPPED
    renamed = restore(backup, "bp", on_conflict=ConflictPolicy.RENAME)[0]
    assert (renamed.key_id, renamed.action) == ("a-2", RestoreAction.RENAMED)
    assert restore(backup, "bp", on_conflict="rename")[0].key_id == "a-3"  # type: ignore[arg-type]
    controller.keys.generate("b", passphrase="pw")
    over = restore(backup, "bp", key_id="b", on_conflict=ConflictPolicy.OVERWRITE)[0]
    assert (over.key_id, over.action) == ("b", RestoreAction.OVERWRITTEN)
    assert controller.vault.unseal("b", "bp") == pairs["a"]
    assert not controller.keys.is_unlocked("b")  # the old b's cached pair is gone


def test_restore_chooses_per_key_in_a_bundle(controller: Controller, tmp_path: Path) -> None:
    pairs = _keys(controller, "a", "b", "c")
    controller.backups.create(["a", "b", "c"], "bp", tmp_path / "all.tar.gz", bundle=True)
    replaced = controller.keys.get("b")
    outcomes = controller.backups.restore(
        tmp_path / "all.tar.gz",
        "bp",
        on_conflict=ConflictPolicy.RENAME,
        policies={"a": ConflictPolicy.SKIP, "b": ConflictPolicy.OVERWRITE},
    )
    assert [(o.key_id, o.action) for o in outcomes] == [
        ("a", RestoreAction.SKIPPED),
        ("b", RestoreAction.OVERWRITTEN),
        ("c-2", RestoreAction.RENAMED),  # not in the map: on_conflict applies
    ]
    assert controller.vault.unseal("a", "pw") == pairs["a"]
    assert controller.vault.unseal("b", "bp") == pairs["b"]
    assert controller.vault.unseal("c-2", "bp") == pairs["c"]
    assert not controller.keys.is_unlocked("b")
    restores = controller.audit.list(kind=AuditKind.RESTORE)
    assert [e.details["on_conflict"] for e in restores] == ["skip", "overwrite", "rename"]
    (deleted,) = controller.audit.list(kind=AuditKind.DELETE)
    assert (deleted.key_id, deleted.details["fingerprint"]) == ("b", replaced.fingerprint)


def test_restore_with_a_new_passphrase_and_id(controller: Controller, tmp_path: Path) -> None:
    pair = KeyPair.generate()
    (tmp_path / "x.json").write_bytes(seal_key(pair, "bp", key_id="orig", kdf=CHEAP_KDF))
    (outcome,) = controller.backups.restore(
        tmp_path / "x.json", "bp", key_id="renamed", new_passphrase="new"
    )
    assert outcome.key_id == "renamed"
    assert controller.vault.unseal("renamed", "new") == pair
    with pytest.raises(InvalidInputError, match="key id"):
        controller.backups.restore(tmp_path / "x.json", "bp", key_id="Bad Id")


def test_restore_a_bundle_is_all_or_nothing(controller: Controller, tmp_path: Path) -> None:
    good = seal_key(KeyPair.generate(), "bp", key_id="one", kdf=CHEAP_KDF)
    other = seal_key(KeyPair.generate(), "different", key_id="two", kdf=CHEAP_KDF)
    write_bundle(tmp_path / "mixed.tar.gz", [("one", good), ("two", other)])
    with pytest.raises(WrongPassphraseError):
        controller.backups.restore(tmp_path / "mixed.tar.gz", "bp")
    assert controller.keys.list() == []
    with pytest.raises(InvalidInputError, match="single-key"):
        controller.backups.restore(tmp_path / "mixed.tar.gz", "bp", key_id="x")
    third = seal_key(KeyPair.generate(), "bp", key_id="three", kdf=CHEAP_KDF)
    write_bundle(tmp_path / "ok.tar.gz", [("one", good), ("three", third)])
    seen: list[tuple[int, int]] = []
    outcomes = controller.backups.restore(
        tmp_path / "ok.tar.gz", "bp", progress=lambda d, t: seen.append((d, t))
    )
    assert [o.key_id for o in outcomes] == ["one", "three"]
    assert seen[-1] == (4, 4)


def test_restore_a_backup_with_an_unusable_key_id(controller: Controller, tmp_path: Path) -> None:
    data = seal_key(KeyPair.generate(), "bp", key_id="Production Key!", kdf=CHEAP_KDF)
    (tmp_path / "p.json").write_bytes(data)
    (outcome,) = controller.backups.restore(tmp_path / "p.json", "bp")
    assert (outcome.source_key_id, outcome.key_id) == ("Production Key!", "production-key")


def _rotated_twice(controller: Controller, document: Path) -> KeyRecord:
    """Key k at version 3, `document` signed by version 1."""
    controller.keys.generate("k", passphrase="pw", name="K", description="Releases")
    document.write_text("signed by version 1\n")
    controller.signing.sign_files("k", [document])
    controller.rotation.rotate("k", "pw")
    controller.rotation.rotate("k", "pw")
    return controller.keys.get("k")


def _shape(record: KeyRecord) -> list[tuple[int, VersionStatus, PublicKey, datetime]]:
    return [
        (v.version, v.status, v.public_key, v.created.replace(microsecond=0))
        for v in record.versions
    ]


@pytest.mark.parametrize("target_name", ["k.json", "all.tar.gz"])
def test_backup_and_restore_bring_back_every_version(
    controller: Controller, tmp_path: Path, target_name: str
) -> None:
    document = tmp_path / "release.txt"
    before = _rotated_twice(controller, document)
    password = controller.passwords.derive("k", "example.com")
    target = tmp_path / target_name
    controller.backups.create(["k"], "bp", target, bundle=target_name.endswith(".tar.gz"))
    (info,) = controller.backups.inspect(target)
    assert info.version == 3 and info.fingerprint == before.fingerprint
    assert [(a.version, a.status, a.fingerprint) for a in info.archived] == [
        (v.version, "archived", v.fingerprint) for v in before.versions[:2]
    ]
    controller.keys.delete("k")
    (outcome,) = controller.backups.restore(target, "bp")
    assert (outcome.key_id, outcome.action) == ("k", RestoreAction.RESTORED)
    after = controller.keys.get("k")
    assert _shape(after) == _shape(before)
    assert after.current.version == 3 and after.description == "Releases"
    (row,) = controller.signing.verify_files([document])
    assert (row.status, row.key_id, row.key_version) == (VerificationStatus.VALID, "k", 1)
    controller.keys.unlock("k", "bp")  # restored under the backup's passphrase
    assert controller.keys.key_pair("k", 1).public == before.versions[0].public_key
    assert controller.passwords.derive("k", "example.com") == password


def test_archived_versions_must_be_unlocked_to_back_up(
    controller: Controller, tmp_path: Path
) -> None:
    _rotated_twice(controller, tmp_path / "release.txt")
    controller.keys.lock_all()
    controller.keys.cache.put("k", 3, controller.vault.unseal("k", "pw", 3))
    assert not controller.keys.is_unlocked("k")
    with pytest.raises(PassphraseRequiredError, match="Key k is locked"):
        controller.backups.create(["k"], "bp", tmp_path / "k.json")
    controller.keys.unlock("k", "pw")
    controller.backups.create(["k"], "bp", tmp_path / "k.json")


def test_expired_versions_are_left_out(controller: Controller, tmp_path: Path) -> None:
    before = _rotated_twice(controller, tmp_path / "release.txt")
    controller.rotation.expire("k", 1)
    controller.backups.create(["k"], "bp", tmp_path / "k.json")
    controller.keys.delete("k")
    controller.backups.restore(tmp_path / "k.json", "bp")
    after = controller.keys.get("k")
    assert _shape(after) == _shape(before)[1:]


def test_the_datafold_sdk_preset_carries_the_versions_too(
    controller: Controller, tmp_path: Path
) -> None:
    before = _rotated_twice(controller, tmp_path / "release.txt")
    target = tmp_path / "sdk.json"
    controller.backups.create(["k"], "bp", target, preset=BackupPreset.DATAFOLD_SDK)
    doc = json.loads(target.read_bytes())
    assert "salt" not in doc and doc["metadata"]["public_key"] == before.public_key.hex
    assert (doc["kdf"], doc["encryption"]) == ("pbkdf2", "aes-gcm")
    archive = doc["keyfold_archive"]
    assert len(base64.b64decode(archive["nonce"])) == 12  # AES-GCM's, like the top level
    assert len(base64.b64decode(archive["versions"])) == 2 * 45
    controller.keys.delete("k")
    controller.backups.restore(target, "bp")
    assert _shape(controller.keys.get("k")) == _shape(before)


def test_restore_renames_with_the_versions(controller: Controller, tmp_path: Path) -> None:
    before = _rotated_twice(controller, tmp_path / "release.txt")
    controller.backups.create(["k"], "bp", tmp_path / "k.json")
    (outcome,) = controller.backups.restore(
        tmp_path / "k.json", "bp", on_conflict=ConflictPolicy.RENAME
    )
    assert outcome.key_id == "k-2"
    assert _shape(controller.keys.get("k-2")) == _shape(before)


def test_backups_are_in_the_audit_trail(controller: Controller, tmp_path: Path) -> None:
    pairs = _keys(controller, "a", "b")
    controller.backups.create(["a", "b"], "bp", tmp_path / "all.tar.gz", bundle=True)
    controller.backups.verify(tmp_path / "all.tar.gz", "bp")
    controller.keys.delete("b")
    outcomes = controller.backups.restore(tmp_path / "all.tar.gz", "bp")
    assert [(o.key_id, o.action) for o in outcomes] == [
        ("a", RestoreAction.SKIPPED),
        ("b", RestoreAction.RESTORED),
    ]
    backups = controller.audit.list(kind=AuditKind.BACKUP)
    assert [(e.key_id, e.details["action"]) for e in backups] == [
        ("a", "create"),
        ("b", "create"),
        ("a", "verify"),
        ("b", "verify"),
    ]
    assert backups[0].details["bundle"] == "true"
    assert backups[0].details["path"] == str((tmp_path / "all.tar.gz").resolve())
    assert backups[0].details["fingerprint"] == pairs["a"].public.fingerprint
    restores = controller.audit.list(kind=AuditKind.RESTORE)
    assert [(e.key_id, e.version, e.details["action"]) for e in restores] == [
        ("a", None, "skipped"),
        ("b", 1, "restored"),
    ]
    assert "bp" not in repr(controller.audit.list())
    assert controller.audit.verify().ok


# --- limits and read-back (issue 11) ----------------------------------------------


def test_a_key_rotated_258_times_backs_up_and_restores(
    controller: Controller, tmp_path: Path
) -> None:
    _keys(controller, "k")
    controller.rotation.rotate("k", "pw")
    for _ in range(257):  # the vault's own step of a rotation, without the journal
        controller.vault.add_version("k", KeyPair.generate(), "pw")
    controller.keys.unlock("k", "pw")
    before = controller.keys.get("k")
    target = tmp_path / "k.json"
    controller.backups.create(["k"], "bp", target)
    assert controller.keys.get("k").backup_is_current
    assert len(controller.backups.verify(target, "bp")[0].archived) == 258
    controller.keys.delete("k")
    controller.backups.restore(target, "bp")
    assert _shape(controller.keys.get("k")) == _shape(before)


def test_a_backup_that_does_not_read_back_is_deleted_and_not_recorded(
    controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyfold.controller import backups as module

    _keys(controller, "a")
    real_write = module.atomic_write

    def failing_disk(target: Path, data: bytes) -> None:
        # A disk that flips one bit of what it stores.
        damaged = bytearray(data)
        damaged[data.index(b'"ciphertext": "') + 20] ^= 1
        real_write(target, bytes(damaged))

    monkeypatch.setattr(module, "atomic_write", failing_disk)
    target = tmp_path / "a.json"
    with pytest.raises(StorageError, match=r"did not read back .*deleted"):
        controller.backups.create(["a"], "bp", target)
    assert not target.exists()
    assert controller.backups.list() == []
    assert not controller.keys.get("a").backup_is_current
    assert controller.audit.list(kind=AuditKind.BACKUP) == []


def test_a_bundle_derives_one_key_for_all_its_entries(
    controller: Controller, tmp_path: Path
) -> None:
    _keys(controller, "a", "b", "c")
    controller.backups.create(["a", "b", "c"], "bp", tmp_path / "all.tar.gz", bundle=True)
    salts = {json.loads(data)["salt"] for _, data in read_bundle(tmp_path / "all.tar.gz")}
    assert len(salts) == 1


def test_a_bundle_over_the_kdf_budget_is_refused_before_deriving(
    controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyfold.core.backup import kdf

    dear = kdf.KdfParams.argon2id(memory_kib=65536, iterations=48)  # at the per-file budget
    pairs = [KeyPair.generate() for _ in range(3)]
    monkeypatch.setattr(kdf, "hash_secret_raw", lambda *a, **k: bytes(32))  # seal cheaply
    entries = [
        (f"k{n}", seal_key(pair, "bp", key_id=f"k{n}", kdf=dear)) for n, pair in enumerate(pairs)
    ]
    write_bundle(tmp_path / "dear.tar.gz", entries)
    monkeypatch.setattr(kdf, "hash_secret_raw", lambda *a, **k: pytest.fail("derived"))
    with pytest.raises(BackupFormatError, match="Split the bundle"):
        controller.backups.restore(tmp_path / "dear.tar.gz", "bp")
    assert controller.keys.list() == []


def test_metadata_over_the_limits_is_refused_where_it_enters(
    controller: Controller, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInputError, match="the limit is 200"):
        controller.keys.generate("a", passphrase="pw", name="n" * 100_000)
    _keys(controller, "a")
    with pytest.raises(InvalidInputError, match="the limit is 4000"):
        controller.keys.update_metadata("a", description="d" * 4001)
    with pytest.raises(InvalidInputError, match="tags"):
        controller.keys.update_metadata("a", tags=[f"t{n}" for n in range(33)])
    assert controller.keys.get("a").name == "A"


def test_a_backup_with_a_huge_name_is_refused_on_restore(
    controller: Controller, tmp_path: Path
) -> None:
    # Another writer's file: the standard format has no limit of its own.
    data = seal_key(KeyPair.generate(), "bp", key_id="big", name="x", kdf=CHEAP_KDF)
    doc = json.loads(data)
    doc["metadata"]["name"] = doc["metadata"]["label"] = "x" * 900_000
    (tmp_path / "big.json").write_text(json.dumps(doc))
    with pytest.raises(InvalidInputError, match=r"The name of big in the backup .* limit is 200"):
        controller.backups.restore(tmp_path / "big.json", "bp")
    assert controller.keys.list() == []


def test_restoring_and_unlocking_many_versions_derives_the_passphrase_once(
    controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyfold.core.backup import kdf

    older = [
        ArchivedKey(n, "archived", datetime(2020, 1, 1) + timedelta(days=n), KeyPair.generate())
        for n in range(1, 41)
    ]
    data = seal_key(
        KeyPair.generate(), "bp", key_id="long", kdf=CHEAP_KDF, version=41, archived=older
    )
    (tmp_path / "long.json").write_bytes(data)
    calls: list[bytes] = []
    real = kdf.hash_secret_raw

    def counting(secret: bytes, salt: bytes, **kwargs: Any) -> bytes:
        calls.append(salt)
        return real(secret, salt, **kwargs)

    monkeypatch.setattr(kdf, "hash_secret_raw", counting)
    controller.backups.restore(tmp_path / "long.json", "bp", new_passphrase="pw")
    assert len(calls) == 2  # the backup's key, then the vault's one salt for 41 versions
    controller.keys.lock("long")
    calls.clear()
    controller.keys.unlock("long", "pw")
    assert len(calls) == 1
    controller.rotation.rotate("long", "pw")
    calls.clear()
    controller.keys.lock("long")
    controller.keys.unlock("long", "pw")
    assert len(calls) == 1  # the rotated version joined the key's salt


def test_restored_keys_are_backed_up_by_the_file_they_came_from(
    controller: Controller, tmp_path: Path
) -> None:
    _keys(controller, "a", "b")
    controller.backups.create(["a"], "bp", tmp_path / "made")
    controller.keys.delete("a")
    controller.backups.restore(tmp_path / "made" / "a-backup.json", "bp")
    restored = controller.keys.get("a")
    assert restored.last_backup is not None and restored.backup_is_current
    # A file this vault never wrote (copied from elsewhere) counts too, dated by the file.
    controller.backups.create(["b"], "bp", tmp_path / "b.json")
    foreign = tmp_path / "from-a-colleague.json"
    foreign.write_bytes((tmp_path / "b.json").read_bytes())
    controller.keys.delete("b")
    controller.backups.restore(foreign, "bp")
    b = controller.keys.get("b")
    assert b.backup_is_current
    listed = {Path(r.path).name: r for r in controller.backups.list()}
    assert listed["from-a-colleague.json"].key_ids == ("b",)
    assert listed["from-a-colleague.json"].last_verified is not None


def test_create_checked_returns_what_the_read_back_opened(
    controller: Controller, tmp_path: Path
) -> None:
    pairs = _keys(controller, "a", "b")
    # A folder whose name is not UTF-8: the read-back opens the real path,
    # never the escaped one the vault stores for display.
    folder = tmp_path / os.fsdecode(b"bad\xff\xfename")
    created = controller.backups.create_checked(["a", "b"], "bp", folder, bundle=True)
    (record,) = created.records
    (opened,) = created.opened
    assert {info.key_id: info.fingerprint for info in opened} == {
        key_id: pair.public.fingerprint for key_id, pair in pairs.items()
    }
    assert record.last_verified == record.created
    assert [e.kind for e in controller.audit.list()].count(AuditKind.BACKUP) == 2
