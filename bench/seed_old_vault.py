"""Build a vault of many keys with the code of release 36ed007, for the upgrade benchmark.

Run it only with that release's code on the path (bench/scale.py --old-vault
extracts it with `git archive` and runs this script so); it refuses newer code.
Like seed_vault.py it seals the keys with the cheapest Argon2id the format
accepts, through that release's own Vault and Controller, so 1,000 keys take
a minute or two. Test and benchmark use only: bench/ is not installed.

    PYTHONPATH=/tmp/kf-36ed007/app python bench/seed_old_vault.py --keys 1000 DIR
"""

import argparse
import sys
import time
from pathlib import Path

PASSPHRASE = "bench-passphrase"  # noqa: S105 -- a throwaway benchmark vault's


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("home", type=Path, help="the vault folder to create (must be new)")
    parser.add_argument("--keys", type=int, default=1000)
    args = parser.parse_args()
    import keyfold
    from keyfold.controller import Controller
    from keyfold.core.backup.kdf import KdfParams
    from keyfold.core.vault import StorageKind, Vault

    if (Path(keyfold.__file__).resolve().parent / "logs.py").exists():
        print("run this with the code of release 36ed007 on PYTHONPATH", file=sys.stderr)
        return 2
    if args.home.exists() and any(args.home.iterdir()):
        print(f"{args.home} is not empty", file=sys.stderr)
        return 2
    start = time.perf_counter()
    vault = Vault(
        args.home, kdf=KdfParams.argon2id(memory_kib=8, iterations=1, parallelism=1), keychain=None
    )
    controller = Controller(vault)
    tags = ("release", "ci", "team", "personal", "legacy")
    for index in range(args.keys):
        controller.keys.generate(
            f"key-{index:05d}",
            passphrase=PASSPHRASE,
            name=f"Signing key {index}",
            description=f"Benchmark key number {index}",
            tags=(tags[index % len(tags)], f"group-{index % 97}"),
            storage=StorageKind.FILE,
        )
    print(f"seeded {args.home} with 36ed007's code in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
