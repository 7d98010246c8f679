"""minisign-format file signatures, message signatures and streaming BLAKE2b."""

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
from keyfold.core.signing.hashing import CHUNK_SIZE, DIGEST_SIZE, blake2b_file, blake2b_files
from keyfold.core.signing.messages import decode_signature, sign_message, verify_message
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
from keyfold.core.signing.public_keys import VerifyingKey, parse_verifying_key

__all__ = [
    "CHUNK_SIZE",
    "DIGEST_SIZE",
    "SIGNATURE_SUFFIX",
    "Algorithm",
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
