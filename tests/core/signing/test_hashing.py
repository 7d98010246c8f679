"""Tests for streaming BLAKE2b-512 of files, alone and in parallel batches."""

import hashlib
import os
import socket
from pathlib import Path

import pytest

from keyfold.core.errors import InvalidInputError, OperationCancelledError
from keyfold.core.progress import CancelToken
from keyfold.core.signing.hashing import CHUNK_SIZE, HashJob, blake2b_file, blake2b_files

SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 5]


def _expected(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=64).digest()


def _file(folder: Path, size: int, name: str | None = None) -> tuple[Path, bytes]:
    data = os.urandom(size)
    path = folder / (name or f"f{size}")
    path.write_bytes(data)
    return path, data


@pytest.mark.parametrize("size", SIZES)
def test_digest_matches_one_shot_blake2b(tmp_path: Path, size: int) -> None:
    path, data = _file(tmp_path, size)
    reports: list[tuple[int, int]] = []
    assert blake2b_file(path, progress=lambda d, t: reports.append((d, t))) == _expected(data)
    assert reports[-1] == (size, size)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)


def test_known_vector_of_the_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty"
    path.touch()
    # b2sum of an empty file.
    assert blake2b_file(path).hex().startswith("786a02f742015903c6c6fd852552d272")


def test_missing_file_and_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match=f"Cannot read {tmp_path / 'nope'}"):
        blake2b_file(tmp_path / "nope")
    with pytest.raises(InvalidInputError, match="is a folder"):
        blake2b_file(tmp_path)


def test_cancel_stops_a_single_file(tmp_path: Path) -> None:
    path, _ = _file(tmp_path, 3 * CHUNK_SIZE)
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelledError):
        blake2b_file(path, cancel=token)


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_batch_matches_each_file_in_order(tmp_path: Path, workers: int) -> None:
    files = [_file(tmp_path, size) for size in SIZES]
    reports: list[tuple[int, int]] = []
    digests = blake2b_files(
        [path for path, _ in files], workers=workers, progress=lambda d, t: reports.append((d, t))
    )
    assert digests == [_expected(data) for _, data in files]
    total = sum(SIZES)
    assert reports and all(t == total for _, t in reports)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)


def test_batch_reports_the_unreadable_file_not_a_cancellation(tmp_path: Path) -> None:
    good, _ = _file(tmp_path, 16 * CHUNK_SIZE)
    # A socket passes the size check, then fails to open inside the worker,
    # which stops the other worker: the socket's error is what the caller sees.
    sock_path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(sock_path))
        with pytest.raises(InvalidInputError, match=r"s\.sock: No such device"):
            blake2b_files([good, sock_path], workers=2)


def test_batch_refuses_a_folder(tmp_path: Path) -> None:
    (tmp_path / "dir.bin").mkdir()
    with pytest.raises(InvalidInputError, match=r"dir\.bin is a folder"):
        blake2b_files([tmp_path / "dir.bin", tmp_path / "dir.bin"], workers=2)


def test_batch_cancel_raises_and_stops_workers(tmp_path: Path) -> None:
    paths = [_file(tmp_path, 4 * CHUNK_SIZE, f"c{i}")[0] for i in range(3)]
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelledError):
        blake2b_files(paths, workers=2, cancel=token)


def test_empty_batch(tmp_path: Path) -> None:
    assert blake2b_files([]) == []


def test_a_job_hashes_in_the_background_and_gives_digests_in_order(tmp_path: Path) -> None:
    files = [_file(tmp_path, size) for size in (10, 3 * CHUNK_SIZE + 1, 0)]
    job = HashJob([path for path, _ in files], workers=2)
    assert job.total == 3 * CHUNK_SIZE + 11
    # Largest first is only the order of work: digests come in the order given.
    assert job.result() == [_expected(data) for _, data in files]
    assert job.done == job.total


def test_a_job_names_a_missing_file_when_it_is_made(tmp_path: Path) -> None:
    good, _ = _file(tmp_path, 10)
    with pytest.raises(InvalidInputError, match=f"Cannot read {tmp_path / 'nope'}"):
        HashJob([good, tmp_path / "nope"])


def test_a_cancelled_job_gives_no_digests(tmp_path: Path) -> None:
    paths = [_file(tmp_path, 4 * CHUNK_SIZE, f"c{i}")[0] for i in range(3)]
    job = HashJob(paths, workers=1)
    job.cancel()
    with pytest.raises(OperationCancelledError):
        job.result()


def test_libsodium_matches_hashlib_across_chunk_boundaries(tmp_path: Path) -> None:
    # hashlib's BLAKE2b is the reference; the file crosses several read chunks.
    path, data = _file(tmp_path, 2 * CHUNK_SIZE + 12345)
    assert blake2b_files([path]) == [_expected(data)]
