"""Preloader: steps run in order off the GUI thread; `ready` arrives on it, failures too."""

import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from keyfold.gui.base.workers.preload import Preloader, importing


def test_steps_run_in_order_off_the_gui_thread(qtbot: QtBot, qapp: QCoreApplication) -> None:
    ran: list[tuple[int, bool]] = []
    ready: list[tuple[int, bool]] = []

    def step(index: int) -> None:
        ran.append((index, threading.current_thread() is threading.main_thread()))

    preloader = Preloader([lambda: step(0), lambda: step(1), lambda: step(2)])
    on_gui_thread = lambda: QThread.currentThread() is qapp.thread()  # noqa: E731
    preloader.ready.connect(lambda index: ready.append((index, on_gui_thread())))
    preloader.start()
    qtbot.waitUntil(lambda: len(ready) == 3)
    assert ran == [(0, False), (1, False), (2, False)]
    assert ready == [(0, True), (1, True), (2, True)]


def test_a_failing_step_is_ready_all_the_same(qtbot: QtBot) -> None:
    # The GUI thread repeats a failed step itself, where the error is reported.
    ready: list[int] = []

    def fail() -> None:
        raise ValueError("broken")

    preloader = Preloader([fail, lambda: None])
    preloader.ready.connect(ready.append)
    preloader.start()
    qtbot.waitUntil(lambda: ready == [0, 1])


def test_wait_returns_once_every_step_ran(qtbot: QtBot) -> None:
    gate = threading.Event()
    ran: list[str] = []
    preloader = Preloader([gate.wait, lambda: ran.append("last")])
    preloader.wait()  # not started: nothing to wait for
    preloader.start()
    gate.set()
    preloader.wait()
    assert ran == ["last"]


def test_importing_imports_the_named_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    importing("colorsys")()
    assert "colorsys" in sys.modules


def test_stop_runs_no_further_step_and_reports_nothing_more(qtbot: QtBot) -> None:
    started, gate = threading.Event(), threading.Event()
    ran: list[str] = []
    ready: list[int] = []

    def first() -> None:
        started.set()
        gate.wait()

    preloader = Preloader([first, lambda: ran.append("second")])
    preloader.ready.connect(ready.append)
    preloader.start()
    started.wait()
    threading.Timer(0.05, gate.set).start()  # stop() waits for the step under way
    preloader.stop()
    qtbot.wait(50)
    assert ran == [] and ready == []
