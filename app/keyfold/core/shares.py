"""SLIP-39 Shamir shares of a key's seed: split, check as typed, and combine.

The splitting and combining is the reference implementation's
(`shamir-mnemonic`), so any SLIP-39 tool recovers what Keyfold splits and
Keyfold combines what they split. What this module adds is what a person
typing words off paper needs: errors naming the share and the word, a guess at
the mistyped word where the RS1024 checksum can locate it, a bound on the
work a share may ask for, and the share files' comment lines.
"""

import difflib
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from shamir_mnemonic import MnemonicError, Share, combine_mnemonics, generate_mnemonics
from shamir_mnemonic.constants import (
    CUSTOMIZATION_STRING_EXTENDABLE,
    CUSTOMIZATION_STRING_ORIG,
    ID_EXP_LENGTH_WORDS,
    MAX_SHARE_COUNT,
)
from shamir_mnemonic.rs1024 import verify_checksum
from shamir_mnemonic.wordlist import WORD_INDEX_MAP, WORDLIST

from keyfold.core.errors import InvalidInputError
from keyfold.core.keys import SEED_SIZE, KeyPair

# A 32-byte secret makes 33 words: 7 of metadata and checksum, 26 of share value.
SHARE_WORDS = 33
# SLIP-39 stretches the passphrase with 10,000 x 2^e PBKDF2 rounds, e from the
# share; the library writes 1. A hostile share could ask for 2^15 (minutes of
# work), so more than 2^MAX_ITERATION_EXPONENT is refused before any work.
ITERATION_EXPONENT = 1
MAX_ITERATION_EXPONENT = 6
MAX_SHARES_READ = 64  # a share file or typed list holding more is not a share set
MAX_LINE_CHARS = 1024  # 33 words of at most 8 letters fit easily
MAX_SHARE_FILE_BYTES = 64 * 1024

WORDS: tuple[str, ...] = tuple(WORDLIST)


class ShareError(InvalidInputError):
    """A share set cannot be split or combined; the message names the share and word."""


@dataclass(frozen=True)
class ShareInput:
    """One mnemonic as the user gave it, with where it came from for messages."""

    text: str = field(repr=False)
    source: str  # e.g. "share 2" or "alice.txt line 3"


@dataclass(frozen=True)
class ShareCheck:
    """What a typed mnemonic is, as far as it alone can tell (live feedback)."""

    ok: bool
    message: str
    word_count: int
    bad_word: int | None = None  # 1-based position of the word found wrong
    suggestion: str | None = None
    index: int | None = None  # 1-based member index, when ok
    threshold: int | None = None  # shares needed, when ok
    identifier: int | None = None  # the share set's random id, when ok


@dataclass(frozen=True)
class ShareSet:
    """A key split into shares: the mnemonics in order, and what recovers them."""

    threshold: int
    mnemonics: tuple[str, ...] = field(repr=False)

    @property
    def count(self) -> int:
        return len(self.mnemonics)


def check_passphrase(passphrase: str) -> bytes:
    """The SLIP-39 passphrase as bytes; SLIP-39 allows printable ASCII only."""
    for position, char in enumerate(passphrase, start=1):
        if not " " <= char <= "~":
            raise ShareError(
                f"The share passphrase has a character SLIP-39 does not allow at position "
                f"{position}: use printable ASCII (letters, digits, punctuation, spaces)."
            )
    return passphrase.encode("ascii")


def check_split(threshold: int, count: int) -> None:
    """Refuse a threshold and count SLIP-39 cannot make, in one sentence."""
    if not 1 <= count <= MAX_SHARE_COUNT:
        raise ShareError(f"The number of shares must be from 1 to {MAX_SHARE_COUNT}, not {count}.")
    if not 1 <= threshold <= count:
        raise ShareError(
            f"The threshold must be from 1 to the number of shares ({count}), not {threshold}."
        )
    if threshold == 1 and count > 1:
        raise ShareError(
            "A threshold of 1 would make every share a full copy; SLIP-39 allows it only "
            "for a single share. Choose a threshold of 2 or more."
        )


def split_seed(seed: bytes, threshold: int, count: int, passphrase: str = "") -> ShareSet:
    """Split a 32-byte seed into `count` SLIP-39 mnemonics, any `threshold` recovering it."""
    if len(seed) != SEED_SIZE:
        raise ShareError(f"A key seed has {SEED_SIZE} bytes, not {len(seed)}.")
    check_split(threshold, count)
    secret = check_passphrase(passphrase)
    groups = generate_mnemonics(
        1, [(threshold, count)], seed, secret, iteration_exponent=ITERATION_EXPONENT
    )
    return ShareSet(threshold, tuple(groups[0]))


def normalise(text: str) -> list[str]:
    """The words of a mnemonic, lower case, whatever spaces, commas or numbering."""
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in text)
    return cleaned.split()


def check_mnemonic(text: str) -> ShareCheck:
    """Check one typed mnemonic: its words, length and checksum; locate a bad word."""
    if len(text) > MAX_LINE_CHARS:
        return ShareCheck(False, f"more than {MAX_LINE_CHARS} characters; one share is 33 words", 0)
    words = normalise(text)
    count = len(words)
    for position, word in enumerate(words, start=1):
        if word not in WORD_INDEX_MAP:
            guess = suggest_word(word)
            hint = f"; did you mean {guess!r}?" if guess else "."
            return ShareCheck(
                False,
                f"word {position} {_shown(word)} is not a SLIP-39 word{hint}",
                count,
                bad_word=position,
                suggestion=guess,
            )
    if count < SHARE_WORDS:
        return ShareCheck(False, f"{count} of {SHARE_WORDS} words so far", count, bad_word=None)
    if count > SHARE_WORDS:
        return ShareCheck(
            False,
            f"{count} words; a share of an Ed25519 key has {SHARE_WORDS}",
            count,
        )
    indices = [WORD_INDEX_MAP[w] for w in words]
    if not _checksum_ok(indices):
        located = locate_error(indices)
        if located is None:
            return ShareCheck(
                False,
                "the checksum does not match: more than one word is wrong; compare it "
                "word by word with the paper",
                count,
            )
        position, word = located
        return ShareCheck(
            False,
            f"the checksum does not match: word {position} {_shown(words[position - 1])} "
            f"is probably wrong; did you mean {word!r}?",
            count,
            bad_word=position,
            suggestion=word,
        )
    try:
        share = Share.from_mnemonic(" ".join(words))
    except MnemonicError as exc:
        return ShareCheck(False, _library_words(exc), count)
    if share.group_count != 1:
        text_groups = f"{share.group_threshold} of {share.group_count} groups"
        return ShareCheck(
            True,
            f"checksum correct; member {share.index + 1} of group {share.group_index + 1} "
            f"({text_groups})",
            count,
            index=share.index + 1,
            threshold=share.member_threshold,
            identifier=share.identifier,
        )
    return ShareCheck(
        True,
        f"checksum correct; share {share.index + 1}, any {share.member_threshold} recover the key",
        count,
        index=share.index + 1,
        threshold=share.member_threshold,
        identifier=share.identifier,
    )


def combine_shares(shares: Sequence[ShareInput], passphrase: str = "") -> bytes:
    """The 32-byte seed the shares hold, or ShareError naming the share and word.

    More shares than needed are fine: they must belong to the same set, and
    the first `threshold` distinct ones are combined.
    """
    secret = check_passphrase(passphrase)
    if not shares:
        raise ShareError("No share was given.")
    if len(shares) > MAX_SHARES_READ:
        raise ShareError(f"{len(shares)} shares were given; a share set has at most 16.")
    parsed: list[tuple[ShareInput, Share, str]] = []
    for item in shares:
        check = check_mnemonic(item.text)
        if not check.ok:
            raise ShareError(f"{_capital(item.source)}: {check.message}.")
        mnemonic = " ".join(normalise(item.text))
        try:
            share = Share.from_mnemonic(mnemonic)
        except MnemonicError as exc:  # pragma: no cover - check_mnemonic caught these
            raise ShareError(f"{_capital(item.source)}: {_library_words(exc)}.") from None
        parsed.append((item, share, mnemonic))
    first_item, first, _ = parsed[0]
    if first.iteration_exponent > MAX_ITERATION_EXPONENT:
        raise ShareError(
            f"{_capital(first_item.source)} asks for 10,000 x 2^{first.iteration_exponent} "
            f"passphrase rounds; Keyfold stops at 2^{MAX_ITERATION_EXPONENT}."
        )
    chosen: dict[tuple[int, int], tuple[ShareInput, str]] = {}
    for item, share, mnemonic in parsed:
        if share.common_parameters() != first.common_parameters():
            raise ShareError(
                f"{_capital(item.source)} belongs to another share set than "
                f"{first_item.source} (it starts with "
                f"{_prefix(mnemonic)!r}, not {_prefix(parsed[0][2])!r})."
            )
        key = (share.group_index, share.index)
        if key in chosen:
            earlier, earlier_text = chosen[key]
            if earlier_text != mnemonic:
                raise ShareError(
                    f"{_capital(item.source)} and {earlier.source} both claim to be share "
                    f"{share.index + 1} but differ; one of them is damaged."
                )
            continue
        chosen[key] = (item, mnemonic)
    if first.group_count == 1:
        needed = first.member_threshold
        if len(chosen) < needed:
            raise ShareError(
                f"The key needs {needed} shares, got {len(chosen)}"
                + (f" ({len(parsed) - len(chosen)} repeated)" if len(parsed) > len(chosen) else "")
                + "."
            )
        mnemonics = [text for _, text in list(chosen.values())[:needed]]
    else:
        mnemonics = _multi_group(chosen, parsed)
    try:
        seed: bytes = combine_mnemonics(mnemonics, secret)
    except MnemonicError as exc:
        raise ShareError(f"The shares do not fit together: {_library_words(exc)}.") from None
    if len(seed) != SEED_SIZE:
        raise ShareError(
            f"The shares hold a {len(seed)}-byte secret; an Ed25519 key seed has {SEED_SIZE}."
        )
    return seed


def _multi_group(
    chosen: dict[tuple[int, int], tuple[ShareInput, str]],
    parsed: list[tuple[ShareInput, Share, str]],
) -> list[str]:
    """For shares another tool split into groups: as many as each group needs."""
    by_group: dict[int, list[str]] = {}
    thresholds: dict[int, int] = {}
    for _item, share, _text in parsed:
        thresholds[share.group_index] = share.member_threshold
    for (group, _index), (_item, text) in chosen.items():
        by_group.setdefault(group, []).append(text)
    complete = {
        group: texts[: thresholds[group]]
        for group, texts in by_group.items()
        if len(texts) >= thresholds[group]
    }
    needed = parsed[0][1].group_threshold
    if len(complete) < needed:
        raise ShareError(f"The key needs {needed} complete groups of shares, got {len(complete)}.")
    return [text for group in sorted(complete)[:needed] for text in complete[group]]


def key_from_shares(shares: Sequence[ShareInput], passphrase: str = "") -> KeyPair:
    return KeyPair.from_seed(combine_shares(shares, passphrase))


def suggest_word(word: str) -> str | None:
    """The SLIP-39 word a mistyped one most likely meant (the first four letters decide)."""
    if not word:
        return None
    by_prefix = [w for w in WORDS if w.startswith(word[:4])] if len(word) >= 4 else []
    if len(by_prefix) == 1:
        return by_prefix[0]
    close = difflib.get_close_matches(word, WORDS, n=1, cutoff=0.6)
    return close[0] if close else None


def complete_word(prefix: str) -> list[str]:
    """Word-list entries starting with `prefix` (SLIP-39 words differ in their first four)."""
    prefix = prefix.lower()
    return [w for w in WORDS if w.startswith(prefix)] if prefix else []


def locate_error(indices: Sequence[int]) -> tuple[int, str] | None:
    """(1-based position, corrected word) when exactly one word change fixes the
    checksum, else None. RS1024 has distance 4, so a single substitution is
    located unambiguously. The checksum is affine over XOR, so the residue a
    change at one position causes depends on that change alone: a table per
    position maps residues to changes, and locating is one lookup per word."""
    found: list[tuple[int, str]] = []
    for custom in (CUSTOMIZATION_STRING_EXTENDABLE, CUSTOMIZATION_STRING_ORIG):
        target = _polymod([*custom, *indices]) ^ 1
        for position, table in enumerate(_error_tables(custom, len(indices))):
            delta = table.get(target)
            if delta is None:
                continue
            fixed = list(indices)
            fixed[position] ^= delta
            if fixed[position] < len(WORDS) and _checksum_ok(fixed):
                candidate = (position + 1, WORDS[fixed[position]])
                if candidate not in found:
                    found.append(candidate)
    return found[0] if len(found) == 1 else None


@functools.lru_cache(maxsize=4)
def _error_tables(custom: bytes, length: int) -> tuple[dict[int, int], ...]:
    """Per word position: the checksum residue each 10-bit change causes -> that change."""
    size = len(custom) + length
    zero = _polymod([0] * size)
    tables = []
    for position in range(length):
        basis = []
        for bit in range(10):
            values = [0] * size
            values[len(custom) + position] = 1 << bit
            basis.append(_polymod(values) ^ zero)
        effects = [0] * 1024
        table: dict[int, int] = {}
        for delta in range(1, 1024):
            low = delta & -delta
            effects[delta] = effects[delta ^ low] ^ basis[low.bit_length() - 1]
            table.setdefault(effects[delta], delta)
        tables.append(table)
    return tuple(tables)


def read_share_lines(text: str, source: str) -> list[ShareInput]:
    """Mnemonics in a share file: one per non-blank line; lines starting with # are comments."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        found.append(ShareInput(stripped, f"the share in {source} line {number}"))
        if len(found) > MAX_SHARES_READ:
            raise ShareError(f"{source} holds more than {MAX_SHARES_READ} lines of words.")
    return found


def read_share_file(path: Path) -> str:
    """A share file's text: bounded in size, UTF-8, one sentence when it is not."""
    try:
        size = path.stat().st_size
        if size > MAX_SHARE_FILE_BYTES:
            raise ShareError(f"{path.name} is {size} bytes; a share file is a few hundred.")
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise InvalidInputError(f"The share file {path} does not exist.") from None
    except OSError as exc:
        raise InvalidInputError(f"Cannot read the share file {path}: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise ShareError(f"{path.name} is not a text file of words.") from None


def comment_fingerprint(text: str) -> str | None:
    """The fingerprint a Keyfold share file's comments name, if any."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#") and "fingerprint:" in stripped.lower():
            value = stripped.split(":", 1)[1].strip().lower()
            if len(value) == 64 and all(c in "0123456789abcdef" for c in value):
                return value
    return None


def share_file_text(
    mnemonic: str,
    *,
    index: int,
    shares: ShareSet,
    key_id: str,
    name: str,
    fingerprint: str,
    created: datetime,
) -> str:
    """One share file: comment lines describing it, then the mnemonic on one line."""
    label = _one_line(name) or key_id
    return (
        f"# Keyfold SLIP-39 share of the key {label} ({key_id})\n"
        f"# fingerprint: {fingerprint}\n"
        f"# share {index} of {shares.count}, any {shares.threshold} recover it\n"
        f"# made {created.strftime('%Y-%m-%d %H:%M %Z').strip()}\n"
        "# Restore: keyfold-cli combine FILE... --key-id ID, or any SLIP-39 tool.\n"
        f"{mnemonic}\n"
    )


def _checksum_ok(indices: Sequence[int]) -> bool:
    return any(
        verify_checksum(indices, custom)
        for custom in (CUSTOMIZATION_STRING_EXTENDABLE, CUSTOMIZATION_STRING_ORIG)
    )


_GEN = (
    0xE0E040,
    0x1C1C080,
    0x3838100,
    0x7070200,
    0xE0E0009,
    0x1C0C2412,
    0x38086C24,
    0x3090FC48,
    0x21B1F890,
    0x3F3F120,
)


def _polymod(values: Iterable[int]) -> int:
    """SLIP-39's RS1024 checksum polynomial (as in the library's rs1024 module)."""
    chk = 1
    for value in values:
        top = chk >> 20
        chk = (chk & 0xFFFFF) << 10 ^ value
        for i in range(10):
            if top >> i & 1:
                chk ^= _GEN[i]
    return chk


def _prefix(mnemonic: str) -> str:
    return " ".join(mnemonic.split()[:ID_EXP_LENGTH_WORDS])


def _library_words(exc: MnemonicError) -> str:
    """The library's message as part of one of ours: no trailing stop, bounded."""
    return str(exc).strip().rstrip(".")[:200]


def _shown(word: str) -> str:
    return repr(word[:20])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _one_line(text: str) -> str:
    return " ".join(text.split())
