"""Sizes and counts in plain words."""

from keyfold.gui.base.models.formatting import counted, format_size


def test_sizes_and_plurals() -> None:
    assert format_size(1) == "1 byte"
    assert format_size(999) == "999 bytes"
    assert format_size(6000) == "6.0 KB"
    assert format_size(123_456_789) == "123 MB"
    assert format_size(3 * 10**12) == "3.0 TB"
    assert counted(1, "one", "many") == "one"
    assert counted(0, "one", "many") == "many"
    assert counted(2, "one", "many") == "many"
