"""Tests for keyfold.core.keys: key pairs, identities and every public export."""

import base64
import hashlib
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import given
from hypothesis import strategies as st

from keyfold.core.errors import KeyFormatError
from keyfold.core.key_import import parse_private_key, parse_public_key
from keyfold.core.keys import KeyPair, PublicKey, PublicKeyFormat, is_valid_point, verify_strict
from tests.conftest import require_tool

# RFC 8032 section 7.1, TEST 1 (empty message).
RFC_SEED = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
RFC_PUBLIC = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
RFC_SIGNATURE = bytes.fromhex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555"
    "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
)


@pytest.fixture
def pair() -> KeyPair:
    return KeyPair.generate()


def test_rfc8032_vector() -> None:
    pair = KeyPair.from_seed(RFC_SEED)
    assert pair.public.raw == RFC_PUBLIC
    assert pair.sign(b"") == RFC_SIGNATURE
    assert pair.public.verify(RFC_SIGNATURE, b"")


def test_generate_gives_distinct_working_pairs() -> None:
    first, second = KeyPair.generate(), KeyPair.generate()
    assert first.seed != second.seed
    assert first.public != second.public
    signature = first.sign(b"release-1.0.tar.gz")
    assert first.public.verify(signature, b"release-1.0.tar.gz")
    assert not second.public.verify(signature, b"release-1.0.tar.gz")


def test_verify_rejects_tampering(pair: KeyPair) -> None:
    signature = pair.sign(b"message")
    assert not pair.public.verify(signature, b"messagE")
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    assert not pair.public.verify(flipped, b"message")
    assert not pair.public.verify(signature[:-1], b"message")
    assert not pair.public.verify(b"", b"message")


@given(seed=st.binary(min_size=32, max_size=32), message=st.binary(max_size=256))
def test_any_seed_signs_and_verifies(seed: bytes, message: bytes) -> None:
    pair = KeyPair.from_seed(seed)
    assert pair.public.verify(pair.sign(message), message)


def test_fingerprint_is_sha256_hex_of_raw_key() -> None:
    public = PublicKey(RFC_PUBLIC)
    assert public.fingerprint == hashlib.sha256(RFC_PUBLIC).hexdigest()
    assert len(public.fingerprint) == 64
    assert public.fingerprint == public.fingerprint.lower()


def test_key_number_is_sha256_prefix_printed_little_endian() -> None:
    public = PublicKey(RFC_PUBLIC)
    digest = hashlib.sha256(RFC_PUBLIC).digest()
    assert public.key_number == digest[:8]
    assert public.key_number_hex == digest[:8][::-1].hex().upper()


def test_ssh_fingerprint_matches_ssh_keygen(pair: KeyPair, tmp_path: Path) -> None:
    tool = require_tool("ssh-keygen")
    path = tmp_path / "key.pub"
    path.write_text(pair.public.export(PublicKeyFormat.OPENSSH, comment="me@host"))
    result = subprocess.run(
        [tool, "-l", "-E", "sha256", "-f", str(path)], capture_output=True, text=True, check=True
    )
    # ssh-keygen prints: 256 SHA256:<base64> me@host (ED25519)
    bits, fingerprint, comment, kind = result.stdout.split()
    assert (bits, comment, kind) == ("256", "me@host", "(ED25519)")
    assert fingerprint == pair.public.ssh_fingerprint


def test_openssh_export_matches_ssh_keygen_derivation(tmp_path: Path) -> None:
    # ssh-keygen -y derives the public line from a private key it wrote; ours must agree.
    tool = require_tool("ssh-keygen")
    path = tmp_path / "id_ed25519"
    subprocess.run([tool, "-t", "ed25519", "-N", "", "-C", "", "-f", str(path), "-q"], check=True)
    derived = subprocess.run(
        [tool, "-y", "-f", str(path)], capture_output=True, text=True, check=True
    ).stdout
    ours = parse_private_key(path.read_bytes()).public.export(PublicKeyFormat.OPENSSH)
    assert ours.split() == derived.split()[:2]


@pytest.mark.parametrize("fmt", list(PublicKeyFormat))
@pytest.mark.parametrize("comment", ["", "build server"])
def test_every_export_round_trips(pair: KeyPair, fmt: PublicKeyFormat, comment: str) -> None:
    text = pair.public.export(fmt, comment=comment)
    assert text.endswith("\n")
    assert parse_public_key(text.encode()) == pair.public


def test_hex_and_base64_exports() -> None:
    public = PublicKey(RFC_PUBLIC)
    assert public.export(PublicKeyFormat.HEX) == RFC_PUBLIC.hex() + "\n"
    assert public.export(PublicKeyFormat.BASE64) == base64.b64encode(RFC_PUBLIC).decode() + "\n"
    assert public.export(PublicKeyFormat.PEM).startswith("-----BEGIN PUBLIC KEY-----\n")


def test_openssh_export_layout() -> None:
    public = PublicKey(RFC_PUBLIC)
    wire = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + RFC_PUBLIC
    body = base64.b64encode(wire).decode()
    assert public.export(PublicKeyFormat.OPENSSH) == f"ssh-ed25519 {body}\n"
    assert public.export(PublicKeyFormat.OPENSSH, comment="a@b") == f"ssh-ed25519 {body} a@b\n"


def test_minisign_pub_layout() -> None:
    public = PublicKey(RFC_PUBLIC)
    comment_line, key_line, *rest = public.export(PublicKeyFormat.MINISIGN).split("\n")
    assert rest == [""]
    assert comment_line == f"untrusted comment: minisign public key {public.key_number_hex}"
    assert base64.b64decode(key_line, validate=True) == (
        b"Ed" + hashlib.sha256(RFC_PUBLIC).digest()[:8] + RFC_PUBLIC
    )
    custom = public.export(PublicKeyFormat.MINISIGN, comment="release key")
    assert custom.startswith("untrusted comment: release key\n")


def test_key_pair_repr_never_shows_the_seed() -> None:
    pair = KeyPair.from_seed(RFC_SEED)
    for text in (repr(pair), str(pair), f"{pair}", repr([pair])):
        assert RFC_SEED.hex() not in text
        assert repr(RFC_SEED) not in text
        assert RFC_PUBLIC.hex() in text


def test_mismatched_public_half_is_rejected(pair: KeyPair) -> None:
    other = KeyPair.generate().public
    with pytest.raises(KeyFormatError, match="does not belong to this private key") as exc:
        KeyPair(pair.seed, other)
    assert pair.seed.hex() not in str(exc.value)
    assert KeyPair(pair.seed, pair.public) == pair


@pytest.mark.parametrize("size", [0, 31, 33, 64])
def test_wrong_seed_length_is_rejected(size: int) -> None:
    with pytest.raises(KeyFormatError, match=f"has 32 bytes, this one has {size}"):
        KeyPair.from_seed(bytes(size))


@pytest.mark.parametrize("size", [0, 31, 33])
def test_wrong_public_length_is_rejected(size: int) -> None:
    with pytest.raises(KeyFormatError, match=f"has 32 bytes, this one has {size}"):
        PublicKey(bytes(size))


def test_from_hex() -> None:
    assert PublicKey.from_hex(" " + RFC_PUBLIC.hex().upper() + "\n").raw == RFC_PUBLIC
    with pytest.raises(KeyFormatError, match="not valid hex"):
        PublicKey.from_hex("zz" * 32)
    with pytest.raises(KeyFormatError, match="this one has 31"):
        PublicKey.from_hex("00" * 31)


SMALL_ORDER_KEYS = [
    "00" * 32,
    "01" + "00" * 31,  # the identity
    "ec" + "ff" * 30 + "7f",  # order 2
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",  # order 8
]


@pytest.mark.parametrize("key_hex", [*SMALL_ORDER_KEYS, "ee" + "ff" * 30 + "7f"])
def test_small_order_and_non_canonical_public_keys_are_refused(key_hex: str) -> None:
    with pytest.raises(KeyFormatError, match="small-order or non-canonical"):
        PublicKey.from_hex(key_hex)
    assert not is_valid_point(bytes.fromhex(key_hex))


@pytest.mark.parametrize("key_hex", SMALL_ORDER_KEYS)
def test_a_stored_key_is_checked_when_its_bytes_are_used(key_hex: str) -> None:
    stored = PublicKey.stored(key_hex)
    assert stored.fingerprint == hashlib.sha256(bytes.fromhex(key_hex)).hexdigest()
    for use in (
        lambda: stored.raw,
        lambda: stored.hex,
        lambda: stored.export(PublicKeyFormat.OPENSSH),
        lambda: stored.verify(bytes(64), b"message"),
    ):
        with pytest.raises(KeyFormatError, match="stored in the vault is not a usable"):
            use()


def test_a_stored_good_key_equals_the_same_key_checked_at_once(pair: KeyPair) -> None:
    stored = PublicKey.stored(pair.public.hex)
    assert stored == pair.public
    assert hash(stored) == hash(pair.public)
    assert stored.raw == pair.public.raw


@pytest.mark.parametrize("key_hex", SMALL_ORDER_KEYS)
def test_importing_a_small_order_public_key_fails_in_every_format(key_hex: str) -> None:
    raw = bytes.fromhex(key_hex)
    openssh = b"ssh-ed25519 " + base64.b64encode(
        b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + raw
    )
    for data in (key_hex.encode(), base64.b64encode(raw), openssh):
        with pytest.raises(KeyFormatError):
            parse_public_key(data)


def test_strict_verification_refuses_what_lax_verifiers_accept() -> None:
    identity = bytes.fromhex("01" + "00" * 31)
    forged = bytes.fromhex("01" + "00" * 63)
    # OpenSSL's Ed25519 (through cryptography) takes this as a signature of anything.
    lax = Ed25519PublicKey.from_public_bytes(identity)
    lax.verify(forged, b"any message")
    assert not verify_strict(identity, forged, b"any message")
    pair = KeyPair.generate()
    signature = pair.sign(b"m")
    assert verify_strict(pair.public.raw, signature, b"m")
    # S + L is the same scalar, not canonical: refused.
    order = 2**252 + 27742317777372353535851937790883648493
    s = int.from_bytes(signature[32:], "little") + order
    malleated = signature[:32] + s.to_bytes(32, "little")
    assert not verify_strict(pair.public.raw, malleated, b"m")
    # A small-order R with a real key is refused too.
    assert not verify_strict(pair.public.raw, identity + signature[32:], b"m")
    assert not pair.public.verify(signature[:63], b"m")
