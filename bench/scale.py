"""Keyfold at scale: vaults of 100, 1,000 and 10,000 keys, a 1,000-version key,
a long audit trail, each against the same figure for a 1-key vault.

Whole processes (keyfold-cli, the GUI's --smoke-test) timed to their exit, best
of --repeat; refresh and keystrokes timed inside a GUI process
(bench/_gui_probe.py). Vaults are built once with bench/seed_vault.py into
--dir and reused (10,000 keys take several minutes to build):

    python bench/scale.py --dir /tmp/keyfold-scale --sizes 100,1000,10000
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _processes import KEYFOLD_CLI, PYTHON, max_rss_mib, median, run_time
from seed_vault import LONG_LIVED_KEY, PASSPHRASE, seed_vault

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


def _gui(home: Path, repeat: int) -> dict[str, float]:
    start_best = run_time(
        [PYTHON, "-m", "keyfold.gui.app", "--smoke-test", "--vault", str(home)],
        env=ENV,
        repeat=repeat,
    )
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
        "start": start_best,
        "refresh": probe["refresh"],
        "stroke_median": median(strokes),
        "stroke_worst": max(strokes),
        "stroke_hiding": strokes[-1],
        "clear": probe["clear"],
    }


def _key_figures(home: Path, small: Path, repeat: int) -> dict[str, float]:
    figures = {
        "list": run_time(_cli(home, "list"), env=ENV, repeat=repeat),
        "show": run_time(_cli(home, "show", "key-00000"), env=ENV, repeat=repeat),
        "sign": run_time(
            _cli(home, "sign", "--force", "key-00000", str(small)), env=ENV, repeat=repeat
        ),
    }
    figures.update(_gui(home, repeat))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "keyfold-scale")
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--versions", type=int, default=1000)
    parser.add_argument("--audit", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",") if size]
    args.dir.mkdir(parents=True, exist_ok=True)

    homes = {1: _vault(args.dir, "keys-1", keys=1)}
    homes.update({size: _vault(args.dir, f"keys-{size}", keys=size) for size in sizes})
    long_lived = _vault(args.dir, "long", keys=1, versions=args.versions)
    trail = _vault(args.dir, "audit", keys=10, audit_entries=args.audit)

    with tempfile.TemporaryDirectory(prefix="keyfold-scale-") as tmp:
        small = Path(tmp) / "small.txt"
        small.write_text("a small file to sign\n")
        baseline = run_time([PYTHON, "-c", "pass"], repeat=args.repeat * 2)
        print(f"bare python -c pass: {baseline:.3f} s")
        results = {size: _key_figures(home, small, args.repeat) for size, home in homes.items()}
        one = results[1]
        rows = (
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
        header = " | ".join(f"{size:>7,} keys" for size in homes)
        print(f"\n{'what':45} | {header}")
        for label, field, unit in rows:
            cells = []
            for size in homes:
                value = results[size][field]
                shown = f"{value * 1000:7.1f} ms" if unit == "ms" else f"{value:7.3f} s "
                cells.append(f"{shown}" if size == 1 else f"{shown} {value / one[field]:5.1f}x")
            print(f"{label:45} | " + " | ".join(cells))
        print("(ratios against the 1-key vault in the same run)")

        backup = Path(tmp) / "long.json"
        backup_time = run_time(
            _cli(long_lived, "backup", LONG_LIVED_KEY, "--output", str(backup)),
            env=ENV,
            repeat=1,
        )
        small_backup = run_time(
            _cli(homes[1], "backup", "key-00000", "--output", str(Path(tmp) / "one.json")),
            env=ENV,
            repeat=1,
        )
        print(
            f"\nbackup of a {args.versions}-version key: {backup_time:.3f} s "
            f"(1-version key: {small_backup:.3f} s, {backup_time / small_backup:.1f}x)"
        )
        restore_ok = subprocess.run(
            [KEYFOLD_CLI, "verify-backup", str(backup)],
            env={**os.environ, **ENV},
            capture_output=True,
            check=False,
        )
        print(f"  that backup verifies: {'yes' if restore_ok.returncode == 0 else 'NO'}")

        for label, command in (
            ("audit verify", _cli(trail, "audit", "verify")),
            ("audit (whole trail)", _cli(trail, "audit")),
        ):
            took = run_time(command, env=ENV, repeat=1)
            rss = max_rss_mib(command, env=ENV)
            small_rss = max_rss_mib(_cli(homes[1], *command[3:]), env=ENV)
            print(
                f"{label} of {args.audit:,} entries: {took:.2f} s, peak {rss:.0f} MiB "
                f"(1-key vault: {small_rss:.0f} MiB)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
