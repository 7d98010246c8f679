"""Bundle entry point: `keyfold-cli`."""

import sys

from keyfold.cli.main import main

sys.exit(main())
