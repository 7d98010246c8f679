"""The data and log folders agree with platformdirs under every XDG setting."""

import sys

import platformdirs
import pytest

from keyfold.core import user_dirs

# Unset, empty, relative (ignored by the XDG rules) and absolute.
XDG_VALUES = (None, "", "relative/dir", "/xdg/place")


@pytest.fixture(params=["/home/someone", "/home/someone/", "/"])
def home(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HOME", request.param)
    return str(request.param)


def _set(monkeypatch: pytest.MonkeyPatch, name: str, value: str | None) -> None:
    if value is None:
        monkeypatch.delenv(name, raising=False)
    else:
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize("value", XDG_VALUES)
def test_data_dir_is_platformdirs(home: str, value: str | None, monkeypatch: pytest.MonkeyPatch):
    _set(monkeypatch, "XDG_DATA_HOME", value)
    assert user_dirs.user_data_dir("keyfold") == platformdirs.user_data_dir("keyfold")


@pytest.mark.parametrize("value", XDG_VALUES)
def test_log_dir_is_platformdirs(home: str, value: str | None, monkeypatch: pytest.MonkeyPatch):
    _set(monkeypatch, "XDG_STATE_HOME", value)
    expected = platformdirs.user_log_dir("keyfold", appauthor=False)
    assert user_dirs.user_log_dir("keyfold") == expected


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux paths are the ones worked out here")
def test_linux_paths_are_the_xdg_defaults(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HOME", "/home/someone")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", "/state")
    assert user_dirs.user_data_dir("keyfold") == "/home/someone/.local/share/keyfold"
    assert user_dirs.user_log_dir("keyfold") == "/state/keyfold/log"


def test_unusual_home_asks_platformdirs(monkeypatch: pytest.MonkeyPatch):
    # A relative HOME: platformdirs looks the home folder up itself.
    monkeypatch.setenv("HOME", "relative")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert user_dirs.user_data_dir("keyfold") == platformdirs.user_data_dir("keyfold")
