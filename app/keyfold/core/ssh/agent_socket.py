"""The agent's UNIX socket: a private place to listen, framed messages, and who is asking.

The socket is 0600 in a 0700 folder; a live socket at the path is never
replaced, a stale one (nobody listening) is. Each connection gets a thread;
peers running as another user are turned away (SO_PEERCRED), as OpenSSH's own
agent does.
"""

import contextlib
import logging
import os
import socket
import stat
import struct
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from keyfold.core.errors import InvalidInputError, StorageError
from keyfold.core.ssh.agent_protocol import frame, frame_length
from keyfold.core.ssh.wire import WireFormatError

log = logging.getLogger(__name__)

SOCKET_MODE = 0o600
FOLDER_MODE = 0o700
# ssh keeps its connection open for a whole session; this bounds the threads
# a misbehaving local program can make the agent hold.
MAX_CONNECTIONS = 64
# A message must arrive whole within this time once it has begun.
MESSAGE_TIMEOUT_SECONDS = 30.0
_ACCEPT_POLL_SECONDS = 0.5


def default_socket_path() -> Path:
    """Where the desktop app's agent listens unless told otherwise: the user's runtime
    folder (`$XDG_RUNTIME_DIR/keyfold`), else a per-user folder in the temp folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return Path(runtime) / "keyfold" / "ssh-agent.sock"
    return Path(tempfile.gettempdir()) / f"keyfold-{os.getuid()}" / "ssh-agent.sock"


class AgentSocketError(InvalidInputError):
    """The socket path cannot be used (live agent there, unsafe folder, not a socket)."""


@dataclass(frozen=True)
class Peer:
    """The process at the other end of a connection, as the kernel reports it."""

    pid: int | None
    uid: int | None
    program: str | None

    def describe(self) -> str:
        if self.program and self.pid:
            return f"{self.program} (process {self.pid})"
        if self.pid:
            return f"process {self.pid}"
        return "an unknown program"


Handler = Callable[[bytes, Peer], bytes]


def peer_of(conn: socket.socket) -> Peer:
    """SO_PEERCRED's pid and uid, and the program's name from /proc where there is one."""
    peercred = getattr(socket, "SO_PEERCRED", None)
    if peercred is None:
        return Peer(None, None, None)
    try:
        creds = conn.getsockopt(socket.SOL_SOCKET, peercred, struct.calcsize("3i"))
    except OSError:
        return Peer(None, None, None)
    pid, uid, _gid = struct.unpack("3i", creds)
    return Peer(pid or None, uid, _program(pid))


def _program(pid: int) -> str | None:
    try:
        name = Path(f"/proc/{pid}/comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    # A process names itself; keep what a dialog shows to one printable word.
    return "".join(c for c in name if c.isprintable())[:32] or None


def prepare_path(path: Path) -> Path:
    """Make the folder (0700) and clear a stale socket; refuse a live one or anything else."""
    path = Path(path).expanduser().absolute()
    folder = path.parent
    if not folder.exists():
        try:
            folder.mkdir(parents=True, mode=FOLDER_MODE)
        except OSError as exc:
            raise StorageError(f"Cannot create the folder {folder}: {exc.strerror}.") from exc
    info = folder.stat()
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise AgentSocketError(
            f"The folder {folder} is open to other users; put the agent socket in a folder "
            "only you can enter (mode 0700)."
        )
    try:
        existing = path.lstat()
    except FileNotFoundError:
        return path
    if not stat.S_ISSOCK(existing.st_mode):
        raise AgentSocketError(f"{path} exists and is not a socket; choose another path.")
    if is_live(path):
        raise AgentSocketError(
            f"An agent is serving {path} already; stop it or choose another path."
        )
    path.unlink()
    return path


def is_live(path: Path) -> bool:
    """True when something accepts connections on the socket."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(2.0)
    try:
        probe.connect(str(path))
    except OSError:
        return False
    finally:
        probe.close()
    return True


class AgentSocket:
    """Listens on a path and hands each framed request to `handler`, from worker threads."""

    def __init__(self, path: Path, handler: Handler) -> None:
        self.path = Path(path).expanduser().absolute()
        self._handler = handler
        self._stop = threading.Event()
        self._listener: socket.socket | None = None
        self._inode: int | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._lock = threading.Lock()

    def start(self) -> None:
        """Bind and listen (in the caller's thread, so errors surface there), then serve."""
        prepare_path(self.path)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(str(self.path))
            os.chmod(self.path, SOCKET_MODE)
            listener.listen(16)
        except OSError as exc:
            listener.close()
            raise StorageError(f"Cannot listen on {self.path}: {exc.strerror}.") from exc
        listener.settimeout(_ACCEPT_POLL_SECONDS)
        self._listener = listener
        self._inode = self.path.lstat().st_ino
        self._thread = threading.Thread(target=self._accept_loop, name="ssh-agent", daemon=True)
        self._thread.start()
        log.info("SSH agent listening on %s", self.path)

    def stop(self) -> None:
        """Stop accepting, close every connection, remove the socket if it is still ours."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            if self._inode is not None and self.path.lstat().st_ino == self._inode:
                self.path.unlink()
        self._inode = None
        log.info("SSH agent stopped")

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                if self._stop.is_set():
                    return
                log.exception("The SSH agent could not accept a connection")
                continue
            peer = peer_of(conn)
            if peer.uid is not None and peer.uid not in (os.getuid(), 0):
                log.warning("SSH agent: refused a connection from uid %s", peer.uid)
                conn.close()
                continue
            with self._lock:
                if len(self._connections) >= MAX_CONNECTIONS:
                    log.warning("SSH agent: too many connections, refused one")
                    conn.close()
                    continue
                self._connections.add(conn)
            threading.Thread(
                target=self._serve, args=(conn, peer), name="ssh-agent-conn", daemon=True
            ).start()

    def _serve(self, conn: socket.socket, peer: Peer) -> None:
        try:
            while not self._stop.is_set():
                conn.settimeout(None)
                header = _read_exactly(conn, 4, first=True)
                if header is None:
                    return
                conn.settimeout(MESSAGE_TIMEOUT_SECONDS)
                body = _read_exactly(conn, frame_length(header), first=False)
                if body is None:
                    return
                reply = self._handler(body, peer)
                conn.sendall(frame(reply))
        except WireFormatError as exc:
            log.warning("SSH agent: dropped a connection from %s: %s", peer.describe(), exc)
        except OSError:
            pass  # the client went away or timed out mid-message
        finally:
            with self._lock:
                self._connections.discard(conn)
            conn.close()


def _read_exactly(conn: socket.socket, size: int, *, first: bool) -> bytes | None:
    """`size` bytes, or None when the peer closed cleanly before a message began."""
    chunks = bytearray()
    while len(chunks) < size:
        chunk = conn.recv(size - len(chunks))
        if not chunk:
            if first and not chunks:
                return None
            raise WireFormatError("The agent request ended before its announced length.")
        chunks += chunk
    return bytes(chunks)


def connect(path: Path, timeout: float = 30.0) -> socket.socket:
    """A client connection to an agent socket."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        # A blocking connect waits for a full backlog instead of failing with EAGAIN.
        client.connect(str(path))
    except OSError as exc:
        client.close()
        raise StorageError(f"Cannot reach the SSH agent at {path}: {exc.strerror}.") from exc
    client.settimeout(timeout)
    return client


def call(client: socket.socket, message: bytes) -> bytes:
    """Send one request on a client connection and return the reply's body."""
    client.sendall(frame(message))
    header = _read_exactly(client, 4, first=False)
    assert header is not None
    return _read_exactly(client, frame_length(header), first=False) or b""
