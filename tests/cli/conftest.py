"""Fixtures for CLI tests: run keyfold-cli in-process, as a module or as the console script."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from keyfold.cli.main import main
from keyfold.controller import Controller
from keyfold.core.vault import Vault

CLI = Path(sys.executable).with_name("keyfold-cli")


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


class CliProcess:
    """`python -m keyfold.cli.main` in a subprocess over the vault at `home`, without a
    keychain (keys live in the vault's encrypted files); KEYFOLD_PASSPHRASE is set."""

    def __init__(self, home: Path, cwd: Path | None = None) -> None:
        self.home = home
        self.cwd = cwd
        self.env = {
            **os.environ,
            "KEYFOLD_HOME": str(home),
            "KEYFOLD_PASSPHRASE": "pass phrase",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }

    def __call__(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "keyfold.cli.main", *args],
            cwd=self.cwd,
            env=self.env,
            input=stdin,
            stdin=None if stdin is not None else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )

    def json(self, *args: str) -> Any:
        """The --json output of a command that must succeed."""
        result = self("--json", *args)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def cli(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Run:
    """keyfold-cli in this process, over a file-only vault, passphrases from the env."""

    def open_file_vault(vault: Path | None) -> Controller:
        assert vault == vault_dir
        return Controller(Vault(vault_dir, keychain=None))

    monkeypatch.setattr(Controller, "open", open_file_vault)
    monkeypatch.setenv("KEYFOLD_PASSPHRASE", "key-pw")
    monkeypatch.setenv("KEYFOLD_BACKUP_PASSPHRASE", "backup-pw")

    def run(*args: str) -> Result:
        capsys.readouterr()
        code = main(["--vault", str(vault_dir), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def console(vault_dir: Path) -> Run:
    """The installed keyfold-cli script in a subprocess (the environment as it is)."""

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        # `env` replaces this process's environment (the passphrases stay).
        full_env = {
            **(os.environ if env is None else env),
            "KEYFOLD_PASSPHRASE": "key-pw",
            "KEYFOLD_BACKUP_PASSPHRASE": "backup-pw",
        }
        done = subprocess.run(
            [str(CLI), "--vault", str(vault_dir), *args],
            capture_output=True,
            text=True,
            env=full_env,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run
