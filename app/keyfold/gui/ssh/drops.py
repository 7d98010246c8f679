"""Dropped SSH signatures to check: `.sig` files in SSH armor, or files with one beside."""

from collections.abc import Sequence
from pathlib import Path

from keyfold.controller.ssh_keys import SSH_SIGNATURE_SUFFIX, is_ssh_signature_file


def ssh_signature_of(path: Path) -> Path | None:
    """The SSH signature a dropped path is or has beside it, if any."""
    if is_ssh_signature_file(path):
        return path
    beside = path.with_name(path.name + SSH_SIGNATURE_SUFFIX)
    return beside if path.is_file() and is_ssh_signature_file(beside) else None


def signed_file_of(signature: Path) -> Path:
    return signature.with_name(signature.name[: -len(SSH_SIGNATURE_SUFFIX)])


def claim_ssh_signatures(paths: Sequence[Path]) -> list[Path]:
    return [path for path in paths if ssh_signature_of(path) is not None]


def pairs(paths: Sequence[Path]) -> list[tuple[Path, Path]]:
    """(file, signature) once each, whether the file, the signature or both were dropped."""
    found: dict[Path, Path] = {}
    for path in paths:
        signature = ssh_signature_of(path)
        if signature is not None:
            found[signature] = signed_file_of(signature)
    return [(file, signature) for signature, file in found.items()]
