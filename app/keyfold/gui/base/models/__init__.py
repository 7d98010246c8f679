"""Column constants, formatting and the record table model every table builds on."""
