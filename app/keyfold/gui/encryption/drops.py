"""Which dropped files are encrypted: `.kfe` files and shard folders."""

from collections.abc import Sequence
from pathlib import Path

from keyfold.controller.encryption import KFE_SUFFIX
from keyfold.core.encryption.container import MANIFEST_NAME


def encrypted_source(path: Path) -> Path | None:
    """The `.kfe` file or shard folder a dropped path stands for, if any."""
    if path.is_dir():
        return path if (path / MANIFEST_NAME).is_file() else None
    if path.name == MANIFEST_NAME:
        return path.parent
    if path.suffix.lower() == KFE_SUFFIX and path.is_file():
        return path
    return None


def claim_encrypted(paths: Sequence[Path]) -> list[Path]:
    return [path for path in paths if encrypted_source(path) is not None]
