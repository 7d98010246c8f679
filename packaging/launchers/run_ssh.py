"""Bundle entry point: `keyfold-ssh` (git's gpg.ssh.program)."""

import sys

from keyfold.ssh_tool.main import main

sys.exit(main())
