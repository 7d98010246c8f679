"""Fixtures for controller tests: a controller over a file-only vault."""

from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.core.vault import Vault
from tests.core.vault.support import CHEAP_KDF


@pytest.fixture
def controller(tmp_path: Path) -> Controller:
    return Controller(Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain=None))
