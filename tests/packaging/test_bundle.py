"""packaging/build_bundle.sh builds a one-folder bundle whose programs start."""

import os
import subprocess
from pathlib import Path

import pytest

from keyfold import __version__
from keyfold.gui.app import SMOKE_TEST_LINE
from tests.packaging.conftest import ROOT


@pytest.mark.slow
@pytest.mark.bundle
def test_bundle_builds_and_starts(tmp_path: Path) -> None:
    script = ROOT / "packaging" / "build_bundle.sh"
    subprocess.run(
        [str(script), str(tmp_path / "dist"), str(tmp_path / "work")],
        check=True,
        capture_output=True,
        timeout=1200,
    )  # fmt: skip
    bundle = tmp_path / "dist" / "keyfold"
    plugins = {p.relative_to(bundle).as_posix() for p in bundle.rglob("plugins/*/*.so")}
    assert any(p.endswith("platforms/libqxcb.so") for p in plugins)
    assert any(p.endswith("imageformats/libqsvg.so") for p in plugins)
    assert not any("wayland" in p or "egldevice" in p for p in plugins)  # left out on purpose
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))

    cli = subprocess.run(
        [str(bundle / "keyfold-cli"), "--version"], capture_output=True, text=True, env=env,
        timeout=120, check=False,
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.strip() == f"keyfold-cli {__version__}"
    # A command's module is imported by name when it runs: the bundle must hold it.
    listed = subprocess.run(
        [str(bundle / "keyfold-cli"), "--vault", str(tmp_path / "vault"), "list"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr

    ssh = subprocess.run(
        [str(bundle / "keyfold-ssh"), "-Y", "check-novalidate"], capture_output=True, text=True,
        env=env, timeout=120, check=False,
    )  # fmt: skip
    assert ssh.returncode == 1 and "needs -n" in ssh.stderr  # ssh-keygen's usage exit

    gui = subprocess.run(
        [str(bundle / "keyfold"), "--vault", str(tmp_path / "vault"), "--smoke-test"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert gui.returncode == 0, gui.stderr
    assert gui.stdout.startswith(SMOKE_TEST_LINE)
    assert "single-instance socket listening" in gui.stdout
