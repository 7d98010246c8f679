"""keyfold-server: the reference registration server speaking the DataFold crypto API."""
