"""Key rotation: policy, the crash-safe rotation journal, and their errors."""

from keyfold.core.rotation.errors import RotationConflictError, RotationInProgressError
from keyfold.core.rotation.journal import (
    OwnerLocks,
    RegistrationAction,
    RegistrationStep,
    RotationRecord,
    RotationState,
    RotationStep,
    StepOutcome,
)
from keyfold.core.rotation.policy import (
    RotationPolicy,
    RotationStatus,
    evaluate,
    load_policies,
    load_policy,
    retention_days,
    save_policy,
)

__all__ = [
    "OwnerLocks",
    "RegistrationAction",
    "RegistrationStep",
    "RotationConflictError",
    "RotationInProgressError",
    "RotationPolicy",
    "RotationRecord",
    "RotationState",
    "RotationStatus",
    "RotationStep",
    "StepOutcome",
    "evaluate",
    "load_policies",
    "load_policy",
    "retention_days",
    "save_policy",
]
