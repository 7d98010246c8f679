"""Which files a signing operation touches: folders expanded, data files paired with signatures."""

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from keyfold.core.errors import InvalidInputError, SignatureFormatError
from keyfold.core.signing import SIGNATURE_SUFFIX, read_signature_file, signature_path_for

if TYPE_CHECKING:
    from keyfold.core.signing.hashing import HashJob


@dataclass(frozen=True)
class SignaturePair:
    """A data file and the signature file that goes with it."""

    path: Path
    signature_path: Path


def expand_files(paths: Sequence[Path]) -> list[Path]:
    """The files to sign: files as given, folders as every file inside them.

    Inside folders, signatures and hidden files are left out: a dropped
    folder signs its content, not the signatures of an earlier run.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            files.append(path)
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            files.extend(
                Path(folder) / name
                for name in sorted(names)
                if not name.startswith(".") and not name.endswith(SIGNATURE_SUFFIX)
            )
    return files


def start_hashing(paths: Sequence[Path]) -> "HashJob":
    """Start hashing what `SigningService.sign_files(paths)` would sign, in the
    background and at once: before the vault is opened or the passphrase asked.

    Pass the job to `sign_files(hashing=...)`; InvalidInputError now when a
    file is missing, so nothing is asked first.
    """
    from keyfold.core.signing.hashing import HashJob

    return HashJob(expand_files(paths))


def start_verify_hashing(paths: Sequence[Path], signature: Path | None = None) -> "HashJob":
    """Start hashing the files `SigningService.verify_files(paths, signature=...)`
    will hash (those with a prehashed signature), in the background and at once.

    Pass the job to `verify_files(hashing=...)`, which checks it hashes the
    right files. InvalidInputError when a file cannot be read.
    """
    from keyfold.core.signing.hashing import HashJob

    files = []
    for pair in pair_files(paths, signature):
        if not pair.path.is_file() or not pair.signature_path.exists():
            continue  # verify_files reports these without hashing
        try:
            if read_signature_file(pair.signature_path).prehashed:
                files.append(pair.path)
        except SignatureFormatError:
            continue
    return HashJob(files)


def pair_files(paths: Sequence[Path], signature: Path | None = None) -> list[SignaturePair]:
    """Pair data files with signatures: `X` with `X.minisig`, in the order given.

    A `.minisig` given alone stands for the file beside it; given together
    with that file, the two make one row.
    """
    if signature is not None:
        if len(paths) != 1:
            raise InvalidInputError("A signature file can be given for one file only.")
        return [SignaturePair(Path(paths[0]), Path(signature))]
    pairs: dict[Path, SignaturePair] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            entries = [Path(folder) / name for folder, _, names in os.walk(path) for name in names]
            for entry in sorted(entries):
                _add_pair(pairs, entry, from_folder=True)
        else:
            _add_pair(pairs, path, from_folder=False)
    return list(pairs.values())


def _add_pair(pairs: dict[Path, SignaturePair], path: Path, *, from_folder: bool) -> None:
    if path.name.endswith(SIGNATURE_SUFFIX) and path.name != SIGNATURE_SUFFIX:
        data = path.with_name(path.name[: -len(SIGNATURE_SUFFIX)])
        pairs.setdefault(_key(data), SignaturePair(data, path))
        return
    if from_folder and path.name.startswith("."):
        return
    pairs.setdefault(_key(path), SignaturePair(path, signature_path_for(path)))


def _key(path: Path) -> Path:
    return Path(os.path.abspath(path))


def signature_target(path: Path, output_dir: Path | None) -> Path:
    """Where the signature of `path` goes: beside it, or into `output_dir`."""
    path = Path(path)
    if output_dir is None:
        return signature_path_for(path)
    return Path(output_dir) / (path.name + SIGNATURE_SUFFIX)


def refuse_shared_targets(targets: Sequence[Path]) -> None:
    """InvalidInputError when two files would write the same signature file."""
    seen: set[Path] = set()
    for target in targets:
        key = _key(target)
        if key in seen:
            raise InvalidInputError(
                f"Two files would share the signature {target}; sign them into separate folders."
            )
        seen.add(key)


def make_output_dir(folder: Path) -> None:
    """Create the folder signatures are written into; InvalidInputError naming it if not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInputError(f"Cannot create the folder {folder}: {exc.strerror}.") from exc
