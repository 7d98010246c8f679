"""Typed access to the vault's feature tables: one module per table, rows in, frozen records out.

The tables themselves are defined in keyfold.core.vault.schema; every function
here runs inside the caller's transaction (Vault.database / Vault.reading).
"""
