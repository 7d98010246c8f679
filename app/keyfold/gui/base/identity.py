"""The application's one reverse-DNS id shared by the window and packaging.

packaging/ (desktop entry, metainfo, MIME file, PyInstaller spec) and the icon
file names use the same string; tests/packaging checks that they agree.
"""

APP_ID = "io.keyfold.Keyfold"
