"""Unexpected errors reach the log with their traceback and a dialog with "Copy details"
and the log's place; expected errors stay one sentence; a hard crash leaves a trace."""

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from keyfold.core.errors import WrongPassphraseError
from keyfold.gui.base import crash
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.workers.tasks import SynchronousPool, TaskContext, TaskRunner

SECRET = "correct horse battery staple"


def _failing_step() -> None:
    passphrase = SECRET  # a local value: must never reach the details or the log
    raise TypeError(f"bad operand ({len(passphrase)} chars)")


def _caught() -> TypeError:
    try:
        _failing_step()
    except TypeError as exc:
        return exc
    raise AssertionError("no error")


@pytest.fixture
def reporter(
    qapp: QApplication, tmp_path: Path, fault_reports_to_terminal: None
) -> Iterator[crash.CrashReporter]:
    installed = crash.install(qapp, tmp_path / "keyfold.log")
    yield installed
    if installed.dialog is not None:
        installed.dialog.reject()
    crash.uninstall()


def test_details_hold_the_traceback_and_versions_but_no_values() -> None:
    text = crash.details(_caught())
    assert "Traceback" in text and "_failing_step" in text and "TypeError" in text
    assert f"Keyfold {crash.__version__}" in text and "PySide6" in text
    assert SECRET not in text


def test_expected_errors_are_not_bugs() -> None:
    assert not crash.is_bug(WrongPassphraseError("That passphrase is not right."))
    assert not crash.is_bug(FileNotFoundError(2, "No such file", "x"))
    assert crash.is_bug(TypeError("x"))


def test_a_bug_is_logged_and_shown_with_copy_details(
    qtbot: QtBot, reporter: crash.CrashReporter, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO, logger="keyfold")
    reporter.report(_caught(), "a test")
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert "TypeError" in dialog.message.text()
    assert str(tmp_path / "keyfold.log") in dialog.message.text()
    assert "Traceback" in dialog.details_view.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    record = next(r for r in caplog.records if r.exc_info)
    assert record.levelno == logging.ERROR and "a test" in record.getMessage()
    assert SECRET not in caplog.text


def test_excepthooks_route_to_the_reporter(
    qtbot: QtBot, reporter: crash.CrashReporter, caplog: pytest.LogCaptureFixture
) -> None:
    error = _caught()
    sys.excepthook(type(error), error, error.__traceback__)
    assert reporter.dialog is not None and reporter.dialog.isVisible()
    reporter.dialog.reject()
    assert reporter.dialog is None

    def boom() -> None:
        raise ValueError("in a thread")

    worker = threading.Thread(target=boom, name="probe")
    worker.start()
    worker.join()
    # Logged from the thread at once; the dialog follows on the GUI thread.
    assert any("thread probe" in r.getMessage() for r in caplog.records if r.exc_info)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert "ValueError" in reporter.dialog.message.text()


def test_a_task_bug_is_logged_reported_and_still_reaches_on_error(
    qtbot: QtBot, reporter: crash.CrashReporter, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO, logger="keyfold")
    errors: list[Exception] = []

    def work(_task: TaskContext) -> None:
        _failing_step()

    TaskRunner(SynchronousPool()).run_task(work, lambda _r: None, errors.append)
    assert len(errors) == 1 and isinstance(errors[0], TypeError)
    assert "Task started: " in caplog.text and "work" in caplog.text
    assert any(r.exc_info for r in caplog.records)
    assert reporter.dialog is not None and reporter.dialog.isVisible()
    sentence = user_message(errors[0])
    assert "TypeError" in sentence and str(tmp_path / "keyfold.log") in sentence


def test_an_expected_task_error_is_one_line_without_a_dialog(
    qtbot: QtBot, reporter: crash.CrashReporter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="keyfold")

    def work(_task: TaskContext) -> None:
        raise WrongPassphraseError("That passphrase is not right.")

    TaskRunner(SynchronousPool()).run_task(work, lambda _r: None, lambda _e: None)
    assert reporter.dialog is None
    assert "Task failed: " in caplog.text and "WrongPassphraseError" in caplog.text
    assert not any(r.exc_info for r in caplog.records)


def test_a_hard_crash_leaves_every_threads_stack_beside_the_log(tmp_path: Path) -> None:
    code = (
        "import faulthandler, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from keyfold.gui.base import crash\n"
        "app = QApplication([])\n"
        "crash.install(app, Path(sys.argv[1]) / 'keyfold.log')\n"
        "faulthandler._sigsegv()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    faults = tmp_path / crash.FAULTS_FILE
    assert "Segmentation fault" in faults.read_text()
    assert faults.stat().st_mode & 0o777 == 0o600
