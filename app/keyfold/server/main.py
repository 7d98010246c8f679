"""keyfold-server's command line: parse options, open the database, serve on uvicorn."""

import argparse
import asyncio
import contextlib
import ipaddress
import logging
import os
import resource
import signal
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs
import uvicorn

from keyfold.server import logs
from keyfold.server.app import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_MAX_BODY,
    ServerSettings,
    create_app,
)
from keyfold.server.edge import (
    DEFAULT_HEADER_TIMEOUT,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_PER_ADDRESS,
    EdgeLimits,
    QuietUvicorn,
    edge_protocol,
    fit_to_descriptors,
    loop_exception_handler,
)
from keyfold.server.postgres_storage import PostgresStorage
from keyfold.server.ratelimit import RateSpec, parse_rate
from keyfold.server.sqlite_storage import SqliteStorage
from keyfold.server.storage import Storage

DEFAULT_PORT = 8765
DATABASE_NAME = "registrations.db"
# Bytes of request line plus headers h11 buffers before refusing a request.
MAX_HEADER_BYTES = 16 * 1024
KEEP_ALIVE_SECONDS = 5


def default_database() -> Path:
    return Path(platformdirs.user_data_dir("keyfold-server")) / DATABASE_NAME


def _rate(text: str) -> RateSpec:
    try:
        return parse_rate(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _positive(kind: type[int] | type[float]) -> "argparse._ActionType":
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from exc
        if not 0 < value < 10**9:
            raise argparse.ArgumentTypeError(f"{text!r} must be above 0")
        return value

    return parse


def _proxy(text: str) -> str:
    try:
        return str(ipaddress.ip_network(text, strict=False))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not an IP address or network") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="keyfold-server",
        description="The Keyfold reference registration server (DataFold crypto API).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help="port (0 picks a free one and prints it)"
    )
    parser.add_argument(
        "--db",
        default=None,
        help="SQLite file, or a postgresql:// DSN (default: the user data folder)",
    )
    parser.add_argument("--registration-limit", type=_rate, default=RateSpec(100, 3600.0))
    parser.add_argument("--verification-limit", type=_rate, default=RateSpec(1000, 3600.0))
    parser.add_argument(
        "--max-body", type=_positive(int), default=DEFAULT_MAX_BODY, help="bytes (65536)"
    )
    parser.add_argument(
        "--workers",
        type=_positive(int),
        default=1,
        help="processes serving the one port (1); they share limits and state "
        "through the database, PostgreSQL being the one made for that",
    )
    parser.add_argument(
        "--require-proof",
        action="store_true",
        help="register only keys whose holder proves possession (and rotate only to such keys)",
    )
    parser.add_argument(
        "--trusted-proxy",
        action="append",
        type=_proxy,
        default=[],
        metavar="ADDR",
        help="a reverse proxy (address or network) whose X-Forwarded-For is believed; "
        "repeat for several (default: none, the peer address is the client)",
    )
    parser.add_argument(
        "--header-timeout",
        type=_positive(float),
        default=DEFAULT_HEADER_TIMEOUT,
        help="seconds a connection has to send a request's headers (10)",
    )
    parser.add_argument(
        "--body-timeout",
        type=_positive(float),
        default=DEFAULT_BODY_TIMEOUT,
        help="seconds a request has for its whole body (10)",
    )
    parser.add_argument(
        "--max-connections",
        type=_positive(int),
        default=DEFAULT_MAX_CONNECTIONS,
        help="open connections in all, kept below the descriptor limit (1024)",
    )
    parser.add_argument(
        "--max-connections-per-address",
        type=_positive(int),
        default=DEFAULT_PER_ADDRESS,
        help="open connections from one source address (64)",
    )
    parser.add_argument(
        "--admin-token-file",
        type=Path,
        help="a file holding the bearer token for revoking and listing",
    )
    parser.add_argument(
        "--datafold-only",
        action="store_true",
        help="serve only the three DataFold calls, like a plain DataFold node "
        "(no aliases, extensions, capabilities or health; other paths are a plain 404)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logger = logs.setup()
    for name in ("uvicorn", "uvicorn.error"):
        uvicorn_logger = logging.getLogger(name)
        uvicorn_logger.handlers = logger.handlers
        uvicorn_logger.propagate = False
        uvicorn_logger.addFilter(QuietUvicorn())
    token = None
    if args.admin_token_file is not None:
        try:
            token = args.admin_token_file.read_text(encoding="utf-8").strip() or None
        except (OSError, UnicodeDecodeError) as exc:
            print(f"keyfold-server: cannot read {args.admin_token_file}: {exc}", file=sys.stderr)
            return 2
    if args.require_proof and args.datafold_only:
        print(
            "keyfold-server: --require-proof needs the challenge extension, "
            "which --datafold-only leaves out",
            file=sys.stderr,
        )
        return 2
    database = args.db or str(default_database())
    try:
        storage = open_storage(database)
    except Exception as exc:  # any driver error: report it in one line, not a traceback
        print(f"keyfold-server: cannot open the database: {type(exc).__name__}", file=sys.stderr)
        logs.log(logging.ERROR, "database_error", error=str(exc).splitlines()[0][:200])
        return 2
    soft_limit, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    limits = EdgeLimits(
        header_timeout=args.header_timeout,
        max_connections=fit_to_descriptors(args.max_connections, soft_limit),
        per_address=args.max_connections_per_address,
    )
    try:
        sock = _bind(args.host, args.port)
    except OSError as exc:
        print(f"keyfold-server: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        storage.close()
        return 2
    url = _url(args.host, sock.getsockname()[1])
    logs.log(
        logging.INFO,
        "listening",
        url=url,
        database=storage.kind,
        api="datafold-only" if args.datafold_only else "keyfold",
        registration_limit=str(args.registration_limit),
        verification_limit=str(args.verification_limit),
        require_proof=args.require_proof,
        trusted_proxies=args.trusted_proxy,
        max_connections=limits.max_connections,
        per_address=limits.per_address,
        workers=args.workers,
    )
    print(f"keyfold-server listening on {url}", flush=True)
    try:
        if args.workers == 1:
            _run(args, token, limits, storage, sock)
            return 0
        # Made once here, so the workers do not race to create the identity.
        storage.server_identity()
        storage.close()
        return _run_workers(args, token, limits, database, sock)
    finally:
        sock.close()


def _run(
    args: argparse.Namespace,
    token: str | None,
    limits: EdgeLimits,
    storage: Storage,
    sock: socket.socket,
) -> None:
    """Serve on `sock` until a signal says stop; closes `storage`."""
    settings = ServerSettings(
        storage=storage,
        registration_limit=args.registration_limit,
        verification_limit=args.verification_limit,
        admin_token=token,
        max_body=args.max_body,
        datafold_only=args.datafold_only,
        require_proof=args.require_proof,
        body_timeout=args.body_timeout,
    )
    config = uvicorn.Config(
        create_app(settings),
        loop="asyncio",
        http=edge_protocol(limits),
        log_config=None,
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=5,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        # uvicorn's own cap on connections and tasks, a backstop behind the
        # edge protocol's (which refuses the connection itself).
        limit_concurrency=limits.max_connections + 1,
        # X-Forwarded-For is believed only from the proxies named; uvicorn's
        # default would believe any local process.
        proxy_headers=bool(args.trusted_proxy),
        forwarded_allow_ips=args.trusted_proxy,
    )
    try:
        asyncio.run(_serve(uvicorn.Server(config), sock))
    finally:
        storage.close()


def _run_workers(
    args: argparse.Namespace,
    token: str | None,
    limits: EdgeLimits,
    database: str,
    sock: socket.socket,
) -> int:
    """Fork `args.workers` processes serving the one socket; stop them all together.

    Each worker opens its own database connection after the fork (neither
    SQLite nor psycopg connections survive one). Limits, nonces and
    registrations live in the database, so the workers share them. When one
    worker dies the others are stopped too, for the service manager to restart.
    """
    children: set[int] = set()
    stopping = False

    def stop(_signum: int = signal.SIGTERM, _frame: object = None) -> None:
        nonlocal stopping
        stopping = True
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    for _ in range(args.workers):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _run(args, token, limits, open_storage(database), sock)
            except Exception as exc:  # the parent reports it; a worker never raises past here
                logs.log(logging.ERROR, "worker_failed", error=type(exc).__name__)
                code = 1
            finally:
                os._exit(code)
        children.add(pid)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    failed = False
    while children:
        pid, status = os.wait()
        children.discard(pid)
        # uvicorn ends a worker by re-raising the SIGTERM it was stopped with.
        if not stopping:
            failed = True
            code = os.waitstatus_to_exitcode(status)
            logs.log(logging.ERROR, "worker_exited", error=f"exit code {code}")
            stop()
    return 1 if failed else 0


async def _serve(server: uvicorn.Server, sock: socket.socket) -> None:
    asyncio.get_running_loop().set_exception_handler(loop_exception_handler)
    await server.serve(sockets=[sock])


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted sockets only when
    # the listener says TCP; without it Nagle and delayed ACKs add 40 ms a reply.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(socket.SOMAXCONN)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _url(host: str, port: int) -> str:
    try:
        shown = f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        shown = host
    return f"http://{shown}:{port}"


def open_storage(target: str) -> Storage:
    """PostgreSQL for a `postgresql://` DSN, else an SQLite file at that path."""
    if target.startswith(("postgresql://", "postgres://")):
        return PostgresStorage(target)
    return SqliteStorage(Path(target).expanduser())


if __name__ == "__main__":
    sys.exit(main())
