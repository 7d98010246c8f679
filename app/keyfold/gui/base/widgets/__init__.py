"""Reusable widgets: passphrase entry, copyable fields, QR codes, drop areas."""
