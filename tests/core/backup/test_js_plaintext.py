"""Tests for keyfold.core.backup.js_plaintext: the JSON sealed in JavaScript SDK backups."""

import json

import pytest

from keyfold.core.backup.js_plaintext import KeyBackupData, encode_plaintext, parse_plaintext
from keyfold.core.errors import BackupFormatError
from keyfold.core.keys import KeyPair
from tests.core.backup import handmade_js


def _parse(**changes: object) -> KeyBackupData:
    return parse_plaintext(json.dumps(handmade_js.plaintext(**changes)).encode())


def test_reads_the_sdks_fields() -> None:
    data = handmade_js.plaintext(backupType="rotation", created="2025-09-09T00:00:00.000Z")
    backup = parse_plaintext(json.dumps(data).encode())
    assert backup.key_pair == KeyPair.from_seed(handmade_js.SEED)
    assert (backup.key_id, backup.name, backup.description) == (
        "handmade-key",
        "Handmade Key",
        "Built by hand",
    )
    assert backup.created == "2025-01-02T03:04:05.000Z"  # the key's, not the backup's
    assert backup.backup_type == "rotation"
    assert backup.tags == ("test",)


def _metadata(**changes: object) -> dict[str, object]:
    metadata = dict(handmade_js.plaintext()["metadata"])
    metadata.update(changes)
    return metadata


def test_missing_or_null_tags_are_none() -> None:
    metadata = _metadata()
    del metadata["tags"]
    assert _parse(metadata=metadata).tags == ()
    assert _parse(metadata=_metadata(tags=None)).tags == ()


@pytest.mark.parametrize("tags", ["release", [1], ["ok", None], {"a": "b"}])
def test_tags_must_be_a_list_of_strings(tags: object) -> None:
    with pytest.raises(BackupFormatError, match="list of strings") as caught:
        _parse(metadata=_metadata(tags=tags))
    assert caught.value.field == "sealed.metadata.tags"


def test_unknown_fields_are_ignored() -> None:
    backup = parse_plaintext(
        json.dumps(handmade_js.plaintext(purpose="x", nested={"a": [1]})).encode()
    )
    assert backup.key_id == "handmade-key"


def test_the_public_key_must_belong_to_the_seed() -> None:
    other = handmade_js.b64(handmade_js.public_key(bytes(32)))
    with pytest.raises(BackupFormatError, match="does not belong") as caught:
        _parse(publicKey=other)
    assert caught.value.field == "sealed.publicKey"


@pytest.mark.parametrize("size", [31, 33, 64])
def test_the_private_key_is_a_32_byte_seed(size: int) -> None:
    with pytest.raises(BackupFormatError, match=f"holds {size} bytes"):
        _parse(privateKey=handmade_js.b64(bytes(size)))


def test_a_key_id_is_bounded() -> None:
    with pytest.raises(BackupFormatError, match="1 to 256"):
        _parse(keyId="k" * 257)
    assert _parse(keyId="k" * 256).key_id == "k" * 256


def test_writes_what_it_reads() -> None:
    pair = KeyPair.from_seed(handmade_js.SEED)
    data = encode_plaintext(
        pair,
        key_id="k",
        name="",
        description="d",
        tags=("t",),
        created="2025-01-01T00:00:00.000Z",
        exported="2025-02-01T00:00:00.000Z",
    )
    assert b" " not in data  # compact, as JSON.stringify writes it
    assert json.loads(data)["metadata"] == {
        "name": "k",  # the SDK always has a name; the key id stands in
        "description": "d",
        "created": "2025-01-01T00:00:00.000Z",
        "lastAccessed": "2025-02-01T00:00:00.000Z",
        "tags": ["t"],
    }
    backup = parse_plaintext(data)
    assert (backup.key_pair, backup.key_id, backup.created) == (
        pair,
        "k",
        "2025-01-01T00:00:00.000Z",
    )
