"""Fixtures shared by the whole suite."""

import faulthandler
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"

# The real keyfold-server fixtures (live_server, sqlite_server) for every test.
pytest_plugins = ["tests.server.live"]


# The terminal's stderr, taken before any test captures it: see `fault_reports_to_terminal`.
_terminal_stderr: int | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _terminal_stderr
    _terminal_stderr = os.dup(2)


@pytest.fixture
def fault_reports_to_terminal() -> Iterator[None]:
    """For tests that point faulthandler at a file and then turn it off (the crash
    reporter): afterwards a hard crash anywhere later in the run still prints
    every thread's stack, as pytest's own faulthandler set-up would."""
    yield
    if _terminal_stderr is not None:
        faulthandler.enable(file=_terminal_stderr, all_threads=True)


def require_tool(name: str) -> str:
    """The path of a real tool a test needs: skip without it, fail in CI."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (scripts/setup installs it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


def run_minisign(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real minisign (see require_tool) run in `cwd`, its output captured."""
    return subprocess.run(
        [require_tool("minisign"), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


@pytest.fixture(autouse=True, scope="session")
def _private_log_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Programs the tests start log here (keyfold.logs), never into the user's log folder."""
    os.environ["KEYFOLD_LOG_DIR"] = str(tmp_path_factory.mktemp("logs"))
