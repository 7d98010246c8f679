"""Argument parsing, dispatch and the exit-code contract of keyfold-cli.

Exit 0 on success, 1 when a verification fails, 2 on bad input or usage, each
failure with one line on stderr and never a traceback. A bug (an exception
Keyfold did not expect) also exits 2 with one line; its traceback goes to the
log file (keyfold.logs), where the line says to look.
"""

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from keyfold import __version__, logs
from keyfold.cli import (
    audit_commands,
    backup_commands,
    encryption_commands,
    key_commands,
    registry_commands,
    rotation_commands,
    share_commands,
    signing_commands,
    ssh_commands,
)
from keyfold.cli.context import CliContext, add_common_options, open_controller
from keyfold.core.display import shown
from keyfold.core.errors import KeyfoldError, VerificationError

# Named, not __name__: run as `python -m keyfold.cli.main` this module is __main__.
logger = logging.getLogger("keyfold.cli.main")

# KEYFOLD_LOG_LEVEL=DEBUG logs more (never secrets); INFO otherwise.
LOG_LEVEL_ENV = "KEYFOLD_LOG_LEVEL"

EXIT_OK = 0
EXIT_VERIFICATION_FAILED = 1
EXIT_BAD_INPUT = 2

COMMAND_MODULES = (
    key_commands,
    backup_commands,
    share_commands,
    signing_commands,
    rotation_commands,
    audit_commands,
    encryption_commands,
    registry_commands,
    ssh_commands,
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
    log_path = logs.configure("keyfold-cli", level=_log_level())
    # Only the command's name: its arguments may be a message or a value to encrypt.
    logger.info("keyfold-cli %s %s", __version__, args.command)
    context = CliContext(args=args, controller_factory=open_controller)
    try:
        return int(args.handler(context))
    except VerificationError as exc:
        logger.info("%s: verification failed: %s", args.command, exc)
        print(f"keyfold-cli: {shown(str(exc))}", file=sys.stderr)
        return EXIT_VERIFICATION_FAILED
    except KeyfoldError as exc:
        logger.info("%s refused: %s", args.command, exc)
        print(f"keyfold-cli: {shown(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        logger.info("%s interrupted", args.command)
        print("keyfold-cli: interrupted", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader (`| head`) went away; stop quietly as other tools do, and
        # point stdout at /dev/null so the interpreter's final flush is silent.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        logger.exception("%s failed unexpectedly", args.command)
        where = f"; details are in {log_path}" if log_path is not None else ""
        what = type(exc).__name__
        print(
            f"keyfold-cli: an unexpected error ({what}) stopped {args.command}{where}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT


def _log_level() -> int:
    name = os.environ.get(LOG_LEVEL_ENV, "").strip().upper()
    level = logging.getLevelName(name) if name else logging.INFO
    return level if isinstance(level, int) else logging.INFO


if __name__ == "__main__":
    sys.exit(main())
