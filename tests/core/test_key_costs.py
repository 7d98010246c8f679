"""Tests for keyfold.core.key_costs: KDF costs of encrypted keys refused before loading."""

import base64
import struct
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from keyfold.core import key_import
from keyfold.core.errors import KeyFormatError
from keyfold.core.key_costs import check_private_key_cost
from keyfold.core.key_import import parse_private_key
from keyfold.core.limits import OPENSSH_MAX_BCRYPT_ROUNDS, PBKDF2_MAX_ITERATIONS
from tests.conftest import require_tool

FUZZ_KEYS = Path(__file__).parents[1] / "fuzz" / "corpus" / "keys"


def _openssh(rounds: int) -> bytes:
    """An encrypted OpenSSH key (sealed cheaply) whose header says `rounds`."""
    private = Ed25519PrivateKey.generate()
    builder = serialization.PrivateFormat.OpenSSH.encryption_builder()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.OpenSSH,
        builder.kdf_rounds(2).build(b"pw"),
    )
    return _with_rounds(pem, rounds)


def _with_rounds(pem: bytes, rounds: int) -> bytes:
    """The OpenSSH key `pem` with its bcrypt rounds field set to `rounds`."""
    blob = bytearray(base64.b64decode(b"".join(pem.splitlines()[1:-1])))
    pos = 15  # past "openssh-key-v1\0": cipher name, KDF name, then the KDF options
    for _ in range(2):
        pos += 4 + struct.unpack_from(">I", blob, pos)[0]
    salt_len = struct.unpack_from(">I", blob, pos + 4)[0]
    struct.pack_into(">I", blob, pos + 8 + salt_len, rounds)
    return (
        b"-----BEGIN OPENSSH PRIVATE KEY-----\n"
        + base64.encodebytes(bytes(blob))
        + b"-----END OPENSSH PRIVATE KEY-----\n"
    )


def test_the_issues_bcrypt_bomb_is_refused_before_any_round(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # rounds 2**32-1: a year of work if handed to the loader.
    monkeypatch.setattr(key_import, "_load_ssh", lambda *a: pytest.fail("the loader ran"))
    bomb = (FUZZ_KEYS / "openssh-bcrypt-bomb").read_bytes()
    with pytest.raises(KeyFormatError, match="4294967295 bcrypt rounds"):
        parse_private_key(bomb, "pw", source="The file k")


def test_rounds_at_the_limit_still_open() -> None:
    assert check_private_key_cost(_openssh(OPENSSH_MAX_BCRYPT_ROUNDS), "k") is None
    with pytest.raises(KeyFormatError, match=f"at most {OPENSSH_MAX_BCRYPT_ROUNDS}"):
        check_private_key_cost(_openssh(OPENSSH_MAX_BCRYPT_ROUNDS + 1), "k")


def test_a_key_from_ssh_keygen_with_many_rounds_is_refused(tmp_path: Path) -> None:
    ssh_keygen = require_tool("ssh-keygen")
    key = tmp_path / "id"
    subprocess.run(
        [ssh_keygen, "-q", "-t", "ed25519", "-a", "16", "-N", "pw", "-f", str(key)],
        check=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert parse_private_key(key.read_bytes(), "pw")  # what ssh-keygen writes opens
    # The same file saying 300 rounds (ssh-keygen -a 300 takes as long to make).
    with pytest.raises(KeyFormatError, match=r"300 bcrypt rounds.*ssh-keygen -p -a 100"):
        parse_private_key(_with_rounds(key.read_bytes(), 300), "pw")


def _pkcs8_with_iterations(iterations: int) -> bytes:
    # openssl writes PBES2/PBKDF2 with the count we ask; the DER INTEGER is
    # then changed in place, as an attacker would.
    private = Ed25519PrivateKey.generate()
    der = private.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pw"),
    )
    marker = bytes.fromhex("2a864886f70d01050c")  # the PBKDF2 OID
    at = der.index(marker) + len(marker)
    # SEQUENCE { OCTET STRING salt, INTEGER iterations, ... } follows the OID.
    salt_at = at + 2
    salt_len = der[salt_at + 1]
    int_at = salt_at + 2 + salt_len
    assert der[int_at] == 0x02
    old_len = der[int_at + 1]
    new = iterations.to_bytes(5, "big")
    body = der[:int_at] + bytes([0x02, 5]) + new + der[int_at + 2 + old_len :]
    return _fix_lengths(body, len(new) - old_len, int_at)


def _fix_lengths(der: bytes, grow: int, at: int) -> bytes:
    """Re-encode the short-form lengths of every SEQUENCE enclosing `at`."""
    data = bytearray(der)
    pos = 0
    while pos < at:
        tag, length = data[pos], data[pos + 1]
        if length & 0x80:
            count = length & 0x7F
            value = int.from_bytes(data[pos + 2 : pos + 2 + count], "big") + grow
            data[pos + 2 : pos + 2 + count] = value.to_bytes(count, "big")
            pos += 2 + count
        else:
            data[pos + 1] = length + grow
            pos += 2
        if tag not in (0x30, 0xA0):  # step into constructed types only
            break
        while pos < at and data[pos] not in (0x30, 0xA0) and pos + 2 + data[pos + 1] <= at:
            pos += 2 + data[pos + 1]
    return bytes(data)


def test_pkcs8_iterations_over_the_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    der = _pkcs8_with_iterations(2**31)  # about ten minutes of PBKDF2
    pem = (
        b"-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
        + base64.encodebytes(der)
        + b"-----END ENCRYPTED PRIVATE KEY-----\n"
    )
    monkeypatch.setattr(key_import, "_load_der", lambda *a: pytest.fail("the loader ran"))
    monkeypatch.setattr(key_import, "_load_pem", lambda *a: pytest.fail("the loader ran"))
    for data in (der, pem):
        with pytest.raises(KeyFormatError, match=f"at most {PBKDF2_MAX_ITERATIONS}"):
            parse_private_key(data, "pw")


def test_pkcs8_iterations_within_the_limit_pass_the_check() -> None:
    assert check_private_key_cost(_pkcs8_with_iterations(1000), "k") is None


def test_unparsable_headers_are_left_to_the_loader() -> None:
    for data in (b"", b"0\x00", b"openssh-key-v1\x00" + struct.pack(">I", 99), b"\x30\x82\xff"):
        assert check_private_key_cost(data, "k") is None
