"""keyfold-cli key commands: generate, list, show, delete, export-public, import."""

import argparse
import sys
from pathlib import Path
from typing import Any

from keyfold.cli.context import CliContext, add_command
from keyfold.core.errors import InvalidInputError
from keyfold.core.keys import PublicKeyFormat
from keyfold.core.vault.records import KeyRecord, KeyVersion, StorageKind

STORAGE_CHOICES = ("auto", "keychain", "file")


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = add_command(commands, "generate", generate)
    parser.add_argument("key_id", metavar="KEY_ID", nargs="?", help="the new key's id (a slug)")
    parser.add_argument("--name", default="", help="a display name")
    parser.add_argument("--description", default="", help="what the key is for")
    parser.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    _storage_options(parser)

    add_command(commands, "list", list_keys)

    parser = add_command(commands, "show", show)
    parser.add_argument("key_id", metavar="KEY_ID")

    parser = add_command(commands, "delete", delete)
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    parser = add_command(commands, "export-public", export_public)
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument(
        "--format", choices=[f.value for f in PublicKeyFormat], default=PublicKeyFormat.HEX.value
    )
    parser.add_argument("--output", metavar="F", type=Path, help="write to this file")

    parser = add_command(
        commands,
        "import",
        import_key,
    )
    parser.add_argument("file", metavar="FILE", help="the key file ('-' reads stdin)")
    parser.add_argument("--key-id", help="the id to store the key under")
    parser.add_argument("--name", default="", help="a display name")
    parser.add_argument(
        "--seed",
        action="store_true",
        help="FILE holds a bare 32-byte private seed in hex or base64 (it could also be "
        "a public key, so Keyfold imports one only when told)",
    )
    _storage_options(parser)


def _storage_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--storage",
        choices=STORAGE_CHOICES,
        default="auto",
        help="where the private key lives (auto: the OS keychain when there is one)",
    )
    parser.add_argument(
        "--no-passphrase",
        action="store_true",
        help="keep the key without a passphrase (OS keychain only)",
    )


def storage_arg(value: str) -> StorageKind | None:
    return None if value == "auto" else StorageKind(value)


def generate(ctx: CliContext) -> int:
    args = ctx.args
    passphrase = None
    if not args.no_passphrase:
        passphrase = ctx.key_passphrase(args.key_id or "the new key", confirm=True)
    record = ctx.controller.keys.generate(
        args.key_id,
        passphrase=passphrase,
        name=args.name,
        description=args.description,
        tags=args.tag,
        storage=storage_arg(args.storage),
    )
    ctx.emit(
        key_json(record),
        f"Generated key {record.key_id} ({record.storage}), fingerprint {record.fingerprint}",
    )
    return 0


def list_keys(ctx: CliContext) -> int:
    records = ctx.controller.keys.list()
    if not records:
        ctx.emit([], "The vault has no keys yet.")
        return 0
    if ctx.json:
        ctx.emit([key_json(r) for r in records], "")
        return 0
    width = max(len("KEY ID"), *(len(r.key_id) for r in records))
    lines = [f"{'KEY ID':<{width}}  {'STORAGE':<8}  {'PASS':<4}  {'FINGERPRINT':<16}  NAME"]
    for r in records:
        passphrase = "yes" if r.protected else "no"
        lines.append(
            f"{r.key_id:<{width}}  {r.storage.value:<8}  {passphrase:<4}  "
            f"{r.fingerprint[:16]}  {r.name}"
        )
    ctx.emit(None, "\n".join(lines))  # text only: --json returned above
    return 0


def show(ctx: CliContext) -> int:
    record = ctx.controller.keys.get(ctx.args.key_id)
    backup = "never"
    if record.last_backup is not None:
        state = "current" if record.backup_is_current else "older than the current version"
        backup = f"{record.last_backup.isoformat(timespec='seconds')} ({state})"
    lines = [
        f"Key id:          {record.key_id}",
        f"Name:            {record.name}",
        f"Description:     {record.description}",
        f"Tags:            {', '.join(record.tags)}",
        f"Fingerprint:     {record.fingerprint}",
        f"SSH fingerprint: {record.public_key.ssh_fingerprint}",
        f"Public key:      {record.public_key.hex}",
        f"Key number:      {record.public_key.key_number_hex}",
        f"Storage:         {record.storage.value}",
        f"Passphrase:      {'yes' if record.protected else 'no'}",
        f"Created:         {record.created.isoformat(timespec='seconds')}",
        f"Last backup:     {backup}",
        "Versions:",
    ]
    lines += [
        f"  v{v.version}  {v.status.value:<8}  {v.created.isoformat(timespec='seconds')}  "
        f"{v.fingerprint}"
        for v in record.versions
    ]
    ctx.emit(key_json(record), "\n".join(lines))
    return 0


def delete(ctx: CliContext) -> int:
    key_id = ctx.args.key_id
    keys = ctx.controller.keys
    keys.get(key_id)  # a missing key is reported before any question
    if not ctx.args.yes:
        if not sys.stdin.isatty():
            raise InvalidInputError(
                f"Deleting key {key_id} needs --yes when there is no terminal to confirm on."
            )
        answer = input(f"Delete key {key_id} and its private key for good? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            ctx.emit({"key_id": key_id, "deleted": False}, f"Key {key_id} was kept.")
            return 0
    keys.delete(key_id)
    ctx.emit({"key_id": key_id, "deleted": True}, f"Deleted key {key_id}.")
    return 0


def export_public(ctx: CliContext) -> int:
    args = ctx.args
    fmt = PublicKeyFormat(args.format)
    keys = ctx.controller.keys
    output: Path | None = args.output
    if output is None:
        text = keys.export_public(args.key_id, fmt)
        document = {"key_id": args.key_id, "format": fmt.value, "public_key": text, "output": None}
        ctx.emit(document, text)
        return 0
    written = keys.export_public_to_file(args.key_id, fmt, output)
    document = {
        "key_id": args.key_id,
        "format": fmt.value,
        "public_key": keys.format_public(args.key_id, fmt),
        "output": str(written),
    }
    ctx.emit(document, f"Wrote the {fmt.value} public key of {args.key_id} to {written}")
    return 0


def import_key(ctx: CliContext) -> int:
    args = ctx.args
    data = read_input_file(args.file)
    keys = ctx.controller.keys
    file_passphrase = ctx.backup_passphrase() if keys.file_needs_passphrase(data) else None
    passphrase = None
    if not args.no_passphrase:
        passphrase = ctx.key_passphrase(args.key_id or "the imported key", confirm=True)
    record = keys.import_private(
        data,
        key_id=args.key_id,
        file_passphrase=file_passphrase,
        passphrase=passphrase,
        name=args.name,
        storage=storage_arg(args.storage),
        source="The standard input" if args.file == "-" else f"The file {args.file}",
        file_name="" if args.file == "-" else Path(args.file).name,
        seed=args.seed,
    )
    ctx.emit(
        key_json(record),
        f"Imported key {record.key_id} ({record.storage}), fingerprint {record.fingerprint}",
    )
    return 0


def read_input_file(name: str) -> bytes:
    """The bytes of FILE, or of stdin for '-', as an InvalidInputError when unreadable."""
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name).expanduser()
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InvalidInputError(f"The file {path} does not exist.") from exc
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from exc


def key_json(record: KeyRecord) -> dict[str, Any]:
    """A key record as the JSON object --json prints."""
    return {
        "key_id": record.key_id,
        "name": record.name,
        "description": record.description,
        "tags": list(record.tags),
        "created": record.created.isoformat(),
        "updated": record.updated.isoformat(),
        "public_key": record.public_key.hex,
        "fingerprint": record.fingerprint,
        "ssh_fingerprint": record.public_key.ssh_fingerprint,
        "key_number": record.public_key.key_number_hex,
        "storage": record.storage.value,
        "protected": record.protected,
        "current_version": record.current.version,
        "last_backup": None if record.last_backup is None else record.last_backup.isoformat(),
        "backup_is_current": record.backup_is_current,
        "versions": [version_json(v) for v in record.versions],
    }


def version_json(version: KeyVersion) -> dict[str, Any]:
    return {
        "version": version.version,
        "status": version.status.value,
        "created": version.created.isoformat(),
        "public_key": version.public_key.hex,
        "fingerprint": version.fingerprint,
        "storage": version.storage.value,
        "protected": version.protected,
    }
