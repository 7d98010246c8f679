"""The `keyfold` entry point: arguments, identity, translations, and the smoke test."""

import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication

from keyfold.gui.app import (
    APP_ID,
    SMOKE_TEST_LINE,
    configure_application,
    install_translations,
    parse_args,
)
from keyfold.gui.single_instance import InstanceServer, server_name

GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
</context>
</TS>
"""


def test_arguments() -> None:
    args = parse_args(["--vault", "/tmp/v", "k-backup.json"])
    assert args.vault == Path("/tmp/v") and args.files == ["k-backup.json"]
    assert parse_args([]).vault is None
    assert parse_args(["--smoke-test"]).smoke_test


def test_application_identity(qapp: QCoreApplication) -> None:
    configure_application(qapp)
    assert APP_ID == "io.keyfold.Keyfold"
    assert QGuiApplication.desktopFileName() == APP_ID
    assert QCoreApplication.applicationName() == "Keyfold"
    assert not QGuiApplication.windowIcon().isNull()


def test_translation_for_the_locale_is_loaded(qapp: QCoreApplication, tmp_path: Path) -> None:
    lrelease = Path(PySide6.__file__).parent / "lrelease"  # ships with PySide6-Essentials
    source = tmp_path / "keyfold_de.ts"
    source.write_text(GERMAN_TS, encoding="utf-8")
    subprocess.run([str(lrelease), str(source), "-qm", str(tmp_path / "keyfold_de.qm")], check=True)
    installed = install_translations(qapp, QLocale("de_DE"), tmp_path)
    try:
        assert QCoreApplication.translate("MainWindow", "Keys") == "Schlüssel"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Keys") == "Keys"


def test_no_translation_for_other_locales(qapp: QCoreApplication, tmp_path: Path) -> None:
    installed = install_translations(qapp, QLocale("fr_FR"), tmp_path)
    assert [t.language() for t in installed if t.filePath().startswith(str(tmp_path))] == []
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def _keyfold(*args: str, env_home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(env_home))
    code = "import sys; from keyfold.gui.app import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_smoke_test_shows_the_main_window(tmp_path: Path) -> None:
    result = _keyfold("--vault", str(tmp_path / "vault"), "--smoke-test", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(SMOKE_TEST_LINE)
    assert "single-instance socket listening" in result.stdout


@pytest.mark.slow
def test_start_is_logged_and_hard_crashes_have_a_file(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), KEYFOLD_LOG_DIR=str(logs)
    )
    code = "import sys; from keyfold.gui.app import main; sys.exit(main())"
    result = subprocess.run(
        [sys.executable, "-c", code, "--vault", str(tmp_path / "vault"), "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    text = (logs / "keyfold.log").read_text()
    assert "Keyfold " in text and "starting" in text and "Opened the vault" in text
    assert (logs / "keyfold-faults.log").is_file()  # where faulthandler writes


@pytest.mark.slow
def test_second_launch_exits_after_handing_over(qtbot: object, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    running = InstanceServer(server_name(APP_ID, vault))
    assert running.listen()
    received: list[list[Path]] = []
    running.files_received.connect(received.append)
    document = tmp_path / "notes.txt"
    document.write_text("hello")
    # A real second `keyfold` process; this test's event loop runs the first
    # instance's server while waiting for the files to arrive.
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; from keyfold.gui.app import main; sys.exit(main())",
         "--vault", str(vault), "notes.txt"],
        cwd=tmp_path,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    qtbot.waitUntil(lambda: bool(received), timeout=60_000)  # type: ignore[attr-defined]
    _out, err = process.communicate(timeout=60)
    running.close()
    assert process.returncode == 0, err
    assert received == [[document]]
