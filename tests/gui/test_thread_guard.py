"""The real-thread test mode catches a task that touches a widget, and lets plain
work through; results still arrive on the GUI thread."""

import pytest
from PySide6.QtCore import QCoreApplication, QThread, QThreadPool
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from keyfold.gui.base.workers.tasks import TaskContext, TaskRunner
from tests.gui.thread_guard import GuardedQThreadPool, GuardedThreadPool, ThreadGuard


def test_a_task_reading_a_widget_is_caught(qtbot: QtBot) -> None:
    guard = ThreadGuard()
    edit = QLineEdit("secret")
    qtbot.addWidget(edit)
    runner = TaskRunner(GuardedThreadPool(guard))
    results: list[str] = []

    runner.run_task(lambda _task: edit.text(), results.append, pytest.fail)

    assert results == ["secret"]  # it ran, on another thread, and reported back
    assert [v.split(" at ")[0] for v in guard.violations] == ["QLineEdit.text"]
    with pytest.raises(AssertionError, match=r"QLineEdit\.text"):
        guard.assert_clean()


def test_a_python_method_of_a_gui_object_is_caught(qtbot: QtBot) -> None:
    class Dialog(QLineEdit):
        def request(self) -> str:
            return "plain"

    guard = ThreadGuard()
    dialog = Dialog()
    qtbot.addWidget(dialog)
    TaskRunner(GuardedThreadPool(guard)).run_task(
        lambda _task: dialog.request(), lambda _r: None, pytest.fail
    )
    assert [v.split(" at ")[0] for v in guard.violations] == ["Dialog.request"]
    guard.violations.clear()


def test_plain_values_captured_on_the_gui_thread_pass(qtbot: QtBot) -> None:
    guard = ThreadGuard()
    edit = QLineEdit("value")
    qtbot.addWidget(edit)
    runner = TaskRunner(GuardedThreadPool(guard))
    seen: dict[str, object] = {}
    text = edit.text()  # read on the GUI thread

    def work(task: TaskContext) -> str:
        task.progress(1, 1)  # a signal to the GUI thread is allowed
        seen["worker"] = QThread.currentThread()
        return text.upper()

    def done(value: str) -> None:
        seen["value"] = value
        seen["callback"] = QThread.currentThread()

    runner.run_task(work, done, pytest.fail)

    guard.assert_clean()
    app_thread = QCoreApplication.instance().thread()  # type: ignore[union-attr]
    assert seen["value"] == "VALUE"
    assert seen["worker"] is not app_thread and seen["callback"] is app_thread


def test_the_asynchronous_pool_is_guarded_too(qtbot: QtBot) -> None:
    guard = ThreadGuard()
    edit = QLineEdit("x")
    qtbot.addWidget(edit)
    runner = TaskRunner(GuardedQThreadPool(guard, QThreadPool.globalInstance()))
    runner.run_task(lambda _task: edit.text(), lambda _r: None, pytest.fail)
    qtbot.waitUntil(lambda: not runner.busy)
    assert [v.split(" at ")[0] for v in guard.violations] == ["QLineEdit.text"]
    guard.violations.clear()
