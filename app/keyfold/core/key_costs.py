"""The key-derivation cost an encrypted private key asks for, read before deriving.

cryptography's loaders derive whatever a file says: an OpenSSH key with
2**32-1 bcrypt rounds runs for a year, a PKCS#8 key with PBKDF2 at 2**31
iterations for ten minutes. These readers look at the header first and refuse
anything over core/limits.py. What they cannot parse is left to the loader,
which reports its own one-line error.
"""

import base64
import binascii
import re
import struct

from keyfold.core.errors import KeyFormatError
from keyfold.core.limits import (
    OPENSSH_MAX_BCRYPT_ROUNDS,
    PBKDF2_MAX_ITERATIONS,
    SCRYPT_MAX_WORK,
)

_OPENSSH_MAGIC = b"openssh-key-v1\0"
_PEM_BODY = re.compile(rb"-----BEGIN [A-Z0-9 ]+-----\s*(.*?)\s*-----END", re.S)

# DER object identifiers, as their encoded content bytes.
_PBES2 = bytes.fromhex("2a864886f70d01050d")  # 1.2.840.113549.1.5.13
_PBKDF2 = bytes.fromhex("2a864886f70d01050c")  # 1.2.840.113549.1.5.12
_SCRYPT = bytes.fromhex("2b06010401da47040b")  # 1.3.6.1.4.1.11591.4.11
_PBES1_PREFIX = bytes.fromhex("2a864886f70d0105")  # pbeWith... (PKCS#5 v1.5)
_PKCS12_PBE_PREFIX = bytes.fromhex("2a864886f70d010c01")  # pbeWithSHAAnd... (PKCS#12)

_SEQUENCE, _INTEGER, _OCTET_STRING, _OID = 0x30, 0x02, 0x04, 0x06


class _Der:
    """A cursor over DER bytes; any malformation raises ValueError."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def at_end(self) -> bool:
        return self.pos >= len(self.data)

    def peek_tag(self) -> int:
        if self.at_end():
            raise ValueError("end of data")
        return self.data[self.pos]

    def read(self, tag: int) -> bytes:
        if self.peek_tag() != tag:
            raise ValueError("unexpected tag")
        length_byte = self.data[self.pos + 1]
        pos = self.pos + 2
        if length_byte < 0x80:
            length = length_byte
        else:
            count = length_byte & 0x7F
            if not 1 <= count <= 4:
                raise ValueError("bad length")
            length = int.from_bytes(self.data[pos : pos + count], "big")
            pos += count
        end = pos + length
        if end > len(self.data):
            raise ValueError("truncated")
        self.pos = end
        return self.data[pos:end]

    def integer(self) -> int:
        value = self.read(_INTEGER)
        if not value or len(value) > 16:
            raise ValueError("bad integer")
        return int.from_bytes(value, "big", signed=True)


def check_private_key_cost(data: bytes, source: str) -> None:
    """Refuse an encrypted key whose KDF would run longer than Keyfold allows."""
    der = data
    if b"-----BEGIN" in data[:4096]:
        body = _PEM_BODY.search(data)
        if body is None:
            return
        try:
            der = base64.b64decode(b"".join(body.group(1).split()), validate=True)
        except (binascii.Error, ValueError):
            return
    if der.startswith(_OPENSSH_MAGIC):
        _check_openssh(der, source)
    elif der[:1] == bytes([_SEQUENCE]):
        try:
            _check_pkcs8(der, source)
        except (ValueError, IndexError):
            return  # not an encrypted PKCS#8 we can read: the loader says what is wrong


def _check_openssh(blob: bytes, source: str) -> None:
    pos = len(_OPENSSH_MAGIC)
    fields: list[bytes] = []
    for _ in range(3):  # cipher name, KDF name, KDF options
        if pos + 4 > len(blob):
            return
        (length,) = struct.unpack_from(">I", blob, pos)
        fields.append(blob[pos + 4 : pos + 4 + length])
        pos += 4 + length
    _, kdf_name, options = fields
    if kdf_name != b"bcrypt" or len(options) < 8:
        return
    (salt_length,) = struct.unpack_from(">I", options, 0)
    if 4 + salt_length + 4 > len(options):
        return
    (rounds,) = struct.unpack_from(">I", options, 4 + salt_length)
    if rounds > OPENSSH_MAX_BCRYPT_ROUNDS:
        raise KeyFormatError(
            f"{source} asks for {rounds} bcrypt rounds; Keyfold allows at most "
            f"{OPENSSH_MAX_BCRYPT_ROUNDS} (re-encrypt it with ssh-keygen -p -a 100)."
        )


def _check_pkcs8(der: bytes, source: str) -> None:
    outer = _Der(_Der(der).read(_SEQUENCE))
    algorithm = _Der(outer.read(_SEQUENCE))
    if outer.peek_tag() != _OCTET_STRING:
        return  # a plain PrivateKeyInfo starts with its version INTEGER
    oid = algorithm.read(_OID)
    params = _Der(algorithm.read(_SEQUENCE))
    if oid == _PBES2:
        kdf = _Der(params.read(_SEQUENCE))
        kdf_oid = kdf.read(_OID)
        kdf_params = _Der(kdf.read(_SEQUENCE))
        kdf_params.read(_OCTET_STRING)  # salt
        if kdf_oid == _PBKDF2:
            _check_iterations(kdf_params.integer(), source)
        elif kdf_oid == _SCRYPT:
            cost, block, lanes = kdf_params.integer(), kdf_params.integer(), kdf_params.integer()
            if cost * block * max(lanes, 1) > SCRYPT_MAX_WORK or cost < 0 or block < 0:
                raise KeyFormatError(
                    f"{source} asks for scrypt N={cost}, r={block}, p={lanes}; that is more "
                    "work than Keyfold allows for one key."
                )
    elif oid.startswith((_PBES1_PREFIX, _PKCS12_PBE_PREFIX)):
        params.read(_OCTET_STRING)  # salt
        _check_iterations(params.integer(), source)


def _check_iterations(iterations: int, source: str) -> None:
    if iterations > PBKDF2_MAX_ITERATIONS:
        raise KeyFormatError(
            f"{source} asks for {iterations} key-derivation iterations; Keyfold allows at "
            f"most {PBKDF2_MAX_ITERATIONS}."
        )
