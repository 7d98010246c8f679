"""Sharded encryption throughput as a ratio to single-core AES-256-GCM on the same file.

The baseline is the plainest streaming AES-256-GCM encryption `cryptography` allows:
one thread reads shard-sized chunks, encrypts each with a fresh nonce and writes
it, then fsyncs the file once; decryption is the reverse. Keyfold's figures are
the whole sharded pipeline (per-shard HKDF keys, SHA-256 package digests,
Ed25519 signatures, the signed manifest) on all cores. The file is read once
first so both work from the page cache. A quick run:
    python bench/shard_throughput.py --size-mib 256
"""

import argparse
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from keyfold.core.encryption import ShardingOptions, decrypt_file, encrypt_file
from keyfold.core.encryption.parallel import default_workers
from keyfold.core.keys import KeyPair

MIB = 1024 * 1024
_PATTERN_SIZE = 16 * MIB  # random data repeated: AES speed does not depend on content


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024, help="the file size (1024)")
    parser.add_argument("--shard-mib", type=int, default=1, help="shard size (1)")
    parser.add_argument("--workers", type=int, default=default_workers(), help="threads")
    parser.add_argument("--repeat", type=int, default=2, help="runs per figure, best kept (2)")
    parser.add_argument("--dir", type=Path, help="where to make the files (a temp dir)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        work = Path(folder)
        source = work / "plain.bin"
        _make_file(source, args.size_mib * MIB)
        shard = args.shard_mib * MIB
        me = KeyPair.generate()
        options = ShardingOptions(shard_size=shard, workers=args.workers)

        def ours_encrypt() -> None:
            encrypt_file(source, work / "s.kfe", recipients=[me.public], sender=me, options=options)

        def ours_decrypt() -> None:
            (work / "s.out").unlink(missing_ok=True)
            report = decrypt_file(
                work / "s.kfe", work / "s.out", identities=[me], workers=args.workers
            )
            assert report.ok

        key = AESGCM(AESGCM.generate_key(256))
        timings = {
            "baseline encrypt": _best(
                args.repeat, lambda: _aes_encrypt(key, source, work / "b.enc", shard)
            ),
            "keyfold encrypt": _best(args.repeat, ours_encrypt),
            "baseline decrypt": _best(
                args.repeat, lambda: _aes_decrypt(key, work / "b.enc", work / "b.out", shard)
            ),
            "keyfold decrypt": _best(args.repeat, ours_decrypt),
        }
    size = args.size_mib
    print(
        f"{size} MiB, {args.shard_mib} MiB shards, {args.workers} workers, {os.cpu_count()} cores"
    )
    for label, seconds in timings.items():
        print(f"  {label:17s} {seconds:7.3f} s  {size / seconds:8.1f} MiB/s")
    for op in ("encrypt", "decrypt"):
        ratio = timings[f"baseline {op}"] / timings[f"keyfold {op}"]
        print(f"{op} ratio (keyfold / single-core AES-256-GCM throughput): {ratio:.2f}")
    return 0


def _make_file(path: Path, size: int) -> None:
    pattern = secrets.token_bytes(min(_PATTERN_SIZE, max(size, 1)))
    with open(path, "wb") as handle:
        left = size
        while left:
            left -= handle.write(pattern[:left])
    _warm(path)


def _warm(path: Path) -> None:
    with open(path, "rb") as handle:
        while handle.read(16 * MIB):
            pass


def _aes_encrypt(key: AESGCM, source: Path, target: Path, chunk: int) -> None:
    with open(source, "rb") as inp, open(target, "wb") as out:
        while data := inp.read(chunk):
            nonce = os.urandom(12)
            out.write(nonce + key.encrypt(nonce, data, None))
        out.flush()
        os.fsync(out.fileno())  # Keyfold's output is fsynced too: same durability


def _aes_decrypt(key: AESGCM, source: Path, target: Path, chunk: int) -> None:
    with open(source, "rb") as inp, open(target, "wb") as out:
        while block := inp.read(chunk + 28):
            out.write(key.decrypt(block[:12], block[12:], None))
        out.flush()
        os.fsync(out.fileno())


def _best(repeat: int, run: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


if __name__ == "__main__":
    raise SystemExit(main())
