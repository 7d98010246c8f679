"""keyfold-cli data encryption and shard key commands (registered by encryption_commands)."""

from __future__ import annotations

import argparse
import base64
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keyfold.cli.context import CliContext, add_command, add_common_options
from keyfold.core.atomic_files import atomic_write
from keyfold.core.errors import InvalidInputError

if TYPE_CHECKING:
    from keyfold.controller.data_encryption import DecryptedValue
    from keyfold.core.encryption.dkms import KeyVersionInfo, ShardKey

# A value given on the command line or stdin is read whole; keep it bounded.
MAX_VALUE_BYTES = 64 * 1024 * 1024


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    help_text = "Encrypt a text, JSON or binary value with a key's data key; prints a token."
    # Here `--json FILE` is the value to encrypt, so it replaces the common
    # output flag; JSON output is still `keyfold-cli --json encrypt-value ...`.
    parser = commands.add_parser(
        "encrypt-value", help=help_text, description=help_text, conflict_handler="resolve"
    )
    add_common_options(parser, defaults=False)
    parser.set_defaults(handler=encrypt_value)
    parser.add_argument("key_id", metavar="KEY_ID")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("text", metavar="TEXT", nargs="?", help="the text to encrypt")
    source.add_argument(
        "--json",
        dest="json_file",
        metavar="FILE",
        type=Path,
        help="a JSON file to encrypt (for JSON output, put --json before the command)",
    )
    source.add_argument("--file", metavar="FILE", type=Path, help="a file, encrypted as bytes")
    source.add_argument(
        "--stdin", action="store_true", help="read text from stdin (one final newline dropped)"
    )
    parser.add_argument(
        "--compress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="compress (default: when over 1024 bytes and smaller compressed)",
    )

    parser = add_command(
        commands,
        "decrypt-value",
        decrypt_value,
    )
    parser.add_argument("key_id", metavar="KEY_ID")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("token", metavar="TOKEN", nargs="?")
    source.add_argument("--stdin", action="store_true", help="read the token from stdin")
    parser.add_argument(
        "--output", metavar="FILE", type=Path, help="write the value here (bytes print as base64)"
    )

    parser = add_command(
        commands,
        "reencrypt-values",
        reencrypt_values,
    )
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument("file", metavar="FILE", type=Path)

    _register_shard_key(commands)


def _register_shard_key(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(commands, "shard-key", shard_key)
    actions = parser.add_subparsers(
        dest="shard_action", metavar="ACTION", parser_class=type(parser)
    )
    actions.required = True

    def action(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        add_common_options(sub, defaults=False)
        sub.set_defaults(shard_handler=handler)
        return sub

    init = action(
        "init",
        "Seal the service's master key to KEY_ID's current version (made the first time).",
        shard_init,
    )
    init.add_argument("key_id", metavar="KEY_ID")
    init.add_argument("--rotate-after", type=int, help="accesses before a shard key rotates")
    init.add_argument("--retention-days", type=int, help="days archived versions are kept")
    get = action("get", "Hand out a shard's current key (counts as an access).", shard_get)
    get.add_argument("shard_id", metavar="SHARD_ID")
    get.add_argument("--version", type=int, help="an older, still kept version")
    get.add_argument("--show-key", action="store_true", help="print the key itself (hex)")
    rotate = action("rotate", "Make a new current key version for a shard.", shard_rotate)
    rotate.add_argument("shard_id", metavar="SHARD_ID")
    rotate.add_argument("--show-key", action="store_true", help="print the new key (hex)")
    archive = action("archive", "Archive one key version of a shard.", shard_archive)
    archive.add_argument("shard_id", metavar="SHARD_ID")
    archive.add_argument("version", metavar="VERSION", type=int)
    versions = action("versions", "List a shard's key versions (no keys).", shard_versions)
    versions.add_argument("shard_id", metavar="SHARD_ID")
    action("purge", "Remove archived versions past the retention period.", shard_purge)


# Data values ---------------------------------------------------------------------


def _unlocked(ctx: CliContext, key_id: str) -> None:
    keys = ctx.controller.keys
    if not keys.is_unlocked(key_id):
        keys.unlock(key_id, ctx.key_passphrase(key_id))


def encrypt_value(ctx: CliContext) -> int:
    args = ctx.args
    value: Any
    if args.json_file is not None:
        try:
            value = json.loads(_read_file(args.json_file))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidInputError(f"The file {args.json_file} is not valid JSON.") from exc
    elif args.file is not None:
        value = _read_file(args.file)
    elif args.stdin:
        value = _read_stdin()
    else:
        value = args.text
    service = ctx.controller.data
    ctx.controller.keys.get(args.key_id)  # an unknown key is named before any prompt
    _unlocked(ctx, args.key_id)
    token = service.encrypt(args.key_id, value, compress=args.compress)
    info = service.inspect(token)
    ctx.emit(
        {
            "token": token,
            "key_id": info.key_id,
            "version": info.version,
            "kind": info.kind,
            "compressed": info.compressed,
        },
        token,
    )
    return 0


def decrypt_value(ctx: CliContext) -> int:
    args = ctx.args
    token = _read_stdin().strip() if args.stdin else args.token
    service = ctx.controller.data
    info = service.inspect(token)
    if info.key_id != args.key_id:
        raise InvalidInputError(f"The data token is for key {info.key_id}, not {args.key_id}.")
    _unlocked(ctx, args.key_id)
    opened = service.decrypt(token, key_id=args.key_id)
    if args.output is not None:
        atomic_write(args.output, _value_bytes(opened))
    ctx.emit(_value_document(opened, args.output), "" if args.output else _value_text(opened))
    return 0


def reencrypt_values(ctx: CliContext) -> int:
    args = ctx.args
    ctx.controller.keys.get(args.key_id)
    _unlocked(ctx, args.key_id)
    result = ctx.controller.data.reencrypt_file(args.key_id, args.file)
    total = result.reencrypted + result.unchanged
    ctx.emit(
        {
            "file": str(args.file),
            "reencrypted": result.reencrypted,
            "unchanged": result.unchanged,
            "to_version": result.to_version,
            "from_versions": list(result.from_versions),
        },
        f"Re-encrypted {result.reencrypted} of {total} values in {args.file} "
        f"to version {result.to_version} of {args.key_id}",
    )
    return 0


def _read_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_VALUE_BYTES:
            raise InvalidInputError(f"The file {path} is too large to encrypt as one value.")
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from exc


def _read_stdin() -> str:
    text = sys.stdin.read(MAX_VALUE_BYTES + 1)
    if len(text) > MAX_VALUE_BYTES:
        raise InvalidInputError("The value on stdin is too large to encrypt as one value.")
    return text[:-1] if text.endswith("\n") else text


def _value_bytes(opened: DecryptedValue) -> bytes:
    if opened.kind == "bytes":
        assert isinstance(opened.value, bytes)
        return opened.value
    return _value_text(opened).encode("utf-8") + b"\n"


def _value_text(opened: DecryptedValue) -> str:
    if opened.kind == "text":
        return str(opened.value)
    if opened.kind == "json":
        return json.dumps(opened.value, indent=2, ensure_ascii=False)
    assert isinstance(opened.value, bytes)
    return base64.b64encode(opened.value).decode()


def _value_document(opened: DecryptedValue, output: Path | None) -> dict[str, Any]:
    document: dict[str, Any] = {
        "key_id": opened.key_id,
        "version": opened.version,
        "current_version": opened.current,
        "kind": opened.kind,
    }
    if output is not None:
        document["output"] = str(output)
    elif opened.kind == "bytes":
        assert isinstance(opened.value, bytes)
        document["value_base64"] = base64.b64encode(opened.value).decode()
    else:
        document["value"] = opened.value
    return document


# Shard keys ------------------------------------------------------------------------


def shard_key(ctx: CliContext) -> int:
    result: int = ctx.args.shard_handler(ctx)
    return result


def _root_unlocked(ctx: CliContext) -> None:
    root = ctx.controller.shard_keys.root()
    if root is not None:
        _unlocked(ctx, root.key_id)


def shard_init(ctx: CliContext) -> int:
    args = ctx.args
    manager = ctx.controller.shard_keys
    ctx.controller.keys.get(args.key_id)
    _root_unlocked(ctx)
    _unlocked(ctx, args.key_id)
    root = manager.set_root(
        args.key_id, rotate_after=args.rotate_after, retention_days=args.retention_days
    )
    ctx.emit(
        {
            "key_id": root.key_id,
            "version": root.version,
            "rotate_after": root.rotate_after,
            "retention_days": root.retention_days,
        },
        f"The shard key service is sealed to {root.key_id} version {root.version}: keys "
        f"rotate after {root.rotate_after} accesses, archived ones are kept "
        f"{root.retention_days} days",
    )
    return 0


def shard_get(ctx: CliContext) -> int:
    _root_unlocked(ctx)
    key = ctx.controller.shard_keys.get_key(ctx.args.shard_id, ctx.args.version)
    _emit_key(ctx, key)
    return 0


def shard_rotate(ctx: CliContext) -> int:
    _root_unlocked(ctx)
    key = ctx.controller.shard_keys.rotate_key(ctx.args.shard_id)
    _emit_key(ctx, key)
    return 0


def shard_archive(ctx: CliContext) -> int:
    args = ctx.args
    _root_unlocked(ctx)
    ctx.controller.shard_keys.archive_key(args.shard_id, args.version)
    ctx.emit(
        {"shard_id": args.shard_id, "version": args.version, "archived": True},
        f"Archived version {args.version} of shard {args.shard_id}",
    )
    return 0


def shard_versions(ctx: CliContext) -> int:
    _root_unlocked(ctx)
    versions = ctx.controller.shard_keys.versions(ctx.args.shard_id)
    ctx.emit(
        [_version_document(v) for v in versions],
        "\n".join(_version_text(v) for v in versions)
        or f"Shard {ctx.args.shard_id} has no key versions",
    )
    return 0


def shard_purge(ctx: CliContext) -> int:
    _root_unlocked(ctx)
    removed = ctx.controller.shard_keys.purge()
    ctx.emit(
        [{"shard_id": shard_id, "version": version} for shard_id, version in removed],
        "\n".join(f"Removed {shard_id} version {version}" for shard_id, version in removed)
        or "No archived version is past its retention period",
    )
    return 0


def _emit_key(ctx: CliContext, key: ShardKey) -> None:
    document: dict[str, Any] = {
        "shard_id": key.shard_id,
        "version": key.version,
        "state": key.state.value,
    }
    text = f"Shard {key.shard_id}: key version {key.version} ({key.state.value})"
    if ctx.args.show_key:
        document["key"] = key.key.hex()
        text += f"\n{key.key.hex()}"
    ctx.emit(document, text)


def _version_document(info: KeyVersionInfo) -> dict[str, Any]:
    return {
        "shard_id": info.shard_id,
        "version": info.version,
        "state": info.state.value,
        "created": info.created.isoformat(),
        "archived_at": None if info.archived_at is None else info.archived_at.isoformat(),
        "expires": None if info.expires is None else info.expires.isoformat(),
    }


def _version_text(info: KeyVersionInfo) -> str:
    text = f"v{info.version}  {info.state.value:<8}  created {info.created:%Y-%m-%d %H:%M}"
    if info.expires is not None:
        text += f", removed after {info.expires:%Y-%m-%d %H:%M}"
    return text
