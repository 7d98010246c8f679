"""Tests of packaging/: desktop entry, metainfo, MIME types, icons, wheel and bundle."""
