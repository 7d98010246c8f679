"""Key ids: the slug rule, and ids made up from a name or at random."""

import os
import re
import unicodedata
from collections.abc import Callable

from keyfold.core.errors import InvalidInputError

KEY_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
MAX_KEY_ID_LENGTH = 64


def is_valid_key_id(key_id: str) -> bool:
    return KEY_ID_PATTERN.fullmatch(key_id) is not None


def validate_key_id(key_id: str) -> str:
    """Return `key_id` if it is a slug, else raise InvalidInputError."""
    if not is_valid_key_id(key_id):
        shown = key_id if len(key_id) <= 70 else key_id[:67] + "..."
        raise InvalidInputError(
            f"The key id {shown!r} is not valid: use 1 to 64 lowercase letters, digits, "
            "'.', '_' or '-', starting with a letter or digit."
        )
    return key_id


def slugify(text: str) -> str:
    """A key id made from free text, or "" when nothing usable is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9._-]+", "-", ascii_text.lower())
    slug = re.sub(r"-{2,}", "-", slug).strip("-._")
    return slug[:MAX_KEY_ID_LENGTH].rstrip("-._")


def random_key_id() -> str:
    # os.urandom, as `secrets.token_hex` does, without importing `random` at start.
    return "key-" + os.urandom(4).hex()


def suggest_key_id(name: str, taken: Callable[[str], bool]) -> str:
    """A free id from `name` (with -2, -3... if taken), else a random one."""
    base = slugify(name)
    if not base:
        candidate = random_key_id()
        while taken(candidate):
            candidate = random_key_id()
        return candidate
    return next_free_key_id(base, taken)


def next_free_key_id(base: str, taken: Callable[[str], bool]) -> str:
    """`base` if free, else the first free `base-2`, `base-3`, ..."""
    if not taken(base):
        return base
    counter = 2
    while True:
        suffix = f"-{counter}"
        candidate = base[: MAX_KEY_ID_LENGTH - len(suffix)].rstrip("-._") + suffix
        if not taken(candidate):
            return candidate
        counter += 1
