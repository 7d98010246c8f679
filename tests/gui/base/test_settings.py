"""GUI settings: the unlock timeout, clamped, persisted in the INI file."""

from pathlib import Path

from keyfold.gui.base.settings import MAX_UNLOCK_MINUTES, GuiSettings


def test_unlock_minutes_default_clamp_and_persist(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "gui.ini"
    settings = GuiSettings(path)
    assert settings.unlock_minutes == 5
    settings.unlock_minutes = 10_000
    assert settings.unlock_minutes == MAX_UNLOCK_MINUTES
    settings.unlock_minutes = 12
    assert GuiSettings(path).unlock_minutes == 12
