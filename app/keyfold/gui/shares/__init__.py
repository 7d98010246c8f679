"""Shares and paper: the SLIP-39 split and combine wizards, the paper backup wizard,
and the hooks that offer them from the backup and restore wizards."""
