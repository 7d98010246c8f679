"""Tests for keyfold.core.backup.datafold_js: files the real SDK wrote, the SDK's
importKey rules applied to what Keyfold writes, hand-made edge cases, fuzzing."""

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keyfold.core.backup import (
    BackupPreset,
    KdfParams,
    Layout,
    inspect_backup,
    open_backup,
    seal_key,
)
from keyfold.core.backup.codec import ArchivedKey
from keyfold.core.backup.datafold_js import LAYOUTS, parse_js_backup
from keyfold.core.backup.kdf import PBKDF2_MAX_ITERATIONS
from keyfold.core.errors import (
    BackupFormatError,
    InvalidInputError,
    KeyfoldError,
    WrongPassphraseError,
)
from keyfold.core.keys import KeyPair
from tests.core.backup import handmade_js
from tests.core.backup.sdk_vectors import DATA, PASSPHRASE, UNICODE_PASSPHRASE, VECTORS, Vector

SDK_PBKDF2 = KdfParams.pbkdf2(100_000)
RFC8032_SEED = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")


IDS = [v.file for v in VECTORS]


# --- files the SDK wrote --------------------------------------------------------------


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
def test_inspect_names_the_sdk_format_before_the_passphrase(vector: Vector) -> None:
    info = inspect_backup((DATA / vector.file).read_bytes())
    assert info.layout == vector.layout
    assert info.kdf == KdfParams.pbkdf2(vector.iterations)
    assert info.warnings == ()


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
def test_opens_what_the_sdk_wrote_with_the_right_key(vector: Vector) -> None:
    opened = open_backup((DATA / vector.file).read_bytes(), vector.passphrase)
    assert opened.key_pair.public.hex == vector.public_key
    info = opened.info
    assert (info.layout, info.key_id, info.name, info.created) == (
        vector.opened_layout,
        vector.key_id,
        vector.name,
        vector.created,
    )
    assert info.public_key == opened.key_pair.public
    assert info.fingerprint == opened.key_pair.public.fingerprint
    assert info.metadata.get("description", "") == vector.description
    assert info.tags == vector.tags
    assert opened.warnings == ()


@pytest.mark.parametrize("vector", VECTORS[:2], ids=IDS[:2])
def test_sdk_files_refuse_a_wrong_passphrase(vector: Vector) -> None:
    with pytest.raises(WrongPassphraseError):
        open_backup((DATA / vector.file).read_bytes(), PASSPHRASE + "!")


def test_reads_the_file_keyfold_wrote_that_the_sdk_imported() -> None:
    # data/datafold_js/README.md: the SDK's importKey took this file, key and all.
    opened = open_backup((DATA / "keyfold-datafold-js.json").read_bytes(), PASSPHRASE)
    assert opened.info.layout == Layout.DATAFOLD_JS
    assert (opened.info.key_id, opened.info.name, opened.info.version) == (
        "release-key",
        "Release Key",
        2,
    )
    assert opened.key_pair.public.hex == (
        "ba8a35edc8e1f76d42e240c57f539840b26bd034e22dbd04d08fd38a8f23b225"
    )
    assert [(a.version, a.status) for a in opened.archived] == [(1, "archived")]
    assert opened.archived[0].key_pair.public.hex == (
        "64149afe0d8417f1bf1724d0ce8ae6f230ff7dbab5fb9dd8b03091f14b24105b"
    )


# --- what Keyfold writes, against the SDK's importKey rules -------------------------


def _seal_js(pair: KeyPair, passphrase: str = PASSPHRASE, **kwargs: Any) -> bytes:
    kwargs.setdefault("kdf", SDK_PBKDF2)
    preset = BackupPreset.DATAFOLD_JS
    return seal_key(pair, passphrase, key_id="ci-release", preset=preset, **kwargs)


def test_the_datafold_js_preset_writes_what_import_key_reads() -> None:
    pair = KeyPair.from_seed(RFC8032_SEED)
    created = datetime(2025, 6, 8, 19, 59, 22, tzinfo=UTC)
    data = _seal_js(
        pair,
        name="CI Release",
        metadata={"description": "Signs CI builds"},
        tags=("ci", "release"),
        created=created,
    )
    doc = json.loads(data)
    assert list(doc) == [
        "version", "kdf", "kdf_params", "encryption", "nonce", "ciphertext", "created", "type",
    ]  # fmt: skip
    assert doc["kdf_params"]["hash"] == "SHA-256"
    assert doc["created"].endswith(".000Z")
    key_id, private, public, metadata = handmade_js.sdk_import_key(data.decode(), PASSPHRASE)
    assert (key_id, private, public.hex()) == ("ci-release", RFC8032_SEED, pair.public.hex)
    assert metadata["name"] == "CI Release" and metadata["description"] == "Signs CI builds"
    assert metadata["created"] == "2025-06-08T19:59:22.000Z"
    assert metadata["tags"] == ["ci", "release"]
    assert sorted(metadata) == ["created", "description", "lastAccessed", "name", "tags"]
    # and Keyfold reads its own output back, with the details from inside.
    opened = open_backup(data, PASSPHRASE)
    assert (opened.key_pair, opened.info.key_id, opened.info.name) == (
        pair,
        "ci-release",
        "CI Release",
    )


def test_the_preset_defaults_to_more_than_the_sdks_iterations() -> None:
    data = seal_key(
        KeyPair.from_seed(RFC8032_SEED), PASSPHRASE, key_id="k", preset=BackupPreset.DATAFOLD_JS
    )
    iterations = json.loads(data)["kdf_params"]["iterations"]
    assert iterations >= 100_000
    assert handmade_js.sdk_import_key(data.decode(), PASSPHRASE)[0] == "k"


def test_older_versions_ride_along_where_the_sdk_ignores_them() -> None:
    old = KeyPair.from_seed(bytes(32))
    current = KeyPair.from_seed(RFC8032_SEED)
    created = datetime(2024, 1, 1, tzinfo=UTC)
    data = _seal_js(current, version=2, archived=[ArchivedKey(1, "archived", created, old)])
    _, private, _, _ = handmade_js.sdk_import_key(data.decode(), PASSPHRASE)
    assert private == RFC8032_SEED  # the SDK gets the current key
    opened = open_backup(data, PASSPHRASE)
    assert opened.info.version == 2
    assert [(a.version, a.key_pair) for a in opened.archived] == [(1, old)]


def test_a_non_ascii_passphrase_is_utf8_as_the_sdk_encodes_it() -> None:
    data = _seal_js(KeyPair.from_seed(RFC8032_SEED), UNICODE_PASSPHRASE)
    assert handmade_js.sdk_import_key(data.decode(), UNICODE_PASSPHRASE)[1] == RFC8032_SEED


@pytest.mark.parametrize("passphrase", ["", "seven77", "🔑🔑🔑"])
def test_refuses_passphrases_the_sdk_would_refuse(passphrase: str) -> None:
    with pytest.raises(InvalidInputError, match="shorter than 8"):
        _seal_js(KeyPair.from_seed(RFC8032_SEED), passphrase)


def test_counts_passphrase_length_as_javascript_does() -> None:
    # Four emoji are eight UTF-16 code units: JavaScript's length says 8.
    data = _seal_js(KeyPair.from_seed(RFC8032_SEED), "🔑🔑🔑🔑")
    assert handmade_js.sdk_import_key(data.decode(), "🔑🔑🔑🔑")[1] == RFC8032_SEED


@pytest.mark.parametrize(
    "kdf", [KdfParams.pbkdf2(99_999), KdfParams.argon2id(256, 1, 1)], ids=["few", "argon2"]
)
def test_refuses_weaker_or_unreadable_kdfs(kdf: KdfParams) -> None:
    with pytest.raises(InvalidInputError):
        _seal_js(KeyPair.from_seed(RFC8032_SEED), kdf=kdf)


# --- hand-made files: the edge cases --------------------------------------------------


def _dumps(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc).encode()


def test_handmade_json_and_binary_open() -> None:
    for data, layout in (
        (_dumps(handmade_js.build_json()), Layout.DATAFOLD_JS),
        (handmade_js.build_dfkb(), Layout.DATAFOLD_JS_BINARY),
    ):
        opened = open_backup(data, handmade_js.PASSPHRASE)
        assert opened.key_pair == KeyPair.from_seed(handmade_js.SEED)
        assert (opened.info.layout, opened.info.key_id) == (layout, "handmade-key")
        # 1,000 iterations are allowed but far below the SDK's own: a warning says so.
        assert any("1000 PBKDF2 iterations" in w for w in opened.warnings)


def test_a_rotation_plaintext_in_a_binary_file_stays_a_binary_file() -> None:
    data = handmade_js.build_dfkb(handmade_js.plaintext(backupType="rotation"))
    assert open_backup(data, handmade_js.PASSPHRASE).info.layout == Layout.DATAFOLD_JS_BINARY


def test_the_key_created_time_falls_back_to_the_rotation_time_then_the_file() -> None:
    no_key_time = handmade_js.plaintext(metadata={"name": "n"}, created="2025-02-02T00:00:00Z")
    opened = open_backup(_dumps(handmade_js.build_json(no_key_time)), handmade_js.PASSPHRASE)
    assert opened.info.created == "2025-02-02T00:00:00Z"
    bare = handmade_js.plaintext(metadata=None)
    opened = open_backup(_dumps(handmade_js.build_json(bare)), handmade_js.PASSPHRASE)
    assert (opened.info.created, opened.info.name) == (handmade_js.CREATED, "")


def test_a_type_other_than_the_sdks_is_read_as_a_standard_document() -> None:
    doc = handmade_js.build_json()
    doc["type"] = "something-else"
    assert inspect_backup(_dumps(doc)).layout == Layout.UNIFIED


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"version": 2}, "version"),
        ({"version": "1"}, "version"),
        ({"kdf": "argon2id"}, "kdf"),
        ({"encryption": "xchacha20-poly1305"}, "encryption"),
        ({"kdf_params": {"salt": "AAAA", "iterations": 100000}}, "kdf_params.salt"),
        ({"kdf_params": {"salt": handmade_js.b64(handmade_js.SALT)}}, "kdf_params.iterations"),
        ({"nonce": handmade_js.b64(bytes(24))}, "nonce"),
        ({"nonce": "not base64!"}, "nonce"),
        ({"ciphertext": handmade_js.b64(bytes(10))}, "ciphertext"),
        ({"created": 5}, "created"),
    ],
)
def test_malformed_fields_are_named(change: dict[str, Any], field: str) -> None:
    doc = handmade_js.build_json()
    doc.update(change)
    with pytest.raises(BackupFormatError) as caught:
        inspect_backup(_dumps(doc))
    assert caught.value.field == field
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"iterations": PBKDF2_MAX_ITERATIONS + 1}, "above the limit"),
        ({"iterations": 999}, "below the minimum"),
        ({"hash": "SHA-512"}, "only SHA-256"),
    ],
)
def test_kdf_limits_hold_before_any_derivation(params: dict[str, Any], message: str) -> None:
    doc = handmade_js.build_json()
    doc["kdf_params"].update(params)
    with pytest.raises(BackupFormatError, match=message):
        open_backup(_dumps(doc), handmade_js.PASSPHRASE)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        (b"\x00\x01 not json", "sealed"),
        (b"[1, 2]", "sealed"),
        (handmade_js.plaintext(keyId=None), "sealed.keyId"),
        (handmade_js.plaintext(keyId=""), "sealed.keyId"),
        (handmade_js.plaintext(keyId="a\x1b[31mb"), "sealed.keyId"),
        (handmade_js.plaintext(privateKey=handmade_js.b64(bytes(64))), "sealed.privateKey"),
        (handmade_js.plaintext(publicKey=handmade_js.b64(bytes(32))), "sealed.publicKey"),
        (handmade_js.plaintext(publicKey=None), "sealed.publicKey"),
        (handmade_js.plaintext(metadata=["x"]), "sealed.metadata"),
        (handmade_js.plaintext(metadata={"name": 7}), "sealed.metadata.name"),
    ],
)
def test_a_bad_sealed_part_is_named_after_decryption(
    payload: dict[str, Any] | bytes, field: str
) -> None:
    for data in (_dumps(handmade_js.build_json(payload)), handmade_js.build_dfkb(payload)):
        with pytest.raises(BackupFormatError) as caught:
            open_backup(data, handmade_js.PASSPHRASE)
        assert caught.value.field == field


def test_wrong_passphrase_on_a_handmade_file() -> None:
    with pytest.raises(WrongPassphraseError):
        open_backup(_dumps(handmade_js.build_json()), "another passphrase")


# --- fuzzing: nothing a file says gets past the parser but a BackupFormatError --------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
_FIELDS = ["version", "kdf", "kdf_params", "encryption", "nonce", "ciphertext", "created"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(_FIELDS), value=_JSON, drop=st.booleans())
def test_fuzz_json_fields(field: str, value: Any, drop: bool) -> None:
    doc = handmade_js.build_json()
    if drop:
        del doc[field]
    else:
        doc[field] = value
    try:
        sealed = parse_js_backup(_dumps(doc))
    except BackupFormatError as exc:
        assert "\n" not in str(exc)
        return
    assert sealed is not None and sealed.info.layout == Layout.DATAFOLD_JS


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=200))
def test_fuzz_arbitrary_bytes(data: bytes) -> None:
    for candidate in (data, b"DFKB" + data, b'{"type": "datafold-key-backup"' + data):
        try:
            sealed = parse_js_backup(candidate)
        except BackupFormatError as exc:
            assert "\n" not in str(exc)
        else:
            assert sealed is None or sealed.info.layout in LAYOUTS


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=_JSON, key=st.sampled_from(["keyId", "privateKey", "publicKey", "metadata"]))
def test_fuzz_sealed_parts(payload: Any, key: str) -> None:
    data = _dumps(handmade_js.build_json(handmade_js.plaintext(**{key: payload})))
    try:
        opened = open_backup(data, handmade_js.PASSPHRASE)
    except KeyfoldError as exc:
        assert isinstance(exc, BackupFormatError) and "\n" not in str(exc)
        return
    assert opened.key_pair == KeyPair.from_seed(handmade_js.SEED)
