"""The real keyfold-server (and a real PostgreSQL) as subprocesses, for tests.

The suite's conftest registers this module as a plugin, so every test can ask
for `live_server` (a server per module, on SQLite and, marked `postgres`, on
PostgreSQL) or `sqlite_server` (one per module on SQLite, for tests that are
not about the database), or `datafold_node` (one per module started with
--datafold-only: only the three DataFold calls, as a plain DataFold node).
"""

import os
import pwd
import resource
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import IN_CI

POSTGRES_BIN = Path("/usr/lib/postgresql/15/bin")
ADMIN_TOKEN = "test-admin-token-0123456789"
STARTUP_SECONDS = 30.0
# A plain DataFold node has no /health: any enveloped 404 for an unknown client shows it is up.
_NODE_PROBE = "/api/crypto/keys/status/keyfold-startup-probe"
# Generous limits for the shared server; rate-limit tests start their own.
LIBERAL_LIMITS = ("--registration-limit", "100000/hour", "--verification-limit", "100000/hour")


@dataclass
class LiveServer:
    url: str
    database: str
    process: subprocess.Popen[str]
    stderr_path: Path
    admin_token: str = ADMIN_TOKEN

    def log_lines(self) -> list[str]:
        return self.stderr_path.read_text(encoding="utf-8").splitlines()


def server_command() -> list[str]:
    script = Path(sys.executable).with_name("keyfold-server")
    return [str(script)] if script.exists() else [sys.executable, "-m", "keyfold.server.main"]


@contextmanager
def running_server(
    folder: Path,
    database: str,
    extra: Sequence[str] = LIBERAL_LIMITS,
    *,
    datafold_only: bool = False,
    max_open_files: int | None = None,
) -> Iterator[LiveServer]:
    """keyfold-server on a free loopback port (--port 0), ready when it answers.

    `datafold_only` starts it with --datafold-only (a plain DataFold node);
    `max_open_files` lowers its descriptor limit (RLIMIT_NOFILE) to that.
    """
    folder.mkdir(parents=True, exist_ok=True)
    token_file = folder / "admin-token"
    token_file.write_text(ADMIN_TOKEN + "\n", encoding="utf-8")
    stderr_path = folder / "server.log"
    command = [
        *server_command(),
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--db",
        database,
        "--admin-token-file",
        str(token_file),
        *extra,
        *(["--datafold-only"] if datafold_only else []),
    ]
    with open(stderr_path, "w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            text=True,
            preexec_fn=None if max_open_files is None else lambda: _limit_files(max_open_files),
        )
    try:
        url = _read_url(process, stderr_path)
        if datafold_only:
            _wait_ready(url, _NODE_PROBE, 404)
        else:
            _wait_ready(url, "/health", 200)
        yield LiveServer(url, database, process, stderr_path)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        assert process.stdout is not None
        process.stdout.close()


def _limit_files(count: int) -> None:
    """In the child before exec: at most `count` open descriptors."""
    resource.setrlimit(resource.RLIMIT_NOFILE, (count, count))


def _read_url(process: subprocess.Popen[str], stderr_path: Path) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.2)
        if ready:
            line = process.stdout.readline()
            if line.startswith("keyfold-server listening on "):
                return line.rsplit(" ", 1)[1].strip()
            if not line and process.poll() is not None:
                break
    raise RuntimeError(
        "keyfold-server did not start: " + stderr_path.read_text(encoding="utf-8")[-2000:]
    )


def _wait_ready(url: str, path: str, expected: int) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    with httpx.Client(trust_env=False) as client:
        while True:
            try:
                status = client.get(url + path, timeout=2).status_code
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
            else:
                if status == expected:
                    return
                if time.monotonic() > deadline:
                    raise RuntimeError(f"keyfold-server answered {path} with HTTP {status}")
            time.sleep(0.05)


def _require_postgres() -> None:
    if not (POSTGRES_BIN / "initdb").exists():
        message = f"PostgreSQL 15 is not installed in {POSTGRES_BIN} (scripts/setup installs it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


@contextmanager
def running_postgres() -> Iterator[str]:
    """A throwaway PostgreSQL cluster listening only on a Unix socket in its folder.

    initdb refuses to run as root, so as root the cluster belongs to the
    `postgres` user and its commands run through runuser. The folder sits
    directly in the temp dir: pytest's own are 0700 (postgres could not
    enter) and too deep for a Unix socket path.
    """
    _require_postgres()
    folder = Path(tempfile.mkdtemp(prefix="keyfold-pg-"))
    try:
        with _cluster(folder) as dsn:
            yield dsn
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _cluster(folder: Path) -> Iterator[str]:
    as_user: list[str] = []
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(folder, account.pw_uid, account.pw_gid)
        runuser = shutil.which("runuser")
        assert runuser is not None, "runuser (util-linux) is needed to run initdb as postgres"
        as_user = [runuser, "-u", "postgres", "--"]
    data = folder / "data"
    _run([*as_user, str(POSTGRES_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"])
    options = f"-c listen_addresses='' -k {folder} -p 5432 -F"
    pg_ctl = [*as_user, str(POSTGRES_BIN / "pg_ctl"), "-D", str(data)]
    try:
        # -l: the server's output goes to a file, not to pipes we would wait on.
        _run([*pg_ctl, "-o", options, "-l", str(folder / "postgres.log"), "-w", "start"])
        yield f"postgresql://postgres@/postgres?host={folder}&port=5432"
    finally:
        subprocess.run(
            [*pg_ctl, "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=60,
        )


def _run(command: list[str]) -> None:
    done = subprocess.run(
        command, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[-1]).name} failed: {done.stderr[-1000:]}")


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def live_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The real keyfold-server over SQLite, then over PostgreSQL."""
    folder = tmp_path_factory.mktemp(f"server-{request.param}")
    if request.param == "sqlite":
        with running_server(folder, str(folder / "registrations.db")) as server:
            yield server
        return
    with running_postgres() as dsn, running_server(folder, dsn) as server:
        yield server


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One real keyfold-server over SQLite per test module."""
    folder = tmp_path_factory.mktemp("server")
    with running_server(folder, str(folder / "registrations.db")) as server:
        yield server


@pytest.fixture(scope="module")
def datafold_node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One real keyfold-server --datafold-only (SQLite) per module: a plain DataFold node."""
    folder = tmp_path_factory.mktemp("datafold-node")
    with running_server(folder, str(folder / "registrations.db"), datafold_only=True) as server:
        yield server
