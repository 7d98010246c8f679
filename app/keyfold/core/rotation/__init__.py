"""Key rotation: policy, the crash-safe rotation journal, and their errors."""

from typing import TYPE_CHECKING

from keyfold.core.lazy import lazy_exports
from keyfold.core.rotation.errors import RotationConflictError, RotationInProgressError

if TYPE_CHECKING:
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

# Every command opening a vault asks `upkeep.upkeep_pending`; the journal and
# policy modules load when a name of theirs is first used.
_JOURNAL = "keyfold.core.rotation.journal"
_POLICY = "keyfold.core.rotation.policy"
_LAZY = {
    **dict.fromkeys(
        (
            "OwnerLocks",
            "RegistrationAction",
            "RegistrationStep",
            "RotationRecord",
            "RotationState",
            "RotationStep",
            "StepOutcome",
        ),
        _JOURNAL,
    ),
    **dict.fromkeys(
        (
            "RotationPolicy",
            "RotationStatus",
            "evaluate",
            "load_policies",
            "load_policy",
            "retention_days",
            "save_policy",
        ),
        _POLICY,
    ),
}

__getattr__ = lazy_exports(__name__, _LAZY)
