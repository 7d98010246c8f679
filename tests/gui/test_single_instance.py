"""Single instance: a later launch hands its files to the running one over a local socket."""

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from keyfold.gui.single_instance import (
    InstanceServer,
    decode_message,
    encode_message,
    send_to_running,
    server_name,
)

APP_ID = "io.keyfold.Keyfold"


@pytest.fixture
def name(tmp_path: Path) -> str:
    # Unique per test through the vault path, so a real Keyfold running here is never hit.
    return server_name(APP_ID, tmp_path / "vault")


@pytest.fixture
def server(qapp: object, name: str) -> Iterator[InstanceServer]:
    instance = InstanceServer(name)
    yield instance
    instance.close()


def test_name_is_per_user_and_vault(tmp_path: Path) -> None:
    one = server_name(APP_ID, tmp_path / "a", user="ann")
    assert one.startswith("io.keyfold.Keyfold-ann-")
    assert one != server_name(APP_ID, tmp_path / "b", user="ann")
    assert one != server_name(APP_ID, tmp_path / "a", user="bob")
    assert server_name(APP_ID, tmp_path / "a", user="ann/../x").count("/") == 0


def test_message_round_trip_keeps_only_absolute_paths() -> None:
    files = [Path("/home/ann/report.pdf"), Path("/tmp/a b.minisig")]
    assert decode_message(encode_message(files).rstrip(b"\n")) == files
    assert decode_message(b'{"files": ["relative.txt", 7, "/abs"]}') == [Path("/abs")]
    assert decode_message(b"not json") == []
    assert decode_message(b'["/abs"]') == []


def test_second_launch_hands_files_to_the_first(
    qtbot: QtBot, server: InstanceServer, name: str
) -> None:
    assert server.listen()
    files = [Path("/tmp/report.pdf"), Path("/tmp/report.pdf.minisig")]
    with qtbot.waitSignal(server.files_received) as received:
        assert send_to_running(name, files)
    assert received.args == [files]


def test_plain_second_launch_sends_no_files(
    qtbot: QtBot, server: InstanceServer, name: str
) -> None:
    assert server.listen()
    with qtbot.waitSignal(server.files_received) as received:
        assert send_to_running(name, [])
    assert received.args == [[]]


def test_nobody_running_means_no_hand_off(qapp: object, name: str) -> None:
    assert not send_to_running(name, [Path("/tmp/x")], timeout_ms=500)


def test_a_live_instance_keeps_its_name(qapp: object, server: InstanceServer, name: str) -> None:
    assert server.listen()
    second = InstanceServer(name)
    assert not second.listen()
    assert server.is_listening()


def test_stale_socket_from_a_crash_is_replaced(
    qtbot: QtBot, server: InstanceServer, name: str
) -> None:
    # What a killed instance leaves: a socket file nobody listens on.
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()
    assert path.exists()
    assert server.listen()
    with qtbot.waitSignal(server.files_received):
        assert send_to_running(name, [Path("/tmp/after-crash.txt")])


# Run in a child process: the failure this guards against is a segfault.
UNPARENTED_SERVER_DROPPED = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtNetwork import QLocalSocket
from keyfold.gui.single_instance import InstanceServer, encode_message

app = QCoreApplication([])
server = InstanceServer(sys.argv[1])
assert server.listen()
received = []
server.files_received.connect(received.append)
client = QLocalSocket()
client.connectToServer(sys.argv[1])
assert client.waitForConnected(5000)
client.write(encode_message([Path("/tmp/a.txt")]))
deadline = time.monotonic() + 10
while not received and time.monotonic() < deadline:
    app.processEvents()
assert received == [[Path("/tmp/a.txt")]]
del server  # the last reference: its sockets go while their hang-ups are pending
client.abort()
deadline = time.monotonic() + 0.5
while time.monotonic() < deadline:
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
print("survived")
"""


def test_dropping_an_unparented_server_mid_hang_up_does_not_crash(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", UNPARENTED_SERVER_DROPPED, name],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "survived"
