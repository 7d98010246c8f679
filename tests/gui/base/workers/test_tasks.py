"""run_task: results, errors and progress arrive on the GUI thread; the GUI stays live."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller, UnlockCache
from keyfold.core.backup import KdfParams
from keyfold.core.errors import KeyNotFoundError
from keyfold.core.vault import Vault
from keyfold.gui.base.workers.tasks import SynchronousPool, TaskContext, TaskRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot, qapp: QCoreApplication) -> None:
    runner = TaskRunner(QThreadPool.globalInstance())
    seen: dict[str, object] = {}
    progress: list[tuple[int, int]] = []

    def work(task: TaskContext) -> QThread:
        task.progress(1, 2)
        return QThread.currentThread()

    def done(worker_thread: QThread) -> None:
        seen["worker"] = worker_thread
        seen["callback"] = QThread.currentThread()

    def on_progress(done_: int, total: int) -> None:
        progress.append((done_, total))
        seen["progress_thread"] = QThread.currentThread()

    runner.run_task(work, done, lambda e: seen.update(error=e), on_progress)
    qtbot.waitUntil(lambda: "callback" in seen)
    assert seen["worker"] is not qapp.thread()
    assert seen["callback"] is qapp.thread()
    assert seen["progress_thread"] is qapp.thread()
    assert progress == [(1, 2)]
    assert not runner.busy


def test_errors_are_delivered_not_lost(qtbot: QtBot) -> None:
    runner = TaskRunner(QThreadPool.globalInstance())
    errors: list[Exception] = []

    def work(_task: TaskContext) -> None:
        raise KeyNotFoundError("No key named x.")

    runner.run_task(work, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], KeyNotFoundError)


def test_cancel_reaches_the_task() -> None:
    runner = TaskRunner(SynchronousPool())
    states: list[bool] = []
    handle = runner.run_task(
        lambda task: task.cancel_token, lambda token: states.append(token.cancelled), print
    )
    handle.cancel()
    assert handle.cancelled and states == [False]


def test_gui_keeps_processing_events_while_argon2id_runs(qtbot: QtBot, tmp_path: Path) -> None:
    # Real Argon2id cost (128 MiB, 4 passes): hundreds of milliseconds of work.
    vault = Vault(tmp_path / "vault", kdf=KdfParams.argon2id(131072, 4), keychain=None)
    controller = Controller(vault, UnlockCache())
    runner = TaskRunner(QThreadPool.globalInstance())
    ticks: list[int] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(len(ticks)))
    finished: list[object] = []
    timer.start()
    runner.run_task(
        lambda _t: controller.keys.generate("heavy", passphrase="a long enough passphrase"),
        finished.append,
        finished.append,
    )
    ticks_at_start = len(ticks)
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    timer.stop()
    assert finished[0].key_id == "heavy"  # type: ignore[attr-defined]
    # A blocked GUI thread would deliver at most one (coalesced) tick.
    assert len(ticks) - ticks_at_start >= 3
