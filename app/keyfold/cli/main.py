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

# Every command: its name, the module under keyfold.cli whose register() adds
# it, and its help line, in the order --help lists them. The parser is built
# from this table, so --help imports no command module and a command imports
# only its own (test_main checks the table against what the modules register).
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("generate", "key_commands", "Generate a new Ed25519 key."),
    ("list", "key_commands", "List the vault's keys."),
    ("show", "key_commands", "Show one key's details."),
    ("delete", "key_commands", "Delete a key and its private key."),
    ("export-public", "key_commands", "Print or save a public key."),
    (
        "import",
        "key_commands",
        (
            "Import a private key: PEM, PKCS#8, OpenSSH, hex or base64 seed, or a backup. An "
            "encrypted file's passphrase comes from KEYFOLD_BACKUP_PASSPHRASE or a prompt."
        ),
    ),
    (
        "backup",
        "backup_commands",
        (
            "Write encrypted backups of keys: one KEY_ID-backup.json per key in a folder, one .json"
            " file for a single key, or one .tar.gz bundle."
        ),
    ),
    ("restore", "backup_commands", "Restore keys from a backup or bundle."),
    (
        "verify-backup",
        "backup_commands",
        "Check a backup's structure, and its passphrase when one is given, importing nothing.",
    ),
    (
        "split",
        "share_commands",
        (
            "Split a key into SLIP-39 shares: DIR/KEY_ID-share-I-of-N.txt, any K of the N recover "
            "it. The share passphrase comes from --passphrase-file, KEYFOLD_SHARE_PASSPHRASE or a "
            "prompt; the key's own from KEYFOLD_PASSPHRASE or a prompt."
        ),
    ),
    (
        "combine",
        "share_commands",
        (
            "Recover a key from SLIP-39 shares (one per non-comment line, across the files) and "
            "store it. The key's new passphrase comes from KEYFOLD_PASSPHRASE or a prompt."
        ),
    ),
    (
        "paper-backup",
        "share_commands",
        (
            "Write a printable PDF backup of a key: the standard backup in QR codes and as text. It"
            " is read back and opened before the command succeeds."
        ),
    ),
    ("sign", "signing_commands", "Sign files in the minisign format (writes FILE.minisig)."),
    (
        "verify",
        "signing_commands",
        (
            "Verify files against their minisign signatures (exit 0 valid, 1 invalid, 2 malformed "
            "or missing)."
        ),
    ),
    ("sign-message", "signing_commands", "Sign a UTF-8 text message (prints hex)."),
    ("verify-message", "signing_commands", "Verify a message signature (exit 0 valid, 1 not)."),
    (
        "trust",
        "signing_commands",
        "Trust someone's public key for verification (minisign .pub, ssh-ed25519 line, hex).",
    ),
    ("trusted", "signing_commands", "List the trusted public keys."),
    ("untrust", "signing_commands", "Remove a trusted public key."),
    (
        "rotate",
        "rotation_commands",
        "Make a new current version of a key; its registrations follow.",
    ),
    ("versions", "rotation_commands", "List a key's versions."),
    ("expire", "rotation_commands", "Expire archived versions of a key."),
    ("rotation-policy", "rotation_commands", "Show or set when a key is due for rotation."),
    ("due", "rotation_commands", "List keys due or overdue for rotation."),
    (
        "derive-password",
        "rotation_commands",
        (
            "Print the password derived from a key for a service (same for every holder of the key;"
            " changes when the key rotates)."
        ),
    ),
    (
        "audit",
        "audit_commands",
        "List the audit trail, or check it with `audit verify` (exit 1 when tampered).",
    ),
    ("usage", "audit_commands", "Show how often each version of a key was used."),
    ("encrypt", "encryption_commands", "Encrypt a file for keys and/or a passphrase (.kfe)."),
    (
        "decrypt",
        "encryption_commands",
        "Decrypt a .kfe file or shard folder (exit 1 when shards fail to verify).",
    ),
    ("inspect", "encryption_commands", "Show an encrypted file's manifest without decrypting."),
    (
        "encrypt-value",
        "encryption_commands",
        "Encrypt a text, JSON or binary value with a key's data key; prints a token.",
    ),
    (
        "decrypt-value",
        "encryption_commands",
        "Decrypt a data token (exit 1 when it was changed or damaged).",
    ),
    (
        "reencrypt-values",
        "encryption_commands",
        "Move every token in FILE (one a line) to the key's current version, in place.",
    ),
    ("shard-key", "encryption_commands", "The shard key service: per-shard keys that rotate."),
    ("register", "registry_commands", "Register a key's public key with a server."),
    ("status", "registry_commands", "Refresh and show a key's registrations."),
    (
        "verify-remote",
        "registry_commands",
        "Verify FILE.minisig on a server (message = hex BLAKE2b-512 of FILE).",
    ),
    (
        "verify-message-remote",
        "registry_commands",
        "Verify a text message's signature (hex or base64) on a server.",
    ),
    ("revoke", "registry_commands", "Revoke a key's registration."),
    ("registrations", "registry_commands", "List the vault's registrations."),
    (
        "server-registrations",
        "registry_commands",
        "List every registration on a server (needs the server's access token).",
    ),
    ("servers", "registry_commands", "List the saved registration servers."),
    ("server-add", "registry_commands", "Save a registration server."),
    ("server-remove", "registry_commands", "Forget a saved server."),
    ("server-test", "registry_commands", "Check that a server answers and what it offers."),
    (
        "ssh-agent",
        "ssh_commands",
        "Serve vault keys to ssh, ssh-add and git through an SSH agent socket (foreground).",
    ),
    (
        "git-setup",
        "ssh_commands",
        "Make git sign commits and tags with a key (through keyfold-ssh).",
    ),
)


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
