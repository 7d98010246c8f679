"""keyfold-cli rotation commands: rotate, versions, expire, rotation-policy, due,
derive-password."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from keyfold.cli.context import CliContext, add_command
from keyfold.core.derived_passwords import (
    DEFAULT_SYMBOLS,
    PasswordPolicy,
    parse_classes,
)
from keyfold.core.errors import InvalidInputError
from keyfold.core.rotation import RotationPolicy, RotationState, RotationStatus

if TYPE_CHECKING:
    from keyfold.controller.passwords import DerivedPasswordService
    from keyfold.controller.rotation import RotationResult, RotationService


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        commands,
        "rotate",
        rotate,
    )
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument(
        "--emergency",
        action="store_true",
        help="the key leaked: revoke its registrations first, then rotate and re-register",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="retry the registration steps a rotation left pending",
    )

    parser = add_command(commands, "versions", versions)
    parser.add_argument("key_id", metavar="KEY_ID")

    parser = add_command(commands, "expire", expire)
    parser.add_argument("key_id", metavar="KEY_ID")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--version", type=int, metavar="N", help="expire this version")
    which.add_argument(
        "--older-than",
        type=int,
        metavar="DAYS",
        help="expire versions archived more than DAYS days ago",
    )

    parser = add_command(commands, "rotation-policy", policy)
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument("--max-age-days", metavar="N|off", help="rotate after N days")
    parser.add_argument("--max-signatures", metavar="N|off", help="rotate after N signatures")
    parser.add_argument(
        "--retention-days", metavar="N|off", help="expire archived versions after N days"
    )

    add_command(commands, "due", due)

    parser = add_command(
        commands,
        "derive-password",
        derive,
    )
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument("service", metavar="SERVICE", help="e.g. a host name")
    parser.add_argument("--length", type=int, help="password length (default 20, or saved)")
    parser.add_argument(
        "--classes", help="comma-separated: lower,upper,digits,symbols (default all)"
    )
    # argparse %-formats help texts, and the symbols include "%".
    shown = DEFAULT_SYMBOLS.replace("%", "%%")
    parser.add_argument("--symbols", help=f"the symbols to use (default {shown})")
    parser.add_argument(
        "--counter", type=int, help="bump to change this service's password (default 1)"
    )


def _rotation(ctx: CliContext) -> RotationService:
    return ctx.controller.rotation


def _passwords(ctx: CliContext) -> DerivedPasswordService:
    return ctx.controller.passwords


def _passphrase(ctx: CliContext, key_id: str) -> str | None:
    record = ctx.controller.keys.get(key_id)
    return ctx.key_passphrase(key_id) if record.protected else None


def rotate(ctx: CliContext) -> int:
    key_id = ctx.args.key_id
    service = _rotation(ctx)
    service.recover()
    passphrase = _passphrase(ctx, key_id)
    if ctx.args.resume:
        results = service.resume(key_id, passphrase)
        if not results:
            ctx.emit([], f"Key {key_id} has no rotation with pending registrations.")
            return 0
    else:
        expected = ctx.controller.keys.get(key_id).current.version
        results = [
            service.rotate(
                key_id, passphrase, emergency=ctx.args.emergency, expected_version=expected
            )
        ]
    ctx.emit(
        [_result_json(r) for r in results] if ctx.args.resume else _result_json(results[0]),
        "\n".join(_result_text(r) for r in results),
    )
    # A rotation whose servers were not all told is not a failure of the key,
    # but scripts need to notice: exit 2 with the reason on stderr.
    pending = [r for r in results if r.rotation.state is RotationState.PENDING_REGISTRATIONS]
    if pending:
        raise InvalidInputError(
            f"Key {key_id} rotated, but some registrations were not updated; "
            f"run `keyfold-cli rotate {key_id} --resume` to retry them."
        )
    return 0


def _result_json(result: RotationResult) -> dict[str, Any]:
    rotation = result.rotation
    return {
        "rotation_id": rotation.rotation_id,
        "key_id": rotation.key_id,
        "from_version": rotation.from_version,
        "to_version": rotation.to_version,
        "emergency": rotation.emergency,
        "state": rotation.state.value,
        "fingerprint": result.new_version.public_key.fingerprint,
        "public_key": result.new_version.public_key.hex,
        "registrations": [
            {
                "server": step.server,
                "client_id": step.client_id,
                "action": step.action.value,
                "outcome": step.outcome.value,
                "new_client_id": step.new_client_id,
                "message": step.message,
            }
            for step in result.steps
        ],
    }


def _result_text(result: RotationResult) -> str:
    rotation = result.rotation
    kind = "Emergency-rotated" if rotation.emergency else "Rotated"
    lines = [
        f"{kind} {rotation.key_id}: version {rotation.from_version} -> {rotation.to_version} "
        f"(fingerprint {result.new_version.public_key.fingerprint})"
    ]
    for step in result.steps:
        target = f" as {step.new_client_id}" if step.new_client_id else ""
        reason = f": {step.message}" if step.message else ""
        lines.append(
            f"  {step.server} {step.client_id}: {step.action.value} {step.outcome.value}"
            f"{target}{reason}"
        )
    return "\n".join(lines)


def versions(ctx: CliContext) -> int:
    infos = _rotation(ctx).versions(ctx.args.key_id)
    document = [
        {
            "version": info.version.version,
            "status": info.version.status.value,
            "created": info.version.created.isoformat(),
            "archived_at": None if info.archived_at is None else info.archived_at.isoformat(),
            "fingerprint": info.version.fingerprint,
            "can_sign": info.can_sign,
            "signatures": info.signatures,
        }
        for info in infos
    ]
    lines = [
        f"{'VERSION':<8} {'STATUS':<9} {'CREATED':<17} {'SIGNATURES':>10}  FINGERPRINT",
        *(
            f"{info.version.version:<8} {info.version.status.value:<9} "
            f"{info.version.created:%Y-%m-%d %H:%M} {info.signatures:>10}  "
            f"{info.version.fingerprint}"
            for info in infos
        ),
    ]
    ctx.emit(document, "\n".join(lines))
    return 0


def expire(ctx: CliContext) -> int:
    key_id = ctx.args.key_id
    service = _rotation(ctx)
    if ctx.args.version is not None:
        service.expire(key_id, ctx.args.version)
        expired = [ctx.args.version]
    else:
        expired = service.expire_older_than(key_id, ctx.args.older_than)
    text = (
        f"Expired version{'s' if len(expired) > 1 else ''} "
        f"{', '.join(map(str, expired))} of {key_id}."
        if expired
        else f"No archived version of {key_id} is old enough to expire."
    )
    ctx.emit({"key_id": key_id, "expired": expired}, text)
    return 0


def _limit(value: str | None, current: int | None, option: str) -> int | None:
    if value is None:
        return current
    if value.lower() == "off":
        return None
    try:
        return int(value)
    except ValueError:
        raise InvalidInputError(f"{option} takes a number of days or 'off'.") from None


def policy(ctx: CliContext) -> int:
    args = ctx.args
    service = _rotation(ctx)
    stored = service.policy(args.key_id)
    if any(v is not None for v in (args.max_age_days, args.max_signatures, args.retention_days)):
        stored = RotationPolicy(
            max_age_days=_limit(args.max_age_days, stored.max_age_days, "--max-age-days"),
            max_signatures=_limit(args.max_signatures, stored.max_signatures, "--max-signatures"),
            retention_days=_limit(args.retention_days, stored.retention_days, "--retention-days"),
        )
        service.set_policy(args.key_id, stored)
    document = {
        "key_id": args.key_id,
        "max_age_days": stored.max_age_days,
        "max_signatures": stored.max_signatures,
        "retention_days": stored.retention_days,
    }

    def limit(value: int | None, unit: str) -> str:
        return "never" if value is None else f"after {value} {unit}"

    text = (
        f"{args.key_id}: rotate {limit(stored.max_age_days, 'days')} or "
        f"{limit(stored.max_signatures, 'signatures')}; "
        f"archived versions expire {limit(stored.retention_days, 'days')}"
    )
    ctx.emit(document, text)
    return 0


def _status_json(status: RotationStatus) -> dict[str, Any]:
    return {
        "key_id": status.key_id,
        "version": status.version,
        "due": status.due,
        "overdue": status.overdue,
        "reason": status.reason,
        "age_days": round(status.age_days, 2),
        "signatures": status.signatures,
    }


def due(ctx: CliContext) -> int:
    found = _rotation(ctx).due()
    lines = [f"{s.key_id}: {'OVERDUE' if s.overdue else 'due'} ({s.reason})" for s in found] or [
        "No key is due for rotation."
    ]
    ctx.emit([_status_json(s) for s in found], "\n".join(lines))
    return 0


def derive(ctx: CliContext) -> int:
    args = ctx.args
    service = _passwords(ctx)
    keys = ctx.controller.keys
    if not keys.is_unlocked(args.key_id):
        keys.unlock(args.key_id, ctx.key_passphrase(args.key_id))
    chosen = None
    if any(v is not None for v in (args.length, args.classes, args.symbols, args.counter)):
        base = service.policy(args.key_id, args.service) or PasswordPolicy()
        chosen = PasswordPolicy(
            length=base.length if args.length is None else args.length,
            classes=base.classes if args.classes is None else parse_classes(args.classes),
            symbols=base.symbols if args.symbols is None else args.symbols,
            counter=base.counter if args.counter is None else args.counter,
        )
    password = service.derive(args.key_id, args.service, chosen)
    ctx.emit({"key_id": args.key_id, "service": args.service, "password": password}, password)
    return 0
