"""Tests for lazy package exports."""

import sys

import pytest

from keyfold.core.lazy import lazy_exports


def test_a_name_is_imported_from_its_home_on_first_use() -> None:
    sys.modules.pop("colorsys", None)
    getattr_ = lazy_exports("pkg", {"rgb_to_hsv": "colorsys"})
    assert "colorsys" not in sys.modules
    assert getattr_("rgb_to_hsv")(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
    assert "colorsys" in sys.modules


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="module 'pkg' has no attribute 'nothing'"):
        lazy_exports("pkg", {})("nothing")
