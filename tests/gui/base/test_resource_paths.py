"""resources/ is found in a checkout, and the packaged copy wins when there is one."""

from pathlib import Path

import pytest

from keyfold.gui.base import resource_paths


def test_checkout_uses_the_top_level_resources() -> None:
    assert resource_paths.resources_dir() == resource_paths.SOURCE_TREE
    assert resource_paths.resource("icons", "keyfold.svg").is_file()


def test_packaged_copy_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    packaged = tmp_path / "keyfold" / "resources"
    packaged.mkdir(parents=True)
    monkeypatch.setattr(resource_paths, "PACKAGED", packaged)
    assert resource_paths.resource("icons") == packaged / "icons"
