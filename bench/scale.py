"""Keyfold at scale: vaults of 100, 1,000 and 10,000 keys, a 1,000-version key,
a million-entry audit trail and a 1,000-key vault made by release 36ed007,
each against the same figure for a 1-key vault (or a 200,000-entry trail).

Whole processes (keyfold-cli, the GUI's --smoke-test) timed to their exit, best
of --repeat; refresh and keystrokes timed inside a GUI process
(bench/_gui_probe.py); rotations timed inside this process on a copy. Vaults
are built once with bench/seed_vault.py (and, for the old vault, with
bench/seed_old_vault.py run on 36ed007's own code from `git archive`) into
--dir and reused (10,000 keys take several minutes to build):

    python bench/scale.py --dir /tmp/keyfold-scale --sizes 100,1000,10000
    python bench/scale.py --parts audit,old     # only some parts
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _processes import KEYFOLD_CLI, PYTHON, max_rss_mib, median, run_time
from seed_vault import CHEAP_KDF, LONG_LIVED_KEY, PASSPHRASE, seed_vault

from keyfold.controller import Controller
from keyfold.core.vault import Vault

REPO = Path(__file__).resolve().parents[1]
OLD_RELEASE = "36ed007"
SEED_OLD = str(Path(__file__).with_name("seed_old_vault.py"))
PARTS = ("keys", "versions", "audit", "old")

PROBE = str(Path(__file__).with_name("_gui_probe.py"))
ENV = {
    "KEYFOLD_PASSPHRASE": PASSPHRASE,
    "KEYFOLD_BACKUP_PASSPHRASE": PASSPHRASE,
    "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
}


def _vault(folder: Path, name: str, **spec: int) -> Path:
    home = folder / name
    if not (home / "vault.db").exists():
        print(f"  seeding {name} ...", file=sys.stderr, flush=True)
        seed_vault(home, **spec)
    return home


def _cli(home: Path, *args: str) -> list[str]:
    return [KEYFOLD_CLI, "--vault", str(home), *args]


def _probe(home: Path) -> dict[str, float]:
    """Refresh and keystroke times from one fresh GUI process."""
    env = {**os.environ, **ENV, "KEYFOLD_BENCH_T0": repr(time.time())}
    done = subprocess.run(
        [PYTHON, PROBE, str(home), "key-00001", "key-00000"],
        env=env,
        capture_output=True,
        check=True,
    )
    probe = json.loads(done.stdout.decode().strip().splitlines()[-1])
    strokes = probe["strokes"]
    return {
        "refresh": probe["refresh"],
        "stroke_median": median(strokes),
        "stroke_worst": max(strokes),
        "stroke_hiding": strokes[-1],
        "clear": probe["clear"],
    }


def _key_figures(homes: dict[str, Path], small: Path, repeat: int) -> dict[str, dict[str, float]]:
    """Each figure for every vault, best of `repeat`, the vaults taken in turn
    on each round so a burst of load on the machine hits them alike."""
    commands = {
        "list": lambda home: _cli(home, "list"),
        "show": lambda home: _cli(home, "show", "key-00000"),
        "sign": lambda home: _cli(home, "sign", "--force", "key-00000", str(small)),
        "start": lambda home: [
            PYTHON,
            "-m",
            "keyfold.gui.app",
            "--smoke-test",
            "--vault",
            str(home),
        ],
    }
    best = {name: dict.fromkeys(commands, float("inf")) for name in homes}
    for _ in range(repeat):
        for field, command in commands.items():
            for name, home in homes.items():
                took = run_time(command(home), env=ENV, repeat=1)
                best[name][field] = min(best[name][field], took)
    for name, home in homes.items():
        best[name].update(_probe(home))
    return best


ROWS = (
    ("keyfold-cli list", "list", "s"),
    ("keyfold-cli show KEY", "show", "s"),
    ("keyfold-cli sign KEY small-file", "sign", "s"),
    ("GUI start to shown window (whole process)", "start", "s"),
    ("refresh()", "refresh", "ms"),
    ("search keystroke, median", "stroke_median", "ms"),
    ("search keystroke, worst", "stroke_worst", "ms"),
    ("keystroke hiding the selected key", "stroke_hiding", "ms"),
    ("clearing the search", "clear", "ms"),
)


def _table(results: dict[str, dict[str, float]], baseline: str) -> None:
    """One row per figure, one column per vault, ratios against `baseline`'s column."""
    one = results[baseline]
    header = " | ".join(f"{name:>16}" for name in results)
    print(f"\n{'what':45} | {header}")
    for label, field, unit in ROWS:
        cells = []
        for name, figures in results.items():
            value = figures[field]
            shown = f"{value * 1000:7.1f} ms" if unit == "ms" else f"{value:7.3f} s "
            cells.append(shown if name == baseline else f"{shown} {value / one[field]:5.1f}x")
        print(f"{label:45} | " + " | ".join(f"{cell:>16}" for cell in cells))
    print(f"(ratios against the {baseline} vault in the same run)")


def _rotation_ms(home: Path, key_id: str, count: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of one rotation of `key_id`, on a copy.

    The CPU time leaves out the fsyncs (the same for any key), which make
    the wall time noisy on a busy disk; it shows work per version, if any.
    """
    with tempfile.TemporaryDirectory(prefix="keyfold-rotate-") as tmp:
        copy = Path(tmp) / "vault"
        shutil.copytree(home, copy)
        controller = Controller(Vault(copy, kdf=CHEAP_KDF, keychain=None))
        controller.rotation.rotate(key_id, PASSPHRASE)  # warm: imports, first derivation
        wall, cpu = [], []
        for _ in range(count):
            start, start_cpu = time.perf_counter(), time.process_time()
            controller.rotation.rotate(key_id, PASSPHRASE)
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    return median(wall) * 1000, median(cpu) * 1000


def _versions(folder: Path, one: Path, versions: int, repeat: int) -> None:
    long_lived = _vault(folder, "long", keys=1, versions=versions)
    with tempfile.TemporaryDirectory(prefix="keyfold-scale-") as tmp:
        backup = Path(tmp) / "long.json"
        backup_time = run_time(
            _cli(long_lived, "backup", LONG_LIVED_KEY, "--output", str(backup)),
            env=ENV,
            repeat=1,
        )
        small_backup = run_time(
            _cli(one, "backup", "key-00000", "--output", str(Path(tmp) / "one.json")),
            env=ENV,
            repeat=1,
        )
        print(
            f"\nbackup of a {versions}-version key: {backup_time:.3f} s "
            f"(1-version key: {small_backup:.3f} s, {backup_time / small_backup:.1f}x)"
        )
        restore_ok = subprocess.run(
            [KEYFOLD_CLI, "verify-backup", str(backup)],
            env={**os.environ, **ENV},
            capture_output=True,
            check=False,
        )
        print(f"  that backup verifies: {'yes' if restore_ok.returncode == 0 else 'NO'}")
    rotations = max(repeat * 4, 10)
    (one_wall, one_cpu) = _rotation_ms(one, "key-00000", rotations)
    (many_wall, many_cpu) = _rotation_ms(long_lived, LONG_LIVED_KEY, rotations)
    print(
        f"rotation of a key at version {versions}: {many_wall:.1f} ms, CPU {many_cpu:.1f} ms "
        f"(at version 1: {one_wall:.1f} ms, CPU {one_cpu:.1f} ms; "
        f"{many_wall / one_wall:.2f}x, CPU {many_cpu / one_cpu:.2f}x; median of {rotations})"
    )


def _audit(folder: Path, one: Path, entries: int, baseline_entries: int) -> None:
    trails = {
        count: _vault(folder, f"audit-{count}", keys=10, audit_entries=count)
        for count in (baseline_entries, entries)
    }
    print()
    for label, args in (("audit verify", ("audit", "verify")), ("audit (whole trail)", ("audit",))):
        figures = {}
        for count, trail in trails.items():
            command = _cli(trail, *args)
            figures[count] = (run_time(command, env=ENV, repeat=1), max_rss_mib(command, env=ENV))
        small_rss = max_rss_mib(_cli(one, *args), env=ENV)
        (base_time, base_rss), (took, rss) = figures[baseline_entries], figures[entries]
        print(
            f"{label} of {entries:,} entries: {took:.2f} s, peak {rss:.0f} MiB; "
            f"{baseline_entries:,} entries: {base_time:.2f} s, peak {base_rss:.0f} MiB "
            f"(time {took / base_time:.1f}x for {entries / baseline_entries:.0f}x the entries, "
            f"memory {rss / base_rss:.2f}x; 1-key vault: {small_rss:.0f} MiB)"
        )


def _old_vault(folder: Path, keys: int) -> Path:
    """A vault of `keys` keys made by release 36ed007's own code, built once."""
    pristine = folder / f"old-{OLD_RELEASE}-{keys}"
    if (pristine / "vault.db").exists():
        return pristine
    code = folder / f"code-{OLD_RELEASE}"
    if not (code / "app" / "keyfold").is_dir():
        code.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", OLD_RELEASE, "app"],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
    print(f"  seeding {pristine.name} with {OLD_RELEASE}'s code ...", file=sys.stderr, flush=True)
    shutil.rmtree(pristine, ignore_errors=True)
    subprocess.run(
        [PYTHON, SEED_OLD, "--keys", str(keys), str(pristine)],
        env={**os.environ, "PYTHONPATH": str(code / "app")},
        check=True,
    )
    return pristine


def _old(folder: Path, keys: int, repeat: int) -> Path:
    """Migration on first open; the migrated vault, for the key figures."""
    pristine = _old_vault(folder, keys)
    migrated = folder / f"old-{OLD_RELEASE}-{keys}-migrated"
    first_open = float("inf")
    for _ in range(repeat):
        shutil.rmtree(migrated, ignore_errors=True)
        shutil.copytree(pristine, migrated)
        first_open = min(first_open, run_time(_cli(migrated, "list"), env=ENV, repeat=1))
    second = run_time(_cli(migrated, "list"), env=ENV, repeat=repeat)
    print(
        f"\n{OLD_RELEASE} vault of {keys:,} keys: first `list` (migrating) {first_open:.3f} s, "
        f"then {second:.3f} s (best of {repeat} fresh copies / runs)"
    )
    return migrated


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "keyfold-scale")
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--versions", type=int, default=1000)
    parser.add_argument("--audit", type=int, default=1_000_000)
    parser.add_argument("--audit-baseline", type=int, default=200_000)
    parser.add_argument("--old-vault", type=int, default=1000, metavar="KEYS")
    parser.add_argument("--parts", default=",".join(PARTS), help="some of " + ",".join(PARTS))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",") if size]
    parts = {part for part in args.parts.split(",") if part}
    if parts - set(PARTS):
        parser.error(f"--parts takes some of {','.join(PARTS)}")
    args.dir.mkdir(parents=True, exist_ok=True)
    one = _vault(args.dir, "keys-1", keys=1)

    with tempfile.TemporaryDirectory(prefix="keyfold-scale-") as tmp:
        small = Path(tmp) / "small.txt"
        small.write_text("a small file to sign\n")
        baseline = run_time([PYTHON, "-c", "pass"], repeat=args.repeat * 2)
        print(f"bare python -c pass: {baseline:.3f} s")
        homes: dict[str, Path] = {}
        if parts & {"keys", "old"}:
            homes["1 key"] = one
        if "keys" in parts:
            for size in sizes:
                homes[f"{size:,} keys"] = _vault(args.dir, f"keys-{size}", keys=size)
        if "old" in parts:
            homes[f"{OLD_RELEASE} {args.old_vault:,}"] = _old(args.dir, args.old_vault, args.repeat)
        results = _key_figures(homes, small, args.repeat) if homes else {}
        if results:
            _table(results, "1 key")
    if "versions" in parts:
        _versions(args.dir, one, args.versions, args.repeat)
    if "audit" in parts:
        _audit(args.dir, one, args.audit, args.audit_baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
