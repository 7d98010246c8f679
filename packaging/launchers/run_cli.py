"""Bundle entry point: `keyfold-cli`."""

from keyfold.cli.main import run

run()
