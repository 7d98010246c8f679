"""Build large vaults fast for the benchmarks, through Keyfold's own API.

Test and benchmark use only: it seals keys with the cheapest Argon2id the
format accepts, which no vault a person uses should have. Nothing under
app/keyfold imports this (bench/ is not a package the app ships), so the app
cannot reach it.

    python bench/seed_vault.py --keys 10000 --versions 1000 --audit 200000 DIR
"""

import argparse
import sys
import time
from pathlib import Path

from keyfold.controller import Controller
from keyfold.core.audit import AuditKind
from keyfold.core.backup.kdf import KdfParams
from keyfold.core.vault import StorageKind, Vault

# The smallest Argon2id the envelope format accepts (8 KiB, one pass):
# microseconds per key, so 10,000 keys seal in seconds.
CHEAP_KDF = KdfParams.argon2id(memory_kib=8, iterations=1, parallelism=1)
PASSPHRASE = "bench-passphrase"  # noqa: S105 -- a throwaway benchmark vault's
LONG_LIVED_KEY = "long-lived"
_AUDIT_BATCH = 5000


def seed_vault(home: Path, *, keys: int, versions: int = 0, audit_entries: int = 0) -> Controller:
    """A vault at `home` with `keys` file-stored keys (passphrase PASSPHRASE).

    `versions` > 1 adds key LONG_LIVED_KEY rotated up to that many versions;
    `audit_entries` pads the audit trail with signing entries spread over the
    keys. Returns the controller used (its vault has the cheap KDF).
    """
    vault = Vault(home, kdf=CHEAP_KDF, keychain=None)
    controller = Controller(vault)
    tags = ("release", "ci", "team", "personal", "legacy")
    for index in range(keys):
        controller.keys.generate(
            f"key-{index:05d}",
            passphrase=PASSPHRASE,
            name=f"Signing key {index}",
            description=f"Benchmark key number {index}",
            tags=(tags[index % len(tags)], f"group-{index % 97}"),
            storage=StorageKind.FILE,
        )
    if versions > 1:
        controller.keys.generate(
            LONG_LIVED_KEY, passphrase=PASSPHRASE, name="Long-lived", storage=StorageKind.FILE
        )
        for _ in range(versions - 1):
            controller.rotation.rotate(LONG_LIVED_KEY, PASSPHRASE)
    written = 0
    while written < audit_entries:
        batch = min(_AUDIT_BATCH, audit_entries - written)
        with vault.database() as conn:
            for offset in range(batch):
                number = written + offset
                controller.audit.append_in(
                    conn,
                    AuditKind.SIGN,
                    f"key-{number % max(keys, 1):05d}" if keys else None,
                    1,
                    {"count": 1},
                )
        written += batch
    if audit_entries:
        controller.audit.log.sync_anchor()
    return controller


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("home", type=Path, help="the vault folder to create (must be new)")
    parser.add_argument("--keys", type=int, default=100)
    parser.add_argument("--versions", type=int, default=0, help="versions of the long-lived key")
    parser.add_argument("--audit", type=int, default=0, help="extra audit entries")
    args = parser.parse_args()
    if args.home.exists() and any(args.home.iterdir()):
        print(f"{args.home} is not empty", file=sys.stderr)
        return 2
    start = time.perf_counter()
    seed_vault(args.home, keys=args.keys, versions=args.versions, audit_entries=args.audit)
    print(f"seeded {args.home} in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
