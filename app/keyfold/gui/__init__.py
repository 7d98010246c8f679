"""The PySide6 desktop application: one package per feature over a shared `base`."""
