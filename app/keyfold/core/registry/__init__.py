"""The client for DataFold-style key registration servers (and keyfold-server)."""

from keyfold.core.registry.client import (
    MAX_REPLY_BYTES,
    MessageEncoding,
    RegistryClient,
    Timeouts,
    new_client_id,
)
from keyfold.core.registry.codes import sentence
from keyfold.core.registry.protocol import ErrorCode
from keyfold.core.registry.records import (
    Capabilities,
    Challenge,
    Registration,
    RemoteVerification,
    ServerConfig,
    is_loopback_host,
    normalize_fingerprint,
    normalize_url,
)
from keyfold.core.registry.retry import RetryPolicy
from keyfold.core.registry.transport import CertificatePinError, certificate_fingerprint

__all__ = [
    "MAX_REPLY_BYTES",
    "Capabilities",
    "CertificatePinError",
    "Challenge",
    "ErrorCode",
    "MessageEncoding",
    "Registration",
    "RegistryClient",
    "RemoteVerification",
    "RetryPolicy",
    "ServerConfig",
    "Timeouts",
    "certificate_fingerprint",
    "is_loopback_host",
    "new_client_id",
    "normalize_fingerprint",
    "normalize_url",
    "sentence",
]
