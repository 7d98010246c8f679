"""Plain words for activity-log events and for the result of checking the log."""

from collections.abc import Mapping
from pathlib import PurePath

from PySide6.QtCore import QCoreApplication

from keyfold.core.audit import AuditEntry, AuditKind, AuditVerification
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
    AuditKind.REVOKE: QT_TRANSLATE_NOOP("AuditWording", "Registration revoked"),
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
    """`name: value` pairs, one a line, in a stable order: the log's own words, shown on
    demand (tooltip, copy) under the sentence."""
    return "\n".join(f"{key.replace('_', ' ')}: {value}" for key, value in sorted(details.items()))


def _file(details: Mapping[str, str], name: str = "file") -> str:
    value = details.get(name, "")
    return PurePath(value).name or value


def sentence(entry: AuditEntry, key_name: str = "") -> str:
    """The entry as one translated sentence, e.g. "Signed report.pdf with Release
    signing, version 2". The log's raw details stay available through details_text."""
    d = entry.details
    key = key_name or entry.key_id or ""
    version = "" if entry.version is None else str(entry.version)
    kind = entry.kind
    count = int(d["count"]) if str(d.get("count", "")).isdigit() else 1
    if kind == AuditKind.SIGN and d.get("action") == "files":
        if count > 1:
            return QCoreApplication.translate(
                "AuditWording", "Signed {count} files with {key}, version {version}"
            ).format(count=count, key=key, version=version)
        return QCoreApplication.translate(
            "AuditWording", "Signed {file} with {key}, version {version}"
        ).format(file=_file(d), key=key, version=version)
    if kind == AuditKind.SIGN:
        return QCoreApplication.translate(
            "AuditWording", "Signed a message with {key}, version {version}"
        ).format(key=key, version=version)
    if kind == AuditKind.UNLOCK and d.get("result") == "wrong_passphrase":
        return QCoreApplication.translate(
            "AuditWording", "Failed to unlock {key}: the passphrase was wrong"
        ).format(key=key)
    if kind == AuditKind.BACKUP and d.get("action") == "verify":
        return QCoreApplication.translate(
            "AuditWording", "Checked the backup {file} of {key}"
        ).format(file=_file(d, "path"), key=key)
    if kind == AuditKind.BACKUP:
        return QCoreApplication.translate("AuditWording", "Backed up {key} to {file}").format(
            key=key, file=_file(d, "path")
        )
    if kind == AuditKind.RESTORE:
        return QCoreApplication.translate(
            "AuditWording", "Restored {key}, version {version}, from {file}"
        ).format(key=key, version=version, file=_file(d, "path"))
    if kind == AuditKind.REVOKE:
        return QCoreApplication.translate(
            "AuditWording", "Revoked the registration of {key} at {server}"
        ).format(key=key, server=d.get("server", ""))
    if kind == AuditKind.REGISTER:
        return QCoreApplication.translate(
            "AuditWording", "Registered {key}, version {version}, at {server}"
        ).format(key=key, version=version, server=d.get("server", ""))
    if kind == AuditKind.ENCRYPT:
        return QCoreApplication.translate("AuditWording", "Encrypted {file}").format(file=_file(d))
    if kind == AuditKind.DECRYPT:
        return QCoreApplication.translate("AuditWording", "Decrypted {file}").format(file=_file(d))
    if kind == AuditKind.EXPORT:
        return QCoreApplication.translate(
            "AuditWording", "Exported the public key of {key} to {file}"
        ).format(key=key, file=_file(d))
    if kind == AuditKind.ROTATE:
        return QCoreApplication.translate("AuditWording", "Made version {version} of {key}").format(
            key=key, version=version
        )
    # The rest read well as the event's words and the key.
    if key and version:
        return QCoreApplication.translate(
            "AuditWording", "{what}: {key}, version {version}"
        ).format(what=kind_words(kind), key=key, version=version)
    if key:
        return QCoreApplication.translate("AuditWording", "{what}: {key}").format(
            what=kind_words(kind), key=key
        )
    return kind_words(kind)


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
