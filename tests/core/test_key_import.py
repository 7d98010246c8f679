"""Tests for keyfold.core.key_import: every private and public format, every refusal."""

import base64
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, rsa, x25519
from hypothesis import given
from hypothesis import strategies as st

from keyfold.core.errors import (
    KeyfoldError,
    KeyFormatError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from keyfold.core.key_import import bare_32_bytes, parse_private_key, parse_public_key
from keyfold.core.keys import KeyPair, PublicKeyFormat
from tests.conftest import require_tool

GARBAGE = (
    "The private key is not a recognised private key format (expected PEM, OpenSSH, hex or base64)."
)
Enc = serialization.Encoding
Fmt = serialization.PrivateFormat


@pytest.fixture
def pair() -> KeyPair:
    return KeyPair.generate()


def _private(pair: KeyPair, encoding: Enc, fmt: Fmt, passphrase: bytes | None = None) -> bytes:
    algorithm: serialization.KeySerializationEncryption = (
        serialization.NoEncryption()
        if passphrase is None
        else serialization.BestAvailableEncryption(passphrase)
    )
    return pair.private_key().private_bytes(encoding, fmt, algorithm)


def _assert_no_secret(exc: pytest.ExceptionInfo[BaseException], pair: KeyPair) -> None:
    message = str(exc.value)
    assert pair.seed.hex() not in message.lower()
    assert base64.b64encode(pair.seed).decode() not in message


# --- private keys: every format round-trips -------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "fmt"),
    [(Enc.PEM, Fmt.PKCS8), (Enc.DER, Fmt.PKCS8), (Enc.PEM, Fmt.OpenSSH)],
    ids=["pem-pkcs8", "der-pkcs8", "openssh"],
)
def test_unencrypted_containers_round_trip(pair: KeyPair, encoding: Enc, fmt: Fmt) -> None:
    assert parse_private_key(_private(pair, encoding, fmt)) == pair


@pytest.mark.parametrize(
    ("encoding", "fmt"),
    [(Enc.PEM, Fmt.PKCS8), (Enc.DER, Fmt.PKCS8), (Enc.PEM, Fmt.OpenSSH)],
    ids=["pem-pkcs8", "der-pkcs8", "openssh"],
)
def test_encrypted_containers_need_the_right_passphrase(
    pair: KeyPair, encoding: Enc, fmt: Fmt
) -> None:
    data = _private(pair, encoding, fmt, b"correct horse")
    assert parse_private_key(data, "correct horse") == pair
    with pytest.raises(PassphraseRequiredError, match="is encrypted; give its passphrase"):
        parse_private_key(data)
    with pytest.raises(WrongPassphraseError) as exc:
        parse_private_key(data, "battery staple")
    assert "battery" not in str(exc.value)


def test_passphrase_given_for_a_plain_key_is_ignored(pair: KeyPair) -> None:
    assert parse_private_key(_private(pair, Enc.PEM, Fmt.PKCS8), "unneeded") == pair


def test_encrypted_pkcs8_pem_has_its_own_label(pair: KeyPair) -> None:
    # The detection relies on the loader, not the label; check the label anyway so
    # this test proves the encrypted form is what was exercised.
    data = _private(pair, Enc.PEM, Fmt.PKCS8, b"pw")
    assert data.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert parse_private_key(data, "pw") == pair


def test_pem_block_with_surrounding_text_and_crlf(pair: KeyPair) -> None:
    pem = _private(pair, Enc.PEM, Fmt.PKCS8).replace(b"\n", b"\r\n")
    data = b"Key for the build server\r\n" + pem + b"\r\nend of file\r\n"
    assert parse_private_key(data) == pair


def test_utf8_byte_order_mark_is_ignored(pair: KeyPair) -> None:
    assert parse_private_key(b"\xef\xbb\xbf" + pair.seed.hex().encode()) == pair


def test_hex_seed_and_seed_with_public(pair: KeyPair) -> None:
    assert parse_private_key(pair.seed.hex().encode()) == pair
    assert parse_private_key(pair.seed.hex().upper().encode() + b"\n") == pair
    both = (pair.seed + pair.public.raw).hex()
    assert parse_private_key(both.encode()) == pair
    wrapped = both[:64] + "\n" + both[64:] + "\n"
    assert parse_private_key(wrapped.encode()) == pair


def test_base64_seed_and_seed_with_public(pair: KeyPair) -> None:
    assert parse_private_key(base64.b64encode(pair.seed)) == pair
    both = base64.b64encode(pair.seed + pair.public.raw)
    assert parse_private_key(both + b"\n") == pair
    assert parse_private_key(base64.b64encode(pair.seed).rstrip(b"=")) == pair


@pytest.mark.parametrize("encoding", ["hex", "base64"])
def test_mismatched_public_half_is_refused(pair: KeyPair, encoding: str) -> None:
    raw = pair.seed + KeyPair.generate().public.raw
    data = raw.hex().encode() if encoding == "hex" else base64.b64encode(raw)
    with pytest.raises(KeyFormatError, match="public half that does not match its seed") as exc:
        parse_private_key(data)
    _assert_no_secret(exc, pair)


@given(seed=st.binary(min_size=32, max_size=32))
def test_any_seed_round_trips_through_every_private_format(seed: bytes) -> None:
    pair = KeyPair.from_seed(seed)
    for data in (
        seed.hex().encode(),
        (seed + pair.public.raw).hex().encode(),
        base64.b64encode(seed),
        base64.b64encode(seed + pair.public.raw),
        _private(pair, Enc.PEM, Fmt.PKCS8),
        _private(pair, Enc.DER, Fmt.PKCS8),
        _private(pair, Enc.PEM, Fmt.OpenSSH),
    ):
        assert parse_private_key(data) == pair


# --- private keys: refusals -----------------------------------------------------------


def test_wrong_hex_length_names_the_lengths(pair: KeyPair) -> None:
    with pytest.raises(KeyFormatError) as exc:
        parse_private_key(pair.seed.hex()[:-2].encode())
    assert str(exc.value) == (
        "The private key has 62 hex characters; expected 64 (a seed)"
        " or 128 (a seed and its public key)."
    )
    _assert_no_secret(exc, pair)


def test_wrong_base64_length_names_the_lengths(pair: KeyPair) -> None:
    with pytest.raises(KeyFormatError) as exc:
        parse_private_key(base64.b64encode(pair.seed[:24]))
    assert str(exc.value) == (
        "The private key decodes from base64 to 24 bytes; expected 32 (a seed)"
        " or 64 (a seed and its public key)."
    )


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: rsa.generate_private_key(65537, 2048), "is an RSA key"),
        (lambda: ec.generate_private_key(ec.SECP256R1()), "is a P-256 ECDSA key"),
        (x25519.X25519PrivateKey.generate, "is an X25519 key (for key agreement, not signing)"),
        (ed448.Ed448PrivateKey.generate, "is an Ed448 key"),
    ],
    ids=["rsa", "p256", "x25519", "ed448"],
)
@pytest.mark.parametrize("encoding", [Enc.PEM, Enc.DER], ids=["pem", "der"])
def test_other_algorithms_are_refused_by_name(make: object, expected: str, encoding: Enc) -> None:
    assert callable(make)
    key = make()
    data = key.private_bytes(encoding, Fmt.PKCS8, serialization.NoEncryption())
    with pytest.raises(KeyFormatError) as exc:
        parse_private_key(data)
    assert str(exc.value) == f"The private key {expected}; Keyfold manages Ed25519 keys only."


def test_openssh_rsa_private_key_is_refused() -> None:
    key = rsa.generate_private_key(65537, 2048)
    data = key.private_bytes(Enc.PEM, Fmt.OpenSSH, serialization.NoEncryption())
    with pytest.raises(KeyFormatError, match="is an RSA key; Keyfold manages Ed25519"):
        parse_private_key(data)


def test_encrypted_foreign_key_asks_for_passphrase_then_names_algorithm() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    data = key.private_bytes(Enc.PEM, Fmt.PKCS8, serialization.BestAvailableEncryption(b"pw"))
    with pytest.raises(PassphraseRequiredError):
        parse_private_key(data)
    with pytest.raises(KeyFormatError, match="P-256"):
        parse_private_key(data, "pw")


@pytest.mark.parametrize(
    "data",
    [b"hello world, this is not a key", b"not base64 !!", b"\x00\x01\x02binary", b"{}"],
)
def test_garbage_gets_the_format_sentence(data: bytes) -> None:
    with pytest.raises(KeyFormatError) as exc:
        parse_private_key(data)
    assert str(exc.value) == GARBAGE


def test_damaged_der_and_pem_are_refused(pair: KeyPair) -> None:
    der = _private(pair, Enc.DER, Fmt.PKCS8)
    with pytest.raises(KeyFormatError, match="damaged or in an unsupported encoding") as exc:
        parse_private_key(der[:-5])
    _assert_no_secret(exc, pair)
    pem = b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
    with pytest.raises(KeyFormatError, match="damaged or in an unsupported encoding"):
        parse_private_key(pem)
    truncated = _private(pair, Enc.PEM, Fmt.PKCS8).split(b"-----END")[0]
    with pytest.raises(KeyFormatError, match="PEM block without its END line"):
        parse_private_key(truncated)


def test_empty_input_is_refused() -> None:
    with pytest.raises(KeyFormatError, match=r"^The private key is empty\.$"):
        parse_private_key(b"  \n ")


@pytest.mark.parametrize(
    "fmt", [PublicKeyFormat.PEM, PublicKeyFormat.OPENSSH], ids=["pem", "openssh"]
)
def test_public_key_given_as_private_is_refused(pair: KeyPair, fmt: PublicKeyFormat) -> None:
    with pytest.raises(KeyFormatError, match="public key; import the private key file"):
        parse_private_key(pair.public.export(fmt, comment="me@host").encode())


def test_minisign_file_given_as_private_is_refused(pair: KeyPair) -> None:
    with pytest.raises(KeyFormatError, match="minisign key file"):
        parse_private_key(pair.public.export(PublicKeyFormat.MINISIGN).encode())


def test_other_pem_blocks_are_named() -> None:
    data = b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
    with pytest.raises(KeyFormatError, match=r"is a PEM certificate, not a private key\.$"):
        parse_private_key(data)


def test_source_names_the_file(pair: KeyPair) -> None:
    with pytest.raises(PassphraseRequiredError) as exc:
        parse_private_key(_private(pair, Enc.PEM, Fmt.PKCS8, b"pw"), source="The file /tmp/id.pem")
    assert str(exc.value).startswith("The file /tmp/id.pem is encrypted")
    with pytest.raises(WrongPassphraseError, match=r"does not open the file /tmp/id\.pem\.$"):
        parse_private_key(
            _private(pair, Enc.PEM, Fmt.PKCS8, b"pw"), "nope", source="The file /tmp/id.pem"
        )


@given(data=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_input_parses_or_raises_a_keyfold_error(data: bytes) -> None:
    try:
        parse_private_key(data, "pw")
    except KeyfoldError as exc:
        assert str(exc).endswith(".")
        assert "\n" not in str(exc)


# --- ssh-keygen's own keys ------------------------------------------------------------


def _ssh_keygen(tmp_path: Path, passphrase: str) -> Path:
    tool = require_tool("ssh-keygen")
    path = tmp_path / "id_ed25519"
    subprocess.run(
        [tool, "-t", "ed25519", "-N", passphrase, "-C", "me@host", "-f", str(path), "-q"],
        check=True,
    )
    return path


def test_ssh_keygen_private_key_imports_to_its_public_key(tmp_path: Path) -> None:
    path = _ssh_keygen(tmp_path, "")
    pair = parse_private_key(path.read_bytes())
    written = parse_public_key(path.with_suffix(".pub").read_bytes())
    assert pair.public == written
    assert pair.public.export(PublicKeyFormat.OPENSSH, comment="me@host") == (
        path.with_suffix(".pub").read_text()
    )


def test_ssh_keygen_encrypted_private_key(tmp_path: Path) -> None:
    path = _ssh_keygen(tmp_path, "s3cret words")
    written = parse_public_key(path.with_suffix(".pub").read_bytes())
    assert parse_private_key(path.read_bytes(), "s3cret words").public == written
    with pytest.raises(PassphraseRequiredError):
        parse_private_key(path.read_bytes())
    with pytest.raises(WrongPassphraseError):
        parse_private_key(path.read_bytes(), "s3cret word")


# --- public keys ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(PublicKeyFormat))
def test_every_export_format_parses_back(pair: KeyPair, fmt: PublicKeyFormat) -> None:
    assert parse_public_key(pair.public.export(fmt).encode()) == pair.public
    assert parse_public_key(pair.public.export(fmt, comment="build key").encode()) == pair.public


def test_public_variants(pair: KeyPair) -> None:
    public = pair.public
    assert parse_public_key(public.hex.upper().encode()) == public
    assert parse_public_key(base64.b64encode(public.raw).rstrip(b"=")) == public
    der = (
        pair.private_key()
        .public_key()
        .public_bytes(Enc.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    assert parse_public_key(der) == public
    line = public.export(PublicKeyFormat.OPENSSH, comment="me@host").strip()
    assert parse_public_key(f'from="10.0.0.1",no-pty {line}'.encode()) == public
    minisign_line = public.export(PublicKeyFormat.MINISIGN).splitlines()[1]
    assert parse_public_key(minisign_line.encode()) == public


def test_non_ascii_comments_are_fine(pair: KeyPair) -> None:
    line = pair.public.export(PublicKeyFormat.OPENSSH, comment="José's laptop")
    assert parse_public_key(line.encode()) == pair.public
    minisign = pair.public.export(PublicKeyFormat.MINISIGN, comment="clé de José")
    assert parse_public_key(minisign.encode()) == pair.public
    pem = "Clé de José\n".encode() + _private(pair, Enc.PEM, Fmt.PKCS8)
    assert parse_private_key(pem) == pair


def test_minisign_key_number_must_match(pair: KeyPair) -> None:
    body = b"Ed" + bytes(8) + pair.public.raw
    data = f"untrusted comment: x\n{base64.b64encode(body).decode()}\n".encode()
    with pytest.raises(KeyFormatError, match="key number that does not match its key"):
        parse_public_key(data)


def test_minisign_wrong_algorithm_and_length(pair: KeyPair) -> None:
    body = b"Xy" + pair.public.key_number + pair.public.raw
    with pytest.raises(KeyFormatError, match="algorithm other than Ed25519"):
        parse_public_key(f"untrusted comment: x\n{base64.b64encode(body).decode()}".encode())
    with pytest.raises(KeyFormatError, match="minisign key line of 32 bytes; expected 42"):
        parse_public_key(
            f"untrusted comment: x\n{base64.b64encode(pair.public.raw).decode()}".encode()
        )
    with pytest.raises(KeyFormatError, match="a comment line and one key line"):
        parse_public_key(b"untrusted comment: x\n")


@pytest.mark.minisign
def test_real_minisign_files(tmp_path: Path) -> None:
    tool = require_tool("minisign")
    pub, sec = tmp_path / "k.pub", tmp_path / "k.key"
    subprocess.run(
        [tool, "-G", "-W", "-p", str(pub), "-s", str(sec)], check=True, capture_output=True
    )
    # minisign picks a random key number, not Keyfold's SHA-256 prefix.
    with pytest.raises(KeyFormatError, match="key number that does not match"):
        parse_public_key(pub.read_bytes())
    with pytest.raises(KeyFormatError, match="is a minisign secret key; give its public key"):
        parse_public_key(sec.read_bytes())


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: rsa.generate_private_key(65537, 2048), "an RSA key"),
        (lambda: ec.generate_private_key(ec.SECP256R1()), "a P-256 ECDSA key"),
        (x25519.X25519PrivateKey.generate, "an X25519 key (for key agreement, not signing)"),
    ],
    ids=["rsa", "p256", "x25519"],
)
def test_other_public_algorithms_are_refused(make: object, expected: str) -> None:
    assert callable(make)
    public = make().public_key()
    pem = public.public_bytes(Enc.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(KeyFormatError) as exc:
        parse_public_key(pem)
    assert str(exc.value) == f"The public key is {expected}; Keyfold manages Ed25519 keys only."


@pytest.mark.parametrize(
    "make",
    [
        lambda: rsa.generate_private_key(65537, 2048),
        lambda: ec.generate_private_key(ec.SECP256R1()),
    ],
    ids=["rsa", "p256"],
)
def test_other_openssh_public_lines_are_refused(make: object) -> None:
    assert callable(make)
    line = make().public_key().public_bytes(Enc.OpenSSH, serialization.PublicFormat.OpenSSH)
    with pytest.raises(KeyFormatError, match="Keyfold manages Ed25519 keys only"):
        parse_public_key(line + b" me@host\n")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", r"^The public key is empty\.$"),
        (b"abcd" * 15, "has 60 hex characters; expected 64"),
        (base64.b64encode(bytes(16)), "decodes from base64 to 16 bytes; expected 32"),
        (b"ssh-ed25519", "OpenSSH key line without its key"),
        (b"ssh-ed25519 AAAA!!!!", "damaged OpenSSH key line"),
        (b"just some words here", "not a recognised public key format"),
        (b"\x00\x01binary", "not a recognised public key format"),
        (b"\x30\x03\x02\x01\x00", "not a recognised public key format"),
        (b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", "damaged PEM public"),
        (b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "not a public key"),
    ],
)
def test_public_refusals(data: bytes, expected: str) -> None:
    with pytest.raises(KeyFormatError, match=expected):
        parse_public_key(data)


def test_two_openssh_lines_are_refused(pair: KeyPair) -> None:
    line = pair.public.export(PublicKeyFormat.OPENSSH)
    with pytest.raises(KeyFormatError, match="holds 2 lines; give one OpenSSH key line"):
        parse_public_key((line + line).encode())


@pytest.mark.parametrize("fmt", [Fmt.PKCS8, Fmt.OpenSSH], ids=["pkcs8", "openssh"])
def test_private_key_given_as_public_is_refused(pair: KeyPair, fmt: Fmt) -> None:
    with pytest.raises(KeyFormatError, match="is a private key; give its public key") as exc:
        parse_public_key(_private(pair, Enc.PEM, fmt))
    _assert_no_secret(exc, pair)


@given(seed=st.binary(min_size=32, max_size=32))
def test_any_public_key_round_trips_through_every_export(seed: bytes) -> None:
    # Any real key: random bytes are mostly not points of the curve, and refused.
    public = KeyPair.from_seed(seed).public
    for fmt in PublicKeyFormat:
        assert parse_public_key(public.export(fmt).encode()) == public


@given(data=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_public_input_parses_or_raises_a_key_format_error(data: bytes) -> None:
    try:
        parse_public_key(data)
    except KeyFormatError as exc:
        assert "\n" not in str(exc)


def test_bare_32_bytes_finds_a_lone_hex_or_base64_value(pair: KeyPair) -> None:
    seed = pair.seed
    for text in (seed.hex(), f"  {seed.hex().upper()}\n", base64.b64encode(seed).decode()):
        assert bare_32_bytes(text.encode()) == seed
    # A seed with its public half, or any other shape, is not ambiguous.
    assert bare_32_bytes((seed + pair.public.raw).hex().encode()) is None
    assert bare_32_bytes(pair.public.export(PublicKeyFormat.OPENSSH).encode()) is None
    assert bare_32_bytes(b"") is None and bare_32_bytes(b"\x00" * 32) is None
