"""Tests for keyfold-cli split, combine and paper-backup, and restoring paper backups."""

import json
from pathlib import Path

import pytest
import shamir_mnemonic

from keyfold.controller import Controller
from keyfold.core.keys import KeyPair
from keyfold.core.shares import split_seed
from keyfold.core.vault import Vault
from tests.cli.conftest import Result, Run
from tests.core.paper.support import pdftoppm, phone_photo
from tests.core.vault.support import CHEAP_KDF


@pytest.fixture(autouse=True)
def _share_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEYFOLD_SHARE_PASSPHRASE", "share pw")


def one_line_error(result: Result, text: str) -> None:
    assert result.code == 2, result
    assert result.err.count("\n") == 1, result.err
    assert text in result.err
    assert "Traceback" not in result.err


def seed_of(vault: Path, key_id: str, passphrase: str) -> bytes:
    return Vault(vault, keychain=None).unseal(key_id, passphrase).seed


def test_split_writes_share_files_the_library_reads(
    cli: Run, tmp_path: Path, vault_dir: Path
) -> None:
    assert cli("generate", "demo", "--name", "Demo").code == 0
    done = cli(
        "split", "demo", "--threshold", "3", "--shares", "5", "--output", str(tmp_path / "s")
    )
    assert done.code == 0, done.err
    assert "any 3 recover it" in done.out
    files = sorted((tmp_path / "s").iterdir())
    assert [f.name for f in files] == [f"demo-share-{i}-of-5.txt" for i in range(1, 6)]
    text = files[0].read_text()
    assert "# share 1 of 5, any 3 recover it" in text
    assert "# fingerprint: " in text
    words = [f.read_text().splitlines()[-1] for f in files]
    seed = shamir_mnemonic.combine_mnemonics(words[:3], b"share pw")
    assert seed == seed_of(vault_dir, "demo", "key-pw")
    assert "Last backup:" in cli("show", "demo").out
    assert "(current)" in cli("show", "demo").out


def test_split_json_prints_the_shares(cli: Run, tmp_path: Path) -> None:
    cli("generate", "demo")
    done = cli(
        "--json",
        "split",
        "demo",
        "--threshold",
        "2",
        "--shares",
        "3",
        "--output",
        str(tmp_path / "s"),
    )
    document = json.loads(done.out)
    assert document["threshold"] == 2 and document["count"] == 3
    assert len(document["shares"]) == 3 and len(document["files"]) == 3


@pytest.mark.parametrize(
    ("threshold", "shares", "text"),
    [("4", "3", "threshold must be from 1"), ("0", "3", "threshold"), ("2", "17", "1 to 16")],
)
def test_split_refuses_impossible_counts(
    cli: Run, tmp_path: Path, threshold: str, shares: str, text: str
) -> None:
    cli("generate", "demo")
    result = cli(
        "split", "demo", "--threshold", threshold, "--shares", shares, "--output", str(tmp_path)
    )
    one_line_error(result, text)
    assert list(tmp_path.glob("*.txt")) == []


def test_split_passphrase_rules(cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("generate", "demo")
    args = ("split", "demo", "--threshold", "2", "--shares", "2", "--output", str(tmp_path / "s"))
    monkeypatch.setenv("KEYFOLD_SHARE_PASSPHRASE", "Grüße")
    one_line_error(cli(*args), "printable ASCII")
    monkeypatch.setenv("KEYFOLD_SHARE_PASSPHRASE", "")
    one_line_error(cli(*args), "--no-passphrase")
    monkeypatch.delenv("KEYFOLD_SHARE_PASSPHRASE")
    one_line_error(cli(*args), "KEYFOLD_SHARE_PASSPHRASE")  # no terminal to prompt on
    done = cli(*args, "--no-passphrase")
    assert done.code == 0
    assert "warning: the shares have no passphrase" in done.err
    secret_file = tmp_path / "secret"
    secret_file.write_text("from a file\n")
    assert cli(*args, "--passphrase-file", str(secret_file)).code == 0


def test_combine_recovers_on_a_fresh_vault(console: Run, tmp_path: Path) -> None:
    vault = tmp_path / "origin"
    origin = Controller(Vault(vault, kdf=CHEAP_KDF, keychain=None))
    record = origin.keys.generate("demo", passphrase="pw", name="Demo")
    split = origin.shares.split("demo", 3, 5, "share pw")
    paths = origin.shares.write_files(split, tmp_path / "s")
    env = {"PATH": "/usr/bin:/bin", "KEYFOLD_SHARE_PASSPHRASE": "share pw"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    few = console("combine", str(paths[0]), str(paths[3]), "--key-id", "back", env=env)
    one_line_error(few, "needs 3 shares, got 2")
    done = console("combine", *map(str, paths[1:4]), "--key-id", "back", "--name", "Back", env=env)
    assert done.code == 0, done.err
    assert record.fingerprint in done.out and "matches the share files" in done.out
    assert "back" in console("list", env=env).out


def test_combine_names_the_file_line_and_word(cli: Run, tmp_path: Path) -> None:
    shares = split_seed(bytes(range(32)), 2, 3, "share pw")
    words = shares.mnemonics[1].split()
    words[6] = "qqqq"
    (tmp_path / "a.txt").write_text("# mine\n" + shares.mnemonics[0] + "\n")
    (tmp_path / "b.txt").write_text("\n" + " ".join(words) + "\n")
    result = cli("combine", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--key-id", "x")
    one_line_error(result, "The share in b.txt line 2: word 7 'qqqq' is not a SLIP-39 word")
    assert cli("list").out.strip() == "The vault has no keys yet."


def test_combine_reads_shares_made_by_the_library(
    cli: Run, tmp_path: Path, vault_dir: Path
) -> None:
    seed = bytes(range(100, 132))
    groups = shamir_mnemonic.generate_mnemonics(1, [(2, 4)], seed, b"share pw")
    (tmp_path / "all.txt").write_text("\n".join(groups[0][1:3]) + "\n")
    done = cli("combine", str(tmp_path / "all.txt"), "--key-id", "lib")
    assert done.code == 0, done.err
    assert seed_of(vault_dir, "lib", "key-pw") == seed
    assert KeyPair.from_seed(seed).public.fingerprint in done.out


def test_combine_refuses_hostile_files(cli: Run, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("academic " * 20000)
    one_line_error(cli("combine", str(big), "--key-id", "x"), "a share file is a few hundred")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00")
    one_line_error(cli("combine", str(binary), "--key-id", "x"), "not a text file")
    one_line_error(cli("combine", str(tmp_path / "none"), "--key-id", "x"), "does not exist")
    long_line = tmp_path / "long.txt"
    long_line.write_text("academic " * 200)
    one_line_error(cli("combine", str(long_line), "--key-id", "x"), "more than 1024 characters")


def test_paper_backup_then_restore_from_a_photo(cli: Run, tmp_path: Path) -> None:
    cli("generate", "demo", "--name", "Demo")
    fingerprint = json.loads(cli("--json", "show", "demo").out)["fingerprint"]
    pdf = tmp_path / "demo.pdf"
    done = cli("paper-backup", "demo", "--output", str(pdf), "--page-size", "letter")
    assert done.code == 0, done.err
    assert "1 QR code" in done.out and pdf.is_file()
    scan = pdftoppm(pdf, tmp_path)[0]
    photo = phone_photo(scan, tmp_path / "photo.jpg")
    verified = json.loads(cli("--json", "verify-backup", str(photo)).out)
    assert verified["passphrase_checked"] is True
    assert verified["keys"][0]["fingerprint"] == fingerprint
    assert cli("verify-backup", str(pdf)).code == 0
    cli("delete", "demo", "--yes")
    restored = cli("restore", str(scan))
    assert restored.code == 0, restored.err
    assert json.loads(cli("--json", "show", "demo").out)["fingerprint"] == fingerprint


def test_restore_refuses_an_unreadable_image(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "cat.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    one_line_error(cli("restore", str(path)), "cat.png is not a PNG, JPEG or PDF")
    one_line_error(cli("verify-backup", str(path)), "cat.png is not a PNG, JPEG or PDF")
