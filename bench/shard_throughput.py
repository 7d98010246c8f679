"""Sharded encryption throughput as a ratio to single-core AES-256-GCM on the same file.

The baseline is the plainest streaming AES-256-GCM encryption `cryptography` allows:
one thread reads shard-sized chunks, encrypts each with a fresh nonce and writes
it, then fsyncs the file once; decryption is the reverse. Keyfold's figures are
the whole sharded pipeline (per-shard HKDF keys, BLAKE3 package digests,
Ed25519 signatures, the signed manifest) on all cores. The file is read once
first so both work from the page cache.

Then whole processes, file to file, both fsynced: `keyfold-cli encrypt` (to a
vault key, anonymous sender) and `keyfold-cli decrypt` (unlocking that key at
Keyfold's default Argon2id cost) against a `python -c` process running the same
baseline, so both sides pay an interpreter start. A quick run:
    python bench/shard_throughput.py --size-mib 256
"""

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _processes import KEYFOLD_CLI, MIB, PYTHON, make_file, run_time
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from keyfold.controller import Controller
from keyfold.core.encryption import ShardingOptions, decrypt_file, encrypt_file
from keyfold.core.encryption.parallel import default_workers
from keyfold.core.keys import KeyPair
from keyfold.core.vault import StorageKind, Vault

# The whole-process baseline: the same streaming AES-256-GCM as _aes_encrypt and
# _aes_decrypt, file to file with one fsync, in its own interpreter.
_AES_PROCESS = """
import os, sys
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
op, key, source, target, chunk = sys.argv[1:]
aes, chunk = AESGCM(bytes.fromhex(key)), int(chunk)
with open(source, "rb") as inp, open(target, "wb") as out:
    if op == "encrypt":
        while data := inp.read(chunk):
            nonce = os.urandom(12)
            out.write(nonce + aes.encrypt(nonce, data, None))
    else:
        while block := inp.read(chunk + 28):
            out.write(aes.decrypt(block[:12], block[12:], None))
    out.flush()
    os.fsync(out.fileno())
"""


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
        make_file(source, args.size_mib * MIB)
        _warm(source)
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
        whole = _whole_processes(work, source, shard, args.repeat)
    size = args.size_mib
    print(
        f"{size} MiB, {args.shard_mib} MiB shards, {args.workers} workers, {os.cpu_count()} cores"
    )
    for label, seconds in timings.items():
        print(f"  {label:17s} {seconds:7.3f} s  {size / seconds:8.1f} MiB/s")
    for op in ("encrypt", "decrypt"):
        ratio = timings[f"baseline {op}"] / timings[f"keyfold {op}"]
        print(
            f"{op} ratio (keyfold / single-core AES-256-GCM throughput): {ratio:.2f}  (aim >= 1.0)"
        )
    print("whole processes, file to file, both fsynced (time, lower is better):")
    for op in ("encrypt", "decrypt"):
        ours, base = whole[f"keyfold-cli {op}"], whole[f"python AES-GCM {op}"]
        print(
            f"  keyfold-cli {op} / streaming AES-256-GCM process: "
            f"{ours:.3f} s / {base:.3f} s = {ours / base:.2f}x  (aim <= 1.0x)"
        )
    return 0


def _whole_processes(work: Path, source: Path, shard: int, repeat: int) -> dict[str, float]:
    """keyfold-cli encrypt/decrypt and the baseline process, each best of `repeat`."""
    home, secret = work / "vault", work / "passphrase.txt"
    passphrase = "bench passphrase"  # noqa: S105 -- a throwaway benchmark vault's
    secret.write_text(passphrase + "\n")
    Controller(Vault(home, keychain=None)).keys.generate(
        "bench", passphrase=passphrase, storage=StorageKind.FILE
    )
    cli = [KEYFOLD_CLI, "--vault", str(home), "--passphrase-file", str(secret)]
    key = AESGCM.generate_key(256).hex()
    sealed, opened = work / "w.kfe", work / "w.out"

    def fresh(*paths: Path) -> None:
        for path in paths:
            path.unlink(missing_ok=True)

    def timed(command: list[str], *outputs: Path) -> float:
        best = float("inf")
        for _ in range(repeat):
            fresh(*outputs)
            best = min(best, run_time(command, repeat=1))
        return best

    # One small untimed round trip first, so the bytecode exists before timing.
    tiny, tiny_sealed = work / "tiny.bin", work / "tiny.kfe"
    tiny.write_bytes(b"warm-up")
    run_time(
        [*cli, "encrypt", str(tiny), "--recipient", "bench", "--output", str(tiny_sealed)],
        repeat=1,
    )
    run_time(
        [*cli, "decrypt", str(tiny_sealed), "--output", str(work / "tiny.out")],
        repeat=1,
    )
    aes = [PYTHON, "-c", _AES_PROCESS]
    return {
        "python AES-GCM encrypt": timed(
            [*aes, "encrypt", key, str(source), str(work / "w.enc"), str(shard)], work / "w.enc"
        ),
        "keyfold-cli encrypt": timed(
            [*cli, "encrypt", str(source), "--recipient", "bench", "--output", str(sealed)],
            sealed,
        ),
        "python AES-GCM decrypt": timed(
            [*aes, "decrypt", key, str(work / "w.enc"), str(work / "w.dec"), str(shard)],
            work / "w.dec",
        ),
        "keyfold-cli decrypt": timed(
            [*cli, "decrypt", str(sealed), "--output", str(opened), "--force"], opened
        ),
    }


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
