"""The exit-code contract of keyfold-cli's entry point."""

import argparse
import importlib
import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from keyfold.cli import main as cli_main
from keyfold.cli.main import build_parser
from keyfold.controller import Controller
from keyfold.core.backup import KdfParams, seal_key
from keyfold.core.display import unescape_path
from keyfold.core.keys import KeyPair
from tests.cli.conftest import CLI, CliProcess, Run


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


# --- names that are not UTF-8, and text that would drive the terminal (issue 11) ----

HOSTILE_NAME = os.fsdecode(b"bad\xff\xfe\x1b[31mname")
SHOWN_NAME = "bad\\xff\\xfe\\x1b[31mname"


def test_every_file_command_takes_a_name_that_is_not_utf8(tmp_path: Path) -> None:
    runner = CliProcess(tmp_path / "vault", cwd=tmp_path)
    runner.env["KEYFOLD_BACKUP_PASSPHRASE"] = "backup pass"
    assert runner("generate", "k", "--storage", "file").returncode == 0
    (tmp_path / HOSTILE_NAME).write_text("hello\n")
    steps = [
        ("sign", "k", HOSTILE_NAME),
        ("verify", HOSTILE_NAME, "--key", "k"),
        ("encrypt", HOSTILE_NAME, "--recipient", "k"),
        ("decrypt", f"{HOSTILE_NAME}.kfe", "--output", f"{HOSTILE_NAME}.out"),
        ("backup", "k", "--output", f"{HOSTILE_NAME}.json"),
        ("verify-backup", f"{HOSTILE_NAME}.json"),
        ("restore", f"{HOSTILE_NAME}.json", "--key-id", "k2"),
        ("backup", "k", "--output", f"{HOSTILE_NAME}.tar.gz"),
        ("restore", f"{HOSTILE_NAME}.tar.gz", "--on-conflict", "rename"),
        ("export-public", "k", "--output", f"{HOSTILE_NAME}.pub"),
    ]
    for step in steps:
        result = runner(*step)
        assert result.returncode == 0, (step, result.stderr)
        assert "\x1b" not in result.stdout + result.stderr
        assert "Traceback" not in result.stderr
    assert (tmp_path / f"{HOSTILE_NAME}.out").read_text() == "hello\n"
    listed = runner("audit").stdout
    assert f"file={SHOWN_NAME}.kfe" in listed
    assert "\x1b" not in listed
    # The audit trail holds every such name losslessly, and stays verifiable.
    entries = runner.json("audit")
    backup = next(e for e in entries if e["kind"] == "backup")
    assert os.fsencode(unescape_path(backup["details"]["path"])) == os.fsencode(
        tmp_path.resolve() / f"{HOSTILE_NAME}.json"
    )
    assert runner("audit", "verify").returncode == 0


@pytest.mark.parametrize(
    "key_id", ["a\nb\x1b[31mred", "\udcff", "x\u202etxt.exe", "n" * 900], ids=repr
)
def test_ids_from_a_backup_are_printed_escaped(tmp_path: Path, key_id: str) -> None:
    pair = KeyPair.generate()
    data = seal_key(pair, "bp", key_id="placeholder", kdf=KdfParams(memory_kib=256, iterations=1))
    doc = json.loads(data)
    doc["key_id"] = key_id
    (tmp_path / "b.json").write_text(json.dumps(doc))
    runner = CliProcess(tmp_path / "vault")
    runner.env["KEYFOLD_BACKUP_PASSPHRASE"] = "bp"
    for command in (("verify-backup",), ("restore",)):
        result = runner(*command, str(tmp_path / "b.json"))
        assert result.returncode == 0, result.stderr
        assert all(ch == "\n" or ch.isprintable() for ch in result.stdout + result.stderr)
        # A line break in the id cannot forge a line of output.
        known = (str(tmp_path), "  format:", "warning:", "The backup", "Restored", "Skipped")
        assert all(line.startswith(known) for line in result.stdout.splitlines())
        assert "\u202e" not in result.stdout
    assert runner("audit", "verify").returncode == 0


def test_folders_keyfold_did_not_make_keep_their_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp: world-writable with the sticky bit
    runner = CliProcess(shared)  # --vault d, through KEYFOLD_HOME
    result = runner("generate", "k", "--storage", "file")
    assert result.returncode == 0, result.stderr
    assert "can be written by everyone" in result.stderr  # warned, not fixed
    (tmp_path / "plain.txt").write_text("x")
    out = shared / "out"
    assert (
        runner(
            "encrypt",
            str(tmp_path / "plain.txt"),
            "--recipient",
            "k",
            "--folder",
            "--output",
            str(out / "x"),
        ).returncode
        == 0
    )
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE(out.stat().st_mode) == 0o700  # made by Keyfold


def test_the_server_database_folder_keeps_its_mode(tmp_path: Path) -> None:
    from keyfold.server.sqlite_storage import SqliteStorage

    folder = tmp_path / "d"
    folder.mkdir()
    folder.chmod(0o1777)
    SqliteStorage(folder / "reg.db")
    SqliteStorage(tmp_path / "new" / "reg.db")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o1777
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700


def test_the_command_table_matches_what_each_module_registers() -> None:
    # --help lists the table; running a command uses what its module registers.
    registered = []
    for module_name in dict.fromkeys(module for _, module, _ in cli_main.COMMANDS):
        module = importlib.import_module(f"keyfold.cli.{module_name}")
        commands = argparse.ArgumentParser().add_subparsers()
        module.register(commands)
        registered += [(a.dest, module_name, a.help) for a in commands._choices_actions]
    assert registered == list(cli_main.COMMANDS)


def test_help_lists_every_command_with_its_help_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["--help"])
    assert stopped.value.code == 0
    # Compared without white space: argparse wraps the lines, also at hyphens.
    listed = "".join(capsys.readouterr().out.split())
    for name, _module, help_text in cli_main.COMMANDS:
        assert "".join(f"{name} {help_text}".split()) in listed, name


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


def test_a_command_runs_with_a_larger_young_generation(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    seen: list[tuple[int, int, int]] = []

    def run(argv: object) -> int:
        seen.append(gc.get_threshold())
        return 0

    before = gc.get_threshold()
    monkeypatch.setattr(cli_main, "_run", run)
    assert cli_main.main(["list"]) == 0
    assert seen == [(cli_main.GC_THRESHOLD, *before[1:])]
    assert gc.get_threshold() == before


def test_run_exits_with_mains_code_and_freezes_what_is_alive(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    monkeypatch.setattr(cli_main, "main", lambda: 3)
    try:
        with pytest.raises(SystemExit) as stop:
            cli_main.run()
        assert stop.value.code == 3
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
