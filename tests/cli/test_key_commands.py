"""Tests for keyfold.cli.key_commands."""

import base64
import json
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from keyfold.core.backup import seal_key
from keyfold.core.keys import KeyPair, PublicKey
from tests.cli.conftest import Run
from tests.core.vault.support import CHEAP_KDF, require_secret_service


def test_generate_list_show(cli: Run) -> None:
    made = cli("generate", "deploy", "--name", "Deploy", "--description", "CI", "--tag", "ci")
    assert made.code == 0, made.err
    assert "Generated key deploy (file)" in made.out
    listed = cli("list")
    assert listed.out.splitlines()[0].split() == [
        "KEY",
        "ID",
        "STORAGE",
        "PASS",
        "FINGERPRINT",
        "NAME",
    ]
    assert listed.out.splitlines()[1].split()[:3] == ["deploy", "file", "yes"]
    doc = json.loads(cli("--json", "show", "deploy").out)
    assert (doc["key_id"], doc["name"], doc["description"], doc["tags"]) == (
        "deploy",
        "Deploy",
        "CI",
        ["ci"],
    )
    assert doc["fingerprint"] == PublicKey.from_hex(doc["public_key"]).fingerprint
    assert doc["versions"][0]["status"] == "current"
    text = cli("show", "deploy").out
    assert doc["fingerprint"] in text and "Last backup:     never" in text


def test_generate_made_up_id_and_json(cli: Run) -> None:
    doc = json.loads(cli("generate", "--name", "Release Key", "--json").out)
    assert doc["key_id"] == "release-key"
    assert json.loads(cli("list", "--json").out)[0]["key_id"] == "release-key"


def test_empty_list(cli: Run) -> None:
    assert cli("list").out.strip() == "The vault has no keys yet."
    assert json.loads(cli("--json", "list").out) == []


def test_generate_errors(cli: Run) -> None:
    bad = cli("generate", "Bad Id")
    assert bad.code == 2
    assert bad.err.count("\n") == 1 and "key id" in bad.err
    no_pass = cli("generate", "k", "--no-passphrase", "--storage", "file")
    assert no_pass.code == 2 and "passphrase" in no_pass.err
    no_keychain = cli("generate", "k", "--storage", "keychain")
    assert no_keychain.code == 2 and "keychain" in no_keychain.err
    cli("generate", "k")
    again = cli("generate", "k")
    assert again.code == 2 and "already" in again.err


def test_delete_needs_yes_without_a_terminal(cli: Run) -> None:
    cli("generate", "k")
    refused = cli("delete", "k")
    assert refused.code == 2
    assert refused.err.strip().endswith("needs --yes when there is no terminal to confirm on.")
    assert cli("delete", "k", "--yes").code == 0
    assert cli("list", "--json").out.strip() == "[]"
    missing = cli("delete", "k", "--yes")
    assert missing.code == 2 and "No key with id k" in missing.err


@pytest.mark.parametrize("fmt", ["hex", "base64", "pem", "openssh", "minisign"])
def test_export_public(cli: Run, tmp_path: Path, fmt: str) -> None:
    cli("generate", "k")
    public = PublicKey.from_hex(json.loads(cli("--json", "show", "k").out)["public_key"])
    printed = cli("export-public", "k", "--format", fmt)
    assert printed.code == 0
    target = tmp_path / f"k.{fmt}"
    saved = cli("export-public", "k", "--format", fmt, "--output", str(target))
    assert saved.code == 0 and str(target) in saved.out
    assert target.read_text() == printed.out
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    if fmt == "hex":
        assert printed.out.strip() == public.hex
    # Audited as the GUI's export is: the file export names its file.
    exports = [e for e in json.loads(cli("--json", "audit").out) if e["kind"] == "export"]
    assert [e["details"].get("file") for e in exports] == [None, str(target)]


def test_import_backup_and_pem(cli: Run, tmp_path: Path) -> None:
    pair = KeyPair.generate()
    backup = tmp_path / "b.json"
    backup.write_bytes(seal_key(pair, "backup-pw", key_id="restored", kdf=CHEAP_KDF))
    done = cli("import", str(backup))
    assert done.code == 0, done.err
    assert "Imported key restored" in done.out
    pem = tmp_path / "k.pem"
    other = KeyPair.generate()
    pem.write_bytes(
        other.private_key().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    doc = json.loads(cli("--json", "import", str(pem), "--key-id", "pem-key", "--name", "P").out)
    assert (doc["key_id"], doc["fingerprint"]) == ("pem-key", other.public.fingerprint)


def test_import_errors(cli: Run, tmp_path: Path) -> None:
    missing = cli("import", str(tmp_path / "nope.pem"))
    assert missing.code == 2 and "does not exist" in missing.err
    garbage = tmp_path / "garbage.txt"
    garbage.write_text("not a key at all")
    bad = cli("import", str(garbage))
    assert bad.code == 2 and bad.err.count("\n") == 1


def test_import_of_a_bare_32_byte_value_needs_seed_and_never_takes_a_public_key(
    cli: Run, tmp_path: Path
) -> None:
    seed_file = tmp_path / "seed.txt"
    pair = KeyPair.generate()
    seed_file.write_text(pair.seed.hex())
    refused = cli("import", str(seed_file))
    assert refused.code == 2 and "--seed" in refused.err and refused.err.count("\n") == 1
    done = cli("--json", "import", str(seed_file), "--seed", "--key-id", "seeded")
    assert done.code == 0, done.err
    assert json.loads(done.out)["fingerprint"] == pair.public.fingerprint
    # Its own public key, in hex or base64, is refused even with --seed.
    own = tmp_path / "own.txt"
    own.write_text(base64.b64encode(pair.public.raw).decode())
    again = cli("import", str(own), "--seed")
    assert again.code == 2 and "public key of seeded" in again.err
    stranger = tmp_path / "stranger.pub"
    stranger.write_text(KeyPair.generate().public.hex)
    pub = cli("import", str(stranger), "--seed")
    assert pub.code == 2 and "public key file (.pub)" in pub.err
    assert [k["key_id"] for k in json.loads(cli("--json", "list").out)] == ["seeded"]


@pytest.mark.keychain
def test_generate_without_passphrase_in_the_keychain(console: Run) -> None:
    require_secret_service()
    made = console("--json", "generate", "bare", "--no-passphrase", "--storage", "keychain")
    assert made.code == 0, made.err
    doc = json.loads(made.out)
    assert (doc["storage"], doc["protected"]) == ("keychain", False)
    exported = console("export-public", "bare")
    assert exported.out.strip() == doc["public_key"]
    assert console("delete", "bare", "--yes").code == 0
