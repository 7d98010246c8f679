"""The backup and restore wizards; their flow logic is Qt-free and tested alone."""
