"""The archived versions a backup carries beside the current one, unlocked."""

from keyfold.controller.keys import KeyService
from keyfold.core.backup.codec import ArchivedKey
from keyfold.core.vault import KeyRecord, VersionStatus


def archived_keys(keys: KeyService, record: KeyRecord) -> list[ArchivedKey]:
    """`record`'s archived versions, oldest first (they share its passphrase); expired ones
    are left out. Raises `PassphraseRequiredError` when the key is locked."""
    return [
        ArchivedKey(
            version.version,
            version.status.value,
            version.created,
            keys.key_pair(record.key_id, version.version, record=record),
        )
        for version in sorted(record.versions, key=lambda v: v.version)
        if version.status is VersionStatus.ARCHIVED
    ]
