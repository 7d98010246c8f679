"""Tests for server settings: URL and pin normalisation, loopback detection."""

import pytest

from keyfold.core.errors import InvalidInputError
from keyfold.core.registry import ServerConfig, is_loopback_host, normalize_fingerprint


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://Example.org/", "https://example.org"),
        (" http://127.0.0.1:8080/api/ ", "http://127.0.0.1:8080/api"),
        ("http://[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_urls_are_normalised(given: str, expected: str) -> None:
    assert ServerConfig(given).url == expected


@pytest.mark.parametrize(
    "bad",
    ["ftp://x", "example.org", "https://user:pw@x.org", "https://x.org/?a=1", "http://x:99999"],
)
def test_unusable_urls_are_refused_with_a_sentence(bad: str) -> None:
    with pytest.raises(InvalidInputError, match="URL"):
        ServerConfig(bad)


def test_loopback_hosts() -> None:
    assert is_loopback_host("127.0.0.1") and is_loopback_host("::1")
    assert is_loopback_host("localhost") and is_loopback_host("127.8.9.1")
    assert not is_loopback_host("10.0.0.1") and not is_loopback_host("example.org")


def test_fingerprints_accept_the_usual_spellings() -> None:
    plain = "ab" * 32
    assert normalize_fingerprint(":".join(["AB"] * 32)) == plain
    assert normalize_fingerprint("SHA256:" + plain.upper()) == plain
    with pytest.raises(InvalidInputError, match="64 hex digits"):
        normalize_fingerprint("abc")


def test_a_pin_needs_https_and_the_token_stays_out_of_repr() -> None:
    with pytest.raises(InvalidInputError, match="https"):
        ServerConfig("http://127.0.0.1:1", pinned_sha256="ab" * 32)
    assert "s3cret" not in repr(ServerConfig("https://x.org", token="s3cret"))
