"""`KeyLifecycle`: a key's usage per version and its rotation schedule, for the details pane."""

from dataclasses import dataclass

from keyfold.controller.audit import KeyUsage
from keyfold.core.rotation import RotationPolicy, RotationStatus


@dataclass(frozen=True)
class KeyLifecycle:
    """What the pane shows beyond the record: usage per version and the schedule."""

    key_id: str
    usage: KeyUsage
    policy: RotationPolicy
    status: RotationStatus
