"""GUI fixtures: offscreen Qt, a cheap-KDF vault, and a dialog runner that answers."""

import os

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QRunnable
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller, UnlockCache
from keyfold.core.backup import KdfParams
from keyfold.core.vault import Vault
from keyfold.gui.base.clipboard import ClipboardGuard
from keyfold.gui.base.dialogs.runner import DialogRunner
from keyfold.gui.base.settings import GuiSettings
from keyfold.gui.base.workers.tasks import TaskRunner
from keyfold.gui.main_window import MainWindow
from tests.gui.thread_guard import GuardedThreadPool, ThreadGuard

D = TypeVar("D", bound=QDialog)
CHEAP_KDF = KdfParams.argon2id(memory_kib=256, iterations=1)
PASSPHRASE = "correct horse battery staple"


# The offscreen platform cannot forward window size hints; it says so on every
# show(). That is the test platform's limit, not a problem in Keyfold.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeDialogs(DialogRunner):
    """Shows dialogs without modality, answers questions, and picks files as told."""

    def __init__(self) -> None:
        self.opened: list[QDialog] = []
        self.confirmations: list[tuple[str, str]] = []
        self.answer = True
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.files_to_open: list[Path] = []
        self.save_path: Path | None = None
        self.folder: Path | None = None

    def open(self, dialog: QDialog, on_accepted: Callable[[], None] | None = None) -> None:
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        self.opened.append(dialog)
        dialog.show()

    def confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        *,
        action: str,
        on_yes: Callable[[], None],
        destructive: bool = False,
    ) -> None:
        self.confirmations.append((title, text))
        if self.answer:
            on_yes()

    def error(self, parent: QWidget, title: str, text: str) -> None:
        self.errors.append(text)

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self.infos.append(text)

    def open_files(self, parent: QWidget, title: str, name_filter: str) -> list[Path]:
        return list(self.files_to_open)

    def save_file(
        self, parent: QWidget, title: str, suggested: str, name_filter: str
    ) -> Path | None:
        return self.save_path

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        return self.folder

    def last(self, kind: type[D]) -> D:
        for dialog in reversed(self.opened):
            if isinstance(dialog, kind):
                return dialog
        raise AssertionError(f"no {kind.__name__} was opened")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def thread_guard() -> Iterator[ThreadGuard]:
    """Every GUI test fails if a task touched a GUI-thread object off the GUI thread."""
    global _guard
    guard = _guard = ThreadGuard()
    yield guard
    _guard = None
    guard.assert_clean()


# The running test's guard, for windows opened without a task runner of their own.
_guard: ThreadGuard | None = None


@pytest.fixture
def controller(tmp_path: Path, clock: FakeClock) -> Controller:
    vault = Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain=None)
    return Controller(vault, UnlockCache(clock=clock))


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def clipboard_guard(qapp: object) -> Iterator[ClipboardGuard]:
    guard = ClipboardGuard(QGuiApplication.clipboard(), clear_after_ms=50)
    yield guard
    QGuiApplication.clipboard().clear()


def open_window(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    dialogs: FakeDialogs,
    clipboard: ClipboardGuard,
    tasks: TaskRunner | None = None,
) -> MainWindow:
    """A shown main window over `controller` with fake dialogs, running tasks on `tasks`
    (by default on real threads under the test's thread guard)."""
    if tasks is None:
        assert _guard is not None, "the thread_guard fixture runs for every GUI test"
        tasks = TaskRunner(GuardedThreadPool(_guard))
    main = MainWindow(
        controller,
        tasks=tasks,
        dialogs=dialogs,
        settings=GuiSettings(tmp_path / "gui.ini"),
        clipboard=clipboard,
    )
    qtbot.addWidget(main)
    main.show()
    # The features beyond the key list build once the window has painted.
    qtbot.waitUntil(lambda: main.features_installed)
    return main


@pytest.fixture
def window(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    dialogs: FakeDialogs,
    clipboard_guard: ClipboardGuard,
    thread_guard: ThreadGuard,
) -> MainWindow:
    """The main window; each task runs on a real thread under `thread_guard`, and its
    result arrives before the call that started it returns, as with a synchronous pool."""
    return open_window(qtbot, tmp_path, controller, dialogs, clipboard_guard)


class HeldPool:
    """A task pool that keeps each task until the test runs it: a click (Cancel,
    Stop) lands while the task is "running"."""

    def __init__(self) -> None:
        self.waiting: list[QRunnable] = []

    def start(self, runnable: QRunnable, /) -> None:
        self.waiting.append(runnable)

    def run_next(self) -> None:
        self.waiting.pop(0).run()

    def run_all(self) -> None:
        while self.waiting:
            self.waiting.pop(0).run()


def held_window(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    dialogs: "FakeDialogs",
    clipboard: ClipboardGuard,
) -> tuple[MainWindow, HeldPool]:
    """A shown window whose tasks wait in a HeldPool (the start's are run), with
    key "alpha" made and selected."""
    pool = HeldPool()
    window = open_window(qtbot, tmp_path, controller, dialogs, clipboard, TaskRunner(pool))
    pool.run_all()
    make_key(controller, "alpha", "Alpha")
    window.refresh("alpha")
    return window, pool


def make_key(controller: Controller, key_id: str, name: str = "", **kwargs: object) -> None:
    """A key created straight through the controller, then locked."""
    controller.keys.generate(key_id, passphrase=PASSPHRASE, name=name or key_id, **kwargs)  # type: ignore[arg-type]
    controller.keys.lock_all()
