"""The main window's pages: keys, backups, registrations, and their parts."""
