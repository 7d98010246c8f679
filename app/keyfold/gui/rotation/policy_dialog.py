"""A key's rotation schedule: after how many days and/or signatures, and old-version expiry."""

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from keyfold.core.rotation import RotationPolicy
from keyfold.core.rotation.policy import DEFAULT_MAX_AGE_DAYS
from keyfold.core.vault.records import KeyRecord
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.naming import named

DEFAULT_SIGNATURES = 1000
DEFAULT_RETENTION_DAYS = 90


def _limit_row(
    check_text: str, suffix: str, maximum: int, value: int | None, default: int, name: str
) -> tuple[QCheckBox, QSpinBox, QHBoxLayout]:
    check = named(QCheckBox(check_text), name + "Check")
    spin = named(QSpinBox(minimum=1, maximum=maximum, suffix=suffix), name + "Spin")
    spin.setValue(value if value is not None else default)
    spin.setAccessibleName(check_text + suffix)
    check.setAccessibleName(check_text.strip() + suffix)
    check.setChecked(value is not None)
    spin.setEnabled(value is not None)
    check.toggled.connect(spin.setEnabled)
    row = QHBoxLayout()
    row.addWidget(check)
    row.addWidget(spin)
    row.addStretch(1)
    return check, spin, row


class RotationPolicyDialog(TaskDialog):
    def __init__(
        self, record: KeyRecord, policy: RotationPolicy, parent: QWidget | None = None
    ) -> None:
        label = record.name or record.key_id
        super().__init__(
            self.tr("Rotation schedule for {key}").format(key=label), self.tr("Save"), parent
        )
        self.setObjectName("rotationPolicyDialog")
        self.record = record
        self.age_check, self.age_spin, age_row = _limit_row(
            self.tr("Give it a new version every"), self.tr(" days"), 3650, policy.max_age_days,
            DEFAULT_MAX_AGE_DAYS, "maxAge",
        )  # fmt: skip
        self.signatures_check, self.signatures_spin, signatures_row = _limit_row(
            self.tr("…or after it made"), self.tr(" signatures"), 100_000_000,
            policy.max_signatures, DEFAULT_SIGNATURES, "maxSignatures",
        )  # fmt: skip
        self.retention_check, self.retention_spin, retention_row = _limit_row(
            self.tr("Expire old versions"), self.tr(" days after they are replaced"), 3650,
            policy.retention_days, DEFAULT_RETENTION_DAYS, "retention",
        )  # fmt: skip
        intro = QLabel(
            self.tr(
                "When should “{key}” get a new version? Keys that are due are flagged in the "
                "key list and when Keyfold starts; nothing rotates without you."
            ).format(key=label),
            wordWrap=True,
        )
        note = QLabel(
            self.tr(
                "An expired version is retired: kept in the vault and its backups for the "
                "record, but marked as no longer in use. Leave this off to expire versions "
                "yourself."
            ),
            wordWrap=True,
        )
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(intro)
        form.addRow(age_row)
        form.addRow(signatures_row)
        form.addRow(retention_row)
        form.addRow(note)
        self.resize(520, self.sizeHint().height())

    def policy(self) -> RotationPolicy:
        def chosen(check: QCheckBox, spin: QSpinBox) -> int | None:
            return spin.value() if check.isChecked() else None

        return RotationPolicy(
            max_age_days=chosen(self.age_check, self.age_spin),
            max_signatures=chosen(self.signatures_check, self.signatures_spin),
            retention_days=chosen(self.retention_check, self.retention_spin),
        )
