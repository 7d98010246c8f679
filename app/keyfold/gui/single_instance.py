"""One Keyfold window per user and vault: a later launch hands its files to it.

The first instance listens on a local socket (QLocalServer) named from the app
id, the user and the vault folder; a second launch connects, sends one JSON
line `{"files": [absolute paths]}`, waits for `ok` and exits. The socket is
only accessible to the user (UserAccessOption). A socket file left behind by
a crashed instance is noticed (nobody answers on it) and replaced.
"""

import getpass
import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal, Slot
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

ACK = b"ok\n"
# Only the same user can connect, but a runaway client still should not fill memory.
MAX_MESSAGE_BYTES = 1 << 20
CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 3000


def server_name(app_id: str, vault_home: Path, user: str | None = None) -> str:
    """`<app id>-<user>-<16 hex of the vault path's SHA-256>`: one per user and vault."""
    who = re.sub(r"[^A-Za-z0-9_.-]", "_", user if user is not None else getpass.getuser())
    digest = hashlib.sha256(str(vault_home.expanduser().resolve()).encode()).hexdigest()
    return f"{app_id}-{who}-{digest[:16]}"


def encode_message(files: Sequence[Path]) -> bytes:
    return json.dumps({"files": [str(p) for p in files]}).encode() + b"\n"


def decode_message(line: bytes) -> list[Path]:
    """The files of a message; a malformed message yields none (it only raises the window)."""
    try:
        doc = json.loads(line.decode())
    except (UnicodeDecodeError, ValueError):
        return []
    files = doc.get("files") if isinstance(doc, dict) else None
    if not isinstance(files, list):
        return []
    return [Path(f) for f in files if isinstance(f, str) and Path(f).is_absolute()]


class InstanceServer(QObject):
    """Listens for later launches; `files_received` fires once per launch (maybe empty)."""

    files_received = Signal(list)  # list[Path]

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        """Start listening; False when another live instance holds the name."""
        # Ask first: with socket options set, Qt creates the socket elsewhere and
        # renames it over the path, which would silently take a live instance's name.
        if _answers(self.name):
            return False
        if self._server.listen(self.name):
            return True
        if self._server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
            return False
        # A crashed instance left its socket file: nobody answered, so take it over.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            # Bound slots, not lambdas: a lambda holding `self` is released while
            # the socket is being destroyed, and if it held the last reference to
            # a server nobody parents, the server (and the socket, its grandchild)
            # would be deleted from inside that destructor.
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)

    @Slot()
    def _on_ready_read(self) -> None:
        if isinstance(socket := self.sender(), QLocalSocket):
            self._read(socket)

    @Slot()
    def _on_disconnected(self) -> None:
        if isinstance(socket := self.sender(), QLocalSocket):
            self._forget(socket)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None or socket.bytesAvailable() <= 0:
            return
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE_BYTES:
                self._forget(socket)
                socket.abort()
            return
        line = bytes(buffer.split(b"\n", 1)[0])
        del self._buffers[socket]
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        self.files_received.emit(decode_message(line))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def _answers(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    socket.abort()
    return alive


def send_to_running(name: str, files: Sequence[Path], timeout_ms: int = REPLY_TIMEOUT_MS) -> bool:
    """Hand `files` to the instance listening on `name`; True once it acknowledged them.

    Waits in a local event loop rather than with the blocking waitFor* calls,
    so a server in the same thread (the tests) can answer. It runs at start-up,
    before any window exists, so nothing else can re-enter meanwhile.
    """
    socket = QLocalSocket()
    loop = QEventLoop()
    reply = bytearray()
    outcome = {"ok": False}

    def connected() -> None:
        socket.write(encode_message(files))

    def read() -> None:
        if socket.bytesAvailable() <= 0:
            return  # called on hang-up with nothing left to read
        reply.extend(bytes(socket.readAll().data()))
        if reply.startswith(ACK):
            outcome["ok"] = True
            loop.quit()

    socket.connected.connect(connected)
    socket.readyRead.connect(read)
    socket.errorOccurred.connect(lambda _error: loop.quit())

    def hung_up() -> None:
        read()  # the ACK may still be unread when the server hangs up
        loop.quit()

    socket.disconnected.connect(hung_up)
    QTimer.singleShot(timeout_ms, loop, loop.quit)
    socket.connectToServer(name)
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        loop.exec()
    socket.abort()
    return outcome["ok"]
