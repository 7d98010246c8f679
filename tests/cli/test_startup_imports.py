"""Import budget: keyfold-cli --help and list load only what they need.

Checked in a fresh interpreter through sys.modules, not by timing: a module
that creeps back into the start-up path fails here on any machine.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from keyfold.cli.main import COMMANDS
from keyfold.controller import Controller
from keyfold.core.backup.kdf import KdfParams
from keyfold.core.vault import StorageKind, Vault

# Loaded by signing, encryption, servers, the backup formats or the keychain;
# never by listing or showing keys.
HEAVY = (
    "PySide6",
    "argon2",
    "cryptography",
    "httpx",
    "keyring",
    "keyfold.controller.backups",
    "keyfold.controller.encryption",
    "keyfold.controller.registry",
    "keyfold.controller.rotation",
    "keyfold.core.backup",
    "keyfold.core.encryption",
    "keyfold.core.registry",
    "keyfold.core.signing",
)
# The command modules: a command imports only its own, from keyfold.cli.main's table.
COMMAND_MODULES = tuple(sorted({f"keyfold.cli.{module}" for _, module, _ in COMMANDS}))
# Loaded by no command that only reads the vault: portalocker's package reads
# its version through importlib.metadata (POSIX locks call fcntl), the log
# loads logging.handlers only to roll a full file over, and the audit trail
# is built when a command first records. Opening a vault asks one question
# about rotation upkeep (the journal and policies load when the answer is
# yes), and only a new vault gets an id from `uuid` (which loads `platform`).
# `getpass` loads when a passphrase is prompted for. Random bytes come from
# os.urandom (`secrets` loads `random` and `hmac`); on Linux the data and log
# folders are worked out without platformdirs (which loads `tempfile` and
# `random`). The registrations and trusted keys
# tables (a frozen dataclass each, about half a millisecond to make) load
# with the commands that read them.
SLOW_AT_START = (
    "getpass",
    "secrets",
    "random",
    "hmac",
    *(("platformdirs", "tempfile") if sys.platform == "linux" else ()),
    "importlib.metadata",
    "logging.handlers",
    "portalocker",
    "shamir_mnemonic",
    "uuid",
    "keyfold.core.rotation.journal",
    "keyfold.core.rotation.policy",
    "keyfold.controller.audit",
    "keyfold.core.audit.log",
    "keyfold.core.shares",
    "keyfold.core.vault.tables.registrations",
    "keyfold.core.vault.tables.trusted_keys",
)
# --help lists the commands from that table and opens nothing: no command
# module, no log, no logging. (A listing needs libsodium: every public key
# read is checked to be a valid point.)
HEAVY_FOR_HELP = (
    *HEAVY,
    *SLOW_AT_START,
    *COMMAND_MODULES,
    "nacl",
    "dataclasses",
    "logging",
    "keyfold.logs",
    "keyfold.controller",
    "keyfold.core.vault.vault",
)

_PROBE = """
import contextlib, io, json, sys
from keyfold.cli.main import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as stop:
        code = stop.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _loaded(args: list[str], home: Path) -> set[str]:
    env = {**os.environ, "KEYFOLD_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0, done.stderr
    return set(report["modules"])


def _heavy(loaded: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(name for name in names if name in loaded)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    vault = Vault(tmp_path / "vault", kdf=KdfParams.argon2id(8, 1, 1), keychain=None)
    Controller(vault).keys.generate(
        "alpha", passphrase="pass phrase", storage=StorageKind.FILE, tags=["ci"]
    )
    return vault.home


def test_help_loads_no_vault_and_no_heavy_module(home: Path) -> None:
    assert _heavy(_loaded(["--help"], home), HEAVY_FOR_HELP) == []


def test_list_loads_no_heavy_module(home: Path) -> None:
    loaded = _loaded(["list"], home)
    assert _heavy(loaded, HEAVY) == []
    assert _heavy(loaded, SLOW_AT_START) == []
    assert _heavy(loaded, COMMAND_MODULES) == ["keyfold.cli.key_commands"]


def test_show_loads_no_heavy_module(home: Path) -> None:
    loaded = _loaded(["show", "alpha"], home)
    assert _heavy(loaded, HEAVY) == []
    assert _heavy(loaded, SLOW_AT_START) == []
    assert _heavy(loaded, COMMAND_MODULES) == ["keyfold.cli.key_commands"]


def test_signing_does_load_what_it_needs(home: Path, tmp_path: Path) -> None:
    # The probe does see late imports: a command that needs them loads them.
    target = tmp_path / "file.txt"
    target.write_text("data\n")
    loaded = _loaded(
        ["--passphrase-file", str(_passphrase(tmp_path)), "sign", "alpha", str(target)], home
    )
    assert "keyfold.core.signing" in loaded and "cryptography" in loaded


def _passphrase(folder: Path) -> Path:
    path = folder / "pass.txt"
    path.write_text("pass phrase\n")
    return path
