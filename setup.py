"""setuptools build step: the wheel carries the top-level resources/ as keyfold/resources.

The source tree keeps resources/ (icons, translations) beside app/, outside the
package, so package-data cannot name it; this copies it into the built package,
where keyfold.gui.base.resource_paths looks first. Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install finds the checkout's resources/ in place
        target = Path(self.build_lib) / "keyfold" / "resources"
        # Sources (.ts) stay out; compiled translations (.qm) go in when built.
        shutil.copytree(
            RESOURCES, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".gitkeep", "*.ts")
        )


setup(cmdclass={"build_py": BuildPyWithResources})
