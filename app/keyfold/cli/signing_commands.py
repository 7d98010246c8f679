"""keyfold-cli signing commands: sign, verify, messages and trusted public keys."""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keyfold.cli.context import CliContext, add_command
from keyfold.core.errors import InvalidInputError, SignatureFormatError

if TYPE_CHECKING:
    from keyfold.controller.signing import FileVerification
    from keyfold.core.progress import ProgressCallback
    from keyfold.core.signing import VerifyingKey

# Below this much data, signing is quick enough to need no progress lines.
PROGRESS_THRESHOLD_BYTES = 64 * 1024 * 1024
PROGRESS_STEP_PERCENT = 10
# The GIL switch interval while `sign` hashes (Python's default is 5 ms).
HASHING_SWITCH_INTERVAL = 0.0005


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(commands, "sign", sign)
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument("files", metavar="FILE", nargs="+", type=Path, help="files or folders")
    parser.add_argument("--output-dir", metavar="D", type=Path, help="write signatures here")
    parser.add_argument("--force", action="store_true", help="overwrite existing signatures")

    parser = add_command(
        commands,
        "verify",
        verify,
    )
    parser.add_argument(
        "files", metavar="FILE", nargs="+", type=Path, help="files and/or .minisig files"
    )
    parser.add_argument("--signature", metavar="SIG", type=Path, help="the signature of FILE")
    _key_options(parser)

    parser = add_command(commands, "sign-message", sign_message)
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument("message", metavar="MESSAGE", help="the text ('-' reads stdin as is)")

    parser = add_command(
        commands,
        "verify-message",
        verify_message,
    )
    parser.add_argument("message", metavar="MESSAGE", help="the text ('-' reads stdin as is)")
    parser.add_argument("signature", metavar="SIGNATURE", help="hex or base64")
    _key_options(parser)

    parser = add_command(
        commands,
        "trust",
        trust,
    )
    parser.add_argument("file", metavar="PUBFILE", type=Path)
    parser.add_argument("--name", required=True, help="whose key it is")

    add_command(commands, "trusted", trusted)

    parser = add_command(commands, "untrust", untrust)
    parser.add_argument("name", metavar="NAME")


def _key_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--key", metavar="KEY_ID", help="only this vault key")
    group.add_argument(
        "--public-key", metavar="PUBFILE", type=Path, help="only this public key file"
    )


def sign(ctx: CliContext) -> int:
    from keyfold.controller.signature_files import start_hashing

    args = ctx.args
    # Hashing starts first, on other threads: opening the vault, the
    # passphrase and its unlock (Argon2) all happen while the files are read.
    # Meanwhile this thread runs Python (imports, SQLite) and holds the GIL;
    # a short switch interval lets a hashing thread take it back within
    # 0.5 ms, not 5 ms, after each read and each chunk it hashes.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(HASHING_SWITCH_INTERVAL)
    try:
        hashing = start_hashing(args.files)
        try:
            keys = ctx.controller.keys
            passphrase = None if keys.is_unlocked(args.key_id) else ctx.key_passphrase(args.key_id)
        except BaseException:
            hashing.cancel()
            raise
        signed = ctx.controller.signing.sign_files(
            args.key_id,
            args.files,
            output_dir=args.output_dir,
            overwrite=args.force,
            progress=_progress_printer(ctx),
            passphrase=passphrase,
            hashing=hashing,
        )
    finally:
        sys.setswitchinterval(interval)
    document = [
        {
            "file": str(entry.path),
            "signature": str(entry.signature_path),
            "key_id": entry.key_id,
            "version": entry.version,
            "fingerprint": entry.fingerprint,
            "trusted_comment": entry.trusted_comment,
        }
        for entry in signed
    ]
    ctx.emit(document, "\n".join(f"Signed {e.path} -> {e.signature_path}" for e in signed))
    return 0


def verify(ctx: CliContext) -> int:
    from keyfold.controller.signature_files import start_verify_hashing

    args = ctx.args
    # As in `sign`: the files hash while the vault opens and its keys are read.
    hashing = start_verify_hashing(args.files, args.signature)
    try:
        rows = ctx.controller.signing.verify_files(
            args.files,
            signature=args.signature,
            key_id=args.key,
            public_key=_given_key(args.public_key),
            hashing=hashing,
        )
    finally:
        hashing.cancel()
    ctx.emit([_row_json(row) for row in rows], "\n".join(_row_text(row) for row in rows))
    return max((_exit_for(row.status) for row in rows), default=0)


def sign_message(ctx: CliContext) -> int:
    args = ctx.args
    keys = ctx.controller.keys
    if not keys.is_unlocked(args.key_id):
        keys.unlock(args.key_id, ctx.key_passphrase(args.key_id))
    signature = ctx.controller.signing.sign_message(args.key_id, _message(args.message))
    document = {
        "key_id": args.key_id,
        "fingerprint": keys.get(args.key_id).fingerprint,
        "hex": signature.hex(),
        "base64": base64.b64encode(signature).decode(),
    }
    ctx.emit(document, signature.hex())
    return 0


def verify_message(ctx: CliContext) -> int:
    from keyfold.core.signing import decode_signature

    args = ctx.args
    outcome = ctx.controller.signing.verify_message(
        _message(args.message),
        decode_signature(args.signature),
        key_id=args.key,
        public_key=_given_key(args.public_key),
    )
    document = {
        "valid": outcome.valid,
        "reason": outcome.reason,
        "signer": outcome.signer_name,
        "key_id": outcome.key_id,
        "version": outcome.key_version,
        "fingerprint": outcome.fingerprint,
        "source": outcome.source,
    }
    text = (
        f"Valid signature by {outcome.signer_name} (fingerprint {outcome.fingerprint})."
        if outcome.valid
        else f"Invalid: {outcome.reason}"
    )
    ctx.emit(document, text)
    return 0 if outcome.valid else 1


def trust(ctx: CliContext) -> int:
    args = ctx.args
    data = _read(args.file, "public key file")
    key = ctx.controller.signing.import_trusted(
        data, args.name, source=f"The public key file {args.file}"
    )
    document = {
        "name": key.name,
        "public_key": key.public_key.hex,
        "fingerprint": key.fingerprint,
        "key_number": key.key_number_hex,
    }
    ctx.emit(document, f"Trusted {key.name}: fingerprint {key.fingerprint}.")
    return 0


def trusted(ctx: CliContext) -> int:
    keys = ctx.controller.signing.list_trusted()
    document = [
        {
            "name": key.name,
            "public_key": key.public_key.hex,
            "fingerprint": key.fingerprint,
            "key_number": key.key_number_hex,
            "added": key.added.isoformat(),
        }
        for key in keys
    ]
    lines = [f"{key.name}\t{key.key_number_hex}\t{key.fingerprint}" for key in keys]
    ctx.emit(document, "\n".join(lines) if lines else "No trusted public keys.")
    return 0


def untrust(ctx: CliContext) -> int:
    ctx.controller.signing.remove_trusted(ctx.args.name)
    ctx.emit({"removed": ctx.args.name}, f"Removed the trusted key {ctx.args.name}.")
    return 0


def _progress_printer(ctx: CliContext) -> ProgressCallback:
    """Prints every 10% of a large signing job on stderr; silent for small ones."""
    last = -PROGRESS_STEP_PERCENT

    def report(done: int, total: int) -> None:
        nonlocal last
        if total < PROGRESS_THRESHOLD_BYTES:
            return
        percent = done * 100 // total
        if percent >= last + PROGRESS_STEP_PERCENT:
            last = percent - percent % PROGRESS_STEP_PERCENT
            ctx.progress(f"Signing: {last}% of {total / 1024**2:.0f} MiB")

    return report


def _given_key(path: Path | None) -> VerifyingKey | None:
    from keyfold.core.signing import parse_verifying_key

    if path is None:
        return None
    return parse_verifying_key(_read(path, "public key file"), f"The public key file {path}")


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SignatureFormatError(f"Cannot read the {what} {path}: {exc.strerror}.") from exc


def _message(argument: str) -> str:
    if argument != "-":
        return argument
    try:
        return sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInputError("The message on stdin is not UTF-8 text.") from exc


def _exit_for(status: str) -> int:
    """Exit code of one file's verdict: 0 valid, 1 invalid or unknown key, 2 not checkable."""
    from keyfold.controller.signing import VerificationStatus

    return {
        VerificationStatus.VALID: 0,
        VerificationStatus.INVALID: 1,
        VerificationStatus.UNKNOWN_KEY: 1,
    }.get(VerificationStatus(status), 2)


def _row_json(row: FileVerification) -> dict[str, Any]:
    return {
        "file": str(row.path),
        "signature": str(row.signature_path),
        "status": row.status.value,
        "reason": row.reason,
        "signer": row.signer_name,
        "key_id": row.key_id,
        "version": row.key_version,
        "fingerprint": row.fingerprint,
        "source": None if row.source is None else row.source.value,
        "key_number": row.key_number,
        "trusted_comment": row.trusted_comment,
        "timestamp": None if row.timestamp is None else row.timestamp.isoformat(),
        "legacy": row.legacy,
    }


def _row_text(row: FileVerification) -> str:
    if not row.valid:
        return f"{row.path}: {row.status.value.replace('_', ' ')}: {row.reason}"
    who = row.signer_name or "?"
    if row.key_id is not None:
        who += f" (key {row.key_id} v{row.key_version})"
    details = [f"fingerprint {row.fingerprint}"]
    if row.timestamp is not None:
        details.append(f"signed {row.timestamp:%Y-%m-%d %H:%M:%S} UTC")
    details.append(f"trusted comment: {row.trusted_comment}")
    legacy = " (legacy, not prehashed)" if row.legacy else ""
    return f"{row.path}: valid signature{legacy} by {who}; " + "; ".join(details)
