"""One source of limits: what a key may hold, what a file may ask of Keyfold.

The writers and the readers import the same numbers, so a file Keyfold
writes is always one it reads back. The metadata limits are checked where
input enters (generate, edit, import, restore) and the cost limits before any
key derivation starts: nothing a file says makes Keyfold work for more than a
few seconds before it refuses (bench/kdf_budget.py prints what the caps cost).
"""

from collections.abc import Sequence

from keyfold.core.errors import InvalidInputError

# -- what a key may hold --------------------------------------------------------

MAX_NAME_LENGTH = 200
MAX_DESCRIPTION_LENGTH = 4000
MAX_TAGS = 32
MAX_TAG_LENGTH = 64
# A key rotated daily for ten years has 3,650 versions; this leaves room for
# 27 years of daily rotation, and a backup of that many still fits the cap below.
MAX_KEY_VERSIONS = 10_000

# -- what a backup may be -------------------------------------------------------

# A key with MAX_KEY_VERSIONS archived versions and every metadata field at
# its limit is about 1.1 MiB (tests/core/backup/test_codec.py writes one).
MAX_BACKUP_BYTES = 2 * 1024 * 1024
# The older layout (one full envelope per version) is only read, never written.
MAX_LEGACY_ARCHIVED_VERSIONS = 1024

# -- key derivation costs -------------------------------------------------------

# Argon2id work is counted in KiB-passes (memory x iterations). Keyfold's
# default (64 MiB, 3 passes) is 196,608; the budget is 16 times that, about
# 2-3 s on a 2-core laptop. Memory alone stays capped at 1 GiB (docs/formats.md).
ARGON2_MAX_MEMORY_KIB = 1024 * 1024
ARGON2_MAX_ITERATIONS = 64
ARGON2_MAX_PARALLELISM = 16
ARGON2_WORK_BUDGET = 16 * 65536 * 3
# PBKDF2-HMAC-SHA256 runs about a million iterations a second here; the format's
# cap of ten million is kept for backups (the SDKs' files stay readable), and
# the same cap bounds PKCS#8 PBES2 keys.
PBKDF2_MAX_ITERATIONS = 10_000_000
# PKCS#8 scrypt: N x r x 128 bytes of memory, N x r x p block mixes.
SCRYPT_MAX_WORK = 2**20 * 8
# Backup scrypt (DataFold's Python SDK writes N=32768, r=8, p=1): each
# parameter has a range, and N x r x p counts against ARGON2_WORK_BUDGET
# (scrypt_work), which also keeps its memory (N x r x 128 bytes) under 384 MiB.
SCRYPT_MAX_COST = 2**20
SCRYPT_MAX_BLOCK_SIZE = 32
SCRYPT_MAX_PARALLELISM = 16
# OpenSSH bcrypt_pbkdf: ssh-keygen's default is 16 rounds and the usual
# hardening advice is 100; each round costs about 10 ms here.
OPENSSH_MAX_BCRYPT_ROUNDS = 256
# A `.kfe` file names its passphrase recipients; Keyfold writes one. Files
# listing more are refused, and at most this many derivations run per attempt.
KFE_MAX_PASSPHRASE_RECIPIENTS = 8
KFE_MAX_PASSPHRASE_TRIES = 3
# A bundle: all its keys' derivations together (entries sharing salt and
# parameters count once, and Keyfold writes bundles that share one salt).
BUNDLE_KDF_BUDGET = 2 * ARGON2_WORK_BUDGET


def argon2_work(memory_kib: int, iterations: int) -> int:
    """The cost figure ARGON2_WORK_BUDGET bounds."""
    return memory_kib * iterations


def pbkdf2_work(iterations: int) -> int:
    """PBKDF2 iterations expressed in Argon2 KiB-passes (measured ratio, rounded up)."""
    # One million PBKDF2-SHA256 iterations take about as long as Argon2id at
    # 64 MiB and 3 passes times 6; bench/kdf_budget.py prints the ratio.
    return iterations * ARGON2_WORK_BUDGET // PBKDF2_MAX_ITERATIONS


def scrypt_work(cost: int, block_size: int, parallelism: int) -> int:
    """scrypt's N x r x p expressed in Argon2 KiB-passes (measured ratio, rounded up)."""
    # One unit of N x r x p took 0.6 to 1.0 KiB-passes of Argon2id time here, more
    # as memory outgrows the caches; bench/kdf_budget.py prints the ratio.
    return cost * block_size * parallelism


# -- checks where input enters -----------------------------------------------------


def check_name(name: str, what: str = "A key's name") -> str:
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInputError(
            f"{what} has {len(name)} characters; the limit is {MAX_NAME_LENGTH}."
        )
    return name


def check_description(description: str, what: str = "A key's description") -> str:
    if len(description) > MAX_DESCRIPTION_LENGTH:
        raise InvalidInputError(
            f"{what} has {len(description)} characters; the limit is {MAX_DESCRIPTION_LENGTH}."
        )
    return description


def check_tags(tags: Sequence[str], what: str = "A key") -> Sequence[str]:
    if isinstance(tags, str):
        raise InvalidInputError("Tags must be a list of words, not one string.")
    if len(tags) > MAX_TAGS:
        raise InvalidInputError(f"{what} has {len(tags)} tags; the limit is {MAX_TAGS}.")
    for tag in tags:
        if len(tag) > MAX_TAG_LENGTH:
            raise InvalidInputError(
                f"A tag has {len(tag)} characters; the limit is {MAX_TAG_LENGTH}."
            )
    return tags


def check_metadata(
    *, name: str | None = None, description: str | None = None, tags: Sequence[str] | None = None
) -> None:
    """Raise InvalidInputError naming the first field over its limit."""
    if name is not None:
        check_name(name)
    if description is not None:
        check_description(description)
    if tags is not None:
        check_tags(tags)


def check_version_count(count: int, key_id: str) -> None:
    """A key may not grow past MAX_KEY_VERSIONS kept versions."""
    if count > MAX_KEY_VERSIONS:
        raise InvalidInputError(
            f"Key {key_id} would have {count} versions; the limit is {MAX_KEY_VERSIONS}. "
            "Expire old versions first (keyfold-cli expire)."
        )
