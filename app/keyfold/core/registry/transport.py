"""HTTP transport for the registry client: TLS policy and certificate pinning.

Pinning is checked on the connection itself: a wrapper around httpcore's
network backend compares the SHA-256 of the peer's DER certificate right
after the TLS handshake, before a single HTTP byte (or the bearer token) is
written. A mismatch raises `CertificatePinError`, which httpx passes through
unchanged because it is not an httpcore error. With a pin, the pin replaces
CA and host-name validation, so self-signed servers work; without one, the
system's CA store and host-name checking apply as usual.
"""

import hashlib
import hmac
import ssl
import typing

import httpcore
import httpx

from keyfold.core.registry.records import ServerConfig


class CertificatePinError(Exception):
    """The server's certificate does not hash to the pinned fingerprint."""

    def __init__(self, actual: str) -> None:
        super().__init__(actual)
        self.actual = actual


def certificate_fingerprint(der: bytes) -> str:
    """Lowercase hex SHA-256 of a DER certificate: the form a pin is given in."""
    return hashlib.sha256(der).hexdigest()


class _PinnedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, pin: str) -> None:
        self._inner = inner
        self._pin = pin

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, timeout)
        ssl_object = tls.get_extra_info("ssl_object")
        # httpcore hands out the low-level _ssl object: its getpeercert takes no keywords.
        der = ssl_object.getpeercert(True) if ssl_object is not None else None
        actual = certificate_fingerprint(der) if der else "none"
        if not hmac.compare_digest(actual, self._pin):
            tls.close()
            raise CertificatePinError(actual)
        return tls


class _PinningBackend(httpcore.NetworkBackend):
    def __init__(self, pin: str) -> None:
        self._inner = httpcore.SyncBackend()
        self._pin = pin

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _PinnedStream(stream, self._pin)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("Unix sockets are not used for registration servers.")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool built on the pinning backend."""

    def __init__(self, pin: str, limits: httpx.Limits) -> None:
        context = ssl.create_default_context()
        # The pin authenticates the server instead of a CA chain and host name.
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        super().__init__(verify=context, trust_env=False, limits=limits)
        # httpx 0.28 exposes no hook for the network backend, so the pool it
        # built is replaced by an identical one on the pinning backend.
        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_PinningBackend(pin),
        )


def build_transport(server: ServerConfig) -> httpx.BaseTransport:
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=2)
    if server.pinned_sha256:
        return PinnedTransport(server.pinned_sha256, limits)
    # Proxies from the environment do not apply to this computer's own servers.
    return httpx.HTTPTransport(verify=True, trust_env=not server.is_loopback, limits=limits)
