"""keyfold-cli registry commands: register, status, verify-remote, revoke, servers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keyfold.cli.context import CliContext, add_command
from keyfold.core.errors import InvalidInputError, PassphraseRequiredError, VerificationError

if TYPE_CHECKING:
    from keyfold.controller.registry import RegistrationRecord
    from keyfold.controller.registry_servers import ServerRecord
    from keyfold.core.registry import RemoteVerification


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(commands, "register", register_key)
    parser.add_argument("key_id", metavar="KEY_ID")
    _server_option(parser)
    parser.add_argument("--client-id", help="the client id (default: generated)")
    parser.add_argument("--key-name", help="the name the server shows (default: the key's name)")
    parser.add_argument("--user-id", help="the user id to register under")
    parser.add_argument(
        "--adopt",
        action="store_true",
        help="if the client id is taken by this same key, record that registration",
    )

    parser = add_command(commands, "status", registration_status)
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument("--server", metavar="URL", help="only the registration on this server")

    parser = add_command(
        commands,
        "verify-remote",
        verify_remote,
    )
    parser.add_argument("file", metavar="FILE", type=Path)
    _server_option(parser)
    parser.add_argument("--client-id", required=True, help="whose registered key to check")
    parser.add_argument("--signature", metavar="SIG", type=Path, help="default: FILE.minisig")

    parser = add_command(
        commands,
        "verify-message-remote",
        verify_message_remote,
    )
    parser.add_argument("message", metavar="MESSAGE")
    parser.add_argument("--signature", required=True, help="the signature, hex or base64")
    _server_option(parser)
    parser.add_argument("--client-id", required=True)

    parser = add_command(commands, "revoke", revoke)
    parser.add_argument("key_id", metavar="KEY_ID")
    parser.add_argument("--server", metavar="URL")
    parser.add_argument("--client-id")
    parser.add_argument("--reason", help="why (stored by the server)")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _token_file_option(parser, "instead of the key's signature")

    add_command(commands, "registrations", registrations)

    parser = add_command(
        commands,
        "server-registrations",
        server_registrations,
    )
    _server_option(parser)
    _token_file_option(parser, "for the listing")
    parser.add_argument("--limit", type=int, default=100, help="at most this many (default 100)")
    parser.add_argument("--offset", type=int, default=0, help="skip this many first")

    add_command(commands, "servers", servers)

    parser = add_command(commands, "server-add", server_add)
    parser.add_argument("url", metavar="URL")
    parser.add_argument("--pin", metavar="SHA256", help="the certificate's SHA-256 fingerprint")
    parser.add_argument(
        "--allow-plain-http", action="store_true", help="allow http:// to another computer"
    )
    _token_file_option(parser, "saved in the OS keychain, or kept for this command only")

    parser = add_command(commands, "server-remove", server_remove)
    parser.add_argument("url", metavar="URL")

    parser = add_command(commands, "server-test", server_test)
    parser.add_argument("url", metavar="URL", nargs="?")


def _server_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--server",
        metavar="URL",
        help="the server (default: the saved one, else $KEYFOLD_DEFAULT_SERVER)",
    )


def _token_file_option(parser: argparse.ArgumentParser, purpose: str) -> None:
    parser.add_argument(
        "--token-file", metavar="F", type=Path, help=f"the server's bearer token ({purpose})"
    )


def _token(ctx: CliContext) -> str | None:
    path: Path | None = ctx.args.token_file
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"Cannot read the token file {path}.") from exc


def register_key(ctx: CliContext) -> int:
    args = ctx.args

    def attempt() -> RegistrationRecord:
        return ctx.controller.registry.register(
            args.key_id,
            args.server,
            client_id=args.client_id,
            key_name=args.key_name,
            user_id=args.user_id,
            adopt=args.adopt,
        )

    try:
        record = attempt()
    except PassphraseRequiredError:
        # The server asks for a proof of possession, signed by the key: unlock it once.
        ctx.controller.keys.unlock(args.key_id, ctx.key_passphrase(args.key_id))
        record = attempt()
    ctx.emit(
        _registration_json(record),
        f"Registered key {record.key_id} on {record.server} as {record.client_id} "
        f"(registration {record.registration_id}, {record.status}).",
    )
    return 0


def registration_status(ctx: CliContext) -> int:
    records = ctx.controller.registry.status(ctx.args.key_id, ctx.args.server)
    ctx.emit([_registration_json(r) for r in records], "\n".join(map(_registration_text, records)))
    return 0


def verify_remote(ctx: CliContext) -> int:
    args = ctx.args
    verdict = ctx.controller.registry.verify_file_remote(
        args.file, args.server, args.client_id, signature_path=args.signature
    )
    return _verdict(ctx, verdict, str(args.file))


def verify_message_remote(ctx: CliContext) -> int:
    from keyfold.core.signing import decode_signature

    args = ctx.args
    verdict = ctx.controller.registry.verify_message_remote(
        args.message, decode_signature(args.signature), args.server, args.client_id
    )
    return _verdict(ctx, verdict, "the message")


def revoke(ctx: CliContext) -> int:
    args = ctx.args
    registry = ctx.controller.registry
    if not args.yes and not _confirm(ctx, f"Revoke the registration of key {args.key_id}?"):
        raise InvalidInputError("Revocation not confirmed; pass --yes to skip the question.")
    token = _token(ctx)
    try:
        record = registry.revoke(
            args.key_id, args.server, args.client_id, reason=args.reason, token=token
        )
    except PassphraseRequiredError:
        # Revocation is signed by the key itself: unlock it and try once more.
        ctx.controller.keys.unlock(args.key_id, ctx.key_passphrase(args.key_id))
        record = registry.revoke(
            args.key_id, args.server, args.client_id, reason=args.reason, token=token
        )
    ctx.emit(
        _registration_json(record),
        f"Revoked {record.client_id} on {record.server} (status {record.status}).",
    )
    return 0


def registrations(ctx: CliContext) -> int:
    records = ctx.controller.registry.list()
    text = "\n".join(map(_registration_text, records)) or "No registrations."
    ctx.emit([_registration_json(r) for r in records], text)
    return 0


def server_registrations(ctx: CliContext) -> int:
    args = ctx.args
    if args.limit < 1 or args.offset < 0:
        raise InvalidInputError("--limit must be at least 1 and --offset not negative.")
    found, total = ctx.controller.registry.server_registrations(
        args.server, token=_token(ctx), limit=args.limit, offset=args.offset
    )
    lines = [
        f"{r.client_id}  {r.status}  {r.public_key.fingerprint}  {r.key_name or ''}".rstrip()
        for r in found
    ]
    shown = f"{len(found)} of {total} registrations" if found else f"No registrations ({total})."
    ctx.emit(
        {
            "total": total,
            "limit": args.limit,
            "offset": args.offset,
            "registrations": [
                {
                    "client_id": r.client_id,
                    "registration_id": r.registration_id,
                    "public_key": r.public_key.hex,
                    "key_name": r.key_name,
                    "status": r.status,
                    "registered_at": r.registered_at,
                    "last_used": r.last_used,
                }
                for r in found
            ],
        },
        "\n".join([*lines, shown]),
    )
    return 0


def servers(ctx: CliContext) -> int:
    found = ctx.controller.registry.servers_store.servers()
    text = "\n".join(map(_server_text, found)) or "No servers saved."
    ctx.emit([_server_json(s) for s in found], text)
    return 0


def server_add(ctx: CliContext) -> int:
    from keyfold.controller.registry_servers import TOKEN_IN_SESSION

    args = ctx.args
    token = _token(ctx)
    record = ctx.controller.registry.servers_store.save(
        args.url, pinned_sha256=args.pin, allow_plain_http=args.allow_plain_http, token=token
    )
    if token and record.token_storage == TOKEN_IN_SESSION:
        # Without a keychain the token lives in this process only, which ends now.
        ctx.stderr.write(
            f"keyfold-cli: warning: no OS keychain is available, so the token for {record.url} "
            "was kept for this command only; pass --token-file to revoke and "
            "server-registrations when they need it.\n"
        )
    ctx.emit(_server_json(record), f"Saved {_server_text(record)}")
    return 0


def server_remove(ctx: CliContext) -> int:
    ctx.controller.registry.servers_store.remove(ctx.args.url)
    ctx.emit({"removed": ctx.args.url}, f"Removed {ctx.args.url}.")
    return 0


def server_test(ctx: CliContext) -> int:
    check = ctx.controller.registry.test_server(ctx.args.url)
    extensions = ", ".join(check.capabilities.extensions) or "none (a plain DataFold API)"
    ctx.emit(
        {
            "url": check.url,
            "reachable": check.reachable,
            "extensions": list(check.capabilities.extensions),
            "server": check.capabilities.server,
            "version": check.capabilities.version,
            "health": dict(check.health),
        },
        f"{check.url} answers; extensions: {extensions}.",
    )
    return 0


def _verdict(ctx: CliContext, verdict: RemoteVerification, what: str) -> int:
    document = {
        "verified": verdict.verified,
        "client_id": verdict.client_id,
        "code": verdict.code,
        "reason": verdict.reason,
        "message_hash": verdict.message_hash,
        "verified_at": verdict.verified_at,
    }
    if verdict.verified:
        ctx.emit(document, f"{what}: verified. {verdict.reason}")
        return 0
    if ctx.json:
        ctx.emit(document, "")
        ctx.stderr.write(f"keyfold-cli: {verdict.reason}\n")
        return 1
    raise VerificationError(f"{what}: not verified. {verdict.reason}")


def _confirm(ctx: CliContext, question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def _registration_json(record: RegistrationRecord) -> dict[str, Any]:
    return {
        "server": record.server,
        "client_id": record.client_id,
        "key_id": record.key_id,
        "key_version": record.key_version,
        "public_key": record.public_key.hex,
        "fingerprint": record.fingerprint,
        "registration_id": record.registration_id,
        "key_name": record.key_name,
        "registered_at": record.registered_at,
        "status": record.status,
        "last_checked": record.last_checked,
        "last_used": record.last_used,
    }


def _registration_text(record: RegistrationRecord) -> str:
    used = record.last_used.strftime("%Y-%m-%d %H:%M") if record.last_used else "never"
    return (
        f"{record.key_id} v{record.key_version}  {record.server}  {record.client_id}  "
        f"{record.status}  (last used {used})"
    )


def _server_json(record: ServerRecord) -> dict[str, Any]:
    return {
        "url": record.url,
        "pinned_sha256": record.pinned_sha256,
        "allow_plain_http": record.allow_plain_http,
        "has_token": record.has_token,
        "saved": record.saved,
    }


def _server_text(record: ServerRecord) -> str:
    notes = [
        note
        for note, present in (
            (f"pinned {record.pinned_sha256}", record.pinned_sha256),
            ("plain HTTP allowed", record.allow_plain_http),
            ("token saved", record.has_token),
            ("from $KEYFOLD_DEFAULT_SERVER", not record.saved),
        )
        if present
    ]
    return record.url + (f" ({', '.join(notes)})" if notes else "")
