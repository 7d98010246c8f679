"""packaging/io.keyfold.Keyfold-mime.xml: compiles, and Qt then names our files by it."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import require_tool
from tests.packaging.conftest import MIME_FILE

EXPECTED = {
    "report.pdf.minisig": "application/x-minisign-signature",
    "work-backup.json": "application/x-keyfold-backup",
    "keyfold-backup-2025-06-08.tar.gz": "application/x-keyfold-backup-bundle",
    "payroll.kfe": "application/x-keyfold-encrypted",
    "settings.json": "application/json",  # plain JSON stays plain JSON
}
QUERY = """
import json, sys
from PySide6.QtCore import QMimeDatabase
db = QMimeDatabase()
print(json.dumps({name: db.mimeTypeForFile(name).name() for name in sys.argv[1:]}))
"""


def test_desktop_names_our_files_by_the_mime_file(tmp_path: Path) -> None:
    update = require_tool("update-mime-database")
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_FILE, packages)
    subprocess.run([update, str(packages.parent)], check=True, capture_output=True)
    for name in EXPECTED:
        (tmp_path / name).write_bytes(b"")
    # A renamed backup is still a backup: the magic looks inside.
    (tmp_path / "renamed").write_text('{"kdf_params": {"memory": 8}, "ciphertext": "AA=="}')
    env = dict(os.environ, XDG_DATA_DIRS=f"{tmp_path / 'share'}:/usr/share", XDG_DATA_HOME="")
    result = subprocess.run(
        [sys.executable, "-c", QUERY, *EXPECTED, "renamed"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    names = json.loads(result.stdout)
    assert names == {**EXPECTED, "renamed": "application/x-keyfold-backup"}
