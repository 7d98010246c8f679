"""Dialogs for key management, unlocking and settings."""
