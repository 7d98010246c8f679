"""Bundle entry point: `keyfold-server` (only with KEYFOLD_BUNDLE_SERVER=1)."""

import sys

from keyfold.server.main import main

sys.exit(main())
