"""Qt item models and proxies over the controller's records."""
