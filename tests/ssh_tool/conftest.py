"""Fixtures for keyfold-ssh: a vault with a key, and an environment like git's."""

import os
import sys
from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.core.keys import PublicKeyFormat
from keyfold.core.vault import Vault
from tests.core.vault.support import CHEAP_KDF

KEYFOLD_SSH = Path(sys.executable).with_name("keyfold-ssh")
PASSPHRASE = "ssh tool passphrase"


class Setup:
    def __init__(self, tmp_path: Path) -> None:
        self.vault_dir = tmp_path / "vault"
        self.controller = Controller(Vault(self.vault_dir, kdf=CHEAP_KDF, keychain=None))
        self.controller.keys.generate("work", passphrase=PASSPHRASE, name="Work key")
        self.home = tmp_path / "home"
        self.home.mkdir()
        self.public = tmp_path / "work.pub"
        self.public.write_text(self.controller.keys.format_public("work", PublicKeyFormat.OPENSSH))
        self.env = {
            "PATH": os.environ["PATH"],
            "HOME": str(self.home),
            "KEYFOLD_HOME": str(self.vault_dir),
            "KEYFOLD_LOG_DIR": str(tmp_path / "logs"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Someone",
            "GIT_AUTHOR_EMAIL": "me@example.org",
            "GIT_COMMITTER_NAME": "Someone",
            "GIT_COMMITTER_EMAIL": "me@example.org",
        }

    def with_passphrase(self) -> dict[str, str]:
        return {**self.env, "KEYFOLD_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def setup(tmp_path: Path) -> Setup:
    return Setup(tmp_path)
