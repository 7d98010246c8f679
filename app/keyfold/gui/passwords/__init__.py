"""The passwords feature: passwords derived from a key."""
