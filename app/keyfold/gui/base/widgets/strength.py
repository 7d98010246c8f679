"""Passphrase strength with zxcvbn, in words a non-expert understands (no widgets).

Our own words are marked for translation here and translated where shown
(`Strength.translated_label()`); zxcvbn's hints come in English only.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from zxcvbn import zxcvbn

from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# zxcvbn slows down on very long input; the first 100 characters decide anyway.
_MAX_RATED = 100
MIN_GOOD_SCORE = 3
_LABELS = (
    QT_TRANSLATE_NOOP("PassphraseStrength", "Very weak"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Weak"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Fair"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Good"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Strong"),
)
_EMPTY = QT_TRANSLATE_NOOP("PassphraseStrength", "Empty")
_EMPTY_HINT = QT_TRANSLATE_NOOP(
    "PassphraseStrength", "Type a passphrase: several unrelated words work well."
)
_MORE_WORDS_HINT = QT_TRANSLATE_NOOP(
    "PassphraseStrength", "Add another word or two that are not related to each other."
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4, zxcvbn's scale
    label: str  # English; translated_label() for display
    hint: str  # English; translated_hint() for display

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_GOOD_SCORE

    def translated_label(self) -> str:
        return QCoreApplication.translate("PassphraseStrength", self.label)

    def translated_hint(self) -> str:
        """Our own hints translated; zxcvbn's stay as it wrote them."""
        return QCoreApplication.translate("PassphraseStrength", self.hint) if self.hint else ""


def rate_passphrase(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Rate `passphrase`; `user_inputs` (key name, id) count as guessable words."""
    if not passphrase:
        return Strength(0, _EMPTY, _EMPTY_HINT)
    result = zxcvbn(passphrase[:_MAX_RATED], user_inputs=[s for s in user_inputs if s])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    hint = str(feedback.get("warning") or "")
    suggestions = feedback.get("suggestions") or []
    if not hint and suggestions:
        hint = str(suggestions[0])
    if not hint and score < MIN_GOOD_SCORE:
        hint = _MORE_WORDS_HINT
    return Strength(score, _LABELS[score], hint)
