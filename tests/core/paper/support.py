"""Helpers for paper-backup tests: real renderers and decoders, and an independent reader."""

import base64
import json
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import nacl.bindings
from argon2.low_level import Type, hash_secret_raw
from PIL import Image, ImageFilter

from tests.conftest import require_tool

ZBAR_XML = "{http://zbar.sourceforge.net/2008/barcode}"


def pdftoppm(pdf: Path, out: Path, dpi: int = 150) -> list[Path]:
    """The PDF's pages as PNGs, rendered by poppler's pdftoppm."""
    subprocess.run(
        [require_tool("pdftoppm"), "-r", str(dpi), "-png", str(pdf), str(out / "page")],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    return sorted(out.glob("page-*.png"))


def zbarimg(image: Path) -> list[bytes]:
    """The QR payloads zbar finds in an image, one per code (its XML output keeps them apart)."""
    done = subprocess.run(
        [require_tool("zbarimg"), "-q", "--xml", "--nodbus", str(image)],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    root = ElementTree.fromstring(done.stdout)  # noqa: S314 -- zbar's output for our own file
    return [(data.text or "").encode() for data in root.iter(f"{ZBAR_XML}data")]


def phone_photo(page: Path, out: Path, *, angle: float = 2.5, quality: int = 55) -> Path:
    """A JPEG like a phone photo of the printed page: slightly turned, soft, compressed."""
    image = Image.open(page).convert("RGB")
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor="#d8d4cc")
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    image.save(out, format="JPEG", quality=quality)
    return out


def independent_open(document: bytes, passphrase: str) -> bytes:
    """Decrypt a standard backup with nothing of Keyfold: argon2-cffi and PyNaCl."""
    doc = json.loads(document)
    assert doc["version"] == 1 and doc["kdf"] == "argon2id"
    assert doc["encryption"] == "xchacha20-poly1305"
    params = doc["kdf_params"]
    key = hash_secret_raw(
        passphrase.encode(),
        base64.b64decode(params["salt"]),
        time_cost=params["iterations"],
        memory_cost=params["memory"],
        parallelism=params["parallelism"],
        hash_len=32,
        type=Type.ID,
    )
    plaintext: bytes = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
        base64.b64decode(doc["ciphertext"]), None, base64.b64decode(doc["nonce"]), key
    )
    return plaintext
