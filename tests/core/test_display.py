"""Tests for keyfold.core.display: visible escapes for output, lossless ones for the audit."""

import os
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from keyfold.core.display import escape_path, shown, storable_path, unescape_path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain name", "plain name"),
        ("a\nb\x1b[31mred", "a\\x0ab\\x1b[31mred"),
        ("invoice\u202efdp.exe", "invoice\\u202efdp.exe"),
        ("zero\u200bwidth", "zero\\u200bwidth"),
        (os.fsdecode(b"caf\xe9"), "caf\\xe9"),
        ("C:\\Users\\me", "C:\\Users\\me"),  # backslashes stay as they are for reading
        ("\x85next line", "\\u0085next line"),
    ],
)
def test_shown_makes_every_dangerous_character_visible(text: str, expected: str) -> None:
    assert shown(text) == expected


def test_shown_can_keep_tabs_and_newlines() -> None:
    assert shown("a\tb\nc\x07", keep="\t\n") == "a\tb\nc\\x07"


@given(st.binary(max_size=64))
def test_escape_path_is_lossless_for_any_bytes(raw: bytes) -> None:
    name = os.fsdecode(raw)
    escaped = escape_path(name)
    # No controls or undecodable (surrogate) characters left: storable anywhere.
    assert all(unicodedata.category(char) not in ("Cc", "Cs") for char in escaped)
    assert os.fsencode(unescape_path(escaped)) == raw


@given(st.text(max_size=40))
def test_escape_path_is_lossless_for_any_text(text: str) -> None:
    assert unescape_path(escape_path(text)) == text


def test_storable_paths_are_themselves_unless_they_need_escaping() -> None:
    assert storable_path("/home/me/backup.json") == "/home/me/backup.json"
    assert storable_path(os.fsdecode(b"/tmp/\xff")) == "/tmp/\\xff"
