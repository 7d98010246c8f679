"""Tests for the server's stateless nonces: issued here, checked anywhere with the key."""

import pytest

from keyfold.server.api_errors import ApiError
from keyfold.server.challenges import CLOCK_SKEW, Challenges


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_nonce_checks_out_on_another_instance_with_the_same_key() -> None:
    clock = Clock()
    issued = Challenges("kfs-1", b"k" * 32, 300, clock).issue()
    spent = Challenges("kfs-1", b"k" * 32, 300, clock).check(issued.nonce)
    assert spent.value == issued.nonce and spent.expires_at == issued.expires_at
    assert issued.server_id == "kfs-1"


def test_nonces_are_unique() -> None:
    challenges = Challenges("kfs-1", b"k" * 32)
    assert len({challenges.issue().nonce for _ in range(50)}) == 50


@pytest.mark.parametrize("move", [301.0, -(CLOCK_SKEW + 2)])
def test_expired_or_future_nonces_are_refused(move: float) -> None:
    clock = Clock()
    challenges = Challenges("kfs-1", b"k" * 32, 300, clock)
    nonce = challenges.issue().nonce
    clock.now += move
    with pytest.raises(ApiError) as refused:
        challenges.check(nonce)
    assert refused.value.code == "INVALID_NONCE" and refused.value.status == 401


def test_a_nonce_under_another_key_or_edited_is_refused() -> None:
    clock = Clock()
    nonce = Challenges("kfs-1", b"k" * 32, 300, clock).issue().nonce
    with pytest.raises(ApiError, match="not issued by this server"):
        Challenges("kfs-1", b"x" * 32, 300, clock).check(nonce)
    stamp, rest = nonce.split(".", 1)
    with pytest.raises(ApiError, match="not issued by this server"):
        Challenges("kfs-1", b"k" * 32, 300, clock).check(f"{int(stamp) - 1}.{rest}")
