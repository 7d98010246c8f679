"""keyfold-cli split, combine and paper-backup: SLIP-39 shares and printable PDF backups.

`restore` and `verify-backup` read paper backups (a PDF, or a scan or photo
of the page) through the backup service, like any backup file.
"""

import argparse
from pathlib import Path

from keyfold.cli.context import KEY_PASSPHRASE_ENV, CliContext, add_command, read_passphrase
from keyfold.cli.key_commands import STORAGE_CHOICES, storage_arg
from keyfold.core.errors import InvalidInputError
from keyfold.core.paper.page import PageSize
from keyfold.core.shares import check_passphrase, check_split

SHARE_PASSPHRASE_ENV = "KEYFOLD_SHARE_PASSPHRASE"  # noqa: S105 -- a variable name
UNPROTECTED_SHARES_WARNING = (
    "keyfold-cli: warning: the shares have no passphrase; anyone holding enough of them "
    "has the key."
)


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = add_command(
        commands,
        "split",
        split,
    )
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument("--threshold", metavar="K", type=int, required=True)
    parser.add_argument("--shares", metavar="N", type=int, required=True)
    parser.add_argument("--output", metavar="DIR", type=Path, required=True)
    _share_passphrase_option(parser)

    parser = add_command(
        commands,
        "combine",
        combine,
    )
    parser.add_argument("files", metavar="FILE", type=Path, nargs="+")
    parser.add_argument("--key-id", required=True, help="the id to store the key under")
    parser.add_argument("--name", default="", help="a display name")
    parser.add_argument("--storage", choices=STORAGE_CHOICES, default="auto")
    parser.add_argument(
        "--no-key-passphrase",
        action="store_true",
        help="keep the recovered key without a passphrase (OS keychain only)",
    )
    _share_passphrase_option(parser)

    parser = add_command(
        commands,
        "paper-backup",
        paper_backup,
    )
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument("--output", metavar="FILE.pdf", type=Path, required=True)
    parser.add_argument("--page-size", choices=("a4", "letter"), default="a4")


def _share_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-passphrase",
        action="store_true",
        help="use the empty SLIP-39 passphrase (with a warning)",
    )


def split(ctx: CliContext) -> int:
    args = ctx.args
    check_split(args.threshold, args.shares)  # before asking for anything
    controller = ctx.controller
    controller.keys.get(args.key_id)
    share_passphrase = _share_passphrase(ctx, confirm=True)
    if not controller.keys.is_unlocked(args.key_id):
        controller.keys.unlock(args.key_id, _key_passphrase(args.key_id, confirm=False))
    result = controller.shares.split(args.key_id, args.threshold, args.shares, share_passphrase)
    paths = controller.shares.write_files(result, args.output)
    document = {
        "key_id": result.key_id,
        "fingerprint": result.fingerprint,
        "threshold": result.shares.threshold,
        "count": result.shares.count,
        "files": [str(p) for p in paths],
        "shares": list(result.shares.mnemonics),
    }
    lines = [
        f"Split {result.key_id} into {result.shares.count} shares; any "
        f"{result.shares.threshold} recover it:",
        *(f"  {p}" for p in paths),
        "Keep each share in a different place.",
    ]
    ctx.emit(document, "\n".join(lines))
    return 0


def combine(ctx: CliContext) -> int:
    args = ctx.args
    loaded = ctx.controller.shares.load_files(args.files)
    share_passphrase = _share_passphrase(ctx, confirm=False)
    passphrase = None if args.no_key_passphrase else _key_passphrase(args.key_id, confirm=True)
    record = ctx.controller.shares.combine(
        loaded.shares,
        share_passphrase,
        key_id=args.key_id,
        passphrase=passphrase,
        name=args.name,
        storage=storage_arg(args.storage),
        expected_fingerprint=loaded.fingerprint,
    )
    count = len(loaded.shares)
    checked = " (matches the share files)" if loaded.fingerprint else ""
    ctx.emit(
        {"key_id": record.key_id, "fingerprint": record.fingerprint, "shares": count},
        f"Recovered {record.key_id} from {count} shares, fingerprint "
        f"{record.fingerprint}{checked}.",
    )
    return 0


def paper_backup(ctx: CliContext) -> int:
    args = ctx.args
    keys = ctx.controller.keys
    keys.get(args.key_id)
    if not keys.is_unlocked(args.key_id):
        keys.unlock(args.key_id, ctx.key_passphrase(args.key_id))
    passphrase = ctx.backup_passphrase(confirm=True)
    paper = ctx.controller.paper.make(args.key_id, passphrase, PageSize(args.page_size))
    record = ctx.controller.paper.save(paper, args.output, passphrase)
    codes = "1 QR code" if paper.codes == 1 else f"{paper.codes} QR codes"
    ctx.emit(
        {"key_id": args.key_id, "path": record.path, "codes": paper.codes, "verified": True},
        f"Wrote the paper backup of {args.key_id} to {record.path} ({codes}); it reads back "
        "and opens with the passphrase. Print it, and keep the passphrase apart from it.",
    )
    return 0


def _share_passphrase(ctx: CliContext, *, confirm: bool) -> str:
    """The SLIP-39 passphrase: empty with --no-passphrase, else file, environment, prompt."""
    if ctx.args.no_passphrase:
        ctx.stderr.write(UNPROTECTED_SHARES_WARNING + "\n")
        return ""
    passphrase = read_passphrase(
        getattr(ctx.args, "passphrase_file", None),
        SHARE_PASSPHRASE_ENV,
        "Share passphrase (SLIP-39): ",
        confirm=confirm,
        needed=f"A share passphrase is needed: use --passphrase-file, set {SHARE_PASSPHRASE_ENV}, "
        "or give --no-passphrase for none.",
    )
    if not passphrase:
        raise InvalidInputError(
            "The share passphrase is empty; give --no-passphrase if that is what you want."
        )
    check_passphrase(passphrase)
    return passphrase


def _key_passphrase(key_id: str, *, confirm: bool) -> str:
    """The vault key's passphrase: the environment or a prompt (--passphrase-file is the
    share passphrase in these commands)."""
    return read_passphrase(
        None,
        KEY_PASSPHRASE_ENV,
        f"Passphrase for key {key_id}: ",
        confirm=confirm,
        needed=f"The passphrase of key {key_id} is needed: set {KEY_PASSPHRASE_ENV}.",
    )
