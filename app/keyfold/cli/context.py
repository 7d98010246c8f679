"""What every command handler gets: the controller, output, and passphrases."""

import argparse
import os
import sys
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from keyfold.cli.command_table import HELP
from keyfold.core.display import shown
from keyfold.core.errors import InvalidInputError, PassphraseRequiredError

if TYPE_CHECKING:
    from keyfold.controller import Controller

KEY_PASSPHRASE_ENV = "KEYFOLD_PASSPHRASE"  # noqa: S105 -- a variable name, not a secret
BACKUP_PASSPHRASE_ENV = "KEYFOLD_BACKUP_PASSPHRASE"  # noqa: S105 -- a variable name


class CliContext:
    """Per-invocation state shared by the command handlers."""

    # A plain class, not a dataclass: --help imports this module, and
    # dataclasses costs it inspect and ast.
    def __init__(
        self,
        args: Namespace,
        controller_factory: Callable[[Path | None], "Controller"],
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
    ) -> None:
        self.args = args
        self.controller_factory = controller_factory
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        self._controller: Controller | None = None

    @property
    def controller(self) -> "Controller":
        if self._controller is None:
            self._controller = self.controller_factory(self.args.vault)
            for warning in self._controller.vault.warnings:
                self.stderr.write(f"keyfold-cli: warning: {shown(warning)}\n")
        return self._controller

    @property
    def json(self) -> bool:
        return bool(self.args.json)

    def emit(self, document: Any, text: str) -> None:
        """Print `document` as JSON with --json, else the human `text`."""
        if self.json:
            import json  # here, not at the top: --help and text output never need it

            # ensure_ascii escapes controls, bidi marks and undecodable names alike.
            json.dump(document, self.stdout, indent=2, sort_keys=True, default=str)
            self.stdout.write("\n")
        elif text:
            self.stdout.write(safe_lines(text) + "\n")

    def progress(self, message: str) -> None:
        """A status line on stderr, for people watching a long command."""
        self.stderr.write(safe_lines(message) + "\n")
        self.stderr.flush()

    def key_passphrase(self, key_id: str, *, confirm: bool = False) -> str:
        """The passphrase of a vault key: --passphrase-file, environment, prompt."""
        return self._passphrase(KEY_PASSPHRASE_ENV, f"Passphrase for key {key_id}: ", confirm)

    def backup_passphrase(self, *, confirm: bool = False) -> str:
        return self._passphrase(BACKUP_PASSPHRASE_ENV, "Backup passphrase: ", confirm)

    def optional_key_passphrase(self) -> str | None:
        """A key passphrase only when one was supplied without prompting."""
        source = getattr(self.args, "passphrase_file", None)
        if source:
            return _read_passphrase_file(Path(source))
        return os.environ.get(KEY_PASSPHRASE_ENV)

    def _passphrase(self, env_name: str, prompt: str, confirm: bool) -> str:
        return read_passphrase(
            getattr(self.args, "passphrase_file", None),
            env_name,
            prompt,
            confirm=confirm,
            needed=f"A passphrase is needed: use --passphrase-file or set {env_name}.",
        )


def read_passphrase(
    source: str | Path | None, env_name: str, prompt: str, *, confirm: bool, needed: str
) -> str:
    """A passphrase from the file `source`, else `$env_name`, else a no-echo prompt (typed
    twice with `confirm`); without a terminal to ask on, `needed` says how to give one."""
    if source:
        return _read_passphrase_file(Path(source))
    from_env = os.environ.get(env_name)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise PassphraseRequiredError(needed)
    import getpass  # here, not at the top: only a prompt needs it (and termios)

    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise InvalidInputError("The two passphrases differ.")
    return first


def open_controller(vault: Path | None) -> "Controller":
    """Controller.open, imported when a command first needs the vault (not for --help)."""
    from keyfold.controller import Controller

    return Controller.open(vault)


def safe_lines(text: str) -> str:
    """Human output with every line's control, bidi and undecodable characters
    escaped (names, ids and comments come from files), the line breaks kept."""
    return "\n".join(shown(line, keep="\t") for line in text.rstrip("\n").split("\n"))


def _read_passphrase_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInputError(f"Cannot read the passphrase file {path}: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise InvalidInputError(f"The passphrase file {path} is not UTF-8 text.") from exc
    # One trailing newline is what editors and `echo` add; it is not part of it.
    return text[:-1] if text.endswith("\n") else text


def add_common_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """--vault, --json and --passphrase-file, accepted before or after COMMAND.

    Subcommands repeat them with suppressed defaults so an option given before
    the command is not reset by the subparser.
    """
    vault_default: object = None if defaults else argparse.SUPPRESS
    json_default: object = False if defaults else argparse.SUPPRESS
    parser.add_argument(
        "--vault",
        type=Path,
        default=vault_default,
        help="the vault folder (default: $KEYFOLD_HOME)",
    )
    parser.add_argument(
        "--json", action="store_true", default=json_default, help="print one JSON document"
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="F",
        default=vault_default,
        help="read the passphrase from this file",
    )


def add_command(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]",
    name: str,
    handler: Callable[[CliContext], int],
) -> argparse.ArgumentParser:
    """Add a subcommand whose handler gets the CliContext and returns the exit code;
    its help line is the command table's (keyfold.cli.command_table)."""
    help_text = HELP[name]
    parser = commands.add_parser(name, help=help_text, description=help_text)
    add_common_options(parser, defaults=False)
    parser.set_defaults(handler=handler)
    return parser
