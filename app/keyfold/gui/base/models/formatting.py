"""Plain-words text for dates, sizes, counts, storage places and backup states."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from keyfold.core.vault.records import KeyRecord, StorageKind
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP

# Marked here; storage_label() and preset_label() translate them when shown.
STORAGE_LABELS = {
    StorageKind.KEYCHAIN: QT_TRANSLATE_NOOP("Formatting", "System keychain"),
    StorageKind.FILE: QT_TRANSLATE_NOOP("Formatting", "Encrypted file"),
}

PRESET_LABELS = {
    "standard": QT_TRANSLATE_NOOP("Formatting", "Standard"),
    "datafold-sdk": QT_TRANSLATE_NOOP("Formatting", "DataFold SDK compatible"),
    "datafold-js": QT_TRANSLATE_NOOP("Formatting", "DataFold JavaScript SDK"),
}


def storage_label(storage: StorageKind) -> str:
    """Where a private key lives, in the user's language."""
    label = STORAGE_LABELS.get(storage)
    return QCoreApplication.translate("Formatting", label) if label else str(storage)


def preset_label(preset: str) -> str:
    """A backup preset's name in the user's language; unknown presets as written."""
    label = PRESET_LABELS.get(preset)
    return QCoreApplication.translate("Formatting", label) if label else preset


def format_time(moment: datetime | None, never: str | None = None) -> str:
    """Local time to the minute in the user's locale's short form; naive datetimes are
    taken as local.

    `never` is shown for no date at all (default: "Never", translated).
    """
    if moment is None:
        return never if never is not None else QCoreApplication.translate("Formatting", "Never")
    local = moment.astimezone() if moment.tzinfo is not None else moment
    when = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set (tests, C/POSIX): ISO
        return when.toString("yyyy-MM-dd HH:mm")
    return locale.toString(when, QLocale.FormatType.ShortFormat)


def sort_time(moment: datetime | None) -> float:
    """A sortable number; missing dates sort first."""
    return moment.timestamp() if moment is not None else float("-inf")


def backup_state(record: KeyRecord) -> str:
    """One phrase a non-expert understands about the key's backup."""
    if record.last_backup is None:
        return QCoreApplication.translate("Formatting", "Never backed up")
    if not record.backup_is_current:
        return QCoreApplication.translate("Formatting", "Changed since last backup")
    return QCoreApplication.translate("Formatting", "Backed up {time}").format(
        time=format_time(record.last_backup)
    )


def needs_backup(record: KeyRecord) -> bool:
    return record.last_backup is None or not record.backup_is_current


def group_hex(text: str, size: int = 4) -> str:
    """Hex in groups of four ("1a2b 3c4d …"), easier to read aloud and compare."""
    return " ".join(text[i : i + size] for i in range(0, len(text), size))


def short_fingerprint(fingerprint: str) -> str:
    """The first 16 hex digits in groups of four, enough to tell keys apart."""
    return group_hex(fingerprint[:16])


def format_size(size: int) -> str:
    """Bytes in the unit a person reads: 0 bytes, 12 KB, 3.4 MB, 1.2 GB."""
    if size < 1000:
        return counted(
            size,
            QCoreApplication.translate("FileSize", "{count} byte"),
            QCoreApplication.translate("FileSize", "{count} bytes"),
        ).format(count=size)
    units = (
        QCoreApplication.translate("FileSize", "{value} KB"),
        QCoreApplication.translate("FileSize", "{value} MB"),
        QCoreApplication.translate("FileSize", "{value} GB"),
        QCoreApplication.translate("FileSize", "{value} TB"),
    )
    value = float(size)
    for place, unit in enumerate(units):
        value /= 1000
        if value < 1000 or place == len(units) - 1:
            return unit.format(value=f"{value:.1f}" if value < 100 else f"{value:.0f}")
    raise AssertionError("unreachable")


def counted(count: int, one: str, many: str) -> str:
    """English has two forms; callers pass both already translated.

    In QObjects translate each with `self.tr("%n file", "", n)` / `self.tr("%n files", "", n)`
    so a translation's numerus forms apply; elsewhere translate "{count} files" and format.
    """
    return one if count == 1 else many
