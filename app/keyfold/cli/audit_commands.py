"""keyfold-cli audit commands: audit [verify], usage."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from keyfold.cli.context import CliContext, add_command
from keyfold.core.audit import AuditEntry, AuditKind
from keyfold.core.errors import InvalidInputError, VerificationError

if TYPE_CHECKING:
    from keyfold.controller.audit import AuditService


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        commands,
        "audit",
        audit,
    )
    parser.add_argument("action", nargs="?", choices=("list", "verify"), default="list")
    parser.add_argument("--key", metavar="KEY_ID", help="only this key's events")
    parser.add_argument(
        "--kind", choices=[kind.value for kind in AuditKind], help="only this kind of event"
    )
    parser.add_argument("--since", metavar="TIME", help="from this ISO 8601 time on")
    parser.add_argument("--until", metavar="TIME", help="before this ISO 8601 time")
    parser.add_argument("--limit", type=int, metavar="N", help="only the newest N events")
    parser.add_argument(
        "--expect-head",
        metavar="HASH",
        help="with verify: also require the history to contain this noted head hash",
    )

    parser = add_command(commands, "usage", usage)
    parser.add_argument("key_id", metavar="KEY_ID")


def _audit(ctx: CliContext) -> AuditService:
    return ctx.controller.audit


def _time(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInputError(f"{option} must be an ISO 8601 time such as 2025-06-08.") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def audit(ctx: CliContext) -> int:
    args = ctx.args
    service = _audit(ctx)
    if args.action == "verify":
        return _verify(ctx, service)
    filters = {
        "kind": args.kind,
        "key_id": args.key,
        "since": _time(args.since, "--since"),
        "until": _time(args.until, "--until"),
    }
    entries: Iterable[AuditEntry] = (
        service.list(**filters, limit=args.limit)
        if args.limit is not None
        else service.stream(**filters)
    )
    _print_entries(ctx, entries)
    return 0


def _print_entries(ctx: CliContext, entries: Iterable[AuditEntry]) -> None:
    """Each entry as it is read: the whole trail is never in memory at once."""
    out = ctx.stdout
    if ctx.json:
        out.write("[")
        for number, entry in enumerate(entries):
            out.write(",\n" if number else "\n")
            out.write(json.dumps(entry_json(entry), indent=2, sort_keys=True, default=str))
        out.write("\n]\n")
        return
    printed = False
    for entry in entries:
        out.write(_entry_text(entry) + "\n")
        printed = True
    if not printed:
        out.write("The audit trail has no such events.\n")


def _verify(ctx: CliContext, service: AuditService) -> int:
    result = service.verify(expected_head=ctx.args.expect_head)
    document = {
        "ok": result.ok,
        "count": result.count,
        "head_hash": result.head_hash,
        "first_bad_seq": result.first_bad_seq,
        "reason": result.reason,
        "notes": list(result.notes),
    }
    notes = "\n".join(f"note: {note}" for note in result.notes)
    if result.ok:
        text = f"The audit trail is intact: {result.count} entries, head {result.head_hash}."
        ctx.emit(document, f"{text}\n{notes}")
        return 0
    ctx.emit(document, notes)
    raise VerificationError(f"The audit trail was tampered with: {result.reason}")


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "timestamp": entry.timestamp.isoformat(),
        "kind": entry.kind,
        "key_id": entry.key_id,
        "version": entry.version,
        "actor": entry.actor,
        "details": dict(entry.details),
        "hash": entry.hash,
        "damaged": entry.damaged or None,
    }


def _entry_text(entry: AuditEntry) -> str:
    key = entry.key_id or "-"
    if entry.version is not None:
        key += f" v{entry.version}"
    details = " ".join(f"{name}={value}" for name, value in sorted(entry.details.items()))
    if entry.damaged:
        details = f"[{entry.damaged}; run `audit verify`] {details}"
    return (
        f"{entry.seq:>5} {entry.timestamp.isoformat(' ', 'seconds')[:19]} "
        f"{entry.kind:<19} {key:<24} "
        f"{details}".rstrip()
    )


def usage(ctx: CliContext) -> int:
    key_id = ctx.args.key_id
    ctx.controller.keys.get(key_id)
    report = _audit(ctx).usage(key_id)
    document = {
        "key_id": key_id,
        "last_used": None if report.last_used is None else report.last_used.isoformat(),
        "versions": [
            {
                "version": v.version,
                "signatures": v.signatures,
                "verifications": v.verifications,
                "exports": v.exports,
                "unlocks": v.unlocks,
                "derived_passwords": v.derived_passwords,
                "last_used": None if v.last_used is None else v.last_used.isoformat(),
            }
            for v in report.versions
        ],
    }
    lines = [
        f"{'VERSION':<8} {'SIGNED':>7} {'VERIFIED':>9} {'EXPORTED':>9} {'UNLOCKED':>9}  LAST USED",
        *(
            f"{v.version:<8} {v.signatures:>7} {v.verifications:>9} {v.exports:>9} "
            f"{v.unlocks:>9}  {'-' if v.last_used is None else f'{v.last_used:%Y-%m-%d %H:%M}'}"
            for v in report.versions
        ),
    ]
    ctx.emit(document, "\n".join(lines) if report.versions else f"Key {key_id} was not used yet.")
    return 0
