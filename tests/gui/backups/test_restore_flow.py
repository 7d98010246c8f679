"""The restore wizard's flow logic, without Qt."""

from dataclasses import replace
from pathlib import Path

from keyfold.controller.backups import ConflictPolicy, RestoreAction, RestoreOutcome
from keyfold.core.backup import BackupInfo, CipherKind, KdfParams, inspect_backup
from keyfold.gui.backups import restore_flow as flow
from keyfold.gui.base.models.formatting import format_time
from tests.core.backup.sdk_vectors import PY_DATA, PY_VECTORS


def _info(key_id: str, warnings: tuple[str, ...] = ()) -> BackupInfo:
    return BackupInfo(
        key_id=key_id, name=key_id.title(), created=None, public_key=None, fingerprint="ab" * 32,
        layout="unified", kdf=KdfParams.pbkdf2(600_000), cipher=CipherKind.AES_GCM,
        warnings=warnings, metadata={},
    )  # fmt: skip


ONE = flow.InspectedFile(Path("/b/one.json"), (_info("one"),))
BUNDLE = flow.InspectedFile(Path("/b/all.tar.gz"), (_info("one"), _info("two")))
BROKEN = flow.InspectedFile(Path("/b/bad.json"), (), "The backup has no ciphertext.")


def test_conflicts_and_steps() -> None:
    existing = {"two"}
    assert flow.conflicts(BUNDLE, existing) == ["two"]
    assert flow.files_with_conflicts([ONE, BUNDLE, BROKEN], existing) == [(BUNDLE, ["two"])]
    assert flow.next_step(flow.Step.FILES, True) is flow.Step.CONFLICTS
    assert flow.next_step(flow.Step.FILES, False) is flow.Step.PASSPHRASE
    assert flow.next_step(flow.Step.SUMMARY, False) is None
    assert flow.usable_files([ONE, BROKEN]) == [ONE]


def test_overwrite_needs_a_confirmation_naming_the_keys() -> None:
    existing = {"one", "two"}
    choices = {
        (ONE.path, "one"): ConflictPolicy.SKIP,
        (BUNDLE.path, "one"): ConflictPolicy.OVERWRITE,
        (BUNDLE.path, "two"): ConflictPolicy.OVERWRITE,
    }
    warning = flow.overwrite_warning([ONE, BUNDLE], choices, existing)
    assert warning is not None and "Replace one, two in this vault" in warning
    choices[(BUNDLE.path, "one")] = ConflictPolicy.SKIP
    warning = flow.overwrite_warning([ONE, BUNDLE], choices, existing)
    assert warning is not None and "Replace two in this vault" in warning
    choices[(BUNDLE.path, "two")] = ConflictPolicy.RENAME
    assert flow.overwrite_warning([ONE, BUNDLE], choices, existing) is None


def test_choices_per_key_for_one_file() -> None:
    choices = {
        (ONE.path, "one"): ConflictPolicy.RENAME,
        (BUNDLE.path, "one"): ConflictPolicy.SKIP,
        (BUNDLE.path, "two"): ConflictPolicy.OVERWRITE,
    }
    assert flow.policies_for(BUNDLE.path, choices) == {
        "one": ConflictPolicy.SKIP,
        "two": ConflictPolicy.OVERWRITE,
    }
    assert flow.policies_for(Path("/b/other.json"), choices) == {}


def test_merge_replaces_a_file_chosen_twice() -> None:
    again = flow.InspectedFile(Path("/b/one.json"), (_info("one"), _info("uno")))
    merged = flow.merge_files([ONE, BUNDLE], [again])
    assert len(merged) == 2 and again in merged


def test_describe_in_plain_words() -> None:
    rows = dict(flow.describe(_info("one", ("Odd nonce.",))))
    assert rows["Key stretching"] == "PBKDF2-SHA256, 600,000 rounds"
    assert rows["Encryption"] == "AES-256-GCM"
    assert rows["Layout"] == "Unified layout (DataFold SDK)"
    assert rows["Warning"] == "Odd nonce."
    sdk = dict(flow.describe(replace(_info("one"), layout="datafold-js-rotation")))
    assert sdk["Layout"] == "DataFold JavaScript SDK rotation backup (JSON)"
    assert flow.describe_kdf(KdfParams.argon2id(65536, 3)) == "Argon2id, 64 MiB memory, 3 passes"
    assert flow.describe_kdf(KdfParams.argon2id(65536, 1)) == "Argon2id, 64 MiB memory, 1 pass"


def test_describe_a_python_sdk_backup() -> None:
    vector = PY_VECTORS[0]
    rows = dict(flow.describe(inspect_backup((PY_DATA / vector.file).read_bytes())))
    assert rows["Key stretching"] == "scrypt, N=32,768, r=8, p=1 (32 MiB)"
    assert rows["Encryption"] == "ChaCha20-Poly1305"
    assert rows["Layout"] == "Seed layout (DataFold key backup)"
    assert rows["Made"] == format_time(vector.created)  # not the SDK's "+00:00Z" text
    assert flow.describe_kdf(KdfParams.scrypt(1024, 1, 1)) == "scrypt, N=1,024, r=1, p=1 (128 KiB)"


def test_summary_lines() -> None:
    lines = flow.summary_lines(
        [(BUNDLE.path, [RestoreOutcome("one", "one", RestoreAction.RESTORED),
                        RestoreOutcome("two", "two-2", RestoreAction.RENAMED)])]
    )  # fmt: skip
    assert lines == [
        "one: restored (all.tar.gz)",
        "two as two-2: restored under a new ID (all.tar.gz)",
    ]
    sdk = RestoreOutcome("k", "k", RestoreAction.RESTORED, "datafold-js-rotation")
    assert flow.summary_lines([(Path("/b/r.json"), [sdk])]) == [
        "k: restored (r.json)",
        "    DataFold JavaScript SDK rotation backup (JSON)",
    ]


def test_describe_shows_ids_from_the_file_visibly() -> None:
    rows = dict(flow.describe(_info("a\nb\x1b[31mred")))
    assert rows["Key ID"] == "a\\x0ab\\x1b[31mred"
    assert "\x1b" not in rows["Name"] and "\\x0a" in rows["Name"]
