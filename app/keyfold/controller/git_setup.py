"""GitSetupService: make git sign commits and tags with a vault key through keyfold-ssh.

It shows what it will change first, changes only the settings it names, adds
the key to the allowed signers file, and remembers each setup so that after a
rotation one step moves them all to the new version (the old key stays in the
allowed signers with `valid-before`, so old commits keep verifying).
"""

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from keyfold.controller.audit import AuditService
from keyfold.core.atomic_files import atomic_write
from keyfold.core.audit import AuditKind, loggable
from keyfold.core.errors import InvalidInputError, StorageError
from keyfold.core.ssh import allowed_signers
from keyfold.core.ssh.wire import openssh_line
from keyfold.core.vault import Vault
from keyfold.core.vault.tables import git_setups
from keyfold.core.vault.tables.git_setups import GitSetupRecord

GLOBAL_SCOPE = "global"
PROGRAM_NAME = "keyfold-ssh"
# The allowed signers file is public (git and ssh-keygen read it), like a .pub.
ALLOWED_SIGNERS_MODE = 0o644
_GIT_TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class ConfigChange:
    name: str
    old: str | None
    new: str


@dataclass(frozen=True)
class GitSetupPlan:
    """Everything `apply` would change, for showing before it does."""

    key_id: str
    version: int
    scope: str  # GLOBAL_SCOPE or the repository's folder
    email: str
    allowed_signers: Path
    config: tuple[ConfigChange, ...]
    add_signer: str | None  # the line to add; None when it is there already
    retire: tuple[tuple[str, str], ...]  # (old line, the same with valid-before)

    @property
    def is_global(self) -> bool:
        return self.scope == GLOBAL_SCOPE

    @property
    def changes_anything(self) -> bool:
        return bool(self.config or self.add_signer or self.retire)

    def describe(self) -> list[str]:
        """One line per change, as a person reads them."""
        where = "global git config" if self.is_global else f"git config of {self.scope}"
        lines = [
            f"{where}: {c.name} = {c.new}" + ("" if c.old is None else f" (was {c.old})")
            for c in self.config
        ]
        if self.add_signer:
            lines.append(f"{self.allowed_signers}: add {self.add_signer}")
        for old, _new in self.retire:
            lines.append(f"{self.allowed_signers}: end at this moment the old key {_short(old)}")
        return lines or ["Nothing to change: git signs with this key already."]


class GitSetupService:
    """`git-setup`: plan, apply, and follow rotations."""

    def __init__(self, vault: Vault, audit: AuditService, *, git: str = "git") -> None:
        self.vault = vault
        self.audit = audit
        self.git = git

    def plan(
        self,
        key_id: str,
        *,
        email: str,
        repo: Path | None = None,
        global_: bool = False,
        allowed_signers_file: Path | None = None,
        now: datetime | None = None,
    ) -> GitSetupPlan:
        if (repo is None) == (not global_):
            raise InvalidInputError("Choose one: a repository (--repo DIR) or --global.")
        email = email.strip()
        if not email:
            raise InvalidInputError("git-setup needs the email address you commit with.")
        record = self.vault.get_key(key_id)
        current = record.current
        scope = GLOBAL_SCOPE if global_ else str(self._repo_root(Path(repo or ".")))
        if allowed_signers_file is None:
            allowed_signers_file = (
                _global_allowed_signers()
                if global_
                else self._git_dir(Path(scope)) / "allowed_signers"
            )
        path = Path(allowed_signers_file).expanduser().absolute()
        wanted = {
            "gpg.format": "ssh",
            "gpg.ssh.program": str(keyfold_ssh_program()),
            "user.signingKey": "key::" + openssh_line(current.public_key),
            "commit.gpgsign": "true",
            "tag.gpgsign": "true",
            "gpg.ssh.allowedSignersFile": str(path),
        }
        config = tuple(
            ConfigChange(name, old, new)
            for name, new in wanted.items()
            if (old := self._get(scope, name)) != new
        )
        existing = _read_allowed(path)
        signers = allowed_signers.parse(existing, f"The allowed signers file {path}")
        present = any(
            s.matches_key(current.public_key)
            and s.allows_principal(email)
            and s.allows_namespace("git")
            and s.valid_before is None
            for s in signers
        )
        add = (
            None
            if present
            else allowed_signers.format_line(email, current.public_key, comment=key_id)
        )
        older = {v.public_key for v in record.versions if v.version != current.version}
        moment = now or datetime.now(UTC)
        lines = existing.splitlines()
        retire = tuple(
            (lines[s.line_number - 1], allowed_signers.with_valid_before(s, moment))
            for s in signers
            if s.valid_before is None and (key := s.public_key()) is not None and key in older
        )
        return GitSetupPlan(key_id, current.version, scope, email, path, config, add, retire)

    def apply(self, plan: GitSetupPlan) -> GitSetupRecord:
        """Write the allowed signers file (atomically), then the git settings; remember it."""
        if plan.add_signer or plan.retire:
            text = _read_allowed(plan.allowed_signers)
            lines = text.splitlines()
            replacements = dict(plan.retire)
            lines = [replacements.get(line, line) for line in lines]
            if plan.add_signer:
                lines.append(plan.add_signer)
            try:
                plan.allowed_signers.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(
                    f"Cannot create the folder {plan.allowed_signers.parent}: {exc.strerror}."
                ) from exc
            atomic_write(
                plan.allowed_signers, ("\n".join(lines) + "\n").encode(), mode=ALLOWED_SIGNERS_MODE
            )
        for change in plan.config:
            self._set(plan.scope, change.name, change.new)
        updated = datetime.now(UTC)
        record = GitSetupRecord(
            plan.key_id, plan.scope, plan.email, plan.allowed_signers, plan.version, updated
        )
        with self.vault.database() as conn:
            git_setups.upsert(conn, record)
            self.audit.append_in(
                conn,
                AuditKind.EXPORT,
                plan.key_id,
                plan.version,
                {
                    "action": "git-setup",
                    "format": "openssh",
                    "path": loggable(plan.scope),
                    "count": len(plan.retire),
                },
            )
        self.audit.log.sync_anchor()
        return record

    def setups(self, key_id: str | None = None) -> list[GitSetupRecord]:
        with self.vault.reading() as conn:
            return git_setups.setups(conn, key_id)

    def follow_rotation(self, key_id: str) -> list[GitSetupPlan]:
        """Plans moving every remembered setup of the key to its current version."""
        plans = []
        for setup in self.setups(key_id):
            if setup.scope != GLOBAL_SCOPE and not Path(setup.scope).is_dir():
                continue  # the repository is gone; nothing there to update
            plans.append(
                self.plan(
                    key_id,
                    email=setup.email,
                    repo=None if setup.scope == GLOBAL_SCOPE else Path(setup.scope),
                    global_=setup.scope == GLOBAL_SCOPE,
                    allowed_signers_file=setup.allowed_signers,
                )
            )
        return plans

    # git --------------------------------------------------------------------

    def _repo_root(self, repo: Path) -> Path:
        folder = repo.expanduser().absolute()
        if not folder.is_dir():
            raise InvalidInputError(f"The repository folder {folder} does not exist.")
        return Path(self._run(["-C", str(folder), "rev-parse", "--show-toplevel"], folder))

    def _git_dir(self, root: Path) -> Path:
        return Path(self._run(["-C", str(root), "rev-parse", "--absolute-git-dir"], root))

    def _get(self, scope: str, name: str) -> str | None:
        args = [*self._config_args(scope), "--get", name]
        result = self._call(args)
        if result.returncode == 1:
            return None  # not set
        if result.returncode != 0:
            raise InvalidInputError(f"git could not read {name}: {_first_line(result.stderr)}")
        return result.stdout.rstrip("\n")

    def _set(self, scope: str, name: str, value: str) -> None:
        result = self._call([*self._config_args(scope), name, value])
        if result.returncode != 0:
            raise StorageError(f"git could not set {name}: {_first_line(result.stderr)}")

    def _config_args(self, scope: str) -> list[str]:
        if scope == GLOBAL_SCOPE:
            return ["config", "--global"]
        return ["-C", scope, "config", "--local"]

    def _run(self, args: list[str], folder: Path) -> str:
        result = self._call(args)
        if result.returncode != 0:
            raise InvalidInputError(f"{folder} is not a git repository.")
        return result.stdout.strip()

    def _call(self, args: list[str]) -> "subprocess.CompletedProcess[str]":
        git = shutil.which(self.git)
        if git is None:
            raise InvalidInputError("git is not installed (it was not found on PATH).")
        try:
            return subprocess.run(
                [git, *args],
                capture_output=True,
                text=True,
                timeout=_GIT_TIMEOUT_SECONDS,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise StorageError(f"git did not run: {exc}") from exc


def keyfold_ssh_program() -> Path:
    """The absolute path of keyfold-ssh: beside this Python (a virtualenv), else on PATH."""
    sibling = Path(sys.executable).with_name(PROGRAM_NAME)
    if sibling.is_file() and os.access(sibling, os.X_OK):
        return sibling.absolute()
    found = shutil.which(PROGRAM_NAME)
    if found is None:
        raise InvalidInputError(f"{PROGRAM_NAME} is not installed beside Keyfold or on PATH.")
    return Path(found).absolute()


def _global_allowed_signers() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "git" / "allowed_signers"


def _read_allowed(path: Path) -> str:
    try:
        if path.stat().st_size > allowed_signers.MAX_FILE_SIZE:
            raise InvalidInputError(f"The allowed signers file {path} is too large.")
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    except UnicodeDecodeError as exc:
        raise InvalidInputError(f"The allowed signers file {path} is not UTF-8 text.") from exc
    except OSError as exc:
        raise InvalidInputError(
            f"Cannot read the allowed signers file {path}: {exc.strerror}."
        ) from exc


def _short(line: str) -> str:
    return line if len(line) <= 60 else line[:57] + "..."


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or ["no reason given"])[0]
