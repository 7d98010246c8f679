import json
from pathlib import Path

import pytest

from keyfold.core.encryption.reception import decrypt_file, inspect
from keyfold.core.encryption.sender import Layout, ShardingOptions, encrypt_file
from keyfold.core.errors import InvalidInputError, OperationCancelledError
from keyfold.core.keys import KeyPair
from keyfold.core.progress import CancelToken
from tests.core.encryption.helpers import FAST_KDF


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "data.csv"
    path.write_bytes(b"a,b,c\n" * 1000)
    return path


def test_manifest_records_metadata_and_sender(source: Path, tmp_path: Path) -> None:
    alice, bob = KeyPair.generate(), KeyPair.generate()
    options = ShardingOptions(
        shard_size=2048, content_type="text/csv", acl="finance", lineage="export-2025"
    )
    manifest = encrypt_file(
        source,
        tmp_path / "out.kfe",
        recipients=[bob.public],
        sender=alice,
        options=options,
        metadata={"ticket": "OPS-1"},
    )
    assert manifest == inspect(tmp_path / "out.kfe")
    assert manifest.sender == alice.public and not manifest.anonymous_sender
    assert manifest.name == "data.csv" and manifest.content_type == "text/csv"
    assert manifest.metadata == {"ticket": "OPS-1"}
    assert [s.size for s in manifest.shards] == [2048, 2048, 1904]
    assert {(s.acl, s.lineage, s.content_type) for s in manifest.shards} == {
        ("finance", "export-2025", "text/csv")
    }
    assert manifest.recipient_fingerprints == (bob.public.fingerprint,)
    assert len({s.shard_id for s in manifest.shards}) == 3


def test_without_a_sender_an_ephemeral_key_signs(source: Path, tmp_path: Path) -> None:
    bob = KeyPair.generate()
    manifest = encrypt_file(source, tmp_path / "out.kfe", recipients=[bob.public])
    assert manifest.anonymous_sender
    assert decrypt_file(tmp_path / "out.kfe", tmp_path / "back", identities=[bob]).ok


def test_output_file_is_private(source: Path, tmp_path: Path) -> None:
    encrypt_file(source, tmp_path / "out.kfe", recipients=[KeyPair.generate().public])
    assert oct((tmp_path / "out.kfe").stat().st_mode & 0o777) == "0o600"


def test_manifest_holds_no_secret_in_clear(source: Path, tmp_path: Path) -> None:
    manifest = encrypt_file(
        source,
        tmp_path / "out",
        passphrase="hunter2-very-secret",
        options=ShardingOptions(layout=Layout.FOLDER, passphrase_params=FAST_KDF),
    )
    text = json.dumps(manifest.to_json())
    assert "hunter2" not in text and "hunter2" not in repr(manifest)


def test_needs_a_recipient_and_a_sane_shard_size(source: Path, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="recipient"):
        encrypt_file(source, tmp_path / "out.kfe")
    with pytest.raises(InvalidInputError, match="shard size"):
        encrypt_file(
            source,
            tmp_path / "out.kfe",
            passphrase="x",
            options=ShardingOptions(shard_size=0, passphrase_params=FAST_KDF),
        )
    with pytest.raises(InvalidInputError, match=r"missing\.bin"):
        encrypt_file(tmp_path / "missing.bin", tmp_path / "out.kfe", passphrase="x")


def test_progress_reaches_the_total(source: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    encrypt_file(
        source,
        tmp_path / "out.kfe",
        recipients=[KeyPair.generate().public],
        options=ShardingOptions(shard_size=1000),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[0] == (0, 6000) and seen[-1] == (6000, 6000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize("layout", list(Layout))
def test_cancel_leaves_nothing_behind(source: Path, tmp_path: Path, layout: Layout) -> None:
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done >= 2000:
            token.cancel()

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OperationCancelledError):
        encrypt_file(
            source,
            out / "result",
            recipients=[KeyPair.generate().public],
            options=ShardingOptions(shard_size=1000, layout=layout, workers=1),
            progress=progress,
            cancel=token,
        )
    assert list(out.iterdir()) == []
