"""Errors of key rotation, each one sentence naming the key."""

from keyfold.core.errors import KeyfoldError


class RotationInProgressError(KeyfoldError):
    """Another process is rotating the same key right now."""


class RotationConflictError(KeyfoldError):
    """The key changed (was rotated) since the caller looked at it."""
