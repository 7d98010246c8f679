"""The exit-code contract of keyfold-cli's entry point."""

import argparse
import subprocess
from pathlib import Path

import pytest

from keyfold.cli import main as cli_main
from keyfold.cli.main import build_parser
from keyfold.controller import Controller
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


def test_every_command_has_working_help(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name in commands.choices:
        with pytest.raises(SystemExit) as stopped:
            parser.parse_args([name, "--help"])
        assert stopped.value.code == 0, name
        assert "usage: keyfold-cli" in capsys.readouterr().out


def test_an_unexpected_error_is_one_line_and_its_traceback_is_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KEYFOLD_LOG_DIR", str(tmp_path / "logs"))

    def broken(vault: Path | None) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(Controller, "open", broken)
    assert cli_main.main(["--vault", str(tmp_path / "vault"), "list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "ZeroDivisionError" in err and "Traceback" not in err
    log = (tmp_path / "logs" / "keyfold-cli.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: a bug" in log
