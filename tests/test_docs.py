"""The repository's own documentation: complete for the CLI, and self-contained."""

import argparse
import re
import subprocess
from pathlib import Path

from keyfold.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def test_every_cli_command_is_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"\*\*`([a-z-]+)", text))
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) <= documented, set(commands.choices) - documented


def test_the_readme_links_the_docs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("docs/formats.md", "docs/cli.md"):
        assert f"({name})" in readme


def test_nothing_refers_to_files_outside_the_repository() -> None:
    """Users and contributors have only the repository: no outside folder, DESIGN.md or STYLE."""
    # Spelled in pieces so that this file, which names them, is not a reference itself.
    outside = "|".join(("\\.\\./" + "shared", "shared" + "/DESIGN"))
    pattern = outside + r"|DESIGN\.md|STYLE\.md|STYLE habit|TESTING\.md"
    found = subprocess.run(
        ["git", "grep", "-n", "-E", pattern, "--", ".", ":(exclude)tests/test_docs.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert found.returncode == 1, found.stdout
