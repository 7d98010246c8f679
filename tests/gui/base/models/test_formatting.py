"""Sizes, counts, dates and fingerprints in plain words."""

from datetime import datetime

from PySide6.QtCore import QLocale

from keyfold.gui.base.models.formatting import (
    counted,
    format_size,
    format_time,
    group_hex,
    short_fingerprint,
)


def test_sizes_and_plurals() -> None:
    assert format_size(1) == "1 byte"
    assert format_size(999) == "999 bytes"
    assert format_size(6000) == "6.0 KB"
    assert format_size(123_456_789) == "123 MB"
    assert format_size(3 * 10**12) == "3.0 TB"
    assert counted(1, "one", "many") == "one"
    assert counted(0, "one", "many") == "many"
    assert counted(2, "one", "many") == "many"


def test_dates_follow_the_locale() -> None:
    moment = datetime(2025, 3, 4, 15, 6)
    assert format_time(moment) == "2025-03-04 15:06"  # no locale: ISO
    for name, expected in (("de_DE", "04.03.25 15:06"), ("en_US", "3/4/25 3:06")):
        QLocale.setDefault(QLocale(name))
        try:
            assert format_time(moment).startswith(expected)
        finally:
            QLocale.setDefault(QLocale.c())


def test_hex_in_groups_of_four() -> None:
    assert group_hex("0123456789abcdef01") == "0123 4567 89ab cdef 01"
    assert short_fingerprint("0123456789abcdef0123") == "0123 4567 89ab cdef"
