"""minisign-format file signatures, message signatures and streaming BLAKE2b."""

from typing import TYPE_CHECKING

from keyfold.core.lazy import lazy_exports
from keyfold.core.signing.minisign import (
    SIGNATURE_SUFFIX,
    Algorithm,
    MinisignPublicKey,
    MinisignSignature,
    parse_public_key,
    parse_signature,
    read_signature_file,
    signature_path_for,
)

if TYPE_CHECKING:
    from keyfold.core.signing.files import (
        SignedContent,
        Verdict,
        VerifyResult,
        legacy_content,
        sign_digest,
        sign_file,
        sign_files,
        trusted_comment_for,
        verify_file,
        verify_signed,
    )
    from keyfold.core.signing.hashing import (
        CHUNK_SIZE,
        DIGEST_SIZE,
        HashJob,
        blake2b_file,
        blake2b_files,
    )
    from keyfold.core.signing.messages import decode_signature, sign_message, verify_message
    from keyfold.core.signing.public_keys import VerifyingKey, parse_verifying_key

__all__ = [
    "CHUNK_SIZE",
    "DIGEST_SIZE",
    "SIGNATURE_SUFFIX",
    "Algorithm",
    "HashJob",
    "MinisignPublicKey",
    "MinisignSignature",
    "SignedContent",
    "Verdict",
    "VerifyResult",
    "VerifyingKey",
    "blake2b_file",
    "blake2b_files",
    "decode_signature",
    "legacy_content",
    "parse_public_key",
    "parse_signature",
    "parse_verifying_key",
    "read_signature_file",
    "sign_digest",
    "sign_file",
    "sign_files",
    "sign_message",
    "signature_path_for",
    "trusted_comment_for",
    "verify_file",
    "verify_message",
    "verify_signed",
]

# Loaded on first use: the signature format alone (pairing files with their
# signatures, the CLI's sign before its hashing starts) needs neither
# `cryptography` nor libsodium.
_FILES = "keyfold.core.signing.files"
_HASHING = "keyfold.core.signing.hashing"
_MESSAGES = "keyfold.core.signing.messages"
_PUBLIC_KEYS = "keyfold.core.signing.public_keys"
_LAZY = {
    "SignedContent": _FILES,
    "Verdict": _FILES,
    "VerifyResult": _FILES,
    "legacy_content": _FILES,
    "sign_digest": _FILES,
    "sign_file": _FILES,
    "sign_files": _FILES,
    "trusted_comment_for": _FILES,
    "verify_file": _FILES,
    "verify_signed": _FILES,
    "CHUNK_SIZE": _HASHING,
    "DIGEST_SIZE": _HASHING,
    "HashJob": _HASHING,
    "blake2b_file": _HASHING,
    "blake2b_files": _HASHING,
    "decode_signature": _MESSAGES,
    "sign_message": _MESSAGES,
    "verify_message": _MESSAGES,
    "VerifyingKey": _PUBLIC_KEYS,
    "parse_verifying_key": _PUBLIC_KEYS,
}

__getattr__ = lazy_exports(__name__, _LAZY)
