"""What the key search looks in, and whether a key matches the typed words."""

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


def search_words(text: str) -> tuple[str, ...]:
    """The words of a query, casefolded; a key must contain every one."""
    return tuple(text.casefold().split())


def key_matches(record: KeyRecord, text: str) -> bool:
    """True when every word of `text` is in the name, id, a tag or fingerprint."""
    found = haystack(record)
    return all(word in found for word in search_words(text))
