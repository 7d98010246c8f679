"""The wheel carries resources/ as keyfold/resources, and the installed code finds it there."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT

SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md")


@pytest.mark.slow
def test_wheel_ships_resources_that_the_code_finds(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    for name in SOURCES:
        shutil.copy(ROOT / name, source)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(ROOT / "app", source / "app", ignore=ignore)
    shutil.copytree(ROOT / "resources", source / "resources")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), "."],
        cwd=source,
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = tmp_path.glob("keyfold-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "installed")
    assert "keyfold/resources/icons/keyfold.svg" in names
    assert "keyfold/resources/icons/hicolor/512x512/apps/io.keyfold.Keyfold.png" in names
    installed = tmp_path / "installed"
    found = subprocess.run(
        [sys.executable, "-c",
         "from keyfold.gui.base.resource_paths import resources_dir; print(resources_dir())"],
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(installed)),
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    assert Path(found.stdout.strip()) == installed / "keyfold" / "resources"
