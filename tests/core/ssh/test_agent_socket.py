"""The agent socket: private folder and mode, stale and live sockets, framing, peers, stop."""

import os
import socket
import stat
from pathlib import Path

import pytest

from keyfold.core.errors import StorageError
from keyfold.core.ssh import agent_protocol
from keyfold.core.ssh.agent_socket import (
    MAX_CONNECTIONS,
    AgentSocket,
    AgentSocketError,
    Peer,
    call,
    connect,
    peer_of,
    prepare_path,
)
from keyfold.core.ssh.wire import uint32


def echo(message: bytes, peer: Peer) -> bytes:
    return b"\x06" + message + str(peer.pid).encode()


@pytest.fixture
def served(tmp_path: Path):  # type: ignore[no-untyped-def]
    server = AgentSocket(tmp_path / "run" / "agent.sock", echo)
    server.start()
    yield server
    server.stop()


def test_socket_is_private_in_a_private_folder(served: AgentSocket) -> None:
    assert stat.S_IMODE(served.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(served.path.parent.stat().st_mode) == 0o700


def test_requests_get_framed_replies_naming_the_peer(served: AgentSocket) -> None:
    client = connect(served.path)
    try:
        assert call(client, b"\x0b") == b"\x06\x0b" + str(os.getpid()).encode()
        assert call(client, b"\x0bagain").startswith(b"\x06\x0bagain")
    finally:
        client.close()


def test_peer_credentials_name_this_process() -> None:
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        peer = peer_of(left)
    assert peer.pid == os.getpid() and peer.uid == os.getuid()
    assert peer.program  # from /proc/PID/comm
    assert str(os.getpid()) in peer.describe()


def test_an_oversized_frame_drops_that_connection_only(served: AgentSocket) -> None:
    bad = connect(served.path)
    try:
        bad.sendall(uint32(agent_protocol.MAX_MESSAGE_SIZE + 1))
        assert bad.recv(10) == b""
    finally:
        bad.close()
    good = connect(served.path)
    try:
        assert call(good, b"\x0b").startswith(b"\x06")
    finally:
        good.close()


def test_a_live_socket_is_never_replaced(served: AgentSocket) -> None:
    with pytest.raises(AgentSocketError, match="serving"):
        AgentSocket(served.path, echo).start()
    assert served.path.exists()


def test_a_stale_socket_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "agent.sock"
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()  # bound, never listening: what a killed agent leaves
    assert prepare_path(path) == path
    assert not path.exists()


def test_a_file_that_is_not_a_socket_is_refused(tmp_path: Path) -> None:
    (tmp_path / "agent.sock").write_text("mine")
    with pytest.raises(AgentSocketError, match="not a socket"):
        prepare_path(tmp_path / "agent.sock")


def test_an_open_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "open"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    with pytest.raises(AgentSocketError, match="open to other users"):
        prepare_path(folder / "agent.sock")


def test_stop_removes_the_socket_and_ends_connections(tmp_path: Path) -> None:
    server = AgentSocket(tmp_path / "agent.sock", echo)
    server.start()
    client = connect(server.path)
    server.stop()
    assert not server.path.exists()
    assert client.recv(1) == b""
    client.close()


def test_connections_beyond_the_limit_are_closed(served: AgentSocket) -> None:
    clients = []
    try:
        for _ in range(MAX_CONNECTIONS):
            clients.append(connect(served.path))
            # A round trip: the connection is registered before the next one.
            call(clients[-1], b"\x0b")
        extra = connect(served.path)
        assert extra.recv(1) == b""
        extra.close()
    finally:
        for client in clients:
            client.close()


def test_connecting_to_nothing_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="Cannot reach"):
        connect(tmp_path / "none.sock")
