"""Signing throughput: Keyfold against b2sum and minisign on the same cached files.

For each size (512 and 1024 MiB unless told): Keyfold's hashing (libsodium's
BLAKE2b through PyNaCl) and hashlib's BLAKE2b over b2sum's time, then the whole
`keyfold-cli sign` process (start-up, vault, Argon2id unlock, hashing, the
.minisig and the audit entry) over b2sum and over `minisign -S` (an
unencrypted minisign key, so minisign does no key derivation at all). Then a
batch, in process and as one `keyfold-cli sign` of all files, over a
sequential minisign loop. Each figure is the best of --repeat runs, the runs
of a figure interleaved with its baselines'; the files are read once first so
every tool works from the page cache. A quick run:
    python bench/sign_throughput.py --size-mib 128 --batch-size-mib 32 --repeat 2
"""

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _processes import BYTECODE_CACHED, MIB, make_file

from keyfold.controller import Controller
from keyfold.core.keys import KeyPair, PublicKeyFormat
from keyfold.core.signing import blake2b_file, sign_files
from keyfold.core.vault import StorageKind, Vault


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--size-mib", type=int, nargs="+", default=[512, 1024], help="single files (512 1024)"
    )
    parser.add_argument("--batch-count", type=int, default=8, help="files in the batch (8)")
    parser.add_argument("--batch-size-mib", type=int, default=128, help="each batch file (128)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure, best kept (3)")
    parser.add_argument("--dir", type=Path, help="where to make the files (a temp dir)")
    args = parser.parse_args()

    minisign = shutil.which("minisign")
    b2sum = shutil.which("b2sum")
    if minisign is None or b2sum is None:
        print("sign_throughput needs minisign and b2sum on PATH", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="keyfold-bench-", dir=args.dir) as tmp:
        folder = Path(tmp)
        _run([minisign, "-G", "-W", "-p", "k.pub", "-s", "k.key"], folder)
        cli = _cli_sign(folder)
        for size in args.size_mib:
            _one_file(args, folder, size, cli, b2sum, minisign)
        _batch(args, folder, cli, minisign)
    return 0


def _one_file(
    args: argparse.Namespace, folder: Path, size: int, cli: list[str], b2sum: str, minisign: str
) -> None:
    big = make_file(folder / "big.bin", size * MIB)
    blake2b_file(big)  # into the page cache
    times = _interleaved(
        args.repeat,
        {
            "keyfold": lambda: blake2b_file(big),
            "hashlib": lambda: _hashlib_hash(big),
            "b2sum": lambda: _run([b2sum, str(big)], folder),
            "minisign": lambda: _run([minisign, "-S", "-s", "k.key", "-m", big.name], folder),
            "cli": lambda: _run([*cli, str(big)], folder),
        },
    )
    # The last run was Keyfold's: minisign must accept its signature (the
    # format is the contract), then minisign's own.
    _run([minisign, "-Vm", big.name, "-p", "vault.pub"], folder)
    _run([minisign, "-S", "-s", "k.key", "-m", big.name], folder)
    _run([minisign, "-Vm", big.name, "-p", "k.pub"], folder)
    big.unlink()
    keyfold, b2, mini, whole = times["keyfold"], times["b2sum"], times["minisign"], times["cli"]
    print(f"one file of {size} MiB (best of {args.repeat}):")
    print(f"  keyfold hash (libsodium) {keyfold:7.3f} s   {size / keyfold:6.0f} MiB/s")
    print(f"  hashlib BLAKE2b          {times['hashlib']:7.3f} s   (what Keyfold used before)")
    print(f"  b2sum                    {b2:7.3f} s")
    print(f"  minisign -S              {mini:7.3f} s")
    print(f"  keyfold hash / b2sum    = {keyfold / b2:.3f}")
    print(f"  keyfold hash / minisign = {keyfold / mini:.3f}   (the hash is all minisign does)")
    print(f"  whole `keyfold-cli sign`, unlock included: {whole:7.3f} s")
    print(f"  keyfold-cli sign / b2sum       = {whole / b2:.3f}   (aim: <= 1.15)")
    print(f"  keyfold-cli sign / minisign -S = {whole / mini:.3f}   (aim: <= 0.7)")


def _batch(args: argparse.Namespace, folder: Path, cli: list[str], minisign: str) -> None:
    batch = [
        make_file(folder / f"part{i}.bin", args.batch_size_mib * MIB)
        for i in range(args.batch_count)
    ]
    for path in batch:
        blake2b_file(path)
    pair = KeyPair.generate()
    times = _interleaved(
        args.repeat,
        {
            "keyfold": lambda: _keyfold_batch(pair, batch),
            "cli": lambda: _run([*cli, *map(str, batch)], folder),
            "loop": lambda: _minisign_loop(minisign, batch, folder),
        },
    )
    loop = times["loop"]
    print(
        f"batch of {args.batch_count} x {args.batch_size_mib} MiB on "
        f"{os.cpu_count()} cores (best of {args.repeat}):"
    )
    print(f"  keyfold, in process    {times['keyfold']:7.3f} s")
    print(f"  keyfold-cli sign       {times['cli']:7.3f} s")
    print(f"  minisign loop          {loop:7.3f} s")
    print(f"  keyfold / minisign loop          = {times['keyfold'] / loop:.3f}   (aim: < 0.6)")
    print(f"  keyfold-cli sign / minisign loop = {times['cli'] / loop:.3f}   (aim: < 0.6)")


def _cli_sign(folder: Path) -> list[str]:
    """keyfold-cli sign over a vault with one key at Keyfold's default Argon2id cost."""
    home = folder / "vault"
    secret = folder / "passphrase.txt"
    secret.write_text("bench passphrase\n")
    controller = Controller(Vault(home, keychain=None))
    controller.keys.generate(
        "bench", passphrase=secret.read_text().strip(), storage=StorageKind.FILE
    )
    public = controller.keys.get("bench").current.public_key
    (folder / "vault.pub").write_text(public.export(PublicKeyFormat.MINISIGN, comment="bench"))
    cli = str(Path(sys.executable).with_name("keyfold-cli"))
    return [cli, "--vault", str(home), "--passphrase-file", str(secret), "sign", "--force",
            "bench"]  # fmt: skip


def _keyfold_batch(pair: KeyPair, paths: list[Path]) -> None:
    for path, signature in zip(paths, sign_files(pair, paths), strict=True):
        path.with_name(path.name + ".minisig").write_bytes(signature.to_bytes())


def _minisign_loop(minisign: str, paths: list[Path], folder: Path) -> None:
    for path in paths:
        _run([minisign, "-S", "-s", "k.key", "-m", path.name], folder)


def _hashlib_hash(path: Path) -> bytes:
    hasher = hashlib.blake2b(digest_size=64)
    buffer = bytearray(MIB)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as handle:
        while count := handle.readinto(buffer):
            hasher.update(view[:count])
    return hasher.digest()


def _interleaved(repeat: int, actions: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The best time of each action, the actions taking turns so a load that
    comes and goes falls on all of them alike."""
    best = dict.fromkeys(actions, float("inf"))
    for _ in range(max(repeat, 1)):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def _run(command: list[str], cwd: Path) -> None:
    # stderr too: keyfold-cli prints progress lines for large files.
    subprocess.run(
        command,
        cwd=cwd,
        env={**os.environ, **BYTECODE_CACHED},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )


if __name__ == "__main__":
    sys.exit(main())
