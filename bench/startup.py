"""Start-up: keyfold-cli --help and list against a bare `python -c pass`, and the
GUI to its shown window against a bare PySide6 window; whole processes timed
to their exit, best of --repeat, ratios from the same run.

    python bench/startup.py --repeat 10
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

from _processes import KEYFOLD_CLI, PYTHON, ratio, run_time
from seed_vault import seed_vault

# The same work as the GUI's --smoke-test, with nothing of Keyfold: one
# window shown, one turn of the event loop, exit.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1120, 720)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.exit(0)))
sys.exit(app.exec())
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="runs per figure, best kept")
    args = parser.parse_args()
    env = {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory(prefix="keyfold-startup-") as tmp:
        home = Path(tmp) / "vault"
        seed_vault(home, keys=1)
        env["KEYFOLD_HOME"] = str(home)
        bare = run_time([PYTHON, "-c", "pass"], repeat=args.repeat)
        cli_help = run_time([KEYFOLD_CLI, "--help"], env=env, repeat=args.repeat)
        cli_list = run_time([KEYFOLD_CLI, "list"], env=env, repeat=args.repeat)
        # Again after: one busy moment would otherwise inflate the baseline
        # that every CLI ratio divides by.
        bare = min(bare, run_time([PYTHON, "-c", "pass"], repeat=args.repeat))
        bare_gui = run_time([PYTHON, "-c", BARE_WINDOW], env=env, repeat=args.repeat)
        gui = run_time(
            [PYTHON, "-m", "keyfold.gui.app", "--smoke-test", "--vault", str(home)],
            env=env,
            repeat=args.repeat,
        )
    print(f"keyfold-cli --help / python -c pass: {ratio(cli_help, bare)}  (aim <= 5x)")
    print(f"keyfold-cli list   / python -c pass: {ratio(cli_list, bare)}  (aim <= 5x)")
    print(f"GUI to shown window / bare PySide6 window: {ratio(gui, bare_gui)}  (aim <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
