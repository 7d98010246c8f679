"""Bundle entry point: the `keyfold` window (a file named keyfold.py would shadow the package)."""

import sys

from keyfold.gui.app import main

sys.exit(main())
