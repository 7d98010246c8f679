"""The backups feature: the backup and restore wizards (flow logic Qt-free), checks, the list."""
