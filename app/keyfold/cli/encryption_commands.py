"""keyfold-cli encryption commands: sharded files here; values and shard keys in data_commands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keyfold.cli import data_commands
from keyfold.cli.context import CliContext, add_command, read_passphrase
from keyfold.core.errors import InvalidInputError

if TYPE_CHECKING:
    from keyfold.controller.encryption import EncryptedFileInfo, EncryptionService
    from keyfold.core.encryption import Manifest, ReceptionReport

FILE_PASSPHRASE_ENV = "KEYFOLD_FILE_PASSPHRASE"  # noqa: S105 - a variable name
_MIB = 1024 * 1024

# core.encryption.sender.DEFAULT_SHARD_SIZE in MiB, spelled out so the parser
# does not load the encryption engine (a test keeps the two equal).
DEFAULT_SHARD_MIB = 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(commands, "encrypt", encrypt)
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument(
        "--recipient",
        metavar="KEY_ID|PUBFILE",
        action="append",
        default=[],
        help="a vault key or a public key file (repeatable)",
    )
    parser.add_argument(
        "--passphrase",
        action="store_true",
        help=f"also encrypt for a passphrase (prompt, or ${FILE_PASSPHRASE_ENV})",
    )
    parser.add_argument("--output", metavar="PATH", type=Path, help="default: FILE.kfe")
    parser.add_argument("--sign-with", metavar="KEY_ID", help="sign as this vault key")
    parser.add_argument("--shard-size-mib", type=int, default=DEFAULT_SHARD_MIB, help="(1)")
    parser.add_argument(
        "--folder", action="store_true", help="write a shard folder instead of one file"
    )

    parser = add_command(
        commands,
        "decrypt",
        decrypt,
    )
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--output", metavar="PATH", type=Path, help="default: FILE without .kfe")
    parser.add_argument("--passphrase", action="store_true", help="open with the file passphrase")
    parser.add_argument("--force", action="store_true", help="overwrite the output")

    parser = add_command(commands, "inspect", inspect)
    parser.add_argument("file", metavar="FILE", type=Path)

    data_commands.register(commands)


def _service(ctx: CliContext) -> EncryptionService:
    return ctx.controller.encryption


def encrypt(ctx: CliContext) -> int:
    from keyfold.core.encryption import Layout

    args = ctx.args
    if not args.recipient and not args.passphrase:
        raise InvalidInputError("Give at least one --recipient or --passphrase.")
    if args.shard_size_mib < 1:
        raise InvalidInputError("The option --shard-size-mib must be at least 1.")
    keys = ctx.controller.keys
    if args.sign_with and not keys.is_unlocked(args.sign_with):
        keys.unlock(args.sign_with, ctx.key_passphrase(args.sign_with))
    result = _service(ctx).encrypt(
        args.file,
        args.recipient,
        passphrase=_file_passphrase(confirm=True) if args.passphrase else None,
        output=args.output,
        sign_with=args.sign_with,
        layout=Layout.FOLDER if args.folder else Layout.KFE,
        shard_size=args.shard_size_mib * _MIB,
    )
    manifest = result.manifest
    ctx.emit(
        {"output": str(result.output), "manifest": _manifest_document(manifest)},
        f"Encrypted {args.file} -> {result.output} "
        f"({manifest.shard_count} shards, {len(manifest.recipients)} recipients)",
    )
    return 0


def decrypt(ctx: CliContext) -> int:
    args = ctx.args
    service = _service(ctx)
    info = service.inspect(args.file)
    usable = [m for m in info.recipients if m.unlocked]
    key_passphrases: dict[str, str] = {}
    passphrase = None
    if args.passphrase:
        passphrase = _file_passphrase(confirm=False)
    elif not usable:
        locked = {m.key_id for m in info.recipients}
        if locked:
            key_passphrases = {key_id: ctx.key_passphrase(key_id) for key_id in sorted(locked)}
        elif info.manifest.has_passphrase:
            passphrase = _file_passphrase(confirm=False)
    report = service.decrypt(
        args.file,
        args.output,
        passphrase=passphrase,
        key_passphrases=key_passphrases,
        overwrite=args.force,
    )
    ctx.emit(_report_document(report), _report_text(report))
    if not report.ok:
        ctx.stderr.write(
            f"keyfold-cli: {len(report.retransmit)} shards of {args.file} failed to verify; "
            "nothing was written.\n"
        )
        return 1
    return 0


def inspect(ctx: CliContext) -> int:
    info = _service(ctx).inspect(ctx.args.file)
    ctx.emit(_info_document(info), _info_text(info))
    return 0


def _file_passphrase(*, confirm: bool) -> str:
    """The file passphrase: $KEYFOLD_FILE_PASSPHRASE, else a no-echo prompt."""
    return read_passphrase(
        None,
        FILE_PASSPHRASE_ENV,
        "File passphrase: ",
        confirm=confirm,
        needed=f"A file passphrase is needed: set {FILE_PASSPHRASE_ENV}.",
    )


def _manifest_document(manifest: Manifest) -> dict[str, Any]:
    doc = manifest.to_json()
    # The sealed master keys are ciphertext, but nobody reading a listing needs them.
    doc["recipients"] = [
        {"type": r.kind, **({"fingerprint": r.fingerprint} if r.fingerprint else {})}
        for r in manifest.recipients
    ]
    return doc


def _info_document(info: EncryptedFileInfo) -> dict[str, Any]:
    return {
        "path": str(info.path),
        "manifest": _manifest_document(info.manifest),
        "sender_key_id": info.sender_key_id,
        "vault_recipients": [
            {"key_id": m.key_id, "version": m.version, "fingerprint": m.fingerprint}
            for m in info.recipients
        ],
        "unknown_recipients": list(info.unknown_recipients),
    }


def _info_text(info: EncryptedFileInfo) -> str:
    manifest = info.manifest
    sender = (
        "anonymous (ephemeral key)" if manifest.anonymous_sender else manifest.sender.fingerprint
    )
    if info.sender_key_id:
        sender += f" (vault key {info.sender_key_id})"
    lines = [
        f"File:       {info.path}",
        f"Name:       {manifest.name}",
        f"Size:       {manifest.total_size} bytes in {manifest.shard_count} shards "
        f"of {manifest.shard_size} bytes",
        f"Type:       {manifest.content_type}",
        f"Created:    {manifest.created}",
        f"Sender:     {sender}",
    ]
    for match in info.recipients:
        lines.append(f"Recipient:  {match.key_id} v{match.version} ({match.fingerprint})")
    lines += [f"Recipient:  {fp} (not in this vault)" for fp in info.unknown_recipients]
    if manifest.has_passphrase:
        lines.append("Recipient:  a passphrase")
    lines += [f"Metadata:   {key}={value}" for key, value in sorted(manifest.metadata.items())]
    return "\n".join(lines)


def _report_document(report: ReceptionReport) -> dict[str, Any]:
    return {
        "source": str(report.source),
        "output": None if report.output is None else str(report.output),
        "ok": report.ok,
        "shard_count": report.manifest.shard_count,
        "recovered": report.recovered_count,
        "retransmit": list(report.retransmit),
        "issues": [
            {
                "shard_id": issue.shard_id,
                "index": issue.index,
                "problem": issue.problem.value,
                "detail": issue.detail,
                "positions": list(issue.positions),
                "recovered": issue.recovered,
            }
            for issue in report.issues
        ],
    }


def _report_text(report: ReceptionReport) -> str:
    lines = []
    if report.output is not None:
        lines.append(
            f"Decrypted {report.source} -> {report.output} ({report.manifest.shard_count} shards)"
        )
    for issue in report.issues:
        where = f"shard {issue.index}" if issue.index is not None else "package"
        lines.append(f"{issue.problem.value}: {where} {issue.shard_id}: {issue.detail}")
    if report.retransmit:
        lines.append("Resend: " + " ".join(report.retransmit))
    return "\n".join(lines)
