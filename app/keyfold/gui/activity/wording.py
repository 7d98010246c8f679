"""Plain words for activity-log events and for the result of checking the log."""

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from keyfold.core.audit import AuditKind, AuditVerification
from keyfold.gui.base.models.formatting import counted
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# Marked here; kind_words translates them.
KIND_WORDS = {
    AuditKind.GENERATE: QT_TRANSLATE_NOOP("AuditWording", "Key created"),
    AuditKind.IMPORT: QT_TRANSLATE_NOOP("AuditWording", "Key imported"),
    AuditKind.EXPORT: QT_TRANSLATE_NOOP("AuditWording", "Public key exported"),
    AuditKind.BACKUP: QT_TRANSLATE_NOOP("AuditWording", "Backup made"),
    AuditKind.RESTORE: QT_TRANSLATE_NOOP("AuditWording", "Restored from backup"),
    AuditKind.SIGN: QT_TRANSLATE_NOOP("AuditWording", "Signed"),
    AuditKind.VERIFY: QT_TRANSLATE_NOOP("AuditWording", "Signature checked"),
    AuditKind.REGISTER: QT_TRANSLATE_NOOP("AuditWording", "Registered with a server"),
    AuditKind.REVOKE: QT_TRANSLATE_NOOP("AuditWording", "Registration cancelled"),
    AuditKind.ROTATE: QT_TRANSLATE_NOOP("AuditWording", "New key version"),
    AuditKind.DELETE: QT_TRANSLATE_NOOP("AuditWording", "Key deleted"),
    AuditKind.PASSPHRASE_CHANGE: QT_TRANSLATE_NOOP("AuditWording", "Passphrase changed"),
    AuditKind.BACKEND_MOVE: QT_TRANSLATE_NOOP("AuditWording", "Moved to other storage"),
    AuditKind.UNLOCK: QT_TRANSLATE_NOOP("AuditWording", "Key unlocked"),
    AuditKind.EXPIRE: QT_TRANSLATE_NOOP("AuditWording", "Old version expired"),
    AuditKind.METADATA_CHANGE: QT_TRANSLATE_NOOP("AuditWording", "Name or tags changed"),
    AuditKind.POLICY_CHANGE: QT_TRANSLATE_NOOP("AuditWording", "Settings changed"),
    AuditKind.DERIVE_PASSWORD: QT_TRANSLATE_NOOP("AuditWording", "Password made for a service"),
    AuditKind.REGISTRATION_UPDATE: QT_TRANSLATE_NOOP("AuditWording", "Server told of new version"),
    AuditKind.ROTATION_RECOVERY: QT_TRANSLATE_NOOP("AuditWording", "Interrupted rotation settled"),
    AuditKind.TRUST: QT_TRANSLATE_NOOP("AuditWording", "Public key trusted"),
    AuditKind.UNTRUST: QT_TRANSLATE_NOOP("AuditWording", "Public key no longer trusted"),
    AuditKind.ENCRYPT: QT_TRANSLATE_NOOP("AuditWording", "Encrypted"),
    AuditKind.DECRYPT: QT_TRANSLATE_NOOP("AuditWording", "Decrypted"),
    AuditKind.SHARD_KEY: QT_TRANSLATE_NOOP("AuditWording", "Shard key service used"),
}


def kind_words(kind: str) -> str:
    """The event in words, translated; a kind without words is shown as the log spells it."""
    try:
        words = KIND_WORDS.get(AuditKind(kind))
    except ValueError:
        words = None
    if words is None:
        return kind.replace("_", " ").capitalize()
    return QCoreApplication.translate("AuditWording", words)


def details_text(details: Mapping[str, str]) -> str:
    """`name: value` pairs on one line, in a stable order (the log's words, untranslated)."""
    return ", ".join(f"{key.replace('_', ' ')}: {value}" for key, value in sorted(details.items()))


def verification_text(result: AuditVerification) -> str:
    """What checking the log found, in words a non-expert can act on."""
    if result.ok:
        return counted(
            result.count,
            QCoreApplication.translate(
                "AuditWording",
                "The activity log is intact: its {count} entry is as it was written, not "
                "changed, removed or reordered.",
            ),
            QCoreApplication.translate(
                "AuditWording",
                "The activity log is intact: all {count} entries are as they were written, none "
                "changed, removed or reordered.",
            ),
        ).format(count=result.count)
    parts = [
        QCoreApplication.translate(
            "AuditWording", "The activity log was changed after it was written ({reason})."
        ).format(reason=result.reason.rstrip("."))
        if result.reason
        else QCoreApplication.translate(
            "AuditWording", "The activity log was changed after it was written."
        )
    ]
    if result.first_bad_seq is not None:
        parts.append(
            QCoreApplication.translate(
                "AuditWording", "The first damaged entry is number {number}."
            ).format(number=result.first_bad_seq)
        )
    parts.append(
        QCoreApplication.translate(
            "AuditWording",
            "Entries may have been edited, removed or reordered outside Keyfold: restore the "
            "vault from a backup you trust, or find out who had access to this computer.",
        )
    )
    return " ".join(parts)
