"""What the key search looks in, and whether a key matches the typed words."""

from collections.abc import Iterable

from keyfold.core.vault.records import KeyRecord


def haystack(record: KeyRecord) -> str:
    """Name, id, tags and both fingerprints, casefolded: built once per loaded key."""
    return " ".join(
        (
            record.name,
            record.key_id,
            " ".join(record.tags),
            record.fingerprint,
            record.public_key.ssh_fingerprint,
        )
    ).casefold()


def warm_fingerprints(records: Iterable[KeyRecord]) -> None:
    """Compute each key's fingerprints, the costly part of its search text.

    They are cached on the key's public key object, which the vault keeps
    across loads; plain values, so the window's preloader thread can do this.
    """
    for record in records:
        record.public_key.ssh_fingerprint  # noqa: B018 -- cached on first use
        record.fingerprint  # noqa: B018 -- likewise


def search_words(text: str) -> tuple[str, ...]:
    """The words of a query, casefolded; a key must contain every one."""
    return tuple(text.casefold().split())


def key_matches(record: KeyRecord, text: str) -> bool:
    """True when every word of `text` is in the name, id, a tag or fingerprint."""
    found = haystack(record)
    return all(word in found for word in search_words(text))
