"""Keyfold: a desktop key manager for Ed25519 signing keys."""

__version__ = "0.1.0"
