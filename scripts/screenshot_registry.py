"""The registration screens for scripts/screenshots.py, against a real keyfold-server."""

import select
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from keyfold.controller import Controller
from keyfold.gui.main_window import MainWindow

Grab = Callable[[QWidget, str], None]


@contextmanager
def keyfold_server(folder: Path) -> Iterator[str]:
    """keyfold-server on a free loopback port; yields its URL."""
    script = Path(sys.executable).with_name("keyfold-server")
    command = [str(script), "--host", "127.0.0.1", "--port", "0", "--db", str(folder / "r.db")]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    try:
        url = ""
        while not url and select.select([process.stdout], [], [], 30)[0]:
            line = process.stdout.readline()
            if not line:
                break
            if line.startswith("keyfold-server listening on "):
                url = line.rsplit(" ", 1)[1].strip()
        if not url:
            raise RuntimeError("keyfold-server did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)
        process.stdout.close()


def registry_screens(
    window: MainWindow, shown: list[QDialog], controller: Controller, home: Path, grab: Grab
) -> None:
    """Register keys, check a file on the server, and show the dialogs on the way."""
    commands = window.registry
    with keyfold_server(home) as url:
        controller.registry.servers_store.save(url)
        controller.registry.servers_store.save("https://node.example.org", pinned_sha256="ab" * 32)
        # The server asks for proof of possession: registering needs the key unlocked.
        for key_id in ("release-signing", "alice-laptop", "node-registration"):
            controller.keys.unlock(key_id, "correct horse battery staple")
        commands.register("release-signing")
        dialog = shown[-1]
        dialog.client_id_edit.setText("release-2025")  # type: ignore[attr-defined]
        grab(dialog, "20-register-key")
        dialog.ok_button.click()  # type: ignore[attr-defined]
        controller.registry.register("alice-laptop", url, "alice-laptop")
        controller.registry.register("node-registration", url, "datafold-node")
        controller.registry.revoke("alice-laptop", url)
        controller.keys.lock_all()
        window.refresh()
        window.tabs.setCurrentWidget(window.registrations_page)
        window.registrations_page.select(url, "release-2025")
        grab(window, "21-registrations")

        document = home / "release-notes.txt"
        document.write_text("Release 1.0\n", encoding="utf-8")
        controller.keys.unlock("release-signing", "correct horse battery staple")
        controller.signing.sign_files("release-signing", [document])
        document.write_text("Release 1.0, altered\n", encoding="utf-8")
        verify = commands.verify_file(document)
        verify.ok_button.click()
        grab(verify, "22-verify-on-server-failed")
        document.write_text("Release 1.0\n", encoding="utf-8")
        verify.ok_button.click()
        grab(verify, "23-verify-on-server")
        verify.reject()

        listing = commands.servers()
        listing.test_button.click()
        grab(listing, "24-servers")
        editor = commands.edit_server(controller.registry.servers_store.servers()[0], listing)
        editor.token_edit.setText("an access token")
        editor.test_button.click()
        grab(editor, "25-server-settings")
        editor.reject()
        listing.reject()
