"""What a paper backup's page is made from: its size and the key's public details.

Apart from the layout module, so choosing a size imports no PDF library.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class PageSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True)
class PaperKey:
    """What the page says about the key (all public)."""

    key_id: str
    name: str
    fingerprint: str
    created: datetime  # when the key (its current version) was made
    printed: datetime
