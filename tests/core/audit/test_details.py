"""Tests for the audit log's secret guard: allowed details and loggable free text."""

import pytest

from keyfold.core.audit.details import (
    MAX_DETAIL_LENGTH,
    MAX_DETAILS,
    AuditDetailError,
    check_details,
    loggable,
)


@pytest.mark.parametrize(
    "details",
    [
        {"passphrase": "hunter2"},
        {"seed": "00" * 32},
        {"token": "abc"},
        {"reason": "x" * 513},
        {"reason": "two\nlines"},
        {"reason": "-----BEGIN PRIVATE KEY-----"},
        {"reason": "Bearer abc"},
        {"count": 1.5},
        {f"k{index}": "v" for index in range(MAX_DETAILS + 1)},
    ],
)
def test_details_that_could_hold_secrets_are_refused(details: dict) -> None:
    with pytest.raises(AuditDetailError, match="audit"):
        check_details(details)


def test_detail_scalars_become_text() -> None:
    assert check_details({"count": 3, "emergency": True, "bundle": False}) == {
        "count": "3",
        "emergency": "true",
        "bundle": "false",
    }


def test_loggable_text_is_one_bounded_line_without_key_material() -> None:
    assert loggable("report.pdf") == "report.pdf"
    assert loggable("two\nlines\x7f") == "two\\x0alines\\x7f"
    assert loggable("my -----BEGIN OPENSSH key") == "(withheld)"
    long = loggable("x" * (MAX_DETAIL_LENGTH + 10))
    assert len(long) == MAX_DETAIL_LENGTH and long.endswith("…")
    assert check_details({"file": long, "name": loggable("a\tb")}) == {
        "file": long,
        "name": "a\\x09b",
    }


def test_paths_are_recorded_whole_and_losslessly() -> None:
    import os

    from keyfold.core.audit.details import loggable_path
    from keyfold.core.display import unescape_path

    raw = b"/tmp/caf\xe9 \\x41\n\xff" + b"d" * 3000
    text = loggable_path(os.fsdecode(raw))
    assert check_details({"path": text}) == {"path": text}
    assert os.fsencode(unescape_path(text)) == raw


def test_undecodable_text_is_refused_unless_escaped() -> None:
    with pytest.raises(AuditDetailError, match="undecodable"):
        check_details({"name": "\udcff"})
