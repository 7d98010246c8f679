"""Import budget: the GUI shows its window without loading any feature.

The real `keyfold --smoke-test` runs in a fresh interpreter; when its window
is shown and painted, the probe records sys.modules, then installs the
features as the first paint would. Checked through sys.modules, not by
timing: a module that creeps back into the start-up path fails here on any
machine.
"""

import json
import os
import subprocess
import sys

import pytest

from keyfold.controller import Controller
from keyfold.core.backup.kdf import KdfParams
from keyfold.core.vault import StorageKind, Vault

# The registry client, the keychain, the backup formats, the strength meter,
# QR codes, and every feature's commands: loaded after the first paint or on
# first use, never before the window shows.
HEAVY = (
    "argon2",
    "cryptography",
    "httpx",
    "keyring",
    "segno",
    "zxcvbn",
    "PySide6.QtDBus",
    "keyfold.controller.backups",
    "keyfold.controller.registry",
    "keyfold.controller.rotation",
    "keyfold.core.backup",
    "keyfold.core.encryption",
    "keyfold.core.registry",
    "keyfold.core.vault.secret_backends.select",
    "keyfold.gui.base.dialogs.crash_dialog",
    "keyfold.gui.settings_dialog",
)
FEATURES = (
    "activity",
    "backups.commands",
    "encryption",
    "help",
    "keys.commands",
    "passwords",
    "registrations.commands",
    "rotation",
    "shares",
    "signing",
    "ssh",
)

_PROBE = """
import json, sys, threading
from PySide6.QtCore import QTimer
from keyfold.gui import app

seen = {"gui_thread_imports": []}
smoke_test = app._smoke_test
recording = False

class ImportRecorder:
    # First on sys.meta_path: sees each module the first time it is imported.
    def find_spec(self, name, path=None, target=None):
        if recording and threading.current_thread() is threading.main_thread():
            seen["gui_thread_imports"].append(name)
        return None

sys.meta_path.insert(0, ImportRecorder())

def probe(window, server):
    global recording
    window.repaint()  # the first paint, which starts the features' install
    seen["shown"] = sorted(sys.modules)
    seen["hook"] = sys.excepthook.__module__
    recording = True  # from here, the install turns
    poll = QTimer(window, interval=10)

    def installed():
        global recording
        if window.features_installed:
            poll.stop()
            recording = False
            seen["installed"] = sorted(sys.modules)
            smoke_test(window, server)

    poll.timeout.connect(installed)
    poll.start()

app._smoke_test = probe
code = app.main(["keyfold", "--smoke-test", *sys.argv[1:]])
print(json.dumps({"code": code, **seen}))
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("startup")
    vault = Vault(folder / "vault", kdf=KdfParams.argon2id(8, 1, 1), keychain=None)
    Controller(vault).keys.generate(
        "alpha", passphrase="pass phrase", storage=StorageKind.FILE, tags=["ci"]
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(folder))
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "--vault", str(vault.home)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, done.stderr
    return result


def _feature_modules(loaded: list[str]) -> list[str]:
    prefixes = tuple(f"keyfold.gui.{name}" for name in FEATURES)
    return sorted(m for m in loaded if m.startswith(prefixes) and m != "keyfold.gui.keys")


def test_shown_window_loads_no_heavy_module(report: dict[str, object]) -> None:
    shown = report["shown"]
    assert isinstance(shown, list)
    assert sorted(name for name in HEAVY if name in shown) == []


def test_shown_window_loads_no_feature(report: dict[str, object]) -> None:
    shown = report["shown"]
    assert isinstance(shown, list)
    assert _feature_modules(shown) == []


def test_crash_reporting_is_installed_before_the_window_shows(
    report: dict[str, object],
) -> None:
    assert report["hook"] == "keyfold.gui.base.crash"


def test_install_turns_import_nothing_on_the_gui_thread(report: dict[str, object]) -> None:
    # The features' modules (httpx, keyring, cryptography...) are imported on the
    # preloading thread; a turn on the GUI thread only builds from them. A module
    # listed here is one an install step imports without its prepare step.
    assert report["gui_thread_imports"] == []


def test_installing_the_features_loads_them(report: dict[str, object]) -> None:
    # The probe does see late imports: the install loads the features' modules.
    installed = report["installed"]
    assert isinstance(installed, list)
    assert "httpx" in installed and "keyfold.gui.registrations.commands" in installed
    assert "keyfold.gui.ssh.commands" in installed
