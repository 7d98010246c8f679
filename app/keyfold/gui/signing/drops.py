"""Which dropped files are for signing, and whether a drop asks to verify instead.

The signing handler sees drops first, so it leaves alone what the restore and
import handlers want: backups by name, and files that really hold a private
key (`.txt` and suffix-less files are only left when their content says so).
"""

import os
import re
from collections.abc import Sequence
from pathlib import Path

from keyfold.core.signing import SIGNATURE_SUFFIX, signature_path_for
from keyfold.gui.base.drop_dispatch import is_backup_name, is_private_key_name

# Enough of a file to recognise a PEM, OpenSSH or hex/base64 private key.
_SNIFF_BYTES = 4096
_KEY_MARKERS = (b"PRIVATE KEY-----",)
# Hex of a 32-byte seed or seed+public key, or base64 of 32 or 64 bytes.
_SEED_TEXT = re.compile(
    rb"\s*([0-9a-fA-F]{64}|[0-9a-fA-F]{128}|[A-Za-z0-9+/]{43}=?|[A-Za-z0-9+/]{86}(==)?)\s*\Z"
)
_PRIVATE_KEY_ONLY_SUFFIXES = (".pem", ".key", ".der", ".seed", ".hex")


def is_signature(path: Path) -> bool:
    return path.name.endswith(SIGNATURE_SUFFIX) and path.name != SIGNATURE_SUFFIX


def has_signature_beside(path: Path) -> bool:
    return path.is_file() and signature_path_for(path).is_file()


def folder_has_signatures(folder: Path) -> bool:
    """Stops at the first signature found, so big folders without any cost one walk."""
    for _root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        if any(name.endswith(SIGNATURE_SUFFIX) for name in names):
            return True
    return False


def asks_to_verify(paths: Sequence[Path]) -> bool:
    """Verify when a signature is among the dropped files or beside them."""
    for path in paths:
        if is_signature(path) or has_signature_beside(path):
            return True
        if path.is_dir() and folder_has_signatures(path):
            return True
    return False


def holds_private_key(path: Path) -> bool:
    """A quick look at the start of the file: does it read like a private key?"""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    if any(marker in head for marker in _KEY_MARKERS):
        return True
    return len(head) < _SNIFF_BYTES and _SEED_TEXT.match(head) is not None


def claim_for_signing(paths: Sequence[Path]) -> list[Path]:
    """Signatures, signed files, folders, and ordinary files nobody else wants."""
    claimed = []
    for path in paths:
        if is_signature(path) or path.is_dir() or has_signature_beside(path):
            claimed.append(path)
        elif is_backup_name(path):
            continue
        elif is_private_key_name(path):
            sure = (
                path.suffix.lower() in _PRIVATE_KEY_ONLY_SUFFIXES
                or path.name.lower().startswith("id_ed25519")
            )
            if not sure and path.is_file() and not holds_private_key(path):
                claimed.append(path)
        elif path.exists():
            claimed.append(path)
    return claimed
