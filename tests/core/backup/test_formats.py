"""Tests for keyfold.core.backup.formats: every variant has a name people can read."""

from keyfold.core.backup import Layout
from keyfold.core.backup.formats import format_name


def test_every_layout_has_a_name() -> None:
    names = [format_name(layout) for layout in Layout]
    assert all(name and name not in {layout.value for layout in Layout} for name in names)
    assert len(set(names)) == len(names)
    assert "JavaScript SDK rotation backup" in format_name("datafold-js-rotation")


def test_an_unknown_layout_is_shown_as_written() -> None:
    assert format_name("something-new") == "something-new"
