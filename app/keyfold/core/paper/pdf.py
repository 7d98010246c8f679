"""The printable page of a paper backup (fpdf2): key details, QR codes, how to restore, text.

Page 1 names the key and carries the QR code(s), drawn as vector squares so
they stay sharp at any printer resolution, and the steps to restore. The
pages after it hold the same backup document as text, for when no code
scans. Fonts are the bundled DejaVu Sans and Sans Mono, so names in any
script print the same on every platform.
"""

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import segno
from fpdf import FPDF

from keyfold.core.paper.page import PageSize, PaperKey
from keyfold.core.paper.payload import qr_payloads

FONTS = Path(__file__).with_name("fonts")
MARGIN = 15.0  # mm
SINGLE_CODE_MM = 110.0
MULTI_CODE_MM = 56.0
MIN_CODE_MM = 46.0  # a 97-module code still has 3 pixels per module in a 150 dpi scan
QUIET_MODULES = 4
TEXT_COLUMNS = 88  # of the monospaced text at TEXT_PT on the narrower (A4) page
TEXT_PT = 7.4
CONTINUED = "»"
NAME_CHARS = 90  # the heading's share of a long name; the document holds all of it


def render_pdf(document: bytes, key: PaperKey, size: PageSize = PageSize.A4) -> bytes:
    """The PDF of a paper backup of `document`, the standard backup JSON."""
    payloads = qr_payloads(document)
    pdf = FPDF(orientation="portrait", unit="mm", format=PageSize(size).value)
    pdf.set_auto_page_break(auto=True, margin=MARGIN)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Mono", "", str(FONTS / "DejaVuSansMono.ttf"))
    pdf.set_title(f"Keyfold paper backup: {key.key_id}")
    pdf.set_creator("Keyfold")
    pdf.set_creation_date(key.printed)
    pdf.add_page()
    _heading(pdf, key, len(payloads))
    _codes(pdf, payloads)
    _instructions(pdf, len(payloads))
    _text_pages(pdf, document.decode("utf-8"))
    return bytes(pdf.output())


def _heading(pdf: FPDF, key: PaperKey, codes: int) -> None:
    pdf.set_font("Sans", size=18)
    pdf.cell(0, 9, "Keyfold paper backup", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", size=10)
    rows = [
        ("Key", _shortened(key.name or key.key_id, NAME_CHARS)),
        ("Key ID", key.key_id),
        ("Fingerprint", _grouped(key.fingerprint)),
        ("Key made", _date(key.created)),
        ("Printed", _date(key.printed)),
        ("Codes", "1 QR code" if codes == 1 else f"{codes} QR codes, scan them all"),
    ]
    for label, value in rows:
        pdf.set_font("Sans", size=10)
        pdf.cell(28, 5.5, label)
        pdf.set_font("Mono" if label == "Fingerprint" else "Sans", size=10)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _codes(pdf: FPDF, payloads: Sequence[bytes]) -> None:
    """All codes on the first page where they fit (shrunk down to MIN_CODE_MM), in a grid;
    any that do not fit go on the next page."""
    gap = 6.0
    usable = pdf.w - 2 * MARGIN
    side = SINGLE_CODE_MM if len(payloads) == 1 else _multi_side(pdf, len(payloads), gap)
    per_row = max(1, int((usable + gap) // (side + gap)))
    row_width = min(per_row, len(payloads)) * (side + gap) - gap
    left = MARGIN + (usable - row_width) / 2
    y = pdf.get_y()
    for number, payload in enumerate(payloads):
        column = number % per_row
        if column == 0 and number:
            y += side + gap + 4
        if y + side + 4 > pdf.h - MARGIN:
            pdf.add_page()
            y = pdf.get_y()
        x = left + column * (side + gap)
        _qr(pdf, payload, x, y, side)
        if len(payloads) > 1:
            pdf.set_font("Sans", size=8)
            pdf.set_xy(x, y + side)
            pdf.cell(side, 4, f"code {number + 1} of {len(payloads)}", align="C")
    pdf.set_xy(MARGIN, y + side + (6 if len(payloads) > 1 else 3))


def _multi_side(pdf: FPDF, count: int, gap: float) -> float:
    """The largest code size from MULTI_CODE_MM down to MIN_CODE_MM that fits every code
    in the rest of the first page; MULTI_CODE_MM when none does."""
    usable = pdf.w - 2 * MARGIN
    room = pdf.h - MARGIN - pdf.get_y()
    side = MULTI_CODE_MM
    while side >= MIN_CODE_MM:
        per_row = max(1, int((usable + gap) // (side + gap)))
        rows = -(-count // per_row)
        if rows * (side + gap + 4) - gap <= room:
            return side
        side -= 2
    return MULTI_CODE_MM


def _qr(pdf: FPDF, payload: bytes, x: float, y: float, side: float) -> None:
    code = segno.make(payload, error="m", micro=False, boost_error=False)
    rows = list(code.matrix_iter(scale=1, border=QUIET_MODULES))
    module = side / len(rows)
    pdf.set_fill_color(0, 0, 0)
    for r, row in enumerate(rows):
        start = None
        for c, dark in enumerate([*row, 0]):
            if dark and start is None:
                start = c
            elif not dark and start is not None:
                # Runs drawn a hair taller than a module leave no hairlines between rows.
                pdf.rect(
                    x + start * module,
                    y + r * module,
                    (c - start) * module,
                    module * 1.02,
                    style="F",
                )
                start = None


def _instructions(pdf: FPDF, codes: int) -> None:
    if pdf.get_y() > pdf.h - MARGIN - 60:
        pdf.add_page()
    pdf.set_font("Sans", size=12)
    pdf.cell(0, 7, "How to restore", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", size=9.5)
    scan = "the code" if codes == 1 else f"all {codes} codes"
    steps = [
        "1. Install Keyfold (see its README: scripts/run sets everything up).",
        f"2. Scan this page or photograph it flat, so that {scan} are sharp and whole.",
        "3. In Keyfold choose Restore from a backup and drop the scan or photo (PNG, JPEG "
        "or PDF) on the window, or run:  keyfold-cli restore PHOTO.jpg",
        "4. Type the backup passphrase. Without it this page cannot be opened; keep the "
        "passphrase apart from the page.",
        "If no code scans: type the text on the next page into a file named backup.json "
        "and restore that file. Each code holds the standard Keyfold backup document "
        "(when there are several, each starts with keyfold-backup:I/N: and their "
        "texts joined in order make the document).",
    ]
    for step in steps:
        pdf.multi_cell(0, 5, step, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)


def _text_pages(pdf: FPDF, text: str) -> None:
    pdf.add_page()
    pdf.set_font("Sans", size=12)
    pdf.cell(0, 7, "The backup as text", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", size=9)
    pdf.multi_cell(
        0,
        4.5,
        f"Lines starting with {CONTINUED} continue the line above: type them without the "
        f"{CONTINUED} and without a line break.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Mono", size=TEXT_PT)
    for line in wrap_lines(text, TEXT_COLUMNS):
        pdf.cell(0, TEXT_PT * 0.45, line, new_x="LMARGIN", new_y="NEXT")


def wrap_lines(text: str, columns: int) -> list[str]:
    """The text's lines cut to `columns`, continuation lines marked with CONTINUED."""
    lines: list[str] = []
    for line in text.splitlines():
        lines.append(line[:columns])
        rest = line[columns:]
        while rest:
            lines.append(CONTINUED + rest[: columns - 1])
            rest = rest[columns - 1 :]
    return lines


def _shortened(text: str, limit: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _grouped(fingerprint: str) -> str:
    groups = [fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4)]
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:])


def _date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M %Z").strip()
