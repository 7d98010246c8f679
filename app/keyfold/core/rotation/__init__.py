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
    load_policy,
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
    "load_policy",
    "save_policy",
]
