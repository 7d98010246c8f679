"""Text from files made safe to show: control, bidi and undecodable characters made visible.

Names, ids, comments and paths come from files other people wrote. Printed
raw, a `\\x1b[31m` recolours the terminal, a U+202E reverses what follows, and
a file name that is not UTF-8 (held as a lone surrogate, PEP 383) cannot even
be encoded for output. `shown` replaces each such character by an escape a
reader can see (`\\x1b`, `\\u202e`, and `\\xff` for an undecodable byte); the
CLI runs every line it prints through it and the GUI shows names through it.

`escape_path` / `unescape_path` are the lossless form the audit trail records:
a backslash is doubled as well, so the exact bytes of any name come back.
"""

import os
import re
import unicodedata

# Unicode's bidirectional formatting characters (UAX #9) and the invisible
# marks that can hide or reorder text.
_BIDI = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u200b\u200c\u200d\u2060\ufeff"
)
_SURROGATE_BYTES = range(0xDC80, 0xDD00)  # what os.fsdecode makes of an undecodable byte
_ESCAPE = re.compile(r"\\(\\|x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})")


def _needs_escape(char: str) -> bool:
    if char in _BIDI:
        return True
    category = unicodedata.category(char)
    # Cc controls, Cs surrogates, Co private use is harmless, Cn unassigned is shown.
    return category in ("Cc", "Cs", "Zl", "Zp")


def _escape_char(char: str) -> str:
    code = ord(char)
    if code in _SURROGATE_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x80:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def shown(text: str, *, keep: str = "") -> str:
    """`text` with control, bidi and undecodable characters as visible escapes.

    Characters in `keep` (e.g. "\\n\\t" for multi-line output) stay as they are.
    """
    # isdisjoint runs in C: a 10,000-key listing is one text of 600,000 characters.
    if text.isprintable() and _BIDI.isdisjoint(text):
        return text
    return "".join(
        _escape_char(char) if char not in keep and _needs_escape(char) else char for char in text
    )


def shown_path(path: "os.PathLike[str] | str") -> str:
    """A path fit for one line of output (see `shown`)."""
    return shown(os.fspath(path))


def escape_path(path: "os.PathLike[str] | str") -> str:
    """A lossless, printable form of a path: `unescape_path` gives it back exactly."""
    text = os.fspath(path)
    return "".join(
        "\\\\" if char == "\\" else _escape_char(char) if _needs_escape(char) else char
        for char in text
    )


def unescape_path(text: str) -> str:
    """The path (as os.fsdecode would give it) that `escape_path` made `text` of."""

    def replace(match: re.Match[str]) -> str:
        escape = match[1]
        if escape == "\\":
            return "\\"
        code = int(escape[1:], 16)
        if escape[0] == "x" and code >= 0x80:
            return chr(0xDC00 + code)  # an undecodable byte, as os.fsdecode holds it
        return chr(code)

    return _ESCAPE.sub(replace, text)


def storable_path(path: "os.PathLike[str] | str") -> str:
    """A path as text any UTF-8 store accepts: itself when it is printable and
    decodable (the usual case, Windows backslashes included), else `escape_path`."""
    text = os.fspath(path)
    # isdisjoint runs in C: a 10,000-key listing is one text of 600,000 characters.
    if text.isprintable() and _BIDI.isdisjoint(text):
        return text
    return escape_path(text)
