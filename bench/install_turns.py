"""The GUI's longest event-loop turn while it installs its features after the first
paint: a 2 ms heartbeat timer runs from the window showing until 0.2 s after the
features are installed, and the largest gap between two ticks is the longest the
window did not answer. A bare PySide6 window runs the same heartbeat for as long,
in the same run, as the baseline. Median of --repeat fresh processes.

    python bench/install_turns.py --repeat 5

For the keychain probe to do what it does on a desktop, run it in a session
with a Secret Service (e.g. under `dbus-run-session` with gnome-keyring, as
scripts/test does); without one, choosing the keychain fails fast.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _processes import BYTECODE_CACHED, PYTHON
from seed_vault import seed_vault

HEARTBEAT = """
import json, sys, time
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

ticks = []
done = {}

def heartbeat(window, finished):
    def tick():
        now = time.perf_counter()
        ticks.append(now)
        if finished() and "at" not in done:
            done["at"] = now
        if "at" in done and now - done["at"] > 0.2:
            gaps = [b - a for a, b in zip(ticks, ticks[1:])]
            print(json.dumps({"longest_ms": max(gaps) * 1000,
                              "installed_s": done["at"] - ticks[0]}), flush=True)
            QCoreApplication.exit(0)
    timer = QTimer(window, interval=2)
    timer.timeout.connect(tick)
    timer.start()
"""

# The real app over the vault: the heartbeat starts when the window shows.
KEYFOLD = (
    HEARTBEAT
    + """
from keyfold.gui import app
from keyfold.gui.main_window import MainWindow
shown = MainWindow.showEvent

def show(self, event):
    shown(self, event)
    if not hasattr(self, "_heartbeat"):
        self._heartbeat = heartbeat(self, lambda: self.features_installed)

MainWindow.showEvent = show
app._smoke_test = lambda window, server: None
app.main(["keyfold", "--smoke-test", *sys.argv[1:]])
"""
)

# A bare window, its heartbeat running for as long as Keyfold's install took.
BARE = (
    HEARTBEAT
    + """
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1120, 720)
window.show()
start = time.perf_counter()
seconds = float(sys.argv[1])
heartbeat(window, lambda: time.perf_counter() - start > seconds)
sys.exit(app.exec())
"""
)


def _run(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(
        [PYTHON, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure, median kept")
    args = parser.parse_args()
    env = {
        **os.environ,
        **BYTECODE_CACHED,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    with tempfile.TemporaryDirectory(prefix="keyfold-turns-") as tmp:
        home = Path(tmp) / "vault"
        seed_vault(home, keys=1)
        env["HOME"] = tmp  # the GUI's settings and log, not the user's
        ours = [_run(KEYFOLD, "--vault", str(home), env=env) for _ in range(args.repeat)]
        installed = statistics.median(run["installed_s"] for run in ours)
        bare = [_run(BARE, str(installed), env=env) for _ in range(args.repeat)]
    longest = statistics.median(run["longest_ms"] for run in ours)
    baseline = statistics.median(run["longest_ms"] for run in bare)
    worst = max(run["longest_ms"] for run in ours)
    print(
        f"longest turn while installing / bare window: {longest:.1f} ms / {baseline:.1f} ms"
        f" = {longest / baseline:.2f}x  (worst run {worst:.1f} ms; a frame is 16.7 ms;"
        f" installed {installed:.2f} s after showing)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
