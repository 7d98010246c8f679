"""Per-service passwords derived from a key's seed with HKDF-SHA256.

Anyone holding the same key version computes the same password for a service,
and rotating the key (a new seed) changes every derived password.

Derivation, version 1 (a stable contract: changing it changes passwords):

- The service name is normalised: Unicode NFC, surrounding white space
  stripped, case folded. "GitHub.com " and "github.com" are the same service;
  "www.github.com" is another. Empty names, control characters and names
  longer than 253 characters (a DNS name's limit) are refused.
- HKDF-SHA256 with the 32-byte seed as input key material, the salt
  `b"keyfold derived password v1"`, and an `info` that length-prefixes every
  input: the label, the normalised service, the length, the chosen classes
  (sorted names), the symbol alphabet and the counter. Block `n` of the output
  stream is that HKDF with a 4-byte big-endian `n` appended to `info`, each
  block 8160 bytes (HKDF's maximum), so the stream never runs dry.
- Characters are drawn from the union of the chosen alphabets by rejection
  sampling over the stream's bytes (a byte is used only below the largest
  multiple of the alphabet size), so every character is uniform. A candidate
  that misses a chosen class is discarded whole and the next one drawn, which
  keeps the result uniform over all passwords that meet the policy.
- The counter (default 1) lets a user change one service's password without
  rotating the key.
"""

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from keyfold.core.errors import InvalidInputError

LABEL = b"keyfold derived password v1"
MIN_LENGTH = 4
MAX_LENGTH = 128
DEFAULT_LENGTH = 20
MAX_SERVICE_LENGTH = 253
MAX_COUNTER = 2**32 - 1
_BLOCK_SIZE = 255 * 32  # HKDF-SHA256's longest output


class CharClass(StrEnum):
    LOWER = "lower"
    UPPER = "upper"
    DIGITS = "digits"
    SYMBOLS = "symbols"


# Symbols that survive shells, URLs in forms and most password rules: no
# quotes, backslash, back-tick or space.
DEFAULT_SYMBOLS = "!#$%&()*+,-./:;<=>?@[]^_{|}~"

_ALPHABETS = {
    CharClass.LOWER: "abcdefghijklmnopqrstuvwxyz",
    CharClass.UPPER: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    CharClass.DIGITS: "0123456789",
}

ALL_CLASSES = frozenset(CharClass)


@dataclass(frozen=True)
class PasswordPolicy:
    """What a service accepts: length, character classes, symbols, counter."""

    length: int = DEFAULT_LENGTH
    classes: frozenset[CharClass] = field(default=ALL_CLASSES)
    symbols: str = DEFAULT_SYMBOLS
    counter: int = 1

    def __post_init__(self) -> None:
        if not self.classes:
            raise InvalidInputError("A derived password needs at least one character class.")
        if not MIN_LENGTH <= self.length <= MAX_LENGTH:
            raise InvalidInputError(
                f"The password length must be between {MIN_LENGTH} and {MAX_LENGTH}."
            )
        if self.length < len(self.classes):
            raise InvalidInputError(
                "The password length is shorter than the number of character classes."
            )
        if CharClass.SYMBOLS in self.classes:
            if not self.symbols:
                raise InvalidInputError("The symbols class needs at least one symbol.")
            if len(set(self.symbols)) != len(self.symbols) or not all(
                char.isprintable() and not char.isspace() and not char.isalnum()
                for char in self.symbols
            ):
                raise InvalidInputError(
                    "The symbols must be distinct printable characters, not letters, "
                    "digits or spaces."
                )
        if not 0 <= self.counter <= MAX_COUNTER:
            raise InvalidInputError(f"The password counter must be between 0 and {MAX_COUNTER}.")

    def alphabet(self, char_class: CharClass) -> str:
        return self.symbols if char_class is CharClass.SYMBOLS else _ALPHABETS[char_class]

    @property
    def sorted_classes(self) -> tuple[CharClass, ...]:
        return tuple(sorted(self.classes, key=lambda item: item.value))


def parse_classes(text: str) -> frozenset[CharClass]:
    """`"lower,upper,digits"` -> the classes; InvalidInputError names a bad one."""
    chosen: set[CharClass] = set()
    for part in text.split(","):
        name = part.strip().lower()
        if not name:
            continue
        try:
            chosen.add(CharClass(name))
        except ValueError:
            valid = ", ".join(item.value for item in CharClass)
            raise InvalidInputError(
                f"Unknown character class {name!r}; choose from {valid}."
            ) from None
    if not chosen:
        raise InvalidInputError("A derived password needs at least one character class.")
    return frozenset(chosen)


def normalize_service(service: str) -> str:
    """The service name as the derivation uses it (see the module docstring)."""
    name = unicodedata.normalize("NFC", service).strip().casefold()
    # casefold can leave non-NFC text (e.g. ß -> ss is fine, but some
    # compositions change), so normalise again.
    name = unicodedata.normalize("NFC", name)
    if not name:
        raise InvalidInputError("The service name is empty.")
    if len(name) > MAX_SERVICE_LENGTH:
        raise InvalidInputError(f"The service name is longer than {MAX_SERVICE_LENGTH} characters.")
    if any(unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") for char in name):
        raise InvalidInputError("The service name contains control characters.")
    return name


def derive_password(seed: bytes, service: str, policy: PasswordPolicy | None = None) -> str:
    """The password for `service` under `policy`, derived from a 32-byte seed."""
    if len(seed) != 32:
        raise InvalidInputError("A derived password needs a 32-byte key seed.")
    policy = policy or PasswordPolicy()
    name = normalize_service(service)
    info = _info(name, policy)
    alphabet = "".join(policy.alphabet(item) for item in policy.sorted_classes)
    stream = _stream(seed, info)
    limit = 256 - 256 % len(alphabet)
    while True:
        candidate: list[str] = []
        while len(candidate) < policy.length:
            byte = next(stream)
            if byte < limit:
                candidate.append(alphabet[byte % len(alphabet)])
        password = "".join(candidate)
        if all(any(char in policy.alphabet(item) for char in password) for item in policy.classes):
            return password


def _info(service: str, policy: PasswordPolicy) -> bytes:
    parts = [
        LABEL,
        service.encode("utf-8"),
        policy.length.to_bytes(2, "big"),
        ",".join(item.value for item in policy.sorted_classes).encode("ascii"),
        (policy.symbols if CharClass.SYMBOLS in policy.classes else "").encode("utf-8"),
        policy.counter.to_bytes(4, "big"),
    ]
    return b"".join(len(part).to_bytes(2, "big") + part for part in parts)


def _stream(seed: bytes, info: bytes) -> Iterator[int]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    block = 0
    while True:
        hkdf = HKDF(
            algorithm=hashes.SHA256(),
            length=_BLOCK_SIZE,
            salt=LABEL,
            info=info + block.to_bytes(4, "big"),
        )
        yield from hkdf.derive(seed)
        block += 1
