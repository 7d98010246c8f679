"""The share and paper wizards' logic without widgets: copy checks and where shares went."""

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from keyfold.core.shares import normalise

DEFAULT_THRESHOLD = 3
DEFAULT_COUNT = 5
PRINTED = "printed or written down"  # the record's location when nothing was saved


@dataclass(frozen=True)
class WordQuestion:
    """Asks for word `position` (1-based) of share `share` (1-based)."""

    share: int
    position: int


def pick_questions(count: int, words: int, how_many: int = 2) -> list[WordQuestion]:
    """Random words to ask for, from different shares where there are several."""
    shares = list(range(1, count + 1))
    chosen: list[WordQuestion] = []
    for _ in range(how_many):
        pool = [s for s in shares if s not in {q.share for q in chosen}] or shares
        share = pool[secrets.randbelow(len(pool))]
        taken = {q.position for q in chosen if q.share == share}
        positions = [p for p in range(1, words + 1) if p not in taken]
        chosen.append(WordQuestion(share, positions[secrets.randbelow(len(positions))]))
    return chosen


def answer_is_right(mnemonics: Sequence[str], question: WordQuestion, answer: str) -> bool:
    words = mnemonics[question.share - 1].split()
    typed = normalise(answer)
    return len(typed) == 1 and typed[0] == words[question.position - 1]


def numbered_words(mnemonic: str, columns: int = 3) -> list[list[str]]:
    """The words as rows of `columns` numbered cells ("1. academic"), read down the columns."""
    words = mnemonic.split()
    rows = -(-len(words) // columns)
    grid = []
    for row in range(rows):
        cells = []
        for column in range(columns):
            index = column * rows + row
            if index < len(words):
                cells.append(f"{index + 1:>2}. {words[index]}")
        grid.append(cells)
    return grid


def share_location(saved: Sequence[Path]) -> str:
    """Where the shares went, for the backup record: the folder they were all saved to,
    else that they were printed or written down."""
    folders = {path.parent.resolve() for path in saved}
    if len(folders) == 1:
        return str(folders.pop())
    return PRINTED
