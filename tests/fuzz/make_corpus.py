"""Write the fuzz corpus: real files of every format Keyfold reads, and hostile ones.

Run once (`.venv/bin/python -m tests.fuzz.make_corpus`); the files are kept
in git so every run fuzzes the same seeds. Costs are cheap on purpose (the
fuzzer measures parsing, not Argon2), except in the hostile files, whose
point is a cost Keyfold must refuse before deriving anything.
"""

import base64
import io
import json
import shutil
import struct
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from keyfold.core.audit.chain import GENESIS_HASH, entry_hash
from keyfold.core.backup import CipherKind, KdfParams, seal_key, write_bundle
from keyfold.core.backup.codec import ArchivedKey
from keyfold.core.backup.kdf import derive_passphrase_key
from keyfold.core.encryption import PassphraseParams, ShardingOptions, encrypt_file
from keyfold.core.encryption.container import open_source
from keyfold.core.keys import KeyPair, PublicKeyFormat
from keyfold.core.signing import sign_file
from keyfold.core.signing.minisign import MinisignPublicKey

CORPUS = Path(__file__).parent / "corpus"
CHEAP = KdfParams(memory_kib=64, iterations=1)
CHEAP_SCRYPT = KdfParams.scrypt(1024, 1, 1)
PAIR = KeyPair.from_seed(bytes(range(32)))
WHEN = datetime(2025, 6, 8, tzinfo=UTC)


def _write(folder: str, name: str, data: bytes) -> None:
    path = CORPUS / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def backups() -> list[tuple[str, bytes]]:
    older = [
        ArchivedKey(n, "archived", WHEN + timedelta(days=n), KeyPair.from_seed(bytes([n]) * 32))
        for n in range(1, 4)
    ]
    made = [
        ("standard.json", seal_key(PAIR, "pw", key_id="k", name="Key", kdf=CHEAP, created=WHEN)),
        (
            "sdk.json",
            seal_key(
                PAIR,
                "pw",
                key_id="k",
                preset="datafold-sdk",
                kdf=KdfParams.pbkdf2(1000),
                created=WHEN,
            ),
        ),
        (
            "archive.json",
            seal_key(PAIR, "pw", key_id="k", kdf=CHEAP, version=4, archived=older, created=WHEN),
        ),
    ]
    made.append(
        (
            "python-sdk-scrypt.json",
            seal_key(
                PAIR,
                "pw",
                key_id="k",
                kdf=CHEAP_SCRYPT,
                cipher=CipherKind.CHACHA20_POLY1305,
                created=WHEN,
            ),
        )
    )
    data = Path(__file__).parents[1] / "core" / "backup" / "data"
    made.append(("legacy-versions.json", (data / "legacy-versions.json").read_bytes()))
    # What DataFold's Python SDK itself wrote (its scrypt is too dear to open here).
    made.append(
        ("python-sdk-export.json", (data / "datafold_py" / "export-default.json").read_bytes())
    )
    doc = json.loads(made[0][1])
    hostile = {
        "argon2-bomb.json": {
            **doc,
            "kdf_params": {**doc["kdf_params"], "memory": 1048576, "iterations": 64},
        },
        "scrypt-bomb.json": {**doc, "kdf": "scrypt", "kdf_params": {"n": 2**20, "r": 32, "p": 16}},
        "surrogate-key-id.json": {**doc, "key_id": "\udcff"},
        "escape-key-id.json": {**doc, "key_id": "a\nb\x1b[31mred"},
        "huge-name.json": {**doc, "metadata": {**doc["metadata"], "name": "n" * 100_000}},
    }
    for name, value in hostile.items():
        made.append((name, json.dumps(value).encode("utf-8", "surrogatepass")))
    made.append(("digits.json", made[0][1].replace(b'"version": 1', b'"version": ' + b"9" * 5000)))
    return made


def bundles(tmp: Path) -> list[tuple[str, bytes]]:
    derived = derive_passphrase_key("pw", CHEAP)
    entries = [
        (
            f"k{n}",
            seal_key(KeyPair.from_seed(bytes([n]) * 32), "pw", key_id=f"k{n}", derived=derived),
        )
        for n in range(1, 4)
    ]
    write_bundle(tmp / "b.tar.gz", entries)
    made = [("shared-salt.tar.gz", (tmp / "b.tar.gz").read_bytes())]
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w:gz") as tar:
        link = tarfile.TarInfo("keys/evil-backup.json")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(link)
        dots = tarfile.TarInfo("../escape")
        dots.size = 1
        tar.addfile(dots, io.BytesIO(b"x"))
    made.append(("links-and-dots.tar.gz", raw.getvalue()))
    return made


def kfe_files(tmp: Path) -> list[tuple[str, bytes]]:
    plain = tmp / "plain.txt"
    plain.write_bytes(b"hello shards\n" * 500)
    small = ShardingOptions(shard_size=2048, passphrase_params=PassphraseParams(64, 1, 1))
    encrypt_file(plain, tmp / "a.kfe", recipients=[PAIR.public], sender=PAIR, options=small)
    encrypt_file(plain, tmp / "p.kfe", passphrase="pw", options=small)
    # Files of the container versions no longer written are seeds too.
    legacy = Path(__file__).resolve().parents[1] / "fixtures" / "kfe" / "v1"
    return [
        ("recipient.kfe", (tmp / "a.kfe").read_bytes()),
        ("passphrase.kfe", (tmp / "p.kfe").read_bytes()),
        ("recipient-v1.kfe", (legacy / "recipient.kfe").read_bytes()),
    ]


def manifests(kfe: list[tuple[str, bytes]], tmp: Path) -> list[tuple[str, bytes]]:
    made = []
    for name, data in kfe:
        path = tmp / name
        path.write_bytes(data)
        block = open_source(path).manifest_block
        (length,) = struct.unpack_from(">I", block, 4)
        made.append((name.replace(".kfe", ".json"), block[8 : 8 + length]))
    doc = json.loads(made[1][1])
    recipient = doc["recipients"][0]
    hostile = {
        "many-passphrases.json": {**doc, "recipients": [recipient] * 1000},
        "short-salt.json": {**doc, "recipients": [{**recipient, "salt": "AAAA"}]},
        "lanes.json": {**doc, "recipients": [{**recipient, "memory": 8, "parallelism": 16}]},
    }
    for name, value in hostile.items():
        made.append((name, json.dumps(value).encode()))
    nested = json.dumps({**doc, "metadata": "NESTED"}).encode()
    made.append(("nested.json", nested.replace(b'"NESTED"', b"[" * 5000 + b"]" * 5000)))
    made.append(("digits.json", made[0][1].replace(b'"version":1', b'"version":' + b"9" * 5000)))
    return made


def signatures(tmp: Path) -> list[tuple[str, bytes]]:
    target = tmp / "signed.txt"
    target.write_bytes(b"signed content\n")
    made = [("keyfold.minisig", sign_file(PAIR, target, timestamp=1_750_000_000).to_bytes())]
    minisign = shutil.which("minisign")
    if minisign:
        subprocess.run(
            [minisign, "-G", "-W", "-p", str(tmp / "m.pub"), "-s", str(tmp / "m.key")],
            check=True,
            stdin=subprocess.DEVNULL,
            capture_output=True,
        )
        subprocess.run(
            [minisign, "-S", "-s", str(tmp / "m.key"), "-m", str(target)],
            check=True,
            stdin=subprocess.DEVNULL,
            capture_output=True,
        )
        made.append(("minisign.minisig", (tmp / "signed.txt.minisig").read_bytes()))
        made.append(("minisign.pub", (tmp / "m.pub").read_bytes()))
    text = made[0][1]
    made.append(
        ("superscript.minisig", text.replace(b"timestamp:1750000000", "timestamp:²".encode()))
    )
    made.append(
        ("digits.minisig", text.replace(b"timestamp:1750000000", b"timestamp:" + b"9" * 5000))
    )
    return made


def keys() -> list[tuple[str, bytes]]:
    private = Ed25519PrivateKey.from_private_bytes(PAIR.seed)
    pem = serialization.Encoding.PEM
    made = [
        (
            "pkcs8.pem",
            private.private_bytes(
                pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            ),
        ),
        (
            "pkcs8.der",
            private.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        ),
        (
            "pkcs8-encrypted.pem",
            private.private_bytes(
                pem, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(b"pw")
            ),
        ),
        (
            "openssh",
            private.private_bytes(
                pem, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
            ),
        ),
        (
            "openssh-encrypted",
            private.private_bytes(
                pem,
                serialization.PrivateFormat.OpenSSH,
                serialization.PrivateFormat.OpenSSH.encryption_builder().kdf_rounds(2).build(b"pw"),
            ),
        ),
        ("seed.hex", PAIR.seed.hex().encode()),
        ("seed.b64", base64.b64encode(PAIR.seed + PAIR.public.raw)),
        ("public.pem", PAIR.public.export(PublicKeyFormat.PEM).encode()),
        ("public.ssh", PAIR.public.export(PublicKeyFormat.OPENSSH).encode()),
        ("public.hex", PAIR.public.hex.encode()),
        ("public.minisign", MinisignPublicKey(PAIR.public, PAIR.public.key_number).to_bytes()),
    ]
    # The bcrypt bomb: rounds 2**32-1 in an otherwise valid key.
    body = b"".join(made[4][1].split(b"\n")[1:-2])
    blob = bytearray(base64.b64decode(body))
    salt_len = struct.unpack_from(">I", blob, 15 + 4 + 10 + 4 + 6 + 4)[0]
    at = 15 + 4 + 10 + 4 + 6 + 4 + 4 + salt_len
    blob[at : at + 4] = b"\xff\xff\xff\xff"
    wrapped = base64.encodebytes(bytes(blob)).replace(b"\n", b"")
    lines = [wrapped[i : i + 70] for i in range(0, len(wrapped), 70)]
    made.append(
        (
            "openssh-bcrypt-bomb",
            b"-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + b"\n".join(lines)
            + b"\n-----END OPENSSH PRIVATE KEY-----\n",
        )
    )
    return made


def audit_rows() -> list[tuple[str, bytes]]:
    rows = []
    prev = GENESIS_HASH
    for seq, (kind, details) in enumerate(
        [
            ("generate", {"storage": "file"}),
            ("sign", {"count": "2", "file": "bad\\xffname"}),
            ("rotate", {"from_version": "1", "to_version": "2"}),
        ],
        start=1,
    ):
        stamp = "2025-06-08T10:00:00.000000Z"
        digest = entry_hash(seq, prev, stamp, kind, "k", 1, "cli[1]@u", details)
        rows.append([seq, stamp, kind, "k", 1, "cli[1]@u", json.dumps(details), prev, digest])
        prev = digest
    return [("chain.json", json.dumps(rows).encode()), ("row.json", json.dumps(rows[1]).encode())]


def main() -> None:
    shutil.rmtree(CORPUS, ignore_errors=True)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        kfe = kfe_files(tmp)
        groups = {
            "backup": backups(),
            "bundle": bundles(tmp),
            "kfe": kfe,
            "manifest": manifests(kfe, tmp),
            "minisig": signatures(tmp),
            "keys": keys(),
            "audit_rows": audit_rows(),
        }
    for folder, files in groups.items():
        for file_name, data in files:
            _write(folder, file_name, data)


if __name__ == "__main__":
    main()
