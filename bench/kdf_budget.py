"""What each key-derivation cap in core/limits.py costs, against Keyfold's default.

Prints, for the most a file may ask of Keyfold in each format, its time over
the default Argon2id (64 MiB, 3 passes) measured in the same run, and the
absolute seconds. The caps are meant to stay within a few seconds on a laptop.
"""

import hashlib
import time
from collections.abc import Callable

import bcrypt
from argon2.low_level import Type, hash_secret_raw

from keyfold.core import limits

SALT = b"0123456789abcdef"


def _argon2(memory_kib: int, iterations: int) -> Callable[[], object]:
    return lambda: hash_secret_raw(
        b"pw", SALT, time_cost=iterations, memory_cost=memory_kib, parallelism=1,
        hash_len=32, type=Type.ID,
    )  # fmt: skip


def _scrypt(n: int, r: int, p: int) -> Callable[[], object]:
    assert limits.scrypt_work(n, r, p) <= limits.ARGON2_WORK_BUDGET
    return lambda: hashlib.scrypt(
        b"pw", salt=SALT, n=n, r=r, p=p, maxmem=128 * r * (n + p + 2) + 2**20, dklen=32
    )


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    baseline = _timed(_argon2(65536, 3))
    most_passes = limits.ARGON2_WORK_BUDGET // 65536
    cases = {
        f"Argon2id 64 MiB x {most_passes} passes (the work budget)": _argon2(65536, most_passes),
        "Argon2id 1 GiB x 3 passes (the memory cap, at the budget)": _argon2(
            limits.ARGON2_MAX_MEMORY_KIB, limits.ARGON2_WORK_BUDGET // limits.ARGON2_MAX_MEMORY_KIB
        ),
        f"PBKDF2-SHA256 {limits.PBKDF2_MAX_ITERATIONS:,} iterations": lambda: hashlib.pbkdf2_hmac(
            "sha256", b"pw", SALT, limits.PBKDF2_MAX_ITERATIONS
        ),
        "scrypt N=2^18, r=8, p=1 (256 MiB, two thirds of the budget)": _scrypt(2**18, 8, 1),
        "scrypt N=2^15, r=8, p=12 (DataFold's Python SDK's N and r, at the budget)": _scrypt(
            2**15, 8, 12
        ),
        f"OpenSSH bcrypt_pbkdf {limits.OPENSSH_MAX_BCRYPT_ROUNDS} rounds": lambda: bcrypt.kdf(
            b"pw", SALT, 48, limits.OPENSSH_MAX_BCRYPT_ROUNDS, ignore_few_rounds=True
        ),
    }
    print(f"baseline Argon2id 64 MiB x 3: {baseline:.3f} s")
    for label, work in cases.items():
        seconds = _timed(work)
        print(f"{label}: {seconds / baseline:5.1f}x baseline ({seconds:.2f} s)")
    tries = limits.KFE_MAX_PASSPHRASE_TRIES
    print(f".kfe: at most {tries} passphrase derivations per attempt, each within the budget")


if __name__ == "__main__":
    main()
