"""No secret reaches a log: real flows with DEBUG logging, then every log line is searched.

The flows run through the controller in this process (records captured with
caplog and a keyfold.logs file) and through keyfold-cli in subprocesses
(KEYFOLD_LOG_LEVEL=DEBUG, their own log file), against the real keyfold-server
on loopback with a bearer token. Searched for: every passphrase, every key
seed (hex, base64, urlsafe base64) of every version, the token and the
derived passwords.
"""

import base64
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from keyfold import logs
from keyfold.controller import ConflictPolicy, Controller
from keyfold.core.vault import Vault
from tests.core.vault.support import CHEAP_KDF
from tests.server.live import LiveServer

pytestmark = pytest.mark.server

KEY_PASSPHRASE = "log-probe key passphrase 7c1e"
BACKUP_PASSPHRASE = "log-probe backup passphrase 93ad"
NEW_PASSPHRASE = "log-probe changed passphrase 5b20"
MESSAGE = "log-probe signed message 0e4f"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    logs.configure("keyfold-test", level=logging.DEBUG)
    yield folder
    root = logging.getLogger("keyfold")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.NOTSET)


def _seed_forms(seed: bytes) -> list[str]:
    return [
        seed.hex(),
        seed.hex().upper(),
        base64.b64encode(seed).decode(),
        base64.urlsafe_b64encode(seed).decode().rstrip("="),
    ]


def _seeds(controller: Controller, key_id: str) -> list[str]:
    forms = []
    for version in controller.keys.get(key_id).versions:
        forms += _seed_forms(controller.keys.key_pair(key_id, version.version).seed)
    return forms


def _controller_flows(home: Path, server: LiveServer, work: Path) -> list[str]:
    """Every flow through the controller; the secrets it handled."""
    controller = Controller(Vault(home, kdf=CHEAP_KDF, keychain=None))
    controller.keys.generate("alpha", passphrase=KEY_PASSPHRASE, name="Alpha")
    controller.keys.lock_all()
    controller.keys.unlock("alpha", KEY_PASSPHRASE)
    document = work / "document.txt"
    document.write_text("signed\n", encoding="utf-8")
    controller.signing.sign_files("alpha", [document])
    controller.signing.sign_message("alpha", MESSAGE)
    controller.registry.servers_store.save(server.url, token=server.admin_token)
    controller.registry.register("alpha", server.url, "log-probe-alpha")
    password = controller.passwords.derive("alpha", "example.com")
    controller.backups.create(["alpha"], BACKUP_PASSPHRASE, work / "alpha-backup.json")
    controller.backups.verify(work / "alpha-backup.json", BACKUP_PASSPHRASE)
    controller.rotation.rotate("alpha", KEY_PASSPHRASE)
    rotated_password = controller.passwords.derive("alpha", "example.com")
    controller.registry.revoke("alpha", server.url)
    controller.keys.change_passphrase("alpha", KEY_PASSPHRASE, NEW_PASSPHRASE)
    with pytest.raises(Exception, match="wrong"):
        controller.keys.unlock("alpha", "a wrong passphrase 11")
    controller.backups.restore(
        work / "alpha-backup.json",
        BACKUP_PASSPHRASE,
        key_id="alpha-restored",
        on_conflict=ConflictPolicy.RENAME,
    )
    controller.keys.unlock("alpha-restored", BACKUP_PASSPHRASE)
    return [
        password,
        rotated_password,
        *_seeds(controller, "alpha"),
        *_seeds(controller, "alpha-restored"),
    ]


def _cli_flows(home: Path, server: LiveServer, work: Path, log_dir: Path) -> list[str]:
    """The same flows through keyfold-cli processes logging at DEBUG; the secrets."""
    token_file = work / "token"
    token_file.write_text(server.admin_token + "\n", encoding="utf-8")
    env = {
        **os.environ,
        "KEYFOLD_HOME": str(home),
        "KEYFOLD_PASSPHRASE": KEY_PASSPHRASE,
        "KEYFOLD_BACKUP_PASSPHRASE": BACKUP_PASSPHRASE,
        "KEYFOLD_LOG_DIR": str(log_dir),
        "KEYFOLD_LOG_LEVEL": "DEBUG",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }

    def cli(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "keyfold.cli.main", "--json", *args],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        assert done.returncode == 0, (args, done.stderr)
        return done.stdout

    document = work / "cli-document.txt"
    document.write_text("signed by the cli\n", encoding="utf-8")
    cli("generate", "beta", "--storage", "file")
    cli("sign", "beta", str(document))
    cli("sign-message", "beta", MESSAGE)
    cli("server-add", server.url, "--token-file", str(token_file))
    cli("register", "beta", "--server", server.url, "--client-id", "log-probe-beta")
    password = json.loads(cli("derive-password", "beta", "example.com"))["password"]
    cli("backup", "beta", "--output", str(work / "beta-backup.json"))
    cli("verify-backup", str(work / "beta-backup.json"))
    cli("restore", str(work / "beta-backup.json"), "--key-id", "beta-restored")
    cli("rotate", "beta")
    cli("revoke", "beta", "--server", server.url, "--token-file", str(token_file), "--yes")
    controller = Controller(Vault(home, keychain=None))
    controller.keys.unlock("beta", KEY_PASSPHRASE)
    controller.keys.unlock("beta-restored", KEY_PASSPHRASE)
    return [password, *_seeds(controller, "beta"), *_seeds(controller, "beta-restored")]


def test_no_secret_reaches_any_log(
    tmp_path: Path,
    log_dir: Path,
    sqlite_server: LiveServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="keyfold")
    secrets = [
        KEY_PASSPHRASE,
        BACKUP_PASSPHRASE,
        NEW_PASSPHRASE,
        "a wrong passphrase 11",
        sqlite_server.admin_token,
        *_controller_flows(tmp_path / "vault", sqlite_server, tmp_path),
        *_cli_flows(tmp_path / "cli-vault", sqlite_server, tmp_path, log_dir),
    ]
    files = sorted(log_dir.glob("*.log*"))
    assert {path.name for path in files} >= {"keyfold-test.log", "keyfold-cli.log"}
    texts = {str(path): path.read_text(encoding="utf-8") for path in files}
    texts["captured records"] = "\n".join(
        f"{record.getMessage()} {record.exc_text or ''}" for record in caplog.records
    )
    texts["keyfold-server"] = "\n".join(sqlite_server.log_lines())
    # The flows were logged at all: audit events and CLI commands are there.
    assert "derive_password" in texts[str(log_dir / "keyfold-test.log")]
    assert "keyfold-cli" in texts[str(log_dir / "keyfold-cli.log")]
    for where, text in texts.items():
        for secret in secrets:
            assert secret not in text, f"a secret ({secret[:4]}...) is in {where}"
