import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from keyfold import logs


@pytest.fixture(autouse=True)
def _restore_handlers():
    root = logging.getLogger("keyfold")
    before = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in before[0]:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(before[1])


def test_log_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    assert logs.log_dir() == tmp_path / "logs"
    assert logs.log_file("keyfold-cli") == tmp_path / "logs" / "keyfold-cli.log"


def test_configure_writes_records_to_a_private_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    path = logs.configure("keyfold-test")
    assert path == tmp_path / "logs" / "keyfold-test.log"
    logging.getLogger("keyfold.some.module").info("rotated %s", "release-key")
    assert "keyfold.some.module: rotated release-key" in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_configure_twice_keeps_one_handler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path))
    logs.configure("keyfold-test")
    logs.configure("keyfold-test")
    logging.getLogger("keyfold.x").warning("once")
    assert (tmp_path / "keyfold-test.log").read_text().count("once") == 1


def test_an_existing_folder_keeps_its_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(shared))
    assert logs.configure("keyfold-test") is not None
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755


def test_an_unwritable_folder_disables_the_file_but_not_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(blocker / "logs"))
    assert logs.configure("keyfold-test") is None


def test_a_full_log_rolls_over_to_three_older_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path))
    monkeypatch.setattr(logs, "MAX_BYTES", 400)
    path = logs.configure("keyfold-test")
    assert path is not None
    logger = logging.getLogger("keyfold.x")
    for number in range(40):
        logger.warning("record %02d %s", number, "x" * 60)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"keyfold-test.log{suffix}" for suffix in ("", ".1", ".2", ".3")]
    for each in tmp_path.iterdir():
        assert each.stat().st_size < 400
        assert stat.S_IMODE(each.stat().st_mode) == 0o600
    # The newest records are in the file itself, the ones before them in .1.
    assert "record 39" in path.read_text()
    assert "record 39" not in (tmp_path / "keyfold-test.log.1").read_text()
    assert "record 00" not in "".join(p.read_text() for p in tmp_path.iterdir())


def test_setting_up_the_log_loads_no_rotation_module(tmp_path: Path) -> None:
    # logging.handlers (sockets, pickle, queues) is imported only to roll a full log over.
    code = (
        "import logging, sys\n"
        "from keyfold import logs\n"
        "logs.configure('keyfold-test')\n"
        "logging.getLogger('keyfold.x').warning('one record')\n"
        "print('logging.handlers' in sys.modules)\n"
    )
    env = {**os.environ, logs.LOG_DIR_ENV: str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == "False"
    assert "one record" in (tmp_path / "keyfold-test.log").read_text()
