"""Tests for keyfold.cli.backup_commands, in-process and through the real console script."""

import json
import tarfile
from pathlib import Path

import pytest

from keyfold.core.backup import seal_key
from keyfold.core.backup.formats import format_name
from keyfold.core.keys import KeyPair
from tests.cli.conftest import Result, Run
from tests.core.backup import handmade_js
from tests.core.backup.sdk_vectors import DATA as SDK_FILES
from tests.core.backup.sdk_vectors import PY_DATA, PY_VECTORS, VECTORS, PyVector, Vector
from tests.core.vault.support import CHEAP_KDF


def _one_line_error(result: Result) -> None:
    assert result.code == 2, result
    assert result.out == ""
    assert result.err.startswith("keyfold-cli: ")
    assert result.err.count("\n") == 1
    assert "Traceback" not in result.err


def test_backup_to_a_folder_and_a_bundle(cli: Run, tmp_path: Path) -> None:
    cli("generate", "a")
    cli("generate", "b")
    done = cli("backup", "a", "b", "--output", str(tmp_path / "out"))
    assert done.code == 0, done.err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "a-backup.json",
        "b-backup.json",
    ]
    doc = json.loads(cli("--json", "backup", "a", "b", "--output", str(tmp_path / "x.tar.gz")).out)
    assert len(doc) == 1 and doc[0]["bundle"] and doc[0]["key_ids"] == ["a", "b"]
    with tarfile.open(tmp_path / "x.tar.gz") as bundle:
        assert "integrity-manifest.sha256" in bundle.getnames()
    shown = json.loads(cli("--json", "show", "a").out)
    assert shown["backup_is_current"] and shown["last_backup"] is not None


def test_backup_datafold_sdk_compat(cli: Run, tmp_path: Path) -> None:
    cli("generate", "a")
    target = tmp_path / "a.json"
    assert cli("backup", "a", "--output", str(target), "--compat", "datafold-sdk").code == 0
    document = json.loads(target.read_text())
    assert (document["kdf"], document["encryption"]) == ("pbkdf2", "aes-gcm")
    checked = json.loads(cli("--json", "verify-backup", str(target)).out)
    assert checked["passphrase_checked"] and checked["keys"][0]["cipher"] == "aes-gcm"


def test_restore_options(cli: Run, tmp_path: Path) -> None:
    cli("generate", "a")
    cli("backup", "a", "--output", str(tmp_path))
    backup = str(tmp_path / "a-backup.json")
    skipped = cli("restore", backup)
    assert skipped.code == 0 and "Skipped a" in skipped.out
    renamed = json.loads(cli("--json", "restore", backup, "--on-conflict", "rename").out)
    assert renamed == [{"source_key_id": "a", "key_id": "a-2", "action": "renamed"}]
    other = cli("restore", backup, "--key-id", "copy")
    assert other.out.strip() == "Restored a as copy."
    over = cli("restore", backup, "--key-id", "copy", "--on-conflict", "overwrite")
    assert "replacing" in over.out


def test_verify_backup_without_a_passphrase_checks_the_structure(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "k.json").write_bytes(
        seal_key(KeyPair.generate(), "backup-pw", key_id="k", kdf=CHEAP_KDF)
    )
    monkeypatch.delenv("KEYFOLD_BACKUP_PASSPHRASE")
    result = cli("verify-backup", str(tmp_path / "k.json"))
    assert result.code == 0
    assert "passphrase was not checked" in result.out
    assert "warning:" in result.out  # the cheap KDF is reported as weak
    pw_file = tmp_path / "pw"
    pw_file.write_text("backup-pw\n")
    doc = json.loads(
        cli(
            "--json", "verify-backup", str(tmp_path / "k.json"), "--passphrase-file", str(pw_file)
        ).out
    )
    assert doc["passphrase_checked"] and doc["keys"][0]["key_id"] == "k"


def test_errors_through_the_console_script(console: Run, tmp_path: Path) -> None:
    """A malformed backup, a wrong passphrase, a missing key: exit 2 and one line."""
    malformed = tmp_path / "malformed.json"
    malformed.write_text('{"version": 1, "ciphertext": 42}')
    _one_line_error(console("verify-backup", str(malformed)))
    _one_line_error(console("restore", str(malformed)))
    not_json = tmp_path / "not.json"
    not_json.write_bytes(b"\x00\xffgarbage")
    _one_line_error(console("verify-backup", str(not_json)))

    good = tmp_path / "good.json"
    good.write_bytes(seal_key(KeyPair.generate(), "right", key_id="g", kdf=CHEAP_KDF))
    wrong_file = tmp_path / "wrong-pw"
    wrong_file.write_text("wrong\n")
    wrong = console("verify-backup", str(good), "--passphrase-file", str(wrong_file))
    _one_line_error(wrong)
    assert "passphrase" in wrong.err
    _one_line_error(console("restore", str(good), "--passphrase-file", str(wrong_file)))

    _one_line_error(console("show", "missing"))
    _one_line_error(console("backup", "missing", "--output", str(tmp_path / "o")))
    _one_line_error(console("export-public", "missing"))
    _one_line_error(console("verify-backup", str(tmp_path / "absent.json")))
    usage = console("frobnicate")
    assert usage.code == 2 and usage.err.count("\n") == 1


def test_end_to_end_generate_list_backup_delete_restore_verify(
    console: Run, tmp_path: Path
) -> None:
    """The contract's workflow through the installed script, in whatever
    keychain environment the test session has (scripts/test: a real one)."""
    made = console("--json", "generate", "e2e", "--name", "End to end")
    assert made.code == 0, made.err
    fingerprint = json.loads(made.out)["fingerprint"]
    listed = json.loads(console("--json", "list").out)
    assert [k["key_id"] for k in listed] == ["e2e"]
    backup = tmp_path / "e2e.json"
    backed = console("backup", "e2e", "--output", str(backup))
    assert backed.code == 0, backed.err
    assert console("delete", "e2e", "--yes").code == 0
    assert json.loads(console("--json", "list").out) == []
    restored = console("--json", "restore", str(backup))
    assert restored.code == 0, restored.err
    assert json.loads(restored.out)[0]["action"] == "restored"
    shown = json.loads(console("--json", "show", "e2e").out)
    assert (shown["fingerprint"], shown["name"]) == (fingerprint, "End to end")
    verified = console("verify-backup", str(backup))
    assert verified.code == 0, verified.err
    assert "opens every key" in verified.out


def test_the_console_script_without_dbus_uses_files(console: Run) -> None:
    from tests.core.vault.support import env_without_dbus

    made = console("--json", "generate", "nobus", env=env_without_dbus())
    assert made.code == 0, made.err
    assert json.loads(made.out)["storage"] == "file"


# --- DataFold's JavaScript SDK --------------------------------------------------------


def test_backup_datafold_js_compat_is_what_the_sdk_imports(cli: Run, tmp_path: Path) -> None:
    cli("generate", "ci-key", "--name", "CI Key", "--tag", "ci")
    target = tmp_path / "ci-key.json"
    done = cli("backup", "ci-key", "--output", str(target), "--compat", "datafold-js")
    assert done.code == 0, done.err
    key_id, _, public, metadata = handmade_js.sdk_import_key(target.read_text(), "backup-pw")
    shown = json.loads(cli("--json", "show", "ci-key").out)
    assert (key_id, public.hex()) == ("ci-key", shown["public_key"])
    assert (metadata["name"], metadata["tags"]) == ("CI Key", ["ci"])
    checked = cli("verify-backup", str(target))
    assert checked.code == 0, checked.err
    assert "format: DataFold JavaScript SDK key backup (exportKey, JSON)" in checked.out
    assert "key ci-key, fingerprint " + shown["fingerprint"] in checked.out


def test_backup_datafold_js_refuses_a_passphrase_the_sdk_refuses(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("generate", "a")
    monkeypatch.setenv("KEYFOLD_BACKUP_PASSPHRASE", "short")
    done = cli("backup", "a", "--output", str(tmp_path / "a.json"), "--compat", "datafold-js")
    _one_line_error(done)
    assert "shorter than 8 characters" in done.err
    assert not (tmp_path / "a.json").exists()


@pytest.mark.parametrize("vector", VECTORS, ids=[v.file for v in VECTORS])
def test_restore_every_sdk_written_variant(
    cli: Run, monkeypatch: pytest.MonkeyPatch, vector: Vector
) -> None:
    path = str(SDK_FILES / vector.file)
    monkeypatch.setenv("KEYFOLD_BACKUP_PASSPHRASE", vector.passphrase)
    checked = cli("--json", "verify-backup", path)
    assert checked.code == 0, checked.err
    (key,) = json.loads(checked.out)["keys"]
    assert (key["layout"], key["key_id"]) == (vector.opened_layout.value, vector.key_id)
    assert key["format"] == format_name(vector.opened_layout)
    (outcome,) = json.loads(cli("--json", "restore", path).out)
    assert outcome["source_key_id"] == vector.key_id
    shown = json.loads(cli("--json", "show", outcome["key_id"]).out)
    assert shown["public_key"] == vector.public_key
    assert (shown["name"], shown["description"]) == (vector.name, vector.description)
    assert shown["created"].startswith(vector.created[:19])


@pytest.mark.parametrize("vector", PY_VECTORS[:2], ids=[v.file for v in PY_VECTORS[:2]])
def test_restore_the_python_sdks_backups(
    cli: Run, monkeypatch: pytest.MonkeyPatch, vector: PyVector
) -> None:
    path = str(PY_DATA / vector.file)
    monkeypatch.delenv("KEYFOLD_BACKUP_PASSPHRASE")
    inspected = json.loads(cli("--json", "verify-backup", path).out)  # no passphrase yet
    (key,) = inspected["keys"]
    assert key["kdf"] == {
        "kind": "scrypt", "memory_kib": 32768, "iterations": 0, "parallelism": 1,
        "n": 32768, "r": 8,
    }  # fmt: skip
    assert (key["layout"], key["cipher"]) == ("seed", "chacha20-poly1305")
    monkeypatch.setenv("KEYFOLD_BACKUP_PASSPHRASE", vector.passphrase)
    assert cli("verify-backup", path).code == 0
    (outcome,) = json.loads(cli("--json", "restore", path).out)
    shown = json.loads(cli("--json", "show", outcome["key_id"]).out)
    assert (outcome["key_id"], shown["public_key"]) == (vector.key_id, vector.public_key)
    assert shown["created"] == vector.created.isoformat()


def test_a_hostile_scrypt_backup_is_one_line(cli: Run, tmp_path: Path) -> None:
    doc = json.loads((PY_DATA / "export-default.json").read_text())
    doc["kdf_params"]["r"] = 4096
    (tmp_path / "bomb.json").write_text(json.dumps(doc))
    result = cli("verify-backup", str(tmp_path / "bomb.json"))
    _one_line_error(result)
    assert "kdf_params.r is 4096, above the limit of 32." in result.err


def test_import_takes_an_sdk_binary_backup(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    (vector,) = [v for v in VECTORS if v.file == "export-binary.dfkb"]
    monkeypatch.setenv("KEYFOLD_BACKUP_PASSPHRASE", vector.passphrase)
    done = cli("import", str(SDK_FILES / vector.file))
    assert done.code == 0, done.err
    shown = json.loads(cli("--json", "show", vector.key_id).out)
    assert (shown["public_key"], shown["name"]) == (vector.public_key, vector.name)
