"""keyfold-cli SSH and git commands: ssh-agent (foreground) and git-setup."""

from __future__ import annotations

import argparse
import getpass
import math
import os
import shlex
import signal
import sys
import threading
from dataclasses import asdict
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from keyfold.cli.context import CliContext, add_command
from keyfold.core.errors import InvalidInputError, KeyfoldError

if TYPE_CHECKING:
    from keyfold.controller.git_setup import GitSetupPlan
    from keyfold.controller.ssh_agent import SignPrompt


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        commands,
        "ssh-agent",
        ssh_agent,
    )
    parser.add_argument("--socket", metavar="PATH", type=Path, required=True)
    parser.add_argument(
        "--key", metavar="KEY_ID", action="append", default=[], help="serve only these keys"
    )

    parser = add_command(
        commands,
        "git-setup",
        git_setup,
    )
    parser.add_argument("key_id", metavar="KEY_ID")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--repo", metavar="DIR", type=Path, help="set up this repository")
    where.add_argument("--global", dest="global_", action="store_true", help="all repositories")
    where.add_argument(
        "--update",
        action="store_true",
        help="after a rotation: move every earlier setup of the key to its current version",
    )
    parser.add_argument("--email", help="the address you commit with (the signer's principal)")
    parser.add_argument("--allowed-signers", metavar="FILE", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="only show what would change")


def ssh_agent(context: CliContext) -> int:
    from keyfold.controller.ssh_agent import SshAgent
    from keyfold.core.ssh.agent_socket import AgentSocket

    args = context.args
    controller = context.controller
    key_ids = list(dict.fromkeys(args.key)) or [r.key_id for r in controller.keys.list()]
    if not key_ids:
        raise InvalidInputError("The vault has no keys to serve.")
    # The agent runs until stopped; its keys stay unlocked as long (ssh-agent does the same).
    controller.unlock.ttl_seconds = math.inf
    for key_id in key_ids:
        if not controller.keys.is_unlocked(key_id):
            controller.keys.unlock(key_id, context.key_passphrase(key_id))
    agent = SshAgent(
        controller.vault,
        controller.keys,
        controller.ssh,
        (lambda: key_ids) if args.key else (lambda: [r.key_id for r in controller.keys.list()]),
        prompts=_CliPrompts(context),
    )
    server = AgentSocket(args.socket, agent.handle)
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    server.start()
    try:
        quoted = shlex.quote(str(server.path))
        context.stdout.write(
            f"SSH_AUTH_SOCK={quoted}; export SSH_AUTH_SOCK;\n"
            f"SSH_AGENT_PID={os.getpid()}; export SSH_AGENT_PID;\n"
        )
        context.stdout.flush()
        context.progress(f"Serving {len(key_ids)} key(s) until stopped (Ctrl-C).")
        while not stop.wait(1.0):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


class _CliPrompts:
    """Unlock on demand for the foreground agent: a key it does not hold unlocked (a
    version made by a rotation elsewhere, say) is opened from the same source as at
    start: --passphrase-file, KEYFOLD_PASSPHRASE, or a prompt on the agent's terminal."""

    def __init__(self, context: CliContext) -> None:
        self.context = context

    def unlock(self, prompt: SignPrompt) -> bool:
        passphrase = self.context.optional_key_passphrase()
        if passphrase is None:
            if not sys.stdin.isatty():
                return False
            self.context.progress(
                f"{prompt.program} asks to sign with {prompt.key_id} for {prompt.purpose}."
            )
            passphrase = getpass.getpass(f"Passphrase for key {prompt.key_id}: ")
        try:
            self.context.controller.keys.unlock(prompt.key_id, passphrase)
        except KeyfoldError as exc:
            self.context.progress(f"Key {prompt.key_id} stays locked: {exc}")
            return False
        return True

    def confirm(self, prompt: SignPrompt) -> bool:
        return True  # the command-line agent has no confirm-each-use option


def git_setup(context: CliContext) -> int:
    args = context.args
    git = context.controller.git
    if args.update:
        plans = git.follow_rotation(args.key_id)
        if not plans:
            raise InvalidInputError(
                f"Key {args.key_id} was never set up for git here; run git-setup with --repo or "
                "--global first."
            )
    else:
        if args.repo is None and not args.global_:
            raise InvalidInputError("Choose where: --repo DIR, --global, or --update.")
        if not args.email:
            raise InvalidInputError("git-setup needs --email (the address you commit with).")
        plans = [
            git.plan(
                args.key_id,
                email=args.email,
                repo=args.repo,
                global_=args.global_,
                allowed_signers_file=args.allowed_signers,
            )
        ]
    lines = [line for plan in plans for line in plan.describe()]
    if not args.dry_run:
        for plan in plans:
            git.apply(plan)
    verb = "Would change" if args.dry_run else "Changed"
    context.emit(
        {"dry_run": args.dry_run, "setups": [_plan_document(plan) for plan in plans]},
        "\n".join([f"{verb}:", *(f"  {line}" for line in lines)]),
    )
    return 0


def _plan_document(plan: GitSetupPlan) -> dict[str, object]:
    return {
        "key_id": plan.key_id,
        "version": plan.version,
        "scope": plan.scope,
        "email": plan.email,
        "allowed_signers": str(plan.allowed_signers),
        "config": [asdict(change) for change in plan.config],
        "add_signer": plan.add_signer,
        "retire": [new for _old, new in plan.retire],
    }
