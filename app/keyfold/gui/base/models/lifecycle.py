"""`KeyLifecycle`: a key's usage per version and its rotation schedule, for the details pane."""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from keyfold.core.rotation import RotationPolicy, RotationStatus

if TYPE_CHECKING:
    # For the annotation only: the details pane imports this module before the
    # window first shows, and the audit service loads the audit trail's modules.
    from keyfold.controller.audit import KeyUsage


@dataclass(frozen=True)
class KeyLifecycle:
    """What the pane shows beyond the record: usage per version and the schedule."""

    key_id: str
    usage: "KeyUsage"
    policy: RotationPolicy
    status: RotationStatus
