"""Read Ed25519 keys a user brings: PEM, PKCS#8, OpenSSH, minisign, hex and base64."""

import base64
import binascii
import re
import string
from collections.abc import Callable

from cryptography.exceptions import InternalError, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa, x448, x25519

from keyfold.core.errors import KeyFormatError, PassphraseRequiredError, WrongPassphraseError
from keyfold.core.key_costs import check_private_key_cost
from keyfold.core.keys import KEY_NUMBER_SIZE, PUBLIC_KEY_SIZE, SEED_SIZE, KeyPair, PublicKey

_PEM_BEGIN = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----")
_CONTROL = frozenset(map(chr, [*range(0x09), *range(0x0E, 0x20), 0x7F]))
_HEX_DIGITS = frozenset(string.hexdigits)
_SSH_KEY_TYPE = re.compile(r"^(ssh-[a-z0-9]+|ecdsa-sha2-[a-z0-9]+|sk-[a-z0-9-]+@openssh\.com)\S*$")
_MINISIGN_PREFIX = "untrusted comment:"
_MINISIGN_PUBLIC_SIZE = 2 + KEY_NUMBER_SIZE + PUBLIC_KEY_SIZE
_MINISIGN_SECRET_SIZE = 158  # a `.key` file: told apart so the error can say "secret key"
_CURVE_NAMES = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}
_NOT_PRIVATE = "(expected PEM, OpenSSH, hex or base64)"
_NOT_PUBLIC = "(expected hex, base64, PEM, OpenSSH or minisign)"

_Loader = Callable[[bytes, bytes | None], object]


def parse_private_key(
    data: bytes, passphrase: str | None = None, *, source: str = "The private key"
) -> KeyPair:
    """The key pair in `data`; `passphrase` opens an encrypted PKCS#8 or OpenSSH key.

    `source` starts every error sentence, so callers can name the file.
    """
    check_private_key_cost(data, source)  # before any loader derives anything
    text = _as_text(data)
    if text is None:
        if data[:1] == b"\x30":
            return _from_loaded(_load_encrypted(_load_der, data, passphrase, source), source)
        raise KeyFormatError(f"{source} is not a recognised private key format {_NOT_PRIVATE}.")
    text = text.strip()
    if not text:
        raise KeyFormatError(f"{source} is empty.")
    pem = _PEM_BEGIN.search(text)
    if pem is not None:
        return _from_pem(text, pem, passphrase, source)
    first_token = text.split(maxsplit=1)[0]
    if _SSH_KEY_TYPE.match(first_token):
        raise KeyFormatError(f"{source} is an OpenSSH public key; import the private key file.")
    if text.startswith(_MINISIGN_PREFIX):
        raise KeyFormatError(
            f"{source} is a minisign key file, which Keyfold cannot import as a private key."
        )
    compact = "".join(text.split())
    if set(compact) <= _HEX_DIGITS:
        if len(compact) not in (2 * SEED_SIZE, 4 * SEED_SIZE):
            raise KeyFormatError(
                f"{source} has {len(compact)} hex characters; expected {2 * SEED_SIZE} (a seed)"
                f" or {4 * SEED_SIZE} (a seed and its public key)."
            )
        return _from_raw(bytes.fromhex(compact), source)
    raw = _base64(compact)
    if raw is None:
        raise KeyFormatError(f"{source} is not a recognised private key format {_NOT_PRIVATE}.")
    if len(raw) not in (SEED_SIZE, 2 * SEED_SIZE):
        raise KeyFormatError(
            f"{source} decodes from base64 to {len(raw)} bytes; expected {SEED_SIZE} (a seed)"
            f" or {2 * SEED_SIZE} (a seed and its public key)."
        )
    return _from_raw(raw, source)


def bare_32_bytes(data: bytes) -> bytes | None:
    """The 32 bytes `data` holds when it is one hex or base64 value and nothing
    else: a seed or a public key alike, since nothing in the bytes says which."""
    text = _as_text(data)
    if text is None:
        return None
    compact = "".join(text.split())
    if not compact:
        return None
    if set(compact) <= _HEX_DIGITS:
        return bytes.fromhex(compact) if len(compact) == 2 * SEED_SIZE else None
    raw = _base64(compact)
    return raw if raw is not None and len(raw) == SEED_SIZE else None


def parse_public_key(data: bytes, *, source: str = "The public key") -> PublicKey:
    """The Ed25519 public key in `data`, in any of the formats Keyfold exports."""
    text = _as_text(data)
    if text is None:
        if data[:1] == b"\x30":
            return _public_from_der(data, source)
        raise KeyFormatError(f"{source} is not a recognised public key format {_NOT_PUBLIC}.")
    text = text.strip()
    if not text:
        raise KeyFormatError(f"{source} is empty.")
    pem = _PEM_BEGIN.search(text)
    if pem is not None:
        return _public_from_pem(text, pem, source)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines[0].startswith(_MINISIGN_PREFIX):
        if len(lines) != 2:
            raise KeyFormatError(
                f"{source} should hold a comment line and one key line, as minisign writes it."
            )
        return _public_from_minisign(lines[1], source)
    ssh_type = next((tok for tok in lines[0].split() if _SSH_KEY_TYPE.match(tok)), None)
    if ssh_type is not None:
        if len(lines) != 1:
            raise KeyFormatError(f"{source} holds {len(lines)} lines; give one OpenSSH key line.")
        return _public_from_ssh(lines[0], ssh_type, source)
    compact = "".join(lines)
    if set(compact) <= _HEX_DIGITS:
        if len(compact) != 2 * PUBLIC_KEY_SIZE:
            raise KeyFormatError(
                f"{source} has {len(compact)} hex characters; expected {2 * PUBLIC_KEY_SIZE}."
            )
        return PublicKey(bytes.fromhex(compact))
    raw = _base64(compact)
    if raw is None:
        raise KeyFormatError(f"{source} is not a recognised public key format {_NOT_PUBLIC}.")
    if len(raw) == _MINISIGN_PUBLIC_SIZE and raw[:2] == b"Ed":
        return _public_from_minisign(compact, source)
    if len(raw) != PUBLIC_KEY_SIZE:
        raise KeyFormatError(
            f"{source} decodes from base64 to {len(raw)} bytes; expected {PUBLIC_KEY_SIZE}."
        )
    return PublicKey(raw)


def _as_text(data: bytes) -> str | None:
    """`data` as text, or None when it is binary (DER always holds control bytes)."""
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None
    if any(char in _CONTROL for char in text):
        return None
    return text


def _base64(compact: str) -> bytes | None:
    # Pasted keys often lose their trailing padding; restore it rather than refuse.
    padded = compact + "=" * (-len(compact) % 4)
    try:
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None


def _from_raw(raw: bytes, source: str) -> KeyPair:
    pair = KeyPair.from_seed(raw[:SEED_SIZE])
    if len(raw) == 2 * SEED_SIZE and raw[SEED_SIZE:] != pair.public.raw:
        raise KeyFormatError(f"{source} has a public half that does not match its seed.")
    return pair


def _from_pem(text: str, pem: re.Match[str], passphrase: str | None, source: str) -> KeyPair:
    label = pem.group(1)
    block = _pem_block(text, pem, source)
    if label == "OPENSSH PRIVATE KEY":
        return _from_loaded(_load_encrypted(_load_ssh, block, passphrase, source), source)
    if label.endswith("PRIVATE KEY"):
        return _from_loaded(_load_encrypted(_load_pem, block, passphrase, source), source)
    if label.endswith("PUBLIC KEY"):
        raise KeyFormatError(f"{source} is a public key; import the private key file.")
    raise KeyFormatError(f"{source} is a PEM {label.lower()}, not a private key.")


def _pem_block(text: str, pem: re.Match[str], source: str) -> bytes:
    """The one PEM block that starts at `pem`, without text around it."""
    end_marker = f"-----END {pem.group(1)}-----"
    end = text.find(end_marker, pem.end())
    if end < 0:
        raise KeyFormatError(f"{source} is a PEM block without its END line.")
    return (text[pem.start() : end + len(end_marker)] + "\n").encode()


def _load_pem(data: bytes, password: bytes | None) -> object:
    return serialization.load_pem_private_key(data, password)


def _load_der(data: bytes, password: bytes | None) -> object:
    return serialization.load_der_private_key(data, password)


def _load_ssh(data: bytes, password: bytes | None) -> object:
    return serialization.load_ssh_private_key(data, password)


def _load_encrypted(load: _Loader, data: bytes, passphrase: str | None, source: str) -> object:
    """Load with no password first, so a passphrase given for a plain key is harmless."""
    try:
        return load(data, None)
    except TypeError:
        pass  # cryptography's signal that the key is encrypted
    except (ValueError, UnsupportedAlgorithm, InternalError) as exc:
        raise KeyFormatError(f"{source} is damaged or in an unsupported encoding.") from exc
    if passphrase is None:
        raise PassphraseRequiredError(f"{source} is encrypted; give its passphrase to import it.")
    try:
        return load(data, passphrase.encode("utf-8"))
    except (UnsupportedAlgorithm, InternalError) as exc:
        raise KeyFormatError(f"{source} is encrypted with an unsupported cipher.") from exc
    except (ValueError, TypeError) as exc:
        raise WrongPassphraseError(f"The passphrase does not open {_lower(source)}.") from exc


def _from_loaded(key: object, source: str) -> KeyPair:
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise KeyFormatError(f"{source} is {_algorithm(key)}; Keyfold manages Ed25519 keys only.")
    return KeyPair.from_seed(key.private_bytes_raw())


def _public_from_der(data: bytes, source: str) -> PublicKey:
    try:
        key = serialization.load_der_public_key(data)
    except (ValueError, UnsupportedAlgorithm, InternalError) as exc:
        raise KeyFormatError(
            f"{source} is not a recognised public key format {_NOT_PUBLIC}."
        ) from exc
    return _public_from_loaded(key, source)


def _public_from_pem(text: str, pem: re.Match[str], source: str) -> PublicKey:
    label = pem.group(1)
    if label.endswith("PRIVATE KEY"):
        raise KeyFormatError(f"{source} is a private key; give its public key instead.")
    if label != "PUBLIC KEY":
        raise KeyFormatError(f"{source} is a PEM {label.lower()}, not a public key.")
    try:
        key = serialization.load_pem_public_key(_pem_block(text, pem, source))
    except (ValueError, UnsupportedAlgorithm, InternalError) as exc:
        raise KeyFormatError(f"{source} is a damaged PEM public key.") from exc
    return _public_from_loaded(key, source)


def _public_from_ssh(line: str, key_type: str, source: str) -> PublicKey:
    # Take the type and base64 fields alone: authorized_keys options and comments stay out.
    fields = line.split()
    position = fields.index(key_type)
    if position + 1 >= len(fields):
        raise KeyFormatError(f"{source} is an OpenSSH key line without its key.")
    try:
        key = serialization.load_ssh_public_key(f"{key_type} {fields[position + 1]}".encode())
    except (UnsupportedAlgorithm, InternalError) as exc:
        raise KeyFormatError(
            f"{source} is an OpenSSH {key_type} key; Keyfold manages Ed25519 keys only."
        ) from exc
    except ValueError as exc:
        raise KeyFormatError(f"{source} is a damaged OpenSSH key line.") from exc
    return _public_from_loaded(key, source)


def _public_from_minisign(line: str, source: str) -> PublicKey:
    raw = _base64(line)
    if raw is None:
        raise KeyFormatError(f"{source} has a minisign key line that is not valid base64.")
    if len(raw) == _MINISIGN_SECRET_SIZE:
        raise KeyFormatError(f"{source} is a minisign secret key; give its public key instead.")
    if len(raw) != _MINISIGN_PUBLIC_SIZE:
        raise KeyFormatError(
            f"{source} has a minisign key line of {len(raw)} bytes;"
            f" expected {_MINISIGN_PUBLIC_SIZE}."
        )
    if raw[:2] != b"Ed":
        raise KeyFormatError(f"{source} is a minisign key for an algorithm other than Ed25519.")
    key = PublicKey(raw[2 + KEY_NUMBER_SIZE :])
    if raw[2 : 2 + KEY_NUMBER_SIZE] != key.key_number:
        raise KeyFormatError(
            f"{source} has a minisign key number that does not match its key (Keyfold derives it"
            " from the key's SHA-256), so add a key made by minisign itself as a trusted key."
        )
    return key


def _public_from_loaded(key: object, source: str) -> PublicKey:
    if not isinstance(key, ed25519.Ed25519PublicKey):
        raise KeyFormatError(f"{source} is {_algorithm(key)}; Keyfold manages Ed25519 keys only.")
    return PublicKey(key.public_bytes_raw())


def _algorithm(key: object) -> str:
    """What kind of key `key` is, for a sentence: 'an RSA key', 'a P-256 ECDSA key'."""
    if isinstance(key, rsa.RSAPrivateKey | rsa.RSAPublicKey):
        return "an RSA key"
    if isinstance(key, ec.EllipticCurvePrivateKey | ec.EllipticCurvePublicKey):
        return f"a {_CURVE_NAMES.get(key.curve.name, key.curve.name)} ECDSA key"
    if isinstance(key, x25519.X25519PrivateKey | x25519.X25519PublicKey):
        return "an X25519 key (for key agreement, not signing)"
    if isinstance(key, x448.X448PrivateKey | x448.X448PublicKey):
        return "an X448 key (for key agreement, not signing)"
    if isinstance(key, ed448.Ed448PrivateKey | ed448.Ed448PublicKey):
        return "an Ed448 key"
    if isinstance(key, dsa.DSAPrivateKey | dsa.DSAPublicKey):
        return "a DSA key"
    return "a key of an unsupported type"


def _lower(source: str) -> str:
    return source[:1].lower() + source[1:]
