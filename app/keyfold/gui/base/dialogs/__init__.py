"""Dialog bases (task, progress, passphrase prompt), the dialog runner and unlocking."""
