"""`read_passphrase`: a passphrase file, else the environment, else a prompt on a terminal."""

import getpass
import io
from pathlib import Path

import pytest

from keyfold.cli.context import read_passphrase
from keyfold.core.errors import InvalidInputError, PassphraseRequiredError

ENV = "KEYFOLD_TEST_PASSPHRASE"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _typed(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """Standard input is a terminal on which `answers` are typed; returns the prompts."""
    prompts: list[str] = []

    def ask(prompt: str = "") -> str:
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", ask)
    return prompts


def test_the_file_comes_first_without_its_last_newline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, "from env")
    source = tmp_path / "pass.txt"
    source.write_text("from file\n")
    assert read_passphrase(str(source), ENV, "P: ", confirm=True, needed="-") == "from file"


def test_then_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "from env")
    assert read_passphrase(None, ENV, "P: ", confirm=True, needed="-") == "from env"


def test_without_a_terminal_it_says_how_to_give_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO())
    with pytest.raises(PassphraseRequiredError, match=r"^set it$"):
        read_passphrase(None, ENV, "P: ", confirm=False, needed="set it")


def test_on_a_terminal_it_asks_twice_to_confirm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    prompts = _typed(monkeypatch, ["typed", "typed"])
    assert read_passphrase(None, ENV, "P: ", confirm=True, needed="-") == "typed"
    assert prompts == ["P: ", "Repeat it: "]
    _typed(monkeypatch, ["typed", "other"])
    with pytest.raises(InvalidInputError, match="differ"):
        read_passphrase(None, ENV, "P: ", confirm=True, needed="-")
    prompts = _typed(monkeypatch, ["once"])
    assert read_passphrase(None, ENV, "P: ", confirm=False, needed="-") == "once"
    assert prompts == ["P: "]
