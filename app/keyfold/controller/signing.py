"""SigningService: sign and verify files and messages, trusted keys, signature usage."""

import contextlib
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.controller.signature_files import (
    SignaturePair,
    expand_files,
    make_output_dir,
    pair_files,
    refuse_shared_targets,
    signature_target,
)
from keyfold.controller.trusted_keys import TrustedKeyStore
from keyfold.core.atomic_files import atomic_write
from keyfold.core.audit import AuditKind, loggable_path
from keyfold.core.errors import (
    InvalidInputError,
    SignatureFormatError,
)
from keyfold.core.keys import PublicKey
from keyfold.core.progress import CancelToken, ProgressCallback
from keyfold.core.signing import (
    MinisignSignature,
    SignedContent,
    VerifyingKey,
    VerifyResult,
    legacy_content,
    read_signature_file,
    sign_digest,
    sign_message,
    verify_message,
    verify_signed,
)
from keyfold.core.vault import Vault
from keyfold.core.vault.tables import signature_usage
from keyfold.core.vault.tables.signature_usage import SignatureUsage
from keyfold.core.vault.tables.trusted_keys import TrustedKey

if TYPE_CHECKING:
    from keyfold.core.signing.hashing import HashJob

# Signatures are public: readable by others like minisign's own output.
SIGNATURE_FILE_MODE = 0o644
# Signature files written at once in a batch (measured here: 8 parallel
# writes took a fifth of the time of 8 in a row).
_WRITERS = 8


class SignatureExistsError(InvalidInputError):
    """A signature file is there already and overwriting was not asked for."""

    def __init__(self, message: str, paths: Sequence[Path]) -> None:
        super().__init__(message)
        self.paths = tuple(paths)


class VerificationStatus(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    UNKNOWN_KEY = "unknown_key"
    MISSING_SIGNATURE = "missing_signature"
    MISSING_FILE = "missing_file"
    MALFORMED = "malformed"


class SignerSource(StrEnum):
    VAULT = "vault"
    TRUSTED = "trusted"
    GIVEN = "given"


@dataclass(frozen=True)
class SignedFile:
    path: Path
    signature_path: Path
    key_id: str
    version: int
    fingerprint: str
    trusted_comment: str
    timestamp: datetime | None


@dataclass(frozen=True)
class FileVerification:
    """One row of a verification: a file, its signature, and who signed it."""

    path: Path
    signature_path: Path
    status: VerificationStatus
    reason: str
    signer_name: str | None = None
    key_id: str | None = None
    key_version: int | None = None
    fingerprint: str | None = None
    source: SignerSource | None = None
    key_number: str | None = None
    trusted_comment: str | None = None
    timestamp: datetime | None = None
    legacy: bool = False

    @property
    def valid(self) -> bool:
        return self.status is VerificationStatus.VALID


@dataclass(frozen=True)
class MessageVerification:
    valid: bool
    reason: str
    signer_name: str | None = None
    key_id: str | None = None
    key_version: int | None = None
    fingerprint: str | None = None
    source: SignerSource | None = None


@dataclass(frozen=True)
class _Candidate:
    public_key: PublicKey
    # None: the key came without a minisign key number (OpenSSH, hex).
    key_number: bytes | None
    name: str
    source: SignerSource
    key_id: str | None = None
    version: int | None = None


class SigningService:
    """minisign-format file signatures and message signatures over the vault's keys."""

    def __init__(
        self, vault: Vault, keys: KeyService, *, audit: AuditService | None = None
    ) -> None:
        self.vault = vault
        self.keys = keys
        self.audit = audit if audit is not None else keys.audit
        self.trusted = TrustedKeyStore(vault, self.audit)

    # Signing ---------------------------------------------------------------

    def signature_targets(
        self, paths: Sequence[Path], output_dir: Path | None = None
    ) -> list[Path]:
        """Where `sign_files` would write each file's signature (folders expanded)."""
        return [signature_target(path, output_dir) for path in expand_files(paths)]

    def existing_signatures(
        self, paths: Sequence[Path], output_dir: Path | None = None
    ) -> list[Path]:
        """Signature files that signing these files would overwrite: ask first."""
        return [target for target in self.signature_targets(paths, output_dir) if target.exists()]

    def sign_files(
        self,
        key_id: str,
        paths: Sequence[Path],
        *,
        output_dir: Path | None = None,
        overwrite: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        passphrase: str | None = None,
        hashing: "HashJob | None" = None,
    ) -> list[SignedFile]:
        """Write `FILE.minisig` beside each file (or into `output_dir`).

        Folders sign every file inside them. All files are hashed before any
        signature is written, so a cancel or an unreadable file writes none.
        With `passphrase` for a locked key, the key is unlocked (Argon2) on this
        thread while the files hash on the others; the key is needed only at
        the end. `hashing` is a job `start_hashing(paths)` began earlier (the
        CLI starts it before it opens the vault); its files are the ones
        signed, and it is stopped if signing fails.
        """
        try:
            return self._sign_files(
                key_id, paths, output_dir, overwrite, progress, cancel, passphrase, hashing
            )
        finally:
            if hashing is not None:
                hashing.cancel()

    def _sign_files(
        self,
        key_id: str,
        paths: Sequence[Path],
        output_dir: Path | None,
        overwrite: bool,
        progress: ProgressCallback | None,
        cancel: CancelToken | None,
        passphrase: str | None,
        hashing: "HashJob | None",
    ) -> list[SignedFile]:
        from keyfold.core.signing.hashing import HashJob

        version = self.vault.key_version(key_id)
        unlocking = None if self.keys.is_unlocked(key_id) else passphrase
        if unlocking is None:
            # Unlocked, unprotected, or locked without a passphrase (refused
            # here, before any file is read).
            self.keys.key_pair(key_id, version.version)
        files = hashing.paths if hashing is not None else expand_files(paths)
        if not files:
            raise InvalidInputError("There are no files to sign.")
        targets = [signature_target(path, output_dir) for path in files]
        refuse_shared_targets(targets)
        existing = [target for target in targets if target.exists()]
        if existing and not overwrite:
            if len(existing) == 1:
                what = f"The signature {existing[0]} exists already"
            else:
                what = f"The signatures {existing[0]} and {len(existing) - 1} more exist already"
            raise SignatureExistsError(f"{what}; choose to overwrite to sign again.", existing)
        if output_dir is not None:
            make_output_dir(output_dir)
        job = hashing if hashing is not None else HashJob(files)
        try:
            if unlocking is not None:
                # Argon2 releases the GIL: it runs here while the files hash
                # on the other threads. A wrong passphrase stops the hashing.
                self.keys.unlock(key_id, unlocking)
            key_pair = self.keys.key_pair(key_id, version.version)
            digests = job.result(progress=progress, cancel=cancel)
        finally:
            job.cancel()
        stamp = int(time.time())
        signatures = [
            sign_digest(key_pair, digest, file_name=path.name, timestamp=stamp)
            for path, digest in zip(files, digests, strict=True)
        ]
        if cancel is not None:
            cancel.check()
        signed = [
            SignedFile(
                path=path,
                signature_path=target,
                key_id=key_id,
                version=version.version,
                fingerprint=version.public_key.fingerprint,
                trusted_comment=signature.trusted_comment_text,
                timestamp=_timestamp(signature),
            )
            for path, target, signature in zip(files, targets, signatures, strict=True)
        ]
        _write_signatures(targets, [signature.to_bytes() for signature in signatures])
        self._record_signatures(
            key_id,
            version.version,
            {
                "action": "files",
                "count": len(signed),
                "file": loggable_path(files[0]),
                "fingerprint": version.public_key.fingerprint,
            },
            undo=lambda: _remove_all(targets),  # no signature without its audit entry
        )
        return signed

    def sign_message(self, key_id: str, text: str) -> bytes:
        """The 64-byte Ed25519 signature of the UTF-8 text."""
        version = self.vault.key_version(key_id)
        signature = sign_message(self.keys.key_pair(key_id, version.version), text)
        self._record_signatures(
            key_id,
            version.version,
            {"action": "message", "count": 1, "fingerprint": version.public_key.fingerprint},
        )
        return signature

    def record_signature(self, key_id: str, version: int, details: dict[str, Any]) -> None:
        """Count and audit one signature made elsewhere (the SSH agent, SSH signatures)."""
        fingerprint = self.vault.key_version(key_id, version).public_key.fingerprint
        self._record_signatures(
            key_id, version, {"count": 1, "fingerprint": fingerprint, **details}
        )

    def record_verification(self, key_id: str, version: int, details: dict[str, Any]) -> None:
        """Audit one verification made elsewhere (SSH signatures)."""
        self._record_verifications([(key_id, version, details)])

    # Verifying -------------------------------------------------------------

    def verify_files(
        self,
        paths: Sequence[Path],
        *,
        signature: Path | None = None,
        key_id: str | None = None,
        public_key: PublicKey | VerifyingKey | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        hashing: "HashJob | None" = None,
    ) -> list[FileVerification]:
        """Verify files and/or `.minisig` files, paired up as minisign would.

        Without `key_id` or `public_key`, every vault key (all versions) and
        every trusted key is a candidate signer. `hashing` is a job
        `start_verify_hashing` began earlier on the same files (the CLI starts
        it before it opens the vault); it is used when it hashes exactly the
        files that need it, else stopped.
        """
        from keyfold.core.signing.hashing import HashJob

        try:
            pairs = pair_files(paths, signature)
            results: dict[int, FileVerification] = {}
            prehashed: list[tuple[int, Path, Path, MinisignSignature]] = []
            legacy: list[tuple[int, Path, Path, MinisignSignature]] = []
            for index, pair in enumerate(pairs):
                loaded = _load(pair)
                if isinstance(loaded, FileVerification):
                    results[index] = loaded
                else:
                    chosen = prehashed if loaded.prehashed else legacy
                    chosen.append((index, pair.path, pair.signature_path, loaded))
            to_hash = [path for _, path, _, _ in prehashed]
            if hashing is None or hashing.paths != to_hash:
                if hashing is not None:
                    hashing.cancel()
                # Started now, it hashes while the candidate keys are read.
                hashing = HashJob(to_hash)
            candidates = self._candidates(key_id, public_key)
            for index, path, sig_path, parsed in legacy:
                with legacy_content(path) as content:
                    results[index] = _check(path, sig_path, parsed, content, candidates)
            digests = hashing.result(progress=progress, cancel=cancel)
        finally:
            if hashing is not None:
                hashing.cancel()
        for (index, path, sig_path, parsed), digest in zip(prehashed, digests, strict=True):
            results[index] = _check(path, sig_path, parsed, digest, candidates)
        rows = [results[index] for index in range(len(pairs))]
        self._record_verifications(
            [
                (
                    row.key_id,
                    row.key_version,
                    {"action": "file", "file": loggable_path(row.path), "status": row.status.value},
                )
                for row in rows
                if row.key_id is not None
            ]
        )
        return rows

    def verify_message(
        self,
        text: str,
        signature: bytes,
        *,
        key_id: str | None = None,
        public_key: PublicKey | VerifyingKey | None = None,
    ) -> MessageVerification:
        """Which known key (or the given one) signed this UTF-8 text, if any."""
        for candidate in self._candidates(key_id, public_key):
            if verify_message(candidate.public_key, text, signature):
                if candidate.key_id is not None:
                    self._record_verifications(
                        [
                            (
                                candidate.key_id,
                                candidate.version,
                                {"action": "message", "status": "valid"},
                            )
                        ]
                    )
                return MessageVerification(
                    valid=True,
                    reason="The signature is valid.",
                    signer_name=candidate.name,
                    key_id=candidate.key_id,
                    key_version=candidate.version,
                    fingerprint=candidate.public_key.fingerprint,
                    source=candidate.source,
                )
        if key_id is not None and public_key is None:
            self._record_verifications([(key_id, None, {"action": "message", "status": "invalid"})])
        if key_id is not None or public_key is not None:
            reason = "The signature does not match this message and key."
        else:
            reason = "No vault key or trusted key made this signature of this message."
        return MessageVerification(valid=False, reason=reason)

    # Trusted public keys ---------------------------------------------------

    def import_trusted(
        self, data: bytes, name: str, *, source: str = "The public key"
    ) -> TrustedKey:
        """Trust a public key (minisign `.pub`, `ssh-ed25519` line or hex) under a name."""
        return self.trusted.add(data, name, source=source)

    def list_trusted(self) -> list[TrustedKey]:
        return self.trusted.all()

    def remove_trusted(self, name: str) -> None:
        self.trusted.remove(name)

    # Usage -----------------------------------------------------------------

    def usage(self, key_id: str) -> list[SignatureUsage]:
        """How many signatures each version of a key has made, and when last."""
        with self.vault.reading() as conn:
            return signature_usage.for_key(conn, key_id)

    def signature_count(self, key_id: str) -> int:
        return sum(entry.signatures for entry in self.usage(key_id))

    # Internals -------------------------------------------------------------

    def _record_verifications(self, rows: Sequence[tuple[str, int | None, dict[str, Any]]]) -> None:
        """One VERIFY entry per vault key row, all in one transaction."""
        if not rows:
            return
        with self.vault.database() as conn:
            for key_id, version, details in rows:
                self.audit.append_in(conn, AuditKind.VERIFY, key_id, version, details)
        self.audit.log.sync_anchor()

    def _record_signatures(
        self,
        key_id: str,
        version: int,
        details: dict[str, Any],
        undo: Callable[[], None] | None = None,
    ) -> None:
        """Count `details["count"]` signatures of the version and audit them, in one
        transaction: neither is written without the other. When that fails,
        `undo` takes back what the signing made (its signature files)."""
        try:
            with self.vault.database() as conn:
                signature_usage.add(conn, key_id, version, details["count"], datetime.now(UTC))
                self.audit.append_in(conn, AuditKind.SIGN, key_id, version, details)
        except BaseException:
            if undo is not None:
                with contextlib.suppress(OSError):
                    undo()
            raise
        self.audit.log.sync_anchor()

    def _candidates(
        self, key_id: str | None, public_key: PublicKey | VerifyingKey | None
    ) -> list[_Candidate]:
        if public_key is not None:
            key = (
                public_key
                if isinstance(public_key, VerifyingKey)
                else VerifyingKey(public_key, None)
            )
            return [_Candidate(key.public_key, key.key_number, "the given key", SignerSource.GIVEN)]
        records = [self.vault.get_key(key_id)] if key_id is not None else self.vault.list_keys()
        candidates = [
            _Candidate(
                version.public_key,
                version.public_key.key_number,
                record.name or record.key_id,
                SignerSource.VAULT,
                record.key_id,
                version.version,
            )
            for record in records
            for version in sorted(record.versions, key=lambda v: -v.version)
        ]
        if key_id is None:
            candidates += [
                _Candidate(
                    trusted.public_key, trusted.key_number, trusted.name, SignerSource.TRUSTED
                )
                for trusted in self.list_trusted()
            ]
        return candidates


def _load(pair: SignaturePair) -> MinisignSignature | FileVerification:
    """The parsed signature of a pair, or the row saying why there is none."""
    if not pair.path.exists():
        return FileVerification(
            pair.path,
            pair.signature_path,
            VerificationStatus.MISSING_FILE,
            f"The signed file {pair.path} is missing.",
        )
    if not pair.signature_path.exists():
        return FileVerification(
            pair.path,
            pair.signature_path,
            VerificationStatus.MISSING_SIGNATURE,
            f"There is no signature {pair.signature_path} for {pair.path}.",
        )
    if pair.path.is_dir():
        return FileVerification(
            pair.path,
            pair.signature_path,
            VerificationStatus.MISSING_FILE,
            f"{pair.path} is a folder, not a signed file.",
        )
    try:
        return read_signature_file(pair.signature_path)
    except SignatureFormatError as exc:
        return FileVerification(
            pair.path, pair.signature_path, VerificationStatus.MALFORMED, str(exc)
        )


def _check(
    path: Path,
    sig_path: Path,
    signature: MinisignSignature,
    content: SignedContent,
    candidates: Sequence[_Candidate],
) -> FileVerification:
    subject = f"The file {path}"
    numbered = [c for c in candidates if c.key_number is not None]
    matching = [c for c in numbered if c.key_number == signature.key_number]
    outcome: tuple[_Candidate, VerifyResult] | None = None
    for candidate in matching:
        result = verify_signed(
            candidate.public_key,
            signature,
            content,
            key_number=candidate.key_number,
            subject=subject,
        )
        if result.valid or outcome is None:
            outcome = (candidate, result)
        if result.valid:
            break
    if outcome is None:
        # Keys without a key number are tried by their signature alone; a
        # mismatch then only means "not this key", so only success counts.
        for candidate in (c for c in candidates if c.key_number is None):
            result = verify_signed(
                candidate.public_key,
                signature,
                content,
                key_number=signature.key_number,
                subject=subject,
            )
            if result.valid:
                outcome = (candidate, result)
                break
    if outcome is None:
        return _row(
            path,
            sig_path,
            signature,
            VerificationStatus.UNKNOWN_KEY,
            _unknown(signature, candidates),
        )
    candidate, result = outcome
    status = VerificationStatus.VALID if result.valid else VerificationStatus.INVALID
    return _row(path, sig_path, signature, status, result.reason, candidate)


def _unknown(signature: MinisignSignature, candidates: Sequence[_Candidate]) -> str:
    given = [c for c in candidates if c.source is SignerSource.GIVEN]
    if given and given[0].key_number is not None:
        expected = given[0].key_number[::-1].hex().upper()
        return f"The signature was made by key {signature.key_number_hex}, not by key {expected}."
    if given:
        return "The signature was not made by the given key."
    return f"No vault key or trusted key has the key number {signature.key_number_hex}."


def _row(
    path: Path,
    sig_path: Path,
    signature: MinisignSignature,
    status: VerificationStatus,
    reason: str,
    candidate: _Candidate | None = None,
) -> FileVerification:
    return FileVerification(
        path=path,
        signature_path=sig_path,
        status=status,
        reason=reason,
        signer_name=None if candidate is None else candidate.name,
        key_id=None if candidate is None else candidate.key_id,
        key_version=None if candidate is None else candidate.version,
        fingerprint=None if candidate is None else candidate.public_key.fingerprint,
        source=None if candidate is None else candidate.source,
        key_number=signature.key_number_hex,
        trusted_comment=signature.trusted_comment_text,
        timestamp=_timestamp(signature),
        legacy=signature.legacy,
    )


def _timestamp(signature: MinisignSignature) -> datetime | None:
    stamp = signature.timestamp
    try:
        return None if stamp is None else datetime.fromtimestamp(stamp, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _write_signatures(targets: Sequence[Path], contents: Sequence[bytes]) -> None:
    """Write each signature atomically, several at once: each write waits on
    its fsyncs, not the CPU. When one fails, the ones written are removed."""
    if len(targets) == 1:
        atomic_write(targets[0], contents[0], mode=SIGNATURE_FILE_MODE)
        return
    with ThreadPoolExecutor(
        max_workers=min(len(targets), _WRITERS), thread_name_prefix="minisig"
    ) as pool:
        futures = [
            pool.submit(atomic_write, target, content, mode=SIGNATURE_FILE_MODE)
            for target, content in zip(targets, contents, strict=True)
        ]
    failures = [exc for future in futures if (exc := future.exception()) is not None]
    if failures:
        _remove_all([t for t, f in zip(targets, futures, strict=True) if f.exception() is None])
        raise failures[0]


def _remove_all(paths: Sequence[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
