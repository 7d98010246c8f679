"""Passphrase + confirmation with a strength meter that blocks weak choices."""

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color, good_color, warning_color
from keyfold.gui.base.widgets.strength import Strength, rate_passphrase


class PassphraseFields(QWidget):
    """Two hidden fields, a meter, and "use it anyway" for a weak passphrase."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        label: str | None = None,
        allow_empty: bool = False,
    ) -> None:
        super().__init__(parent)
        label = label if label is not None else self.tr("Passphrase")
        self._allow_empty = allow_empty
        self._user_inputs: tuple[str, ...] = ()
        self.passphrase_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setAccessibleName(label)
        self.confirm_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm_edit.setObjectName("confirmEdit")
        self.confirm_edit.setAccessibleName(self.tr("Repeat {label}").format(label=label.lower()))
        self.show_check = QCheckBox(self.tr("Show what I type"))
        self.meter = named(QProgressBar(textVisible=True), "strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint_label = named(QLabel(wordWrap=True), "strengthHint")
        self.match_label = named(QLabel(wordWrap=True), "matchHint")
        self.weak_check = named(
            QCheckBox(self.tr("Use it anyway (not recommended)")), "useWeakCheck"
        )
        self.weak_check.setVisible(False)
        # Room is kept for the hints and the tick box, so nothing below jumps as they
        # come and go: a line for the repeat hint, two for the strength hint and the box.
        self.match_label.setMinimumHeight(self.match_label.fontMetrics().lineSpacing())
        advice = QWidget()
        advice_layout = QVBoxLayout(advice)
        advice_layout.setContentsMargins(0, 0, 0, 0)
        advice_layout.addWidget(self.hint_label)
        advice_layout.addWidget(self.weak_check)
        advice_layout.addStretch(1)
        advice.setMinimumHeight(
            2 * self.hint_label.fontMetrics().lineSpacing()
            + self.weak_check.sizeHint().height()
            + advice_layout.spacing()
        )

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("{label}:").format(label=label), self.passphrase_edit)
        form.addRow(self.tr("Repeat it:"), self.confirm_edit)
        form.addRow("", self.match_label)
        form.addRow("", self.show_check)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", advice)

        self.passphrase_edit.textChanged.connect(self._update)
        self.confirm_edit.textChanged.connect(self._update)
        self.weak_check.toggled.connect(self.changed)
        self.show_check.toggled.connect(self._toggle_echo)
        self._strength = rate_passphrase("")
        self._update()

    def set_user_inputs(self, words: Sequence[str]) -> None:
        """Words the passphrase should not be built from (key name, key id)."""
        self._user_inputs = tuple(words)
        self._update()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    @property
    def strength(self) -> Strength:
        return self._strength

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, or None when it can."""
        text = self.passphrase_edit.text()
        if not text:
            return None if self._allow_empty else self.tr("Choose a passphrase.")
        if text != self.confirm_edit.text():
            return self.tr("The two passphrases are not the same.")
        if not self._strength.acceptable and not self.weak_check.isChecked():
            return self.tr(
                "This passphrase is easy to guess: make it longer, or tick “Use it anyway”."
            )
        return None

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.weak_check.setChecked(False)

    def _meter_color(self, score: int) -> str:
        """Red for easy to guess, amber for fair, green for strong."""
        palette = self.palette()
        if score <= 1:
            return error_color(palette)
        if score == 2:
            return warning_color(palette)
        return good_color(palette)

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)

    def _update(self) -> None:
        text = self.passphrase_edit.text()
        self._strength = rate_passphrase(text, self._user_inputs)
        score = self._strength.score if text else 0
        self.meter.setValue(score)
        # A light tint of the colour, so the label on the bar stays readable. The frame
        # is styled the same with or without text, so the bar keeps its height.
        tint = QColor(self._meter_color(score))
        alpha = 110 if text else 0
        self.meter.setStyleSheet(
            "QProgressBar { border: 1px solid palette(mid); border-radius: 3px;"
            " text-align: center; }"
            f" QProgressBar::chunk {{ background: rgba({tint.red()}, {tint.green()},"
            f" {tint.blue()}, {alpha}); }}"
        )
        confirm = self.confirm_edit.text()
        differs = bool(confirm) and confirm != text
        self.match_label.setText(
            self.tr("Not the same as the passphrase above yet.") if differs else ""
        )
        self.match_label.setStyleSheet(f"color: {warning_color(self.palette())};")
        self.match_label.setVisible(differs)
        self.meter.setFormat(self._strength.translated_label())
        self.hint_label.setText(self._strength.translated_hint())
        weak = bool(text) and not self._strength.acceptable
        self.weak_check.setVisible(weak)
        if not weak:
            self.weak_check.setChecked(False)
        self.changed.emit()
