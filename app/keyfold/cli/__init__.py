"""keyfold-cli: the scriptable face of Keyfold."""
