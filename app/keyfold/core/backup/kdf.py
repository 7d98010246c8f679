"""Passphrase key derivation for backups: Argon2id, PBKDF2 or scrypt, with cost limits."""

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from argon2.low_level import Type, hash_secret_raw

from keyfold.core.errors import BackupFormatError, InvalidInputError
from keyfold.core.limits import (
    ARGON2_MAX_ITERATIONS,
    ARGON2_MAX_MEMORY_KIB,
    ARGON2_MAX_PARALLELISM,
    ARGON2_WORK_BUDGET,
    BUNDLE_KDF_BUDGET,
    PBKDF2_MAX_ITERATIONS,
    SCRYPT_MAX_BLOCK_SIZE,
    SCRYPT_MAX_COST,
    SCRYPT_MAX_PARALLELISM,
    argon2_work,
    pbkdf2_work,
    scrypt_work,
)

DERIVED_KEY_SIZE = 32
MIN_SALT_SIZE = 8
SALT_SIZE = 16

# The upper limits (core/limits.py) stop a hostile backup from tying up the
# machine (docs/formats.md, "Limits"); the lower ones refuse parameters so weak
# they can only be a mistake or a downgrade.
ARGON2_MIN_MEMORY_KIB_PER_LANE = 8  # Argon2's own minimum is 8 KiB per lane
PBKDF2_MIN_ITERATIONS = 1000
DEFAULT_PBKDF2_ITERATIONS = 600_000  # OWASP's figure for PBKDF2-HMAC-SHA256
SCRYPT_MIN_COST = 1024

# Below these a file still opens, with a warning that its protection is weak.
ARGON2_WEAK_MEMORY_KIB = 19 * 1024
PBKDF2_WEAK_ITERATIONS = 100_000
# scrypt's paper gives N=2^14, r=8 (16 MiB) for interactive logins.
SCRYPT_WEAK_MEMORY_BYTES = 16 * 1024 * 1024


class KdfKind(StrEnum):
    ARGON2ID = "argon2id"
    PBKDF2 = "pbkdf2"
    SCRYPT = "scrypt"


@dataclass(frozen=True)
class KdfParams:
    """The cost of turning a passphrase into a key; PBKDF2 uses only iterations,
    scrypt only cost (N), block_size (r) and parallelism (p)."""

    kind: KdfKind = KdfKind.ARGON2ID
    memory_kib: int = 65536
    iterations: int = 3
    parallelism: int = 1
    cost: int = 0
    block_size: int = 0

    @classmethod
    def argon2id(
        cls, memory_kib: int = 65536, iterations: int = 3, parallelism: int = 1
    ) -> "KdfParams":
        return cls(KdfKind.ARGON2ID, memory_kib, iterations, parallelism)

    @classmethod
    def pbkdf2(cls, iterations: int = DEFAULT_PBKDF2_ITERATIONS) -> "KdfParams":
        # memory and parallelism mean nothing to PBKDF2; 0 says so.
        return cls(KdfKind.PBKDF2, 0, iterations, 0)

    @classmethod
    def scrypt(cls, cost: int = 32768, block_size: int = 8, parallelism: int = 1) -> "KdfParams":
        # The defaults are what DataFold's Python SDK writes.
        return cls(KdfKind.SCRYPT, 0, 0, parallelism, cost, block_size)

    @property
    def scrypt_memory_bytes(self) -> int:
        """The memory one scrypt derivation takes (N x r x 128 bytes)."""
        return self.cost * self.block_size * 128


def check_kdf_params(params: KdfParams) -> None:
    """Raise BackupFormatError naming the kdf_params field that is out of range."""
    if params.kind is KdfKind.PBKDF2:
        _check_range("iterations", params.iterations, PBKDF2_MIN_ITERATIONS, PBKDF2_MAX_ITERATIONS)
        return
    if params.kind is KdfKind.SCRYPT:
        _check_scrypt(params)
        return
    _check_range("parallelism", params.parallelism, 1, ARGON2_MAX_PARALLELISM)
    _check_range("iterations", params.iterations, 1, ARGON2_MAX_ITERATIONS)
    minimum = ARGON2_MIN_MEMORY_KIB_PER_LANE * params.parallelism
    _check_range("memory", params.memory_kib, minimum, ARGON2_MAX_MEMORY_KIB)
    work = argon2_work(params.memory_kib, params.iterations)
    if work > ARGON2_WORK_BUDGET:
        raise BackupFormatError(
            f"kdf_params.memory x kdf_params.iterations is {work} KiB-passes, above the "
            f"budget of {ARGON2_WORK_BUDGET} (about 16 times Keyfold's default).",
            field="kdf_params.iterations",
        )


def _check_scrypt(params: KdfParams) -> None:
    _check_range("r", params.block_size, 1, SCRYPT_MAX_BLOCK_SIZE)
    _check_range("p", params.parallelism, 1, SCRYPT_MAX_PARALLELISM)
    _check_range("n", params.cost, SCRYPT_MIN_COST, SCRYPT_MAX_COST)
    if params.cost & (params.cost - 1):
        raise BackupFormatError(
            f"kdf_params.n is {params.cost}, which is not a power of two.", field="kdf_params.n"
        )
    # RFC 7914 needs N < 2^(128 r / 8); OpenSSL refuses anything else.
    if params.cost.bit_length() > 16 * params.block_size:
        raise BackupFormatError(
            f"kdf_params.n is {params.cost}, too large for kdf_params.r = {params.block_size}.",
            field="kdf_params.n",
        )
    work = kdf_work(params)
    if work > ARGON2_WORK_BUDGET:
        raise BackupFormatError(
            f"kdf_params.n x kdf_params.r x kdf_params.p is {work}, above the budget of "
            f"{ARGON2_WORK_BUDGET} (about 16 times Keyfold's default derivation).",
            field="kdf_params.n",
        )


def kdf_work(params: KdfParams) -> int:
    """What one derivation costs, in Argon2 KiB-passes (core/limits.py)."""
    if params.kind is KdfKind.PBKDF2:
        return pbkdf2_work(params.iterations)
    if params.kind is KdfKind.SCRYPT:
        return scrypt_work(params.cost, params.block_size, params.parallelism)
    return argon2_work(params.memory_kib, params.iterations)


def kdf_warnings(params: KdfParams) -> tuple[str, ...]:
    """Sentences warning that parameters within the limits are still weak."""
    if params.kind is KdfKind.PBKDF2 and params.iterations < PBKDF2_WEAK_ITERATIONS:
        return (
            f"The backup uses only {params.iterations} PBKDF2 iterations, "
            "so its passphrase is easier to guess than usual.",
        )
    if params.kind is KdfKind.SCRYPT and params.scrypt_memory_bytes < SCRYPT_WEAK_MEMORY_BYTES:
        return (
            f"The backup uses only {params.scrypt_memory_bytes // 1024} KiB of scrypt memory, "
            "so its passphrase is easier to guess than usual.",
        )
    if params.kind is KdfKind.ARGON2ID and params.memory_kib < ARGON2_WEAK_MEMORY_KIB:
        return (
            f"The backup uses only {params.memory_kib} KiB of Argon2id memory, "
            "so its passphrase is easier to guess than usual.",
        )
    return ()


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte encryption key for `passphrase`; checks the limits first."""
    check_kdf_params(params)
    if len(salt) < MIN_SALT_SIZE:
        raise BackupFormatError(
            f"The salt has {len(salt)} bytes, fewer than the {MIN_SALT_SIZE} required.",
            field="salt",
        )
    secret = encode_passphrase(passphrase)
    if params.kind is KdfKind.PBKDF2:
        return hashlib.pbkdf2_hmac(
            "sha256", secret, salt, params.iterations, dklen=DERIVED_KEY_SIZE
        )
    if params.kind is KdfKind.SCRYPT:
        n, r, p = params.cost, params.block_size, params.parallelism
        return hashlib.scrypt(
            secret,
            salt=salt,
            n=n,
            r=r,
            p=p,
            # OpenSSL's own count (V and B), with room to spare; the checks above
            # keep it far below hashlib's 2 GiB ceiling.
            maxmem=128 * r * (n + p + 2) + 1024 * 1024,
            dklen=DERIVED_KEY_SIZE,
        )
    return hash_secret_raw(
        secret,
        salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=DERIVED_KEY_SIZE,
        type=Type.ID,
    )


def encode_passphrase(passphrase: str) -> bytes:
    """The passphrase as UTF-8, exactly as typed (no normalisation, like the SDKs)."""
    try:
        return passphrase.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInputError(
            "The passphrase contains characters that cannot be encoded as UTF-8."
        ) from exc


def _check_range(name: str, value: int, low: int, high: int) -> None:
    field = f"kdf_params.{name}"
    if value < low:
        raise BackupFormatError(f"{field} is {value}, below the minimum of {low}.", field=field)
    if value > high:
        raise BackupFormatError(f"{field} is {value}, above the limit of {high}.", field=field)


@dataclass(frozen=True)
class PassphraseKey:
    """A derived key with the salt and parameters it came from."""

    salt: bytes
    kdf: KdfParams
    key: bytes = field(repr=False)


def derive_passphrase_key(
    passphrase: str, params: KdfParams, *, salt_size: int | None = None
) -> PassphraseKey:
    """A fresh salt (SALT_SIZE bytes unless told) and the key `passphrase` derives with it."""
    salt = secrets.token_bytes(salt_size or SALT_SIZE)
    return PassphraseKey(salt, params, derive_key(passphrase, salt, params))


class DerivedKeys:
    """The derivations of one operation: each (salt, parameters) runs once, and
    all of them together stay within `budget` (Argon2 KiB-passes)."""

    def __init__(self, budget: int = BUNDLE_KDF_BUDGET) -> None:
        self._budget = budget
        self._spent = 0
        self._paid: set[tuple[bytes, KdfParams]] = set()
        self._keys: dict[tuple[str, bytes, KdfParams], bytes] = {}

    def plan(self, parts: Iterable[tuple[bytes, KdfParams]]) -> None:
        """Charge every distinct (salt, parameters) up front, so a set of files
        over the budget is refused before the first derivation starts."""
        for salt, params in parts:
            self._charge(salt, params)

    def derive(self, passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        cached = self._keys.get((passphrase, salt, params))
        if cached is not None:
            return cached
        check_kdf_params(params)
        self._charge(salt, params)
        key = derive_key(passphrase, salt, params)
        self._keys[(passphrase, salt, params)] = key
        return key

    def _charge(self, salt: bytes, params: KdfParams) -> None:
        if (salt, params) in self._paid:
            return
        work = kdf_work(params)
        if self._spent + work > self._budget:
            raise BackupFormatError(
                "Opening these backups would take more key-derivation work than Keyfold "
                f"allows at once ({self._budget} KiB-passes); their salts or costs differ "
                "too much. Split the bundle and restore its keys in parts.",
                field="kdf_params",
            )
        self._spent += work
        self._paid.add((salt, params))
