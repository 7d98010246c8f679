"""Every parser of files from outside, fuzzed: only Keyfold errors may come out.

One test per parser (the corpus folder of the same name); the budget per test
is FUZZ_SECONDS, so the whole file runs in well under a minute.
"""

import contextlib
import json
import sqlite3
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keyfold.core.audit.chain import GENESIS_HASH, check_row
from keyfold.core.audit.log import AuditLog, _entry_from_row
from keyfold.core.backup import inspect_backup, looks_like_backup, open_backup, read_bundle
from keyfold.core.backup.kdf import kdf_work
from keyfold.core.encryption import decrypt_file, inspect
from keyfold.core.encryption.manifest import read_manifest
from keyfold.core.key_import import parse_private_key, parse_public_key
from keyfold.core.keys import KeyPair
from keyfold.core.signing import parse_public_key as parse_minisign_key
from keyfold.core.signing import parse_signature
from keyfold.core.vault import schema
from tests.fuzz import harness

# Opening a backup runs its KDF: only for costs this small, so the fuzzer
# measures the parser (the KDF limits are tested in tests/core/backup).
_CHEAP_WORK = 4096


def test_backup_json() -> None:
    def parse(data: bytes) -> None:
        looks_like_backup(data)
        info = inspect_backup(data)
        if kdf_work(info.kdf) <= _CHEAP_WORK:
            open_backup(data, "pw")

    harness.assert_clean(harness.run("backup", parse, harness.seeds("backup")))


def test_bundle(tmp_path: Path) -> None:
    target = tmp_path / "fuzz.tar.gz"

    def parse(data: bytes) -> None:
        target.write_bytes(data)
        for _, backup in read_bundle(target):
            inspect_backup(backup)

    harness.assert_clean(harness.run("bundle", parse, harness.seeds("bundle")))


def test_kfe_container_and_packages(tmp_path: Path, corpus_key: KeyPair) -> None:
    target = tmp_path / "fuzz.kfe"

    def parse(data: bytes) -> None:
        target.write_bytes(data)
        inspect(target)
        decrypt_file(target, None, identities=[corpus_key], workers=1)

    harness.assert_clean(harness.run("kfe", parse, harness.seeds("kfe")))


def test_kfe_manifest() -> None:
    def parse(data: bytes) -> None:
        read_manifest(b"KFM1" + struct.pack(">I", len(data)) + data + bytes(64), "fuzz.kfe")

    harness.assert_clean(harness.run("manifest", parse, harness.seeds("manifest")))


def test_minisig_and_minisign_keys() -> None:
    def parse(data: bytes) -> None:
        with contextlib.suppress(harness.KeyfoldError):
            parse_minisign_key(data)
        signature = parse_signature(data)
        _ = signature.timestamp, signature.trusted_comment_text

    harness.assert_clean(harness.run("minisig", parse, harness.seeds("minisig")))


def test_key_imports() -> None:
    def parse(data: bytes) -> None:
        with contextlib.suppress(harness.KeyfoldError):
            parse_public_key(data)
        parse_private_key(data, None)

    harness.assert_clean(harness.run("keys", parse, harness.seeds("keys")))


def test_audit_rows() -> None:
    conn = sqlite3.connect(":memory:")
    with conn:
        schema.migrate(conn)  # the vault's own tables, audit_log among them

    @contextlib.contextmanager
    def provider() -> Iterator[sqlite3.Connection]:
        with conn:
            yield conn

    log = AuditLog(provider, None)

    def parse(data: bytes) -> None:
        try:
            rows = json.loads(data)
        except (ValueError, RecursionError):
            return  # not rows at all: nothing of Keyfold's to test
        if not isinstance(rows, list):
            return
        if rows and not isinstance(rows[0], list):
            rows = [rows]
        with provider():
            conn.execute("DELETE FROM audit_log")
            for row in rows:
                if isinstance(row, list) and len(row) == 9:
                    _insert(conn, row)
        log.list()
        log.verify()

    try:
        harness.assert_clean(harness.run("audit_rows", parse, harness.seeds("audit_rows")))
    finally:
        conn.close()


def _insert(conn: sqlite3.Connection, row: list[object]) -> None:
    """A row as a damaged database could hold it: any column, any SQLite type."""
    values = [json.dumps(v) if isinstance(v, list | dict) else v for v in row]
    with contextlib.suppress(sqlite3.Error, OverflowError, UnicodeEncodeError):
        conn.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values)


# --- hypothesis: inputs no corpus would suggest --------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
_SQL_VALUE = st.none() | st.integers(-(2**63), 2**63 - 1) | st.floats() | st.text() | st.binary()
_FAST = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


def _loadable(name: str) -> list[bytes]:
    """The seeds Python's json reads (not the hostile digit and nesting ones)."""
    found = []
    for data in harness.seeds(name):
        with contextlib.suppress(ValueError, RecursionError):
            json.loads(data)
            found.append(data)
    return found


def _keyfold_errors_only(parse: Callable[[bytes], object], data: bytes) -> None:
    stats = harness.Stats("hypothesis")
    harness.check(stats, parse, data)
    harness.assert_clean(stats)


@_FAST
@given(st.binary(max_size=2048))
def test_any_bytes(data: bytes) -> None:
    for parse in (inspect_backup, parse_signature, parse_minisign_key, parse_public_key):
        _keyfold_errors_only(parse, data)
    _keyfold_errors_only(lambda d: parse_private_key(d, None), data)
    _keyfold_errors_only(_PARSERS["manifest"], data)


@_FAST
@given(base=st.sampled_from(_loadable("backup")), key=st.text(max_size=12), value=_JSON)
def test_backup_fields_of_any_json(base: bytes, key: str, value: object) -> None:
    doc = json.loads(base)
    doc[key if key else "kdf_params"] = value
    _keyfold_errors_only(inspect_backup, json.dumps(doc).encode("utf-8", "surrogatepass"))


@_FAST
@given(base=st.sampled_from(_loadable("manifest")), key=st.text(max_size=12), value=_JSON)
def test_manifest_fields_of_any_json(base: bytes, key: str, value: object) -> None:
    doc = json.loads(base)
    doc[key if key else "recipients"] = value
    _keyfold_errors_only(_PARSERS["manifest"], json.dumps(doc).encode("utf-8", "surrogatepass"))


@_FAST
@given(st.lists(st.tuples(*[_SQL_VALUE] * 9), max_size=3))
def test_audit_rows_of_any_sqlite_values(rows: list[tuple[object, ...]]) -> None:
    for position, row in enumerate(rows, start=1):
        check_row(row, position, GENESIS_HASH)
        _entry_from_row(row)


@pytest.mark.parametrize("name", ["backup", "manifest", "minisig", "keys"])
def test_each_issue_input_gives_a_keyfold_error(name: str) -> None:
    # The hostile seeds on their own must be refused by name, not by luck.
    stats = harness.Stats(name)
    for data in harness.seeds(name):
        harness.check(stats, _PARSERS[name], data)
    harness.assert_clean(stats)


_PARSERS = {
    "backup": inspect_backup,
    "manifest": lambda d: read_manifest(b"KFM1" + struct.pack(">I", len(d)) + d + bytes(64), "x"),
    "minisig": lambda d: parse_signature(d).timestamp,
    "keys": lambda d: parse_private_key(d, "pw"),
}
