"""Registry GUI fixtures: the real keyfold-server, and a window on the real thread pool."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.gui.base.clipboard import ClipboardGuard
from keyfold.gui.base.workers.tasks import TaskRunner
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import FakeDialogs, open_window
from tests.gui.thread_guard import GuardedQThreadPool, ThreadGuard
from tests.server.live import LiveServer, running_server

WAIT_MS = 20_000  # a generous ceiling for loopback calls on a busy machine, not a timing


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One real keyfold-server (SQLite) per test module; the GUI is not database-specific."""
    folder = tmp_path_factory.mktemp("keyfold-server")
    with running_server(folder, str(folder / "registrations.db")) as live:
        yield live


@pytest.fixture
def live_window(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    dialogs: FakeDialogs,
    clipboard_guard: ClipboardGuard,
    monkeypatch: pytest.MonkeyPatch,
    thread_guard: ThreadGuard,
) -> Iterator[MainWindow]:
    """The main window running its tasks on the real pool, as the app does, each task
    watched by `thread_guard`."""
    monkeypatch.delenv("KEYFOLD_DEFAULT_SERVER", raising=False)
    tasks = TaskRunner(GuardedQThreadPool(thread_guard))
    yield open_window(qtbot, tmp_path, controller, dialogs, clipboard_guard, tasks)
    QThreadPool.globalInstance().waitForDone()


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    """Until every task the window started has reported back on the GUI thread."""
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)


def wait_for(qtbot: QtBot, condition: Callable[[], bool]) -> None:
    qtbot.waitUntil(condition, timeout=WAIT_MS)
