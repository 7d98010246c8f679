"""Tests for SigningService over a real vault: files, messages, trusted keys, usage."""

import os
from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.controller.signature_files import start_hashing, start_verify_hashing
from keyfold.controller.signing import (
    SignatureExistsError,
    SignerSource,
    VerificationStatus,
)
from keyfold.core.atomic_files import atomic_write
from keyfold.core.audit import AuditKind
from keyfold.core.errors import (
    InvalidInputError,
    KeyNotFoundError,
    OperationCancelledError,
    PassphraseRequiredError,
    SignatureFormatError,
    StorageError,
    WrongPassphraseError,
)
from keyfold.core.keys import KeyPair, PublicKeyFormat
from keyfold.core.progress import CancelToken
from keyfold.core.signing import VerifyingKey, read_signature_file, sign_file
from keyfold.core.signing.hashing import HashJob
from tests.conftest import run_minisign

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def key_id(controller: Controller) -> str:
    return controller.keys.generate("alice", passphrase=PASSPHRASE, name="Alice").key_id


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "files"
    folder.mkdir()
    paths = []
    for index, size in enumerate([0, 1, 200_000]):
        path = folder / f"f{index}.bin"
        path.write_bytes(os.urandom(size))
        paths.append(path)
    return paths


def test_sign_files_writes_signatures_that_verify(
    controller: Controller, key_id: str, files: list[Path]
) -> None:
    reports: list[tuple[int, int]] = []
    signed = controller.signing.sign_files(
        key_id, files, progress=lambda d, t: reports.append((d, t))
    )
    assert [s.signature_path for s in signed] == [Path(f"{p}.minisig") for p in files]
    assert reports[-1] == (200_001, 200_001)
    record = controller.keys.get(key_id)
    for entry in signed:
        assert entry.fingerprint == record.fingerprint and entry.version == 1
        assert entry.trusted_comment.endswith(f"file:{entry.path.name}\thashed")
        assert entry.signature_path.stat().st_mode & 0o777 == 0o644
    rows = controller.signing.verify_files(files)
    assert [r.status for r in rows] == [VerificationStatus.VALID] * 3
    assert rows[0].signer_name == "Alice" and rows[0].key_id == key_id
    assert rows[0].source is SignerSource.VAULT and rows[0].fingerprint == record.fingerprint
    assert rows[0].timestamp == signed[0].timestamp and not rows[0].legacy


@pytest.mark.minisign
def test_minisign_accepts_signatures_from_the_service(
    controller: Controller, key_id: str, files: list[Path]
) -> None:
    folder = files[0].parent
    (folder / "alice.pub").write_text(
        controller.keys.export_public(key_id, PublicKeyFormat.MINISIGN)
    )
    controller.signing.sign_files(key_id, files)
    for path in files:
        result = run_minisign("-Vm", path.name, "-p", "alice.pub", cwd=folder)
        assert result.returncode == 0, result.stderr


def test_existing_signature_is_not_overwritten_without_asking(
    controller: Controller, key_id: str, files: list[Path]
) -> None:
    controller.signing.sign_files(key_id, files[:1])
    before = Path(f"{files[0]}.minisig").read_bytes()
    assert controller.signing.existing_signatures(files) == [Path(f"{files[0]}.minisig")]
    with pytest.raises(SignatureExistsError, match=r"f0\.bin\.minisig exists already") as caught:
        controller.signing.sign_files(key_id, files)
    assert caught.value.paths == (Path(f"{files[0]}.minisig"),)
    assert not Path(f"{files[1]}.minisig").exists()
    assert Path(f"{files[0]}.minisig").read_bytes() == before
    controller.signing.sign_files(key_id, files, overwrite=True)
    assert all(Path(f"{p}.minisig").exists() for p in files)


def test_output_dir_and_duplicate_names(
    controller: Controller, key_id: str, files: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out" / "sigs"
    signed = controller.signing.sign_files(key_id, files, output_dir=out)
    assert [s.signature_path for s in signed] == [out / f"{p.name}.minisig" for p in files]
    rows = controller.signing.verify_files([files[2]], signature=out / "f2.bin.minisig")
    assert rows[0].valid
    twin = tmp_path / "twin"
    twin.mkdir()
    (twin / "f0.bin").write_bytes(b"x")
    with pytest.raises(InvalidInputError, match="share the signature"):
        controller.signing.sign_files(key_id, [files[0], twin / "f0.bin"], output_dir=out)


def test_folders_sign_their_files_but_not_signatures_or_hidden(
    controller: Controller, key_id: str, files: list[Path]
) -> None:
    folder = files[0].parent
    (folder / ".hidden").write_bytes(b"h")
    (folder / "sub").mkdir()
    (folder / "sub" / "deep.txt").write_bytes(b"d")
    (folder / "old.minisig").write_bytes(b"x")
    signed = controller.signing.sign_files(key_id, [folder])
    assert len(signed) == 4
    with pytest.raises(InvalidInputError, match="no files to sign"):
        controller.signing.sign_files(key_id, [folder / "sub" / "empty"] * 0)


def test_locked_key_signs_nothing(controller: Controller, key_id: str, files: list[Path]) -> None:
    controller.keys.lock(key_id)
    with pytest.raises(PassphraseRequiredError, match=key_id):
        controller.signing.sign_files(key_id, files)
    assert not any(Path(f"{p}.minisig").exists() for p in files)
    controller.keys.unlock(key_id, PASSPHRASE)
    assert len(controller.signing.sign_files(key_id, files)) == 3


def test_a_passphrase_unlocks_while_the_files_hash(
    controller: Controller, key_id: str, files: list[Path]
) -> None:
    controller.keys.lock(key_id)
    signed = controller.signing.sign_files(key_id, files, passphrase=PASSPHRASE)
    assert [entry.path for entry in signed] == files
    assert controller.keys.is_unlocked(key_id)
    report = controller.signing.verify_files(files)
    assert {row.status for row in report} == {VerificationStatus.VALID}


def test_a_wrong_passphrase_while_hashing_signs_nothing(
    controller: Controller, key_id: str, files: list[Path]
) -> None:
    controller.keys.lock(key_id)
    with pytest.raises(WrongPassphraseError):
        controller.signing.sign_files(key_id, files, passphrase="not it")
    assert not any(path.with_name(path.name + ".minisig").exists() for path in files)
    assert not controller.keys.is_unlocked(key_id)


def test_cancel_writes_nothing(controller: Controller, key_id: str, files: list[Path]) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelledError):
        controller.signing.sign_files(key_id, files, cancel=token)
    assert not any(Path(f"{p}.minisig").exists() for p in files)
    assert controller.signing.signature_count(key_id) == 0


def test_usage_counts_every_signature_per_version(
    controller: Controller, key_id: str, files: list[Path]
) -> None:
    controller.signing.sign_files(key_id, files)
    controller.signing.sign_message(key_id, "hello")
    usage = controller.signing.usage(key_id)
    assert [(u.version, u.signatures) for u in usage] == [(1, 4)]
    assert usage[0].last_used is not None
    new_pair = KeyPair.generate()
    controller.vault.add_version(key_id, new_pair, PASSPHRASE)
    controller.keys.unlock(key_id, PASSPHRASE)
    controller.signing.sign_message(key_id, "again")
    assert [(u.version, u.signatures) for u in controller.signing.usage(key_id)] == [
        (1, 4),
        (2, 1),
    ]
    assert controller.signing.signature_count(key_id) == 5
    # A signature by the archived version still verifies, naming that version.
    rows = controller.signing.verify_files(files[:1])
    assert rows[0].valid and rows[0].key_version == 1


def test_verify_reports_each_problem_per_file(
    controller: Controller, key_id: str, files: list[Path], tmp_path: Path
) -> None:
    controller.signing.sign_files(key_id, files)
    folder = files[0].parent
    # tampered file
    files[1].write_bytes(b"Z")
    # tampered trusted comment
    sig2 = Path(f"{files[2]}.minisig")
    sig2.write_bytes(sig2.read_bytes().replace(b"timestamp:", b"timestamp:9"))
    # signed by a key nobody knows
    stranger = folder / "stranger.bin"
    stranger.write_bytes(b"s")
    Path(f"{stranger}.minisig").write_bytes(sign_file(KeyPair.generate(), stranger).to_bytes())
    # malformed, missing signature, missing file
    broken = folder / "broken.bin"
    broken.write_bytes(b"b")
    Path(f"{broken}.minisig").write_bytes(b"untrusted comment: x\nAAAA\n")
    unsigned = folder / "unsigned.bin"
    unsigned.write_bytes(b"u")
    orphan = folder / "gone.bin.minisig"
    orphan.write_bytes(Path(f"{files[0]}.minisig").read_bytes())
    rows = controller.signing.verify_files(
        [files[0], Path(f"{files[0]}.minisig"), files[1], sig2, stranger, broken, unsigned, orphan]
    )
    by_name = {row.path.name: row for row in rows}
    assert len(rows) == 7
    assert by_name["f0.bin"].status is VerificationStatus.VALID
    assert by_name["f1.bin"].status is VerificationStatus.INVALID
    assert "does not match its signature" in by_name["f1.bin"].reason
    assert by_name["f1.bin"].signer_name == "Alice"
    assert by_name["f2.bin"].status is VerificationStatus.INVALID
    assert "trusted comment" in by_name["f2.bin"].reason
    assert by_name["stranger.bin"].status is VerificationStatus.UNKNOWN_KEY
    assert "No vault key or trusted key has the key number" in by_name["stranger.bin"].reason
    assert by_name["broken.bin"].status is VerificationStatus.MALFORMED
    assert "broken.bin.minisig" in by_name["broken.bin"].reason
    assert by_name["unsigned.bin"].status is VerificationStatus.MISSING_SIGNATURE
    assert by_name["gone.bin"].status is VerificationStatus.MISSING_FILE
    # The parse error is the core's one sentence.
    with pytest.raises(SignatureFormatError, match=r"broken\.bin\.minisig"):
        read_signature_file(Path(f"{broken}.minisig"))


def test_verify_with_a_given_key_or_key_id(
    controller: Controller, key_id: str, files: list[Path]
) -> None:
    other = controller.keys.generate("bob", passphrase="pw", name="Bob")
    controller.signing.sign_files(key_id, files[:1])
    assert controller.signing.verify_files(files[:1], key_id=key_id)[0].valid
    row = controller.signing.verify_files(files[:1], key_id=other.key_id)[0]
    assert row.status is VerificationStatus.UNKNOWN_KEY
    alice = controller.keys.get(key_id).public_key
    given = controller.signing.verify_files(files[:1], public_key=alice)[0]
    assert given.valid and given.source is SignerSource.GIVEN
    wrong = controller.signing.verify_files(files[:1], public_key=other.public_key)[0]
    assert wrong.status is VerificationStatus.UNKNOWN_KEY
    assert wrong.reason == "The signature was not made by the given key."
    numbered = VerifyingKey(other.public_key, other.public_key.key_number)
    wrong = controller.signing.verify_files(files[:1], public_key=numbered)[0]
    assert wrong.status is VerificationStatus.UNKNOWN_KEY
    assert f"not by key {other.public_key.key_number_hex}" in wrong.reason
    with pytest.raises(KeyNotFoundError):
        controller.signing.verify_files(files[:1], key_id="nobody")


@pytest.mark.minisign
@pytest.mark.parametrize("legacy", [False, True])
def test_trusted_minisign_key_verifies_minisign_signatures(
    controller: Controller, files: list[Path], legacy: bool
) -> None:
    folder = files[0].parent
    assert run_minisign("-G", "-W", "-p", "m.pub", "-s", "m.key", cwd=folder).returncode == 0
    flags = ["-l"] if legacy else []
    result = run_minisign("-S", *flags, "-s", "m.key", "-m", files[2].name, cwd=folder)
    assert result.returncode == 0, result.stderr
    row = controller.signing.verify_files(files[2:])[0]
    assert row.status is VerificationStatus.UNKNOWN_KEY
    trusted = controller.signing.import_trusted((folder / "m.pub").read_bytes(), " Mini  Sign ")
    assert trusted.name == "Mini Sign"
    row = controller.signing.verify_files(files[2:])[0]
    assert row.valid and row.legacy is legacy
    assert row.signer_name == "Mini Sign" and row.source is SignerSource.TRUSTED
    assert row.key_number == trusted.key_number_hex


def test_trusted_keys_without_key_number_match_by_signature(
    controller: Controller, files: list[Path]
) -> None:
    pair = KeyPair.generate()
    Path(f"{files[0]}.minisig").write_bytes(sign_file(pair, files[0]).to_bytes())
    controller.signing.import_trusted(pair.public.export(PublicKeyFormat.OPENSSH).encode(), "Carol")
    row = controller.signing.verify_files(files[:1])[0]
    assert row.valid and row.signer_name == "Carol"
    files[0].write_bytes(b"changed")
    assert controller.signing.verify_files(files[:1])[0].status is VerificationStatus.UNKNOWN_KEY


def test_messages(controller: Controller, key_id: str) -> None:
    signature = controller.signing.sign_message(key_id, "pay 5 € to Bob")
    assert controller.keys.get(key_id).public_key.verify(signature, "pay 5 € to Bob".encode())
    found = controller.signing.verify_message("pay 5 € to Bob", signature)
    assert found.valid and found.key_id == key_id and found.signer_name == "Alice"
    assert not controller.signing.verify_message("pay 50 € to Bob", signature).valid
    stranger = KeyPair.generate()
    foreign = stranger.sign(b"hi")
    assert not controller.signing.verify_message("hi", foreign).valid
    controller.signing.import_trusted(stranger.public.hex.encode(), "Stranger")
    trusted = controller.signing.verify_message("hi", foreign)
    assert trusted.valid and trusted.source is SignerSource.TRUSTED
    given = controller.signing.verify_message("hi", foreign, public_key=stranger.public)
    assert given.valid and given.source is SignerSource.GIVEN
    mismatch = controller.signing.verify_message("hi", foreign, key_id=key_id)
    assert not mismatch.valid and "this message and key" in mismatch.reason


def test_signing_and_verifying_are_in_the_audit_trail(
    controller: Controller, key_id: str, files: list[Path]
) -> None:
    signing = controller.signing
    signing.sign_files(key_id, files[:2])
    signature = signing.sign_message(key_id, "hello")
    stranger = KeyPair.generate()
    foreign = files[2].with_name("foreign.bin")
    foreign.write_bytes(b"from someone else")
    Path(f"{foreign}.minisig").write_bytes(sign_file(stranger, foreign).to_bytes())
    rows = signing.verify_files([*files[:2], foreign])
    assert [row.key_id for row in rows] == [key_id, key_id, None]
    assert signing.verify_message("hello", signature).valid
    assert not signing.verify_message("other", signature, key_id=key_id).valid
    signing.import_trusted(stranger.public.hex.encode(), "Stranger")
    signing.remove_trusted("Stranger")

    audit = controller.audit
    signs = audit.list(kind=AuditKind.SIGN)
    assert [(e.key_id, e.version, e.details["action"], e.details["count"]) for e in signs] == [
        (key_id, 1, "files", "2"),
        (key_id, 1, "message", "1"),
    ]
    verifies = audit.list(kind=AuditKind.VERIFY)
    assert [(e.key_id, e.version, e.details["status"]) for e in verifies] == [
        (key_id, 1, "valid"),
        (key_id, 1, "valid"),
        (key_id, 1, "valid"),
        (key_id, None, "invalid"),
    ]
    assert verifies[0].details["file"] == str(files[0])
    trust = audit.list(kind=AuditKind.TRUST) + audit.list(kind=AuditKind.UNTRUST)
    assert [(e.kind, e.key_id, e.details["trusted"]) for e in trust] == [
        (AuditKind.TRUST, None, "Stranger"),
        (AuditKind.UNTRUST, None, "Stranger"),
    ]
    assert trust[0].details["fingerprint"] == stranger.public.fingerprint
    assert audit.usage(key_id).version(1).verifications == 3
    assert audit.verify().ok


def test_signatures_are_taken_back_when_their_audit_entry_fails(
    controller: Controller, key_id: str, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def vault_full(*args: object, **kwargs: object) -> None:
        raise StorageError("database or disk is full")

    controller.keys.unlock(key_id, PASSPHRASE)
    monkeypatch.setattr(controller.audit.log, "append_in", vault_full)
    with pytest.raises(StorageError, match="full"):
        controller.signing.sign_files(key_id, files)
    assert not any(Path(f"{path}.minisig").exists() for path in files)
    # The count shares the entry's transaction: it is rolled back with it.
    assert controller.signing.signature_count(key_id) == 0
    # The same for a message and for a signature made elsewhere (the SSH agent).
    with pytest.raises(StorageError, match="full"):
        controller.signing.sign_message(key_id, "hello")
    with pytest.raises(StorageError, match="full"):
        controller.signing.record_signature(key_id, 1, {"action": "ssh"})
    assert controller.signing.signature_count(key_id) == 0


def test_hashing_started_before_the_vault_signs_those_files(
    controller: Controller, key_id: str, files: list[Path]
) -> None:
    # The CLI's order: hashing first, then the passphrase and its unlock.
    hashing = start_hashing([files[0].parent])
    controller.keys.lock(key_id)
    signed = controller.signing.sign_files(
        key_id, [files[0].parent], passphrase=PASSPHRASE, hashing=hashing
    )
    assert [entry.path for entry in signed] == files
    assert {row.status for row in controller.signing.verify_files(files)} == {
        VerificationStatus.VALID
    }
    # One transaction for the count and the entry: both are there.
    assert controller.signing.signature_count(key_id) == 3
    assert [e.details["count"] for e in controller.audit.list(kind=AuditKind.SIGN)] == ["3"]


def test_hashing_started_early_stops_when_signing_is_refused(
    controller: Controller,
    key_id: str,
    files: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller.signing.sign_files(key_id, files[:1])
    hashing = start_hashing(files)
    stopped: list[bool] = []
    monkeypatch.setattr(hashing, "cancel", lambda: stopped.append(True))
    with pytest.raises(SignatureExistsError):
        controller.signing.sign_files(key_id, files, hashing=hashing)
    assert stopped


def test_a_failed_write_in_a_batch_leaves_no_signature(
    controller: Controller, key_id: str, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:

    def write(target: Path, data: bytes, mode: int) -> None:
        if target.name == "f1.bin.minisig":
            raise StorageError(f"Cannot write {target}: No space left on device.")
        atomic_write(target, data, mode)

    controller.keys.unlock(key_id, PASSPHRASE)
    monkeypatch.setattr("keyfold.controller.signing.atomic_write", write)
    with pytest.raises(StorageError, match="No space left"):
        controller.signing.sign_files(key_id, files)
    assert not any(Path(f"{path}.minisig").exists() for path in files)
    assert controller.signing.signature_count(key_id) == 0


def test_verify_uses_hashing_started_before_the_vault(
    controller: Controller, key_id: str, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.signing.sign_files(key_id, files[:2])
    # files[2] has no signature: it is reported, not hashed.
    hashing = start_verify_hashing(files)
    assert hashing.paths == files[:2]
    monkeypatch.setattr(HashJob, "__init__", lambda *a, **k: pytest.fail("hashed twice"))
    rows = controller.signing.verify_files(files, hashing=hashing)
    assert [row.status for row in rows] == [
        VerificationStatus.VALID,
        VerificationStatus.VALID,
        VerificationStatus.MISSING_SIGNATURE,
    ]


def test_verify_ignores_hashing_of_other_files(
    controller: Controller, key_id: str, files: list[Path]
) -> None:
    controller.signing.sign_files(key_id, files)
    other = start_verify_hashing(files[:1])
    rows = controller.signing.verify_files(files, hashing=other)
    assert {row.status for row in rows} == {VerificationStatus.VALID}
    files[1].write_bytes(b"changed")
    rows = controller.signing.verify_files(files, hashing=start_verify_hashing(files[:2]))
    assert [row.status for row in rows][:2] == [
        VerificationStatus.VALID,
        VerificationStatus.INVALID,
    ]
