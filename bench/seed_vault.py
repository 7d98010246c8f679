"""Build large vaults fast for the benchmarks, through Keyfold's own API.

Test and benchmark use only: it seals keys with the cheapest Argon2id the
format accepts, which no vault a person uses should have. Nothing under
app/keyfold imports this (bench/ is not a package the app ships), so the app
cannot reach it.

    python bench/seed_vault.py --keys 10000 --versions 1000 --audit 200000 DIR
"""

import argparse
import json
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from keyfold.controller import Controller
from keyfold.core.audit import AuditKind
from keyfold.core.audit.chain import entry_hash, format_timestamp
from keyfold.core.backup.kdf import KdfParams
from keyfold.core.vault import StorageKind, Vault

# The smallest Argon2id the envelope format accepts (8 KiB, one pass):
# microseconds per key, so 10,000 keys seal in seconds.
CHEAP_KDF = KdfParams.argon2id(memory_kib=8, iterations=1, parallelism=1)
PASSPHRASE = "bench-passphrase"  # noqa: S105 -- a throwaway benchmark vault's
LONG_LIVED_KEY = "long-lived"
_AUDIT_BATCH = 50_000


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
    if audit_entries:
        seed_audit_trail(controller, audit_entries, keys)
    return controller


def seed_audit_trail(controller: Controller, entries: int, keys: int) -> None:
    """Append `entries` signing entries spread over key-00000.. in bulk.

    The rows are what AuditLog.append_in writes (the same actor, canonical
    details and chained hashes from keyfold.core.audit.chain), but computed
    here and inserted with executemany, one transaction per batch, so a
    million entries take seconds, not the hours one append per entry would.
    The anchor moves to the new head at the end, as after any append.
    """
    log = controller.audit.log
    details = json.dumps({"count": "1"}, sort_keys=True)
    with controller.vault.database() as conn:
        # The first entry goes through the app itself: it anchors the empty log.
        log.append_in(conn, AuditKind.SIGN, _key_for(0, keys), 1, {"count": 1})
    written = 1
    start = datetime.now(UTC)
    while written < entries:
        batch = min(_AUDIT_BATCH, entries - written)
        with controller.vault.database() as conn:
            seq, prev_hash = conn.execute(
                "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            rows = []
            for number in range(written, written + batch):
                seq += 1
                stamp = format_timestamp(start + timedelta(microseconds=number))
                key_id = _key_for(number, keys)
                digest = entry_hash(
                    seq, prev_hash, stamp, "sign", key_id, 1, log.actor, {"count": "1"}
                )
                rows.append((seq, stamp, "sign", key_id, 1, log.actor, details, prev_hash, digest))
                prev_hash = digest
            conn.executemany(
                "INSERT INTO audit_log (seq, timestamp, kind, key_id, version, actor, details, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        written += batch
    log.sync_anchor()


def _key_for(number: int, keys: int) -> str | None:
    return f"key-{number % keys:05d}" if keys else None


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
