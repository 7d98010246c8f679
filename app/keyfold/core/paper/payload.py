"""QR payloads of a paper backup: the document itself, or `keyfold-backup:I/N:` slices.

A document that fits one code (at most `SINGLE_CODE_BYTES`, which segno fits
in a version-25 code at error correction M, readable from a phone photo of
a printed page) is the payload as it is. A longer one is cut into slices of
at most `SLICE_BYTES` UTF-8 bytes, between characters, never inside one; each
payload is `keyfold-backup:I/N:` followed by the I-th slice.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from keyfold.core.errors import BackupFormatError

PREFIX = "keyfold-backup:"
SINGLE_CODE_BYTES = 1000
SLICE_BYTES = 560
MAX_PARTS = 64  # 35 KiB of backup; a key with many versions stays well below
_PART = re.compile(rb"keyfold-backup:([0-9]{1,3})/([0-9]{1,3}):")


class PaperFormatError(BackupFormatError):
    """The codes of a paper backup are missing, mixed up or not a backup."""


@dataclass(frozen=True)
class Part:
    index: int  # 1-based
    total: int
    text: bytes


def qr_payloads(document: bytes) -> list[bytes]:
    """The payloads, in order, of the QR codes that carry `document` (UTF-8 JSON)."""
    if len(document) <= SINGLE_CODE_BYTES:
        return [document]
    text = document.decode("utf-8")
    slices: list[bytes] = []
    current: list[str] = []
    size = 0
    for char in text:
        width = len(char.encode("utf-8"))
        if size + width > SLICE_BYTES:
            slices.append("".join(current).encode("utf-8"))
            current, size = [], 0
        current.append(char)
        size += width
    if current:
        slices.append("".join(current).encode("utf-8"))
    if len(slices) > MAX_PARTS:
        raise PaperFormatError(
            f"The backup is {len(document)} bytes, too long for a paper backup "
            f"(at most {MAX_PARTS} codes)."
        )
    total = len(slices)
    return [f"{PREFIX}{i}/{total}:".encode() + part for i, part in enumerate(slices, start=1)]


def parse_part(payload: bytes) -> Part | None:
    """A sliced payload's index, total and text; None for any other payload."""
    match = _PART.match(payload)
    if match is None:
        return None
    index, total = int(match.group(1)), int(match.group(2))
    if not 1 <= total <= MAX_PARTS or not 1 <= index <= total:
        raise PaperFormatError(
            f"A QR code says it is part {index} of {total}; a paper backup has 1 to "
            f"{MAX_PARTS} parts.",
            field="qr",
        )
    return Part(index, total, payload[match.end() :])


def join_payloads(payloads: Iterable[bytes]) -> bytes:
    """The backup document carried by the QR codes read from a page.

    Codes that are neither a backup document nor a part (a URL printed beside
    them, say) are ignored. Raises PaperFormatError naming what is missing or
    mixed up.
    """
    whole: list[bytes] = []
    parts: dict[int, bytes] = {}
    totals: set[int] = set()
    for payload in payloads:
        part = parse_part(payload)
        if part is not None:
            totals.add(part.total)
            if len(totals) > 1:
                raise PaperFormatError(
                    "The codes belong to different paper backups (they say "
                    + " and ".join(f"of {n}" for n in sorted(totals))
                    + "); restore one page at a time.",
                    field="qr",
                )
            earlier = parts.get(part.index)
            if earlier is not None and earlier != part.text:
                raise PaperFormatError(
                    f"Two different codes claim to be part {part.index} of {part.total}: the "
                    "page shows parts of two backups; restore one at a time.",
                    field="qr",
                )
            parts[part.index] = part.text
        elif payload.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and payload not in whole:
            whole.append(payload)
    if len(whole) > 1:
        raise PaperFormatError(
            f"The page holds {len(whole)} different backups; restore one at a time.", field="qr"
        )
    if whole:
        return whole[0]
    if not parts:
        raise PaperFormatError(
            "No Keyfold backup code was found: scan or photograph the whole first page, "
            "flat, sharp and well lit.",
            field="qr",
        )
    total = totals.pop()
    missing = [i for i in range(1, total + 1) if i not in parts]
    if missing:
        raise PaperFormatError(
            f"Found {len(parts)} of the {total} codes of the paper backup; "
            f"{_numbers(missing)} could not be read: scan or photograph the whole page, "
            "flat and sharp.",
            field="qr",
        )
    return b"".join(parts[i] for i in range(1, total + 1))


def _numbers(missing: list[int]) -> str:
    shown = ", ".join(str(i) for i in missing[:8]) + (" …" if len(missing) > 8 else "")
    return f"code {shown}" if len(missing) == 1 else f"codes {shown}"
