"""Argument parsing, dispatch and the exit-code contract of keyfold-cli.

Exit 0 on success, 1 when a verification fails, 2 on bad input or usage, each
failure with one line on stderr and never a traceback.
"""

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from keyfold import __version__
from keyfold.cli import (
    audit_commands,
    backup_commands,
    encryption_commands,
    key_commands,
    registry_commands,
    rotation_commands,
    signing_commands,
)
from keyfold.cli.context import CliContext, add_common_options
from keyfold.controller import Controller
from keyfold.core.display import shown
from keyfold.core.errors import KeyfoldError, VerificationError

EXIT_OK = 0
EXIT_VERIFICATION_FAILED = 1
EXIT_BAD_INPUT = 2

COMMAND_MODULES = (
    key_commands,
    backup_commands,
    signing_commands,
    rotation_commands,
    audit_commands,
    encryption_commands,
    registry_commands,
)


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line instead of the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"keyfold-cli: {shown(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="keyfold-cli", description="Manage Ed25519 signing keys.")
    parser.add_argument("--version", action="version", version=f"keyfold-cli {__version__}")
    add_common_options(parser, defaults=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    context = CliContext(args=args, controller_factory=Controller.open)
    try:
        return int(args.handler(context))
    except VerificationError as exc:
        print(f"keyfold-cli: {shown(str(exc))}", file=sys.stderr)
        return EXIT_VERIFICATION_FAILED
    except KeyfoldError as exc:
        print(f"keyfold-cli: {shown(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("keyfold-cli: interrupted", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader (`| head`) went away; stop quietly as other tools do, and
        # point stdout at /dev/null so the interpreter's final flush is silent.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
