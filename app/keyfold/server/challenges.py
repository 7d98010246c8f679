"""Server nonces for proofs of possession, rotation and revocation.

A nonce is `<unix seconds>.<16 random bytes hex>.<MAC hex>`, the MAC being
the first 16 bytes of HMAC-SHA256 under the nonce key kept in the database.
Issuing one stores nothing, so asking for challenges costs the server no
memory; any process on the same database can check it; the storage records
it as spent when a signed request uses it, so it is accepted once.
"""

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from keyfold.core.registry.protocol import ErrorCode
from keyfold.server.api_errors import ApiError
from keyfold.server.storage import Nonce

DEFAULT_TTL = 300.0
# Several hosts behind one load balancer may disagree this much about the time.
CLOCK_SKEW = 30.0


@dataclass(frozen=True)
class Challenge:
    server_id: str
    nonce: str
    expires_at: float


class Challenges:
    """Issues and checks nonces for one server identity."""

    def __init__(
        self,
        server_id: str,
        key: bytes,
        ttl: float = DEFAULT_TTL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.server_id = server_id
        self.ttl = ttl
        self._key = key
        self._clock = clock

    def issue(self) -> Challenge:
        issued = int(self._clock())
        body = f"{issued}.{secrets.token_hex(16)}"
        return Challenge(self.server_id, f"{body}.{self._mac(body)}", issued + self.ttl)

    def check(self, nonce: str) -> Nonce:
        """The nonce, with its expiry, when this server issued it recently; else 401."""
        body, _, mac = nonce.rpartition(".")
        issued = int(body.partition(".")[0])
        now = self._clock()
        if not hmac.compare_digest(mac, self._mac(body)):
            raise _refused("The nonce was not issued by this server.")
        if issued > now + CLOCK_SKEW or issued + self.ttl < now:
            raise _refused("The nonce has expired; fetch a new challenge.")
        return Nonce(nonce, issued + self.ttl)

    def _mac(self, body: str) -> str:
        return hmac.new(self._key, body.encode("ascii"), hashlib.sha256).hexdigest()[:32]


def _refused(message: str) -> ApiError:
    return ApiError(401, ErrorCode.INVALID_NONCE, message, {"field": "nonce"})
