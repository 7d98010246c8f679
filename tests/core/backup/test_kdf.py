"""Tests for keyfold.core.backup.kdf: derivation, cost limits and weak-cost warnings."""

import hashlib

import pytest
from argon2.low_level import Type, hash_secret_raw
from hypothesis import given
from hypothesis import strategies as st

from keyfold.core.backup import kdf
from keyfold.core.backup.kdf import (
    KdfKind,
    KdfParams,
    check_kdf_params,
    derive_key,
    encode_passphrase,
    kdf_warnings,
)
from keyfold.core.errors import BackupFormatError, InvalidInputError
from keyfold.core.limits import ARGON2_WORK_BUDGET

SALT = b"0123456789abcdef"


def test_defaults_match_the_design() -> None:
    assert KdfParams() == KdfParams(KdfKind.ARGON2ID, 65536, 3, 1)
    assert KdfParams.argon2id() == KdfParams()
    assert KdfParams.pbkdf2() == KdfParams(KdfKind.PBKDF2, 0, 600_000, 0)
    # scrypt's defaults are DataFold's Python SDK's constants.
    assert KdfParams.scrypt() == KdfParams(KdfKind.SCRYPT, 0, 0, 1, cost=32768, block_size=8)
    assert KdfParams.scrypt().scrypt_memory_bytes == 32 * 1024 * 1024


def test_argon2id_is_the_raw_argon2id_hash() -> None:
    params = KdfParams.argon2id(memory_kib=256, iterations=2, parallelism=2)
    expected = hash_secret_raw(
        "pässwörd".encode(),
        SALT,
        time_cost=2,
        memory_cost=256,
        parallelism=2,
        hash_len=32,
        type=Type.ID,
    )
    assert derive_key("pässwörd", SALT, params) == expected


def test_pbkdf2_is_hmac_sha256() -> None:
    expected = hashlib.pbkdf2_hmac("sha256", "pässwörd".encode(), SALT, 1000, dklen=32)
    assert derive_key("pässwörd", SALT, KdfParams.pbkdf2(1000)) == expected


def test_scrypt_is_rfc_7914_scrypt() -> None:
    # RFC 7914, section 12, the third test vector (its first 32 bytes).
    expected = bytes.fromhex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2")
    params = KdfParams.scrypt(16384, 8, 1)
    assert derive_key("pleaseletmein", b"SodiumChloride", params) == expected


def test_the_empty_passphrase_derives_a_key() -> None:
    key = derive_key("", SALT, KdfParams.argon2id(memory_kib=64, iterations=1))
    assert len(key) == 32
    assert key != derive_key(" ", SALT, KdfParams.argon2id(memory_kib=64, iterations=1))


def test_passphrases_are_not_normalised() -> None:
    # "é" precomposed and decomposed are different passphrases, as in the SDKs.
    params = KdfParams.argon2id(memory_kib=64, iterations=1)
    assert derive_key("\u00e9", SALT, params) != derive_key("e\u0301", SALT, params)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        (KdfParams.argon2id(memory_kib=1024 * 1024 + 1), "kdf_params.memory"),
        (KdfParams.argon2id(memory_kib=7), "kdf_params.memory"),
        (KdfParams.argon2id(memory_kib=31, parallelism=4), "kdf_params.memory"),
        (KdfParams.argon2id(iterations=65), "kdf_params.iterations"),
        (KdfParams.argon2id(iterations=0), "kdf_params.iterations"),
        (KdfParams.argon2id(parallelism=17), "kdf_params.parallelism"),
        (KdfParams.argon2id(parallelism=0), "kdf_params.parallelism"),
        (KdfParams.pbkdf2(10_000_001), "kdf_params.iterations"),
        (KdfParams.pbkdf2(999), "kdf_params.iterations"),
        (KdfParams(kind=KdfKind.PBKDF2), "kdf_params.iterations"),  # 3 iterations
        (KdfParams.scrypt(cost=512), "kdf_params.n"),
        (KdfParams.scrypt(cost=2**21), "kdf_params.n"),
        (KdfParams.scrypt(cost=3 * 1024), "kdf_params.n"),  # not a power of two
        (KdfParams.scrypt(cost=2**16, block_size=1), "kdf_params.n"),  # N >= 2^(16 r)
        (KdfParams.scrypt(block_size=0), "kdf_params.r"),
        (KdfParams.scrypt(block_size=33), "kdf_params.r"),
        (KdfParams.scrypt(parallelism=0), "kdf_params.p"),
        (KdfParams.scrypt(parallelism=17), "kdf_params.p"),
        (KdfParams(kind=KdfKind.SCRYPT), "kdf_params.r"),  # no N or r at all
    ],
)
def test_costs_outside_the_limits_are_refused(params: KdfParams, field: str) -> None:
    with pytest.raises(BackupFormatError) as caught:
        check_kdf_params(params)
    assert caught.value.field == field
    assert field in str(caught.value)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams.argon2id(memory_kib=1024 * 1024, iterations=3, parallelism=16),
        KdfParams.argon2id(memory_kib=49152, iterations=64, parallelism=16),
        KdfParams.argon2id(memory_kib=8, iterations=1, parallelism=1),
        KdfParams.argon2id(memory_kib=32, iterations=1, parallelism=4),
        KdfParams.pbkdf2(10_000_000),
        KdfParams.pbkdf2(1000),
        KdfParams.scrypt(1024, 1, 1),
        KdfParams.scrypt(2**15, 1, 1),
        KdfParams.scrypt(2**18, 8, 1),
        KdfParams.scrypt(2**20, 2, 1),
        KdfParams.scrypt(1024, 32, 16),
    ],
)
def test_costs_at_the_limits_are_accepted(params: KdfParams) -> None:
    check_kdf_params(params)


def test_limits_are_checked_before_deriving(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the KDF ran")

    monkeypatch.setattr(kdf, "hash_secret_raw", refuse)
    monkeypatch.setattr("hashlib.pbkdf2_hmac", refuse)
    with pytest.raises(BackupFormatError, match=r"kdf_params\.memory"):
        derive_key("pw", SALT, KdfParams.argon2id(memory_kib=4 * 1024 * 1024))
    with pytest.raises(BackupFormatError, match=r"kdf_params\.iterations"):
        derive_key("pw", SALT, KdfParams.pbkdf2(2_000_000_000))
    monkeypatch.setattr("hashlib.scrypt", refuse)
    with pytest.raises(BackupFormatError, match=r"kdf_params\.n"):
        derive_key("pw", SALT, KdfParams.scrypt(2**20, 32, 16))


def test_a_short_salt_is_refused() -> None:
    with pytest.raises(BackupFormatError) as caught:
        derive_key("pw", b"1234567", KdfParams.argon2id(memory_kib=64, iterations=1))
    assert caught.value.field == "salt"


def test_weak_costs_warn_and_strong_ones_do_not() -> None:
    assert kdf_warnings(KdfParams()) == ()
    assert kdf_warnings(KdfParams.pbkdf2()) == ()
    (argon_warning,) = kdf_warnings(KdfParams.argon2id(memory_kib=256))
    assert "256 KiB" in argon_warning
    (pbkdf2_warning,) = kdf_warnings(KdfParams.pbkdf2(1000))
    assert "1000 PBKDF2 iterations" in pbkdf2_warning
    assert kdf_warnings(KdfParams.scrypt()) == ()  # what DataFold's Python SDK writes
    assert kdf_warnings(KdfParams.scrypt(2**14, 8, 1)) == ()
    (scrypt_warning,) = kdf_warnings(KdfParams.scrypt(2**13, 8, 1))
    assert "8192 KiB of scrypt memory" in scrypt_warning


def test_a_passphrase_that_is_not_unicode_text_is_refused() -> None:
    assert encode_passphrase("pässwörd") == "pässwörd".encode()
    with pytest.raises(InvalidInputError, match="UTF-8"):
        encode_passphrase("bad \udc80 surrogate")


@pytest.mark.parametrize(
    "params",
    [
        KdfParams.argon2id(memory_kib=1024 * 1024, iterations=64, parallelism=16),
        KdfParams.argon2id(memory_kib=1024 * 1024, iterations=4, parallelism=1),
        KdfParams.argon2id(memory_kib=65536, iterations=49, parallelism=1),
        KdfParams.scrypt(2**20, 8, 1),
        KdfParams.scrypt(2**18, 8, 2),
        KdfParams.scrypt(2**16, 32, 16),
    ],
)
def test_argon2_work_over_the_budget_is_refused(params: KdfParams) -> None:
    # Each field is in range; together they would run far longer than a few seconds.
    with pytest.raises(BackupFormatError, match="budget"):
        check_kdf_params(params)


def test_derived_keys_run_once_per_salt_and_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []
    real = kdf.hash_secret_raw

    def counting(secret: bytes, salt: bytes, **kwargs: object) -> bytes:
        calls.append(salt)
        return real(secret, salt, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kdf, "hash_secret_raw", counting)
    keys = kdf.DerivedKeys()
    cheap = KdfParams.argon2id(memory_kib=64, iterations=1)
    first = keys.derive("pw", SALT, cheap)
    assert keys.derive("pw", SALT, cheap) == first
    keys.derive("pw", SALT[::-1], cheap)
    assert calls == [SALT, SALT[::-1]]


def test_derived_keys_refuse_a_plan_over_the_budget_before_deriving(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kdf, "hash_secret_raw", lambda *a, **k: pytest.fail("the KDF ran"))
    dear = KdfParams.argon2id(memory_kib=65536, iterations=48)
    keys = kdf.DerivedKeys()
    # The same salt and parameters twice cost once; a third distinct one is over.
    keys.plan([(SALT, dear), (SALT, dear), (SALT[::-1], dear)])
    with pytest.raises(BackupFormatError, match="Split the bundle"):
        keys.plan([(b"another salt....", dear)])


@given(
    cost=st.one_of(st.integers(-(2**70), 2**70), st.sampled_from([2**k for k in range(25)])),
    block_size=st.integers(-5, 2**40),
    parallelism=st.integers(-5, 2**40),
)
def test_any_scrypt_parameters_are_accepted_within_the_budget_or_named(
    cost: int, block_size: int, parallelism: int
) -> None:
    params = KdfParams.scrypt(cost, block_size, parallelism)
    try:
        check_kdf_params(params)
    except BackupFormatError as exc:
        assert exc.field in ("kdf_params.n", "kdf_params.r", "kdf_params.p")
        return
    # Accepted: hashlib will take it, and it costs no more than the budget.
    assert kdf.kdf_work(params) <= ARGON2_WORK_BUDGET
    assert cost & (cost - 1) == 0 and cost.bit_length() <= 16 * block_size
