"""Backup documents built by hand from docs/formats.md, calling the crypto libraries directly.

Nothing here imports Keyfold: these are the independent implementation the
codec is checked against.
"""

import base64
import hashlib
import json
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from nacl.bindings import (
    crypto_aead_chacha20poly1305_ietf_decrypt,
    crypto_aead_chacha20poly1305_ietf_encrypt,
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
    crypto_sign_seed_keypair,
)

LAYOUTS = ("seed", "unified", "keyfold")
KDFS = ("argon2id", "pbkdf2", "scrypt")
CIPHERS = ("xchacha20-poly1305", "aes-gcm", "chacha20-poly1305")
FORMS = ("seed", "seed+public", "pkcs8")

# Cheap costs so the tests run fast; the codec accepts them (with a warning).
ARGON2_PARAMS = {"memory": 256, "iterations": 1, "parallelism": 1}
PBKDF2_PARAMS = {"iterations": 1000}
SCRYPT_PARAMS = {"n": 1024, "r": 1, "p": 1}
KDF_PARAMS = {"argon2id": ARGON2_PARAMS, "pbkdf2": PBKDF2_PARAMS, "scrypt": SCRYPT_PARAMS}

PASSPHRASE = "correct horse battery staple"

# RFC 8410 PKCS#8 v1 header for an Ed25519 private key; the 32-byte seed follows.
PKCS8_ED25519_PREFIX = bytes.fromhex("302e020100300506032b657004220420")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def public_key(seed: bytes) -> bytes:
    return crypto_sign_seed_keypair(seed)[0]


def derive(kdf: str, passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    secret = passphrase.encode("utf-8")
    if kdf == "pbkdf2":
        return hashlib.pbkdf2_hmac("sha256", secret, salt, params["iterations"], dklen=32)
    if kdf == "scrypt":
        n, r, p = params["n"], params["r"], params["p"]
        return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, dklen=32)
    return hash_secret_raw(
        secret,
        salt,
        time_cost=params["iterations"],
        memory_cost=params["memory"],
        parallelism=params["parallelism"],
        hash_len=32,
        type=Type.ID,
    )


def encrypt(cipher: str, key: bytes, nonce: bytes, plaintext: bytes) -> bytes:
    if cipher == "aes-gcm":
        return AESGCM(key).encrypt(nonce, plaintext, None)
    if cipher == "datafold-quirk":  # ChaCha20-Poly1305 with the nonce cut to 12 bytes
        return crypto_aead_chacha20poly1305_ietf_encrypt(plaintext, None, nonce[:12], key)
    if cipher == "chacha20-poly1305":
        return crypto_aead_chacha20poly1305_ietf_encrypt(plaintext, None, nonce, key)
    return crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, None, nonce, key)


def decrypt(cipher: str, key: bytes, nonce: bytes, ciphertext: bytes) -> bytes:
    if cipher == "aes-gcm":
        return AESGCM(key).decrypt(nonce, ciphertext, None)
    if cipher == "datafold-quirk":
        return crypto_aead_chacha20poly1305_ietf_decrypt(ciphertext, None, nonce[:12], key)
    if cipher == "chacha20-poly1305":
        return crypto_aead_chacha20poly1305_ietf_decrypt(ciphertext, None, nonce, key)
    return crypto_aead_xchacha20poly1305_ietf_decrypt(ciphertext, None, nonce, key)


def plaintext(form: str, seed: bytes) -> bytes:
    if form == "seed":
        return seed
    if form == "seed+public":
        return seed + public_key(seed)
    return PKCS8_ED25519_PREFIX + seed


def build(
    *,
    layout: str = "keyfold",
    kdf: str = "argon2id",
    cipher: str = "xchacha20-poly1305",
    form: str = "seed+public",
    seed: bytes = bytes(range(32)),
    passphrase: str = PASSPHRASE,
    salt: bytes = bytes(range(100, 116)),
    nonce: bytes | None = None,
    key_id: str = "production-signing-key",
    name: str = "Production Signing Key",
    created: str = "2025-06-08T19:59:22Z",
    payload: bytes | None = None,
) -> dict[str, Any]:
    """A backup document as a dict, in one of the layouts docs/formats.md lists.

    `payload` replaces the sealed key form with arbitrary bytes.
    """
    params: dict[str, int] = dict(KDF_PARAMS[kdf])
    if nonce is None:
        short = cipher in ("aes-gcm", "chacha20-poly1305")
        nonce = bytes(range(200, 212)) if short else bytes(range(200, 224))
    key = derive(kdf, passphrase, salt, params)
    sealed = plaintext(form, seed) if payload is None else payload
    ciphertext = encrypt(cipher, key, nonce, sealed)
    label = "xchacha20-poly1305" if cipher == "datafold-quirk" else cipher
    kdf_params: dict[str, Any] = dict(params)
    doc: dict[str, Any] = {"version": 1}
    if layout == "seed":
        doc.update(key_id=key_id, algorithm="Ed25519", kdf=kdf, kdf_params=kdf_params)
        doc.update(encryption=label, salt=b64(salt))
        doc.update(nonce=b64(nonce), ciphertext=b64(ciphertext))
        doc["metadata"] = {"name": name, "created": created}
        return doc
    kdf_params["salt"] = b64(salt)
    doc.update(kdf=kdf, kdf_params=kdf_params, encryption=label)
    doc.update(nonce=b64(nonce), ciphertext=b64(ciphertext), created=created)
    doc["metadata"] = {"label": name, "public_key": public_key(seed).hex()}
    if layout == "keyfold":
        doc.update(key_id=key_id, algorithm="Ed25519", salt=b64(salt))
        doc["metadata"].update(name=name, created=created, key_type="ed25519")
        doc["metadata"]["fingerprint"] = hashlib.sha256(public_key(seed)).hexdigest()
    return doc


def dumps(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc).encode()
