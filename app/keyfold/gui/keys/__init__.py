"""The keys feature: the key list and details, and the commands and dialogs on keys."""
