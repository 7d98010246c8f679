"""Tests for the TLS policy: certificate pinning on the connection, CA checks otherwise."""

import datetime
import ipaddress
import ssl
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from keyfold.core.errors import RegistryError
from keyfold.core.keys import KeyPair
from keyfold.core.registry import RegistryClient, RetryPolicy, ServerConfig, certificate_fingerprint
from tests.core.registry.faults import envelope, fault_server


def self_signed(folder: Path) -> tuple[ssl.SSLContext, str]:
    """A server TLS context for 127.0.0.1 and its certificate's SHA-256 pin."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "keyfold test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    return context, certificate_fingerprint(cert.public_bytes(serialization.Encoding.DER))


ONE_TRY = RetryPolicy(attempts=1)
TOKEN = "pinned-token-value"


def test_the_pinned_certificate_is_accepted(tmp_path: Path) -> None:
    context, pin = self_signed(tmp_path)
    pair = KeyPair.generate()
    data = {
        "registration_id": "r",
        "client_id": "c1",
        "public_key": pair.public.hex,
        "status": "active",
    }
    with fault_server([envelope(200, data)], tls=context) as server:
        config = ServerConfig(server.url, pinned_sha256=pin.upper(), token=TOKEN)
        with RegistryClient(config, retry=ONE_TRY) as client:
            assert client.status("c1").public_key == pair.public
    assert TOKEN.encode() in server.requests[0]


def test_a_different_certificate_is_refused_before_sending(tmp_path: Path) -> None:
    context, pin = self_signed(tmp_path)
    wrong = "00" * 32
    with fault_server([envelope(200, {})], tls=context) as server:
        config = ServerConfig(server.url, pinned_sha256=wrong, token=TOKEN)
        with (
            RegistryClient(config, retry=RetryPolicy(attempts=3)) as client,
            pytest.raises(RegistryError) as refused,
        ):
            client.status("c1")
    assert refused.value.code == "CERTIFICATE_MISMATCH"
    assert pin in str(refused.value)  # shows what the server has, to compare out of band
    assert server.requests == []  # not one HTTP byte, so the token never left
    assert server.connections == 1  # and no retry


def test_without_a_pin_an_untrusted_certificate_fails(tmp_path: Path) -> None:
    context, _ = self_signed(tmp_path)
    with (
        fault_server([envelope(200, {})], tls=context) as server,
        RegistryClient(ServerConfig(server.url), retry=ONE_TRY) as client,
        pytest.raises(RegistryError) as refused,
    ):
        client.status("c1")
    assert refused.value.code == "TLS_FAILED"
    assert "secure connection" in str(refused.value)
