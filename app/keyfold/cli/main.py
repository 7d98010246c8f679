"""Argument parsing, dispatch and the exit-code contract of keyfold-cli.

Exit 0 on success, 1 when a verification fails, 2 on bad input or usage, each
failure with one line on stderr and never a traceback. A bug (an exception
Keyfold did not expect) also exits 2 with one line; its traceback goes to the
log file (keyfold.logs), where the line says to look.
"""

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from keyfold import __version__
from keyfold.cli.command_table import COMMANDS
from keyfold.cli.context import CliContext, add_common_options, open_controller
from keyfold.core.display import shown
from keyfold.core.errors import KeyfoldError, VerificationError

if TYPE_CHECKING:
    import logging
    from pathlib import Path

# KEYFOLD_LOG_LEVEL=DEBUG logs more (never secrets); INFO otherwise.
LOG_LEVEL_ENV = "KEYFOLD_LOG_LEVEL"

# The young generation's size while a command runs (Python's default: 700).
GC_THRESHOLD = 20_000

EXIT_OK = 0
EXIT_VERIFICATION_FAILED = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line instead of the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"keyfold-cli: {shown(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="keyfold-cli", description="Manage Ed25519 signing keys.")
    parser.add_argument("--version", action="version", version=f"keyfold-cli {__version__}")
    add_common_options(parser, defaults=True)
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser, action=_Commands
    )
    commands.required = True
    return parser


class _Commands(argparse._SubParsersAction):  # type: ignore[type-arg]  # not generic at run time
    """The COMMAND argument, built from COMMANDS: --help lists every command
    from the table, and only the chosen command's module is imported, to
    register its real parser (arguments, handler)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every name first maps to one shared placeholder: an argparse parser
        # costs about 0.2 ms (gettext looks for translations each time), and
        # only the chosen command needs its own.
        placeholder = self._parser_class()
        for name, _module, help_text in COMMANDS:
            self._choices_actions.append(self._ChoicesPseudoAction(name, (), help_text))
            self._name_parser_map[name] = placeholder

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if values:
            self.load(str(values[0]))
        super().__call__(parser, namespace, values, option_string)

    def load(self, name: str) -> None:
        """Put the parsers of `name`'s module in place of their placeholder."""
        module_name = next((module for command, module, _ in COMMANDS if command == name), None)
        if module_name is None:
            return  # not a command: argparse says so, listing the choices
        module = importlib.import_module(f"keyfold.cli.{module_name}")
        registered: argparse._SubParsersAction[argparse.ArgumentParser] = (
            argparse._SubParsersAction(
                option_strings=[], prog=self._prog_prefix, parser_class=self._parser_class
            )
        )
        module.register(registered)
        self._name_parser_map.update(registered.choices)


def main(argv: Sequence[str] | None = None) -> int:
    # A command's start makes tens of thousands of objects that live until it
    # exits (modules, classes, parsers, records) and frees few, so the
    # collector's young generation would run a dozen times over them for
    # nothing. Collected less often while the command runs.
    threshold = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *threshold[1:])
    try:
        return _run(argv)
    finally:
        gc.set_threshold(*threshold)


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logger, log_path = _start_log(args.command)
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


def _start_log(command: str) -> "tuple[logging.Logger, Path | None]":
    """The CLI's logger, once its log file is set up (keyfold.logs.configure).

    Imported here, once a command runs: --help, --version and usage errors
    log nothing and so never load logging.
    """
    import logging

    from keyfold import logs

    name = os.environ.get(LOG_LEVEL_ENV, "").strip().upper()
    level = logging.getLevelName(name) if name else logging.INFO
    log_path = logs.configure(
        "keyfold-cli", level=level if isinstance(level, int) else logging.INFO
    )
    # Named, not __name__: run as `python -m keyfold.cli.main` this module is __main__.
    logger = logging.getLogger("keyfold.cli.main")
    # Only the command's name: its arguments may be a message or a value to encrypt.
    logger.info("keyfold-cli %s %s", __version__, command)
    return logger, log_path


def run() -> NoReturn:
    """The keyfold-cli program: `main()` on the command line, then exit with its code."""
    code = main()
    # The interpreter's exit runs the collector over every object several
    # times (modules, classes and functions included): about 6 ms of `list`.
    # One collection now finalizes what the command left in reference cycles
    # (as those passes would), then what is still alive is frozen: exit
    # still tears it down by reference counting, and its passes skip it.
    gc.collect()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
