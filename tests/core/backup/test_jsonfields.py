"""Tests for keyfold.core.backup.jsonfields: strict JSON loading and typed field reads."""

from collections.abc import Callable

import pytest

from keyfold.core.backup.jsonfields import (
    MAX_BACKUP_BYTES,
    JsonObject,
    b64encode,
    get_b64,
    get_int,
    get_object,
    get_optional_str,
    get_str,
    load_object,
    string_fields,
)
from keyfold.core.errors import BackupFormatError


def test_load_object_reads_a_json_object_with_or_without_a_bom() -> None:
    assert load_object(b'{"a": 1}') == {"a": 1}
    assert load_object(b'\xef\xbb\xbf{"a": "\xc3\xa9"}') == {"a": "é"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not valid JSON"),
        (b"not json", "not valid JSON"),
        (b'{"a": 1', "not valid JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'"text"', "not a JSON object"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"a": NaN}', "NaN"),
        (b'{"a": -Infinity}', "Infinity"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
        (b'{"a": ' + b"9" * 5000 + b"}", "not valid JSON"),
        (b" " * (MAX_BACKUP_BYTES + 1), "larger than"),
    ],
)
def test_load_object_refuses_what_is_not_one_small_json_object(data: bytes, message: str) -> None:
    with pytest.raises(BackupFormatError, match=message) as caught:
        load_object(data)
    assert caught.value.field == "file"


def test_duplicate_keys_are_refused_naming_the_key() -> None:
    with pytest.raises(BackupFormatError, match="nonce appears twice") as caught:
        load_object(b'{"nonce": "a", "nonce": "b"}')
    assert caught.value.field == "nonce"


DOC = {
    "s": "text",
    "i": 7,
    "b": True,
    "o": {"inner": 1},
    "n": None,
    "f": 1.5,
    "data": "AAECAw==",
}


def test_typed_reads() -> None:
    assert get_str(DOC, "s") == "text"
    assert get_int(DOC, "i") == 7
    assert get_object(DOC, "o") == {"inner": 1}
    assert get_optional_str(DOC, "s") == "text"
    assert get_optional_str(DOC, "missing") is None
    assert get_optional_str(DOC, "n") is None
    assert get_b64(DOC, "data") == bytes([0, 1, 2, 3])


@pytest.mark.parametrize(
    ("reader", "key", "message"),
    [
        (get_str, "i", "must be a string"),
        (get_str, "missing", "is missing"),
        (get_str, "n", "is missing"),
        (get_int, "b", "must be an integer"),
        (get_int, "f", "must be an integer"),
        (get_int, "s", "must be an integer"),
        (get_object, "s", "must be an object"),
        (get_optional_str, "i", "must be a string"),
        (get_b64, "i", "must be a string"),
    ],
)
def test_wrong_types_name_the_field_with_its_path(
    reader: Callable[[JsonObject, str, str], object], key: str, message: str
) -> None:
    with pytest.raises(BackupFormatError, match=message) as caught:
        reader(DOC, key, "outer.")
    assert caught.value.field == f"outer.{key}"
    assert f"outer.{key}" in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "AAECAw=",  # wrong padding
        "AAECA w==",  # a space
        "AA-_Aw==",  # the URL-safe alphabet
        "A",  # an impossible length
        "AAECAx==",  # unused bits set: not canonical
    ],
)
def test_bad_base64_is_refused(text: str) -> None:
    with pytest.raises(BackupFormatError, match="base64") as caught:
        get_b64({"salt": text}, "salt")
    assert caught.value.field == "salt"


def test_base64_without_padding_is_tolerated() -> None:
    assert get_b64({"salt": "AAECAw"}, "salt") == bytes([0, 1, 2, 3])


def test_b64encode_is_standard_and_padded() -> None:
    assert b64encode(bytes([251, 255, 0, 1])) == "+/8AAQ=="


def test_string_fields_keeps_only_strings() -> None:
    assert string_fields(DOC) == {"s": "text", "data": "AAECAw=="}
