"""keyfold-cli backup commands: backup, restore, verify-backup."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keyfold.cli.context import CliContext, add_command
from keyfold.cli.key_commands import STORAGE_CHOICES, storage_arg
from keyfold.core.display import shown, shown_path
from keyfold.core.errors import PassphraseRequiredError

if TYPE_CHECKING:
    from keyfold.core.backup import BackupInfo, KdfParams
    from keyfold.core.vault import BackupRecord

BUNDLE_SUFFIXES = (".tar.gz", ".tgz")
# BackupPreset's and ConflictPolicy's values, spelled out so that building the
# parser (every command, --help) does not load the backup formats.
COMPAT_CHOICES = ("datafold-sdk", "datafold-js")
CONFLICT_CHOICES = ("skip", "rename", "overwrite")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        commands,
        "backup",
        backup,
    )
    parser.add_argument("key_ids", metavar="KEY_ID", nargs="+")
    parser.add_argument("--output", metavar="PATH", type=Path, required=True)
    parser.add_argument(
        "--compat",
        choices=COMPAT_CHOICES,
        help="datafold-sdk: the unified layout DataFold's SDKs defined (exportKeyUnified); "
        "datafold-js: what the DataFold JavaScript SDK's importKey reads. Both use PBKDF2 and "
        "AES-GCM, weaker than Keyfold's own format",
    )
    parser.add_argument(
        "--bundle", action="store_true", help="one .tar.gz with every key (implied by .tar.gz)"
    )

    parser = add_command(commands, "restore", restore)
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--key-id", help="store the key under this id (single-key backups)")
    parser.add_argument(
        "--on-conflict",
        choices=CONFLICT_CHOICES,
        default="skip",
        help="when the id is taken: skip, rename (id-2, id-3...) or overwrite",
    )
    parser.add_argument("--storage", choices=STORAGE_CHOICES, default="auto")

    parser = add_command(
        commands,
        "verify-backup",
        verify_backup,
    )
    parser.add_argument("file", metavar="FILE", type=Path)


def backup(ctx: CliContext) -> int:
    from keyfold.core.backup import BackupPreset

    args = ctx.args
    keys = ctx.controller.keys
    for key_id in args.key_ids:
        if not keys.is_unlocked(key_id):
            keys.unlock(key_id, ctx.key_passphrase(key_id))
    passphrase = ctx.backup_passphrase(confirm=True)
    output: Path = args.output
    bundle = bool(args.bundle) or output.name.endswith(BUNDLE_SUFFIXES)
    preset = BackupPreset(args.compat) if args.compat else BackupPreset.STANDARD
    records = ctx.controller.backups.create(
        args.key_ids, passphrase, output, preset=preset, bundle=bundle
    )
    lines = [f"Backed up {', '.join(r.key_ids)} to {r.path}" for r in records]
    ctx.emit([backup_json(r) for r in records], "\n".join(lines))
    return 0


def restore(ctx: CliContext) -> int:
    from keyfold.controller.backups import ConflictPolicy, RestoreAction

    args = ctx.args
    passphrase = ctx.backup_passphrase()
    # Restored keys keep the backup's passphrase unless KEYFOLD_PASSPHRASE names another.
    new_passphrase = ctx.optional_key_passphrase()
    outcomes = ctx.controller.backups.restore(
        args.file,
        passphrase,
        key_id=args.key_id,
        on_conflict=ConflictPolicy(args.on_conflict),
        new_passphrase=new_passphrase,
        storage=storage_arg(args.storage),
    )
    lines = []
    for outcome in outcomes:
        if outcome.action is RestoreAction.SKIPPED:
            lines.append(
                f"Skipped {shown(outcome.source_key_id)}: the vault has a key with that id "
                "(use --on-conflict rename or overwrite)."
            )
        elif outcome.action is RestoreAction.OVERWRITTEN:
            lines.append(f"Restored {outcome.key_id}, replacing the key that had that id.")
        elif outcome.key_id != outcome.source_key_id:
            source = shown(outcome.source_key_id) or "the key"
            lines.append(f"Restored {source} as {outcome.key_id}.")
        else:
            lines.append(f"Restored {outcome.key_id}.")
    document = [
        {"source_key_id": o.source_key_id, "key_id": o.key_id, "action": o.action.value}
        for o in outcomes
    ]
    ctx.emit(document, "\n".join(lines))
    return 0


def verify_backup(ctx: CliContext) -> int:
    from keyfold.core.backup.formats import format_name

    args = ctx.args
    backups = ctx.controller.backups
    infos = backups.inspect(args.file)  # the structure, before asking for anything
    try:
        passphrase: str | None = ctx.backup_passphrase()
    except PassphraseRequiredError:
        passphrase = None
    if passphrase is not None:
        infos = backups.verify(args.file, passphrase)
    checked = passphrase is not None
    lines = [
        f"{shown_path(args.file)}: key {shown(info.key_id) or '(unnamed)'}, "
        f"fingerprint {info.fingerprint or '?'}"
        f"\n  format: {format_name(info.layout)}"
        for info in infos
    ]
    lines += [f"warning: {shown(w)}" for info in infos for w in info.warnings]
    lines.append(
        "The backup is sound and its passphrase opens every key."
        if checked
        else "The structure is sound; the passphrase was not checked (none was given)."
    )
    document = {
        "file": str(args.file),
        "passphrase_checked": checked,
        "keys": [info_json(i) for i in infos],
    }
    ctx.emit(document, "\n".join(lines))
    return 0


def backup_json(record: BackupRecord) -> dict[str, Any]:
    return {
        "path": record.path,
        "key_ids": list(record.key_ids),
        "fingerprints": list(record.fingerprints),
        "created": record.created.isoformat(),
        "preset": record.preset,
        "bundle": record.bundle,
        "last_verified": None if record.last_verified is None else record.last_verified.isoformat(),
    }


def _kdf_json(kdf: KdfParams) -> dict[str, Any]:
    from keyfold.core.backup.kdf import KdfKind  # loaded already: the backup was read

    fields: dict[str, Any] = {
        "kind": kdf.kind.value,
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "parallelism": kdf.parallelism,
    }
    if kdf.kind is KdfKind.SCRYPT:  # N and r, and the memory they take
        fields.update(memory_kib=kdf.scrypt_memory_bytes // 1024, n=kdf.cost, r=kdf.block_size)
    return fields


def info_json(info: BackupInfo) -> dict[str, Any]:
    from keyfold.core.backup.formats import format_name

    return {
        "key_id": info.key_id,
        "name": info.name,
        "created": info.created,
        "public_key": None if info.public_key is None else info.public_key.hex,
        "fingerprint": info.fingerprint,
        "layout": str(info.layout),
        "format": format_name(info.layout),
        "kdf": _kdf_json(info.kdf),
        "cipher": info.cipher.value,
        "warnings": list(info.warnings),
    }
