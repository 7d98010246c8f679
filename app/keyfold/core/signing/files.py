"""Sign files the way `minisign -S` does and verify minisign signatures of files."""

import contextlib
import mmap
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from keyfold.core.errors import InvalidInputError
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.progress import CancelToken, ProgressCallback
from keyfold.core.signing.hashing import blake2b_file, blake2b_files
from keyfold.core.signing.minisign import Algorithm, MinisignSignature

# What the Ed25519 signature covers: a 64-byte digest, or a legacy file's bytes.
SignedContent = bytes | mmap.mmap


class Verdict(StrEnum):
    VALID = "valid"
    WRONG_KEY = "wrong_key"
    FILE_MODIFIED = "file_modified"
    COMMENT_MODIFIED = "comment_modified"


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of checking one signature with one key, and why."""

    verdict: Verdict
    signature: MinisignSignature
    reason: str

    @property
    def valid(self) -> bool:
        return self.verdict is Verdict.VALID

    @property
    def legacy(self) -> bool:
        return self.signature.legacy


def trusted_comment_for(file_name: str, timestamp: int) -> bytes:
    """minisign's default trusted comment for a prehashed signature."""
    # A newline or tab would break the line or its fields; minisign has no escape.
    safe = os.fsencode(file_name).translate(None, b"\r\n\t")
    return f"timestamp:{timestamp}\tfile:".encode() + safe + b"\thashed"


def sign_digest(
    key_pair: KeyPair,
    digest: bytes,
    *,
    file_name: str,
    timestamp: int | None = None,
    trusted_comment: str | None = None,
    untrusted_comment: str | None = None,
) -> MinisignSignature:
    """A prehashed (`ED`) minisign signature of a file whose BLAKE2b-512 is `digest`."""
    if len(digest) != 64:
        raise InvalidInputError(f"A BLAKE2b-512 digest has 64 bytes, this one has {len(digest)}.")
    stamp = int(time.time()) if timestamp is None else timestamp
    if trusted_comment is None:
        comment = trusted_comment_for(file_name, stamp)
    else:
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise InvalidInputError("The trusted comment must be a single line.")
        comment = trusted_comment.encode()
    signature = key_pair.sign(digest)
    public = key_pair.public
    return MinisignSignature(
        algorithm=Algorithm.PREHASHED,
        key_number=public.key_number,
        signature=signature,
        trusted_comment=comment,
        global_signature=key_pair.sign(signature + comment),
        untrusted_comment=untrusted_comment
        or f"signature from Keyfold key {public.key_number_hex}",
    )


def sign_file(
    key_pair: KeyPair,
    path: Path,
    *,
    timestamp: int | None = None,
    trusted_comment: str | None = None,
    untrusted_comment: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> MinisignSignature:
    """Sign one file in constant memory; `.to_bytes()` gives the `.minisig` text."""
    digest = blake2b_file(path, progress=progress, cancel=cancel)
    return sign_digest(
        key_pair,
        digest,
        file_name=Path(path).name,
        timestamp=timestamp,
        trusted_comment=trusted_comment,
        untrusted_comment=untrusted_comment,
    )


def sign_files(
    key_pair: KeyPair,
    paths: Sequence[Path],
    *,
    timestamp: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
) -> list[MinisignSignature]:
    """Sign many files, hashing them on all cores; progress counts bytes over all."""
    digests = blake2b_files(paths, progress=progress, cancel=cancel, workers=workers)
    stamp = int(time.time()) if timestamp is None else timestamp
    return [
        sign_digest(key_pair, digest, file_name=Path(path).name, timestamp=stamp)
        for path, digest in zip(paths, digests, strict=True)
    ]


def verify_signed(
    public_key: PublicKey,
    signature: MinisignSignature,
    content: SignedContent,
    *,
    key_number: bytes | None = None,
    subject: str = "The file",
) -> VerifyResult:
    """Check a signature against what it covers, in minisign's order.

    `content` is the file's digest for a prehashed signature, the file's bytes
    for a legacy one. `key_number` is the one the key is known by (a minisign
    `.pub` names it); Keyfold's own keys derive it from the key.
    """
    expected = public_key.key_number if key_number is None else key_number
    if signature.key_number != expected:
        return VerifyResult(
            Verdict.WRONG_KEY,
            signature,
            f"The signature was made by key {signature.key_number_hex}, "
            f"not by key {expected[::-1].hex().upper()}.",
        )
    if not _verify(public_key, signature.signature, content):
        return VerifyResult(
            Verdict.FILE_MODIFIED,
            signature,
            f"{subject} does not match its signature: it changed after signing, "
            "or the signature is for another file.",
        )
    if not public_key.verify(signature.global_signature, signature.global_message):
        return VerifyResult(
            Verdict.COMMENT_MODIFIED,
            signature,
            "The trusted comment of the signature was changed after signing.",
        )
    return VerifyResult(Verdict.VALID, signature, "The signature is valid.")


def verify_file(
    public_key: PublicKey,
    path: Path,
    signature: MinisignSignature,
    *,
    key_number: bytes | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> VerifyResult:
    """Verify a file against its parsed signature with one public key."""
    subject = f"The file {path}"
    if signature.prehashed:
        digest = blake2b_file(path, progress=progress, cancel=cancel)
        return verify_signed(public_key, signature, digest, key_number=key_number, subject=subject)
    with legacy_content(path) as content:
        return verify_signed(public_key, signature, content, key_number=key_number, subject=subject)


@contextlib.contextmanager
def legacy_content(path: Path) -> Iterator[SignedContent]:
    """A legacy (`Ed`) signature covers the whole file: map it instead of reading it."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 -- closed by the with below
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from exc
    with handle:
        if os.fstat(handle.fileno()).st_size == 0:
            yield b""  # mmap refuses empty files
            return
        try:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except OSError as exc:
            raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from exc
        with mapped:
            yield mapped


def _verify(public_key: PublicKey, signature: bytes, content: SignedContent) -> bool:
    verifier = Ed25519PublicKey.from_public_bytes(public_key.raw)
    # A view released here, so a mapped legacy file can be closed right after.
    with memoryview(content) as view:
        try:
            verifier.verify(signature, view)
        except InvalidSignature:
            return False
    return True
