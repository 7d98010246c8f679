"""Run inside a fresh process by bench/scale.py: GUI start, refresh and keystrokes.

Prints one JSON line: seconds from process start (the parent's clock, passed
in KEYFOLD_BENCH_T0) to the window shown, the median refresh, and each
keystroke's time (search text set, events processed, table repainted).
"""

import json
import os
import sys
import time
from pathlib import Path


def main() -> int:
    t0 = float(os.environ["KEYFOLD_BENCH_T0"])
    vault = Path(sys.argv[1])
    typed = sys.argv[2]
    hidden = sys.argv[3]  # the key selected before typing; the last keystroke hides it

    from PySide6.QtWidgets import QApplication

    from keyfold.controller import Controller
    from keyfold.gui.app import configure_application
    from keyfold.gui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    configure_application(app)
    window = MainWindow(Controller.open(vault))
    window.show()
    app.processEvents()
    shown = time.time() - t0
    # The features are built after the first paint, one an event-loop turn:
    # let them finish, so the figures below are the key list's alone.
    while not window.features_installed:
        app.processEvents()

    refreshes = []
    for _ in range(3):
        start = time.perf_counter()
        window.refresh()
        app.processEvents()
        refreshes.append(time.perf_counter() - start)

    window.keys_page.select_key(hidden)
    app.processEvents()
    search = window.keys_page.search
    strokes = []
    for length in range(1, len(typed) + 1):
        start = time.perf_counter()
        search.setText(typed[:length])
        app.processEvents()
        window.keys_page.view.viewport().repaint()
        strokes.append(time.perf_counter() - start)
    start = time.perf_counter()
    search.clear()
    app.processEvents()
    window.keys_page.view.viewport().repaint()
    cleared = time.perf_counter() - start
    print(
        json.dumps(
            {
                "shown": shown,
                "refresh": sorted(refreshes)[1],
                "strokes": strokes,
                "clear": cleared,
            }
        ),
        flush=True,
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
