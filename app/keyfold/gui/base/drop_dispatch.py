"""Routes files dropped on the main window to the flow that wants them.

Handlers are tried in order; each claims the files it understands from those
not yet claimed, and is then handed them. The signing helper will register a
handler for files to sign and signatures to verify (place it with
`first=True` to see files before the import/restore handlers).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

BACKUP_SUFFIXES = (".json", ".tar.gz", ".tgz", ".dfkb")
PRIVATE_KEY_SUFFIXES = (".pem", ".key", ".der", ".hex", ".txt", ".seed", "")


@dataclass(frozen=True)
class DropHandler:
    """`claim(paths)` picks the paths it wants; `handle(claimed)` acts on them."""

    name: str
    claim: Callable[[Sequence[Path]], list[Path]]
    handle: Callable[[list[Path]], None]


class DropDispatcher:
    def __init__(self) -> None:
        self._handlers: list[DropHandler] = []

    def register(self, handler: DropHandler, *, first: bool = False) -> None:
        if first:
            self._handlers.insert(0, handler)
        else:
            self._handlers.append(handler)

    def dispatch(self, paths: Sequence[Path]) -> list[Path]:
        """Hand `paths` out to handlers; returns the files nobody claimed."""
        remaining = list(paths)
        for handler in self._handlers:
            if not remaining:
                break
            claimed = [p for p in handler.claim(remaining) if p in remaining]
            if claimed:
                remaining = [p for p in remaining if p not in claimed]
                handler.handle(claimed)
        return remaining


def is_backup_name(path: Path) -> bool:
    """Backups by name: `.json` files and `.tar.gz` bundles (content checked later)."""
    name = path.name.lower()
    return name.endswith(BACKUP_SUFFIXES)


def is_private_key_name(path: Path) -> bool:
    """Files that usually hold a private key: PEM, DER, hex, or `id_ed25519`."""
    name = path.name.lower()
    if name.startswith("id_ed25519") and not name.endswith(".pub"):
        return True
    return path.suffix.lower() in PRIVATE_KEY_SUFFIXES and not is_backup_name(path)


def claim_backups(paths: Sequence[Path]) -> list[Path]:
    return [p for p in paths if is_backup_name(p)]


def claim_private_keys(paths: Sequence[Path]) -> list[Path]:
    return [p for p in paths if is_private_key_name(p)]
