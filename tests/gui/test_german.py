"""The German translation: complete, keeps every placeholder, and shows in the window."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from keyfold.core.backup import KdfParams
from keyfold.gui.backups.restore_flow import describe_kdf
from keyfold.gui.main_window import MainWindow

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "keyfold_de.ts"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
# What must survive translation: format fields, Qt's %n/%1 and HTML tags.
PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%n|%\d+|</?[a-zA-Z][^>]*>")


def _messages() -> Iterator[ET.Element]:
    return ET.parse(TS).getroot().iter("message")  # noqa: S314 -- our own file


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def test_every_message_is_translated() -> None:
    unfinished = [
        message.findtext("source")
        for message in _messages()
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(form.strip() for form in _forms(message))
    ]
    assert unfinished == []


def test_translations_keep_the_placeholders() -> None:
    wrong: list[tuple[str, object]] = []
    for message in _messages():
        source = message.findtext("source") or ""
        forms = _forms(message)
        if message.get("numerus") == "yes" and len(forms) != 2:
            wrong.append((source, forms))
        for form in forms:
            if sorted(PLACEHOLDERS.findall(source)) != sorted(PLACEHOLDERS.findall(form)):
                wrong.append((source, form))
    assert wrong == []


@pytest.fixture
def german(qapp: QCoreApplication, tmp_path: Path) -> Iterator[QTranslator]:
    qm = tmp_path / "keyfold_de.qm"
    done = subprocess.run(
        [str(LRELEASE), "-silent", str(TS), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def german_window(german: QTranslator, window: MainWindow) -> MainWindow:
    """The window, built after the German translator is installed."""
    return window


def test_window_speaks_german(german_window: MainWindow) -> None:
    file_menu = german_window.menuBar().findChild(QMenu, "fileMenu")
    assert file_menu is not None
    assert file_menu.title() == "&Datei"
    assert german_window.action_set["new_key"].text() == "&Neuer Schlüssel…"
    assert german_window.action_set["lock_all"].text() == "&Alle sperren"
    empty = german_window.findChild(QWidget, "emptyState")
    assert empty is not None
    texts = [label.text() for label in empty.findChildren(QLabel)]
    assert "Sie haben noch keine Schlüssel" in texts


def test_passes_in_german(german: QTranslator) -> None:
    assert describe_kdf(KdfParams.argon2id(65536, 1)) == "Argon2id, 64 MiB Speicher, 1 Durchgang"
    assert describe_kdf(KdfParams.argon2id(65536, 3)) == "Argon2id, 64 MiB Speicher, 3 Durchgänge"
