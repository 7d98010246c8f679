"""QR payload slicing and joining: exact documents, clean cuts, named errors, fuzzed."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keyfold.core.paper.payload import (
    MAX_PARTS,
    PREFIX,
    SINGLE_CODE_BYTES,
    SLICE_BYTES,
    PaperFormatError,
    join_payloads,
    parse_part,
    qr_payloads,
)


def test_a_short_document_is_its_own_payload() -> None:
    doc = b'{"version": 1}\n'
    assert qr_payloads(doc) == [doc]
    assert join_payloads([b"https://example.org", doc, doc]) == doc


def test_a_long_document_is_sliced_between_characters() -> None:
    doc = ('{"name": "' + "é€😀x" * 400 + '"}').encode()
    payloads = qr_payloads(doc)
    assert len(payloads) > 1
    for number, payload in enumerate(payloads, start=1):
        head = f"{PREFIX}{number}/{len(payloads)}:".encode()
        assert payload.startswith(head)
        body = payload[len(head) :]
        assert len(body) <= SLICE_BYTES
        body.decode("utf-8")  # never cut inside a character
    assert join_payloads(reversed(payloads)) == doc


def test_the_single_code_limit_is_inclusive() -> None:
    doc = b"{" + b"x" * (SINGLE_CODE_BYTES - 1)
    assert qr_payloads(doc) == [doc]
    assert len(qr_payloads(doc + b"x")) == 2


def test_a_missing_part_is_named() -> None:
    payloads = qr_payloads(b"{" + b"a" * 3000)
    with pytest.raises(PaperFormatError, match=r"Found 4 of the 6 codes.*codes 2, 5 could not"):
        join_payloads(payloads[:1] + payloads[2:4] + payloads[5:])


def test_parts_of_two_backups_are_told_apart() -> None:
    one = qr_payloads(b"{" + b"a" * 3000)
    other = qr_payloads(b"{" + b"b" * 2000)
    with pytest.raises(PaperFormatError, match="belong to different paper backups"):
        join_payloads(one + other)
    same_count = qr_payloads(b"{" + b"c" * 3000)
    with pytest.raises(PaperFormatError, match="Two different codes claim to be part 1 of 6"):
        join_payloads(one + same_count)
    with pytest.raises(PaperFormatError, match="holds 2 different backups"):
        join_payloads([b'{"a": 1}', b'{"b": 2}'])


def test_no_backup_code_at_all() -> None:
    with pytest.raises(PaperFormatError, match="No Keyfold backup code was found"):
        join_payloads([b"WIFI:S:home;;", b""])


@pytest.mark.parametrize(
    "payload", [b"keyfold-backup:0/3:x", b"keyfold-backup:4/3:x", b"keyfold-backup:1/999:x"]
)
def test_impossible_part_numbers_are_refused(payload: bytes) -> None:
    with pytest.raises(PaperFormatError, match="a paper backup has 1 to"):
        parse_part(payload)


def test_a_document_too_long_for_paper_is_refused() -> None:
    with pytest.raises(PaperFormatError, match=f"at most {MAX_PARTS} codes"):
        qr_payloads(b"{" + b"x" * (SLICE_BYTES * MAX_PARTS + 1))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=80),
            st.builds(
                lambda i, n, body: f"{PREFIX}{i}/{n}:".encode() + body,
                st.integers(0, 120),
                st.integers(0, 120),
                st.binary(max_size=40),
            ),
        ),
        max_size=12,
    )
)
def test_any_set_of_codes_joins_or_fails_with_one_sentence(payloads: list[bytes]) -> None:
    try:
        joined = join_payloads(payloads)
    except PaperFormatError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(joined, bytes)
