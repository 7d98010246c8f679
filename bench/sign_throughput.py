"""Signing throughput: Keyfold against b2sum and minisign on the same cached files.

Prints Keyfold's time (hashlib's BLAKE2b) over b2sum's and over `minisign -S`'s for one large file,
then Keyfold's batch (files hashed on all cores) over a sequential minisign
loop. Each figure is the best of --repeat runs; the files are read once first
so every tool works from the page cache. Sizes are arguments so a quick run is
possible:  python bench/sign_throughput.py --size-mib 256 --batch-size-mib 32
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from nacl import bindings

from keyfold.controller import Controller
from keyfold.core.keys import KeyPair
from keyfold.core.signing import blake2b_file, sign_file, sign_files
from keyfold.core.vault import StorageKind, Vault

MIB = 1024 * 1024
# Random data repeated: BLAKE2b's speed does not depend on the content, and
# generating gigabytes from the OS's CSPRNG would dominate the set-up time.
_PATTERN_SIZE = 16 * MIB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024, help="the single file (1024)")
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
        pair = KeyPair.generate()

        big = _make_file(folder / "big.bin", args.size_mib * MIB)
        blake2b_file(big)  # into the page cache
        keyfold = _best(args.repeat, lambda: _keyfold_one(pair, big))
        b2 = _best(args.repeat, lambda: _run([b2sum, str(big)], folder))
        sodium = _best(args.repeat, lambda: _pynacl_hash(big))
        mini = _best(
            args.repeat, lambda: _run([minisign, "-S", "-s", "k.key", "-m", big.name], folder)
        )
        _run([minisign, "-Vm", big.name, "-p", "k.pub"], folder)  # minisign's own check
        whole = _best(args.repeat, lambda: _run(_cli_sign(folder, big), folder))
        big.unlink()

        print(f"one file of {args.size_mib} MiB (best of {args.repeat}):")
        print(f"  keyfold  {keyfold:7.3f} s   {args.size_mib / keyfold:8.0f} MiB/s")
        print(f"  b2sum    {b2:7.3f} s")
        print(f"  PyNaCl   {sodium:7.3f} s   (libsodium BLAKE2b, the alternative to hashlib)")
        print(f"  minisign {mini:7.3f} s")
        print(f"  keyfold / b2sum    = {keyfold / b2:.3f}")
        print(f"  keyfold / minisign = {keyfold / mini:.3f}   (aim: <= 1.05)")
        print("whole process, `keyfold-cli sign` with its unlock (Argon2id 64 MiB):")
        print(f"  keyfold-cli sign {whole:7.3f} s")
        print(f"  keyfold-cli sign / b2sum       = {whole / b2:.3f}   (aim: <= 1.15)")
        print(f"  keyfold-cli sign / minisign -S = {whole / mini:.3f}   (aim: <= 0.7)")

        batch = [
            _make_file(folder / f"part{i}.bin", args.batch_size_mib * MIB)
            for i in range(args.batch_count)
        ]
        for path in batch:
            blake2b_file(path)
        keyfold_batch = _best(args.repeat, lambda: _keyfold_batch(pair, batch))
        loop = _best(args.repeat, lambda: _minisign_loop(minisign, batch, folder))
        print(
            f"batch of {args.batch_count} x {args.batch_size_mib} MiB on "
            f"{os.cpu_count()} cores (best of {args.repeat}):"
        )
        print(f"  keyfold        {keyfold_batch:7.3f} s")
        print(f"  minisign loop  {loop:7.3f} s")
        print(f"  keyfold / minisign loop = {keyfold_batch / loop:.3f}   (aim: < 0.6)")
    return 0


def _cli_sign(folder: Path, path: Path) -> list[str]:
    """keyfold-cli sign over a vault with one key at Keyfold's default Argon2id cost."""
    home = folder / "vault"
    secret = folder / "passphrase.txt"
    if not home.exists():
        secret.write_text("bench passphrase\n")
        vault = Vault(home, keychain=None)
        Controller(vault).keys.generate(
            "bench", passphrase=secret.read_text().strip(), storage=StorageKind.FILE
        )
    cli = str(Path(sys.executable).with_name("keyfold-cli"))
    return [cli, "--vault", str(home), "--passphrase-file", str(secret), "sign", "--force",
            "bench", str(path)]  # fmt: skip


def _keyfold_one(pair: KeyPair, path: Path) -> None:
    signature = sign_file(pair, path)
    path.with_name(path.name + ".minisig").write_bytes(signature.to_bytes())


def _keyfold_batch(pair: KeyPair, paths: list[Path]) -> None:
    for path, signature in zip(paths, sign_files(pair, paths), strict=True):
        path.with_name(path.name + ".minisig").write_bytes(signature.to_bytes())


def _minisign_loop(minisign: str, paths: list[Path], folder: Path) -> None:
    for path in paths:
        _run([minisign, "-S", "-s", "k.key", "-m", path.name], folder)


def _pynacl_hash(path: Path) -> bytes:
    state = bindings.crypto_generichash_blake2b_init(digest_size=64)
    with open(path, "rb", buffering=0) as handle:
        while chunk := handle.read(MIB):
            bindings.crypto_generichash_blake2b_update(state, chunk)
    return bindings.crypto_generichash_blake2b_final(state)


def _make_file(path: Path, size: int) -> Path:
    pattern = os.urandom(min(_PATTERN_SIZE, max(size, 1)))
    with open(path, "wb") as handle:
        left = size
        while left > 0:
            chunk = pattern[: min(left, len(pattern))]
            handle.write(chunk)
            left -= len(chunk)
    return path


def _best(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(max(repeat, 1)):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def _run(command: list[str], cwd: Path) -> None:
    # stderr too: keyfold-cli prints progress lines for large files.
    subprocess.run(
        command,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )


if __name__ == "__main__":
    sys.exit(main())
