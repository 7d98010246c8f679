"""The PySide6 desktop application: models, views, dialogs, wizards, workers."""
