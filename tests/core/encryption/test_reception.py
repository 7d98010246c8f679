import os
import shutil
import subprocess
import sys
import tracemalloc
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keyfold.core.encryption.errors import ManifestError, NotARecipientError
from keyfold.core.encryption.manifest import FORMAT_VERSION, read_manifest, sign_manifest
from keyfold.core.encryption.reception import decrypt_file
from keyfold.core.encryption.sender import Layout, ShardingOptions, encrypt_file
from keyfold.core.errors import InvalidInputError, KeyfoldError, WrongPassphraseError
from keyfold.core.keys import KeyPair
from tests.core.encryption.helpers import FAST_KDF, flip, resign, split_kfe

SHARD = 1024
ALICE = KeyPair.generate()
BOB = KeyPair.generate()


def encrypt(tmp_path: Path, data: bytes, layout: Layout = Layout.KFE, **kwargs) -> Path:  # type: ignore[no-untyped-def]
    source = tmp_path / "plain.bin"
    source.write_bytes(data)
    target = tmp_path / ("sealed.kfe" if layout is Layout.KFE else "sealed")
    kwargs.setdefault("recipients", [BOB.public])
    encrypt_file(
        source,
        target,
        sender=ALICE,
        options=ShardingOptions(shard_size=SHARD, layout=layout, passphrase_params=FAST_KDF),
        **kwargs,
    )
    return target


def receive(path: Path, tmp_path: Path, **kwargs):  # type: ignore[no-untyped-def]
    kwargs.setdefault("identities", [BOB])
    return decrypt_file(path, tmp_path / "received.bin", **kwargs)


@pytest.mark.parametrize("size", [0, 1, SHARD, SHARD + 1, 10 * SHARD + 17])
@pytest.mark.parametrize("layout", list(Layout))
def test_round_trip(tmp_path: Path, size: int, layout: Layout) -> None:
    data = os.urandom(size)
    sealed = encrypt(tmp_path, data, layout)
    report = receive(sealed, tmp_path)
    assert report.ok and report.issues == () and report.retransmit == ()
    assert report.manifest.shard_count == -(-size // SHARD)
    assert report.output == tmp_path / "received.bin"
    assert (tmp_path / "received.bin").read_bytes() == data


def test_ciphertext_does_not_contain_the_plaintext(tmp_path: Path) -> None:
    data = b"top secret line\n" * 200
    sealed = encrypt(tmp_path, data)
    assert b"top secret" not in sealed.read_bytes()


def test_wrong_recipient_cannot_decrypt(tmp_path: Path) -> None:
    sealed = encrypt(tmp_path, b"x" * 3000)
    with pytest.raises(NotARecipientError, match=r"sealed\.kfe"):
        receive(sealed, tmp_path, identities=[ALICE, KeyPair.generate()])
    assert not (tmp_path / "received.bin").exists()


def test_key_fallback_across_versions(tmp_path: Path) -> None:
    old_version = KeyPair.generate()
    sealed = encrypt(tmp_path, b"y" * 3000, recipients=[old_version.public])
    report = receive(sealed, tmp_path, identities=[KeyPair.generate(), old_version])
    assert report.ok


def test_several_recipients_and_a_passphrase(tmp_path: Path) -> None:
    carol = KeyPair.generate()
    sealed = encrypt(tmp_path, b"z" * 2500, recipients=[BOB.public, carol.public], passphrase="pw")
    assert receive(sealed, tmp_path, identities=[carol]).ok
    assert receive(sealed, tmp_path, identities=[], passphrase="pw", overwrite=True).ok
    with pytest.raises(WrongPassphraseError):
        receive(sealed, tmp_path, identities=[], passphrase="nope", overwrite=True)


def test_existing_output_is_kept_unless_overwrite(tmp_path: Path) -> None:
    sealed = encrypt(tmp_path, b"q" * 10)
    (tmp_path / "received.bin").write_bytes(b"mine")
    with pytest.raises(InvalidInputError, match=r"received\.bin"):
        receive(sealed, tmp_path)
    assert (tmp_path / "received.bin").read_bytes() == b"mine"


def test_expected_sender_is_enforced(tmp_path: Path) -> None:
    sealed = encrypt(tmp_path, b"q" * 10)
    with pytest.raises(ManifestError, match="expected sender"):
        receive(sealed, tmp_path, expected_sender=BOB.public)
    assert receive(sealed, tmp_path, expected_sender=ALICE.public).ok


def test_verify_only_writes_nothing(tmp_path: Path) -> None:
    sealed = encrypt(tmp_path, b"q" * 3000)
    report = decrypt_file(sealed, None, identities=[BOB])
    assert report.ok and report.output is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.bin", "sealed.kfe"]


# --- failure modes in a .kfe: each one reported by shard id --------------------


def damaged_kfe(tmp_path: Path, change) -> tuple[Path, list[str]]:  # type: ignore[no-untyped-def]
    sealed = encrypt(tmp_path, os.urandom(6 * SHARD))
    parts = split_kfe(sealed)
    ids = [p[20:36].hex() for p in parts.packages]
    change(parts.packages)
    sealed.write_bytes(parts.build())
    return sealed, ids


def assert_nothing_written(tmp_path: Path) -> None:
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.bin", "sealed.kfe"]


def test_missing_shard(tmp_path: Path) -> None:
    sealed, ids = damaged_kfe(tmp_path, lambda p: p.pop(2))
    report = receive(sealed, tmp_path)
    assert not report.ok and report.output is None
    assert report.missing == (ids[2],) and report.retransmit == (ids[2],)
    assert_nothing_written(tmp_path)


def test_corrupted_shards(tmp_path: Path) -> None:
    def change(packages: list[bytes]) -> None:
        packages[1] = flip(packages[1], 500)  # ciphertext
        packages[4] = flip(packages[4], 25)  # the shard id itself

    sealed, ids = damaged_kfe(tmp_path, change)
    report = receive(sealed, tmp_path)
    assert report.corrupted == (ids[1], ids[4])
    assert report.retransmit == (ids[1], ids[4])
    assert report.unexpected == ()
    assert_nothing_written(tmp_path)


def test_foreign_signed_shard(tmp_path: Path) -> None:
    mallory = KeyPair.generate()
    sealed, ids = damaged_kfe(tmp_path, lambda p: p.__setitem__(3, resign(p[3], mallory)))
    report = receive(sealed, tmp_path)
    assert report.foreign_signed == (ids[3],) and report.retransmit == (ids[3],)
    assert_nothing_written(tmp_path)


def test_duplicated_shard_is_reported_and_harmless(tmp_path: Path) -> None:
    sealed, ids = damaged_kfe(tmp_path, lambda p: p.insert(3, p[1]))
    report = receive(sealed, tmp_path)
    assert report.ok and report.duplicated == (ids[1],) and report.retransmit == ()


def test_reordered_shards_are_reported_and_reassembled(tmp_path: Path) -> None:
    def swap(packages: list[bytes]) -> None:
        packages[1], packages[4] = packages[4], packages[1]

    sealed, ids = damaged_kfe(tmp_path, swap)
    report = receive(sealed, tmp_path)
    assert report.ok and set(report.reordered) <= {ids[1], ids[2], ids[3]}
    assert ids[1] in report.reordered
    assert (tmp_path / "received.bin").read_bytes() == (tmp_path / "plain.bin").read_bytes()


def test_a_damaged_copy_next_to_a_good_one(tmp_path: Path) -> None:
    sealed, ids = damaged_kfe(tmp_path, lambda p: p.insert(2, flip(p[2], 300)))
    report = receive(sealed, tmp_path)
    assert report.ok and report.duplicated == (ids[2],)
    assert "damaged" in report.issues[0].detail


def test_package_from_another_file_is_unexpected(tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    stray = split_kfe(encrypt(tmp_path / "other", b"o" * 10)).packages[0]
    sealed, _ = damaged_kfe(tmp_path, lambda p: p.append(stray))
    report = receive(sealed, tmp_path)
    assert report.ok and report.retransmit == ()
    assert report.unexpected == (stray[20:36].hex(),)
    assert report.issues[0].positions == (6,)


def test_manifest_tampered(tmp_path: Path) -> None:
    sealed = encrypt(tmp_path, b"m" * 3000)
    data = sealed.read_bytes()
    # A byte of the manifest's signature (just before the 12-byte trailer).
    sealed.write_bytes(flip(data, len(data) - 12 - 10))
    with pytest.raises(ManifestError, match=r"sealed\.kfe"):
        receive(sealed, tmp_path)
    assert_nothing_written(tmp_path)


def test_manifest_re_signed_by_someone_else_names_them(tmp_path: Path) -> None:
    sealed = encrypt(tmp_path, b"m" * 3000)
    parts = split_kfe(sealed)
    mallory = KeyPair.generate()
    parts.packages = [resign(p, mallory) for p in parts.packages]
    sealed.write_bytes(parts.build())
    report = receive(sealed, tmp_path)
    assert set(report.foreign_signed) == {p.shard_id for p in report.manifest.shards}


# --- the same failures in a shard folder ------------------------------------


def test_shard_folder_failures(tmp_path: Path) -> None:
    folder = encrypt(tmp_path, os.urandom(5 * SHARD), Layout.FOLDER)
    files = sorted(p for p in folder.iterdir() if p.suffix == ".kfs")
    ids = [f.name[7:39] for f in files]
    files[0].unlink()
    shutil.copy(files[1], folder / "000009-copy.kfs")
    files[2].write_bytes(flip(files[2].read_bytes(), 700))
    files[3].write_bytes(resign(files[3].read_bytes(), KeyPair.generate()))
    report = receive(folder, tmp_path)
    assert report.missing == (ids[0],)
    assert report.duplicated == (ids[1],)
    assert report.corrupted == (ids[2],)
    assert report.foreign_signed == (ids[3],)
    assert report.retransmit == (ids[0], ids[2], ids[3])
    assert report.recovered_count == 2 and not (tmp_path / "received.bin").exists()


def test_resent_shard_completes_a_folder(tmp_path: Path) -> None:
    folder = encrypt(tmp_path, os.urandom(3 * SHARD), Layout.FOLDER)
    shard = sorted(folder.glob("*.kfs"))[1]
    kept = shard.read_bytes()
    shard.unlink()
    assert receive(folder, tmp_path).retransmit == (shard.name[7:39],)
    shard.write_bytes(kept)
    assert receive(folder, tmp_path).ok


# --- any single-byte change anywhere is detected ----------------------------

_SMALL_DATA = os.urandom(2 * SHARD + 100)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(position=st.floats(0, 1, exclude_max=True), delta=st.integers(1, 255))
def test_any_single_byte_change_is_detected(
    tmp_path_factory: pytest.TempPathFactory, position: float, delta: int
) -> None:
    tmp_path = tmp_path_factory.mktemp("flip")
    sealed = encrypt(tmp_path, _SMALL_DATA, passphrase=None)
    data = bytearray(sealed.read_bytes())
    index = int(position * len(data))
    data[index] = (data[index] + delta) % 256
    sealed.write_bytes(bytes(data))
    try:
        report = receive(sealed, tmp_path)
    except KeyfoldError:
        pass
    else:
        assert not report.ok, f"byte {index} of {len(data)} changed unnoticed"
    assert not (tmp_path / "received.bin").exists()


# --- constant memory on a multi-GiB sparse input ----------------------------

_MEMORY_PROBE = """
import sys
import tracemalloc
from pathlib import Path
from keyfold.core.encryption import decrypt_file, encrypt_file
from keyfold.core.keys import KeyPair
src, kfe, out = map(Path, sys.argv[1:4])
me = KeyPair.generate()
encrypt_file(src, kfe, recipients=[me.public], sender=me)
report = decrypt_file(kfe, out, identities=[me])
assert report.ok, report.issues
# VmHWM, not ru_maxrss: Linux carries the parent's peak into ru_maxrss over exec.
print(int(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:'))))
"""


def _peak_rss_kib(tmp_path: Path, size: int) -> int:
    source = tmp_path / f"sparse-{size}.bin"
    with open(source, "wb") as handle:
        handle.truncate(size)
    output = tmp_path / f"out-{size}.bin"
    result = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(source), str(tmp_path / "s.kfe"), str(output)],
        capture_output=True,
        text=True,
        check=True,
        timeout=280,
    )
    assert output.stat().st_size == size
    for path in (source, output, tmp_path / "s.kfe"):
        path.unlink()
    return int(result.stdout.split()[-1])


@pytest.mark.slow
def test_constant_memory_on_a_multi_gib_sparse_file(tmp_path: Path) -> None:
    small = _peak_rss_kib(tmp_path, 3 * 1024 * 1024)
    large = _peak_rss_kib(tmp_path, 2 * 1024**3 + 12345)
    # 2 GiB went through; only a few 1 MiB shards may be in flight at once.
    assert large - small < 48 * 1024, f"peak RSS {large} KiB against {small} KiB"


# --- container version 1 (SHA-256 package digests): still read -----------------

V1 = Path(__file__).resolve().parents[2] / "fixtures" / "kfe" / "v1"
V1_KEY = KeyPair.from_seed(bytes(range(32)))
V1_PLAINTEXT = b"hello shards\n" * 500


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("recipient.kfe", {"identities": [V1_KEY], "expected_sender": V1_KEY.public}),
        ("passphrase.kfe", {"passphrase": "pw"}),
        ("folder", {"identities": [V1_KEY], "expected_sender": V1_KEY.public}),
    ],
)
def test_version_1_files_still_decrypt(tmp_path: Path, name: str, kwargs) -> None:  # type: ignore[no-untyped-def]
    report = decrypt_file(V1 / name, tmp_path / "out.txt", **kwargs)
    assert report.ok and report.manifest.version == 1 and report.issues == ()
    assert (tmp_path / "out.txt").read_bytes() == V1_PLAINTEXT


def test_version_1_damage_is_still_caught(tmp_path: Path) -> None:
    sealed = tmp_path / "sealed.kfe"
    shutil.copy(V1 / "recipient.kfe", sealed)
    parts = split_kfe(sealed)
    ids = [p[20:36].hex() for p in parts.packages]
    parts.packages[1] = flip(parts.packages[1], 500)
    del parts.packages[3]
    parts.packages[0] = resign(parts.packages[0], BOB, version=1)
    sealed.write_bytes(parts.build())
    report = decrypt_file(sealed, tmp_path / "out.txt", identities=[V1_KEY])
    assert not report.ok and report.output is None
    assert report.foreign_signed == (ids[0],)
    assert report.corrupted == (ids[1],) and report.missing == (ids[3],)
    assert not (tmp_path / "out.txt").exists()


def test_a_manifest_cannot_move_packages_to_another_version(tmp_path: Path) -> None:
    # Even the sender re-signing the manifest as version 1 does not make its
    # version 2 packages pass: each version has its own digest and label.
    sealed = encrypt(tmp_path, os.urandom(3 * SHARD))
    parts = split_kfe(sealed)
    manifest = read_manifest(parts.manifest_block, "x")
    assert manifest.version == FORMAT_VERSION == 2
    parts.manifest_block = sign_manifest(replace(manifest, version=1), ALICE)
    sealed.write_bytes(parts.build())
    report = receive(sealed, tmp_path)
    assert report.recovered_count == 0 and len(report.corrupted) == 3


def test_a_manifest_claiming_huge_shards_allocates_nothing_for_them(tmp_path: Path) -> None:
    # Signed by the sender, but its 64 MiB shards are not in the file: buffers
    # are taken only for a package of the claimed length, so none are.
    sealed = encrypt(tmp_path, os.urandom(2 * SHARD))
    parts = split_kfe(sealed)
    manifest = read_manifest(parts.manifest_block, "x")
    big = 64 * 1024 * 1024
    shards = tuple(replace(e, size=big) for e in manifest.shards)
    claimed = replace(manifest, shard_size=big, total_size=2 * big, shards=shards)
    parts.manifest_block = sign_manifest(claimed, ALICE)
    sealed.write_bytes(parts.build())
    tracemalloc.start()
    try:
        report = receive(sealed, tmp_path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.recovered_count == 0 and len(report.corrupted) == 2
    assert peak < big // 4
