"""The exit-code contract of keyfold-cli's entry point."""

import subprocess
from pathlib import Path

from tests.cli.conftest import CLI, Run


def test_usage_error_is_one_line_and_exit_2(console: Run) -> None:
    result = console("no-such-command")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert result.err.startswith("keyfold-cli: ")
    assert "Traceback" not in result.err


def test_missing_argument_is_exit_2(console: Run) -> None:
    result = console("show")
    assert result.code == 2
    assert "Traceback" not in result.err


def test_version() -> None:
    done = subprocess.run([str(CLI), "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("keyfold-cli ")


def test_closed_stdout_pipe_ends_quietly(console: Run, vault_dir: Path) -> None:
    assert console("generate", "piped").code == 0
    # `keyfold-cli --json show | head -c1`: the reader leaves after one byte.
    pipeline = subprocess.run(  # noqa: S602 -- a fixed pipeline of our own paths
        f"'{CLI}' --vault '{vault_dir}' --json show piped | head -c1",
        shell=True,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "KEYFOLD_PASSPHRASE": "key-pw"},
        check=False,
    )
    assert pipeline.stdout == "{"
    assert "Traceback" not in pipeline.stderr
