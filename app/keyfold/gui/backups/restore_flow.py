"""The restore wizard's flow, without widgets: what files hold, conflicts, and outcomes.

Label tables are marked with `QT_TRANSLATE_NOOP` (context "RestoreFlow") and
translated where used; sentences go through `QCoreApplication.translate`,
which needs no application object.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from keyfold.controller.backups import ConflictPolicy, RestoreAction, RestoreOutcome
from keyfold.core.backup import BackupInfo, CipherKind, KdfKind, KdfParams, parse_backup_time
from keyfold.core.display import shown
from keyfold.core.vault import BackupRecord
from keyfold.gui.base.models.formatting import counted, format_time
from keyfold.gui.base.translation import QT_TRANSLATE_NOOP


class Protection(StrEnum):
    """Which passphrase protects the restored keys."""

    BACKUP = "backup"
    PREVIOUS = "previous"  # the one the key with that id has in the vault now
    NEW = "new"


PROTECTION_SENTENCES = {
    Protection.BACKUP: QT_TRANSLATE_NOOP(
        "RestoreFlow", "The restored keys are protected by the backup's passphrase."
    ),
    Protection.PREVIOUS: QT_TRANSLATE_NOOP(
        "RestoreFlow",
        "The restored keys are protected by the passphrase the key had in this vault.",
    ),
    Protection.NEW: QT_TRANSLATE_NOOP(
        "RestoreFlow", "The restored keys are protected by the new passphrase you chose."
    ),
}


def protection_sentence(protection: Protection) -> str:
    return QCoreApplication.translate("RestoreFlow", PROTECTION_SENTENCES[protection])


class Step(IntEnum):
    FILES = 0
    CONFLICTS = 1
    PASSPHRASE = 2
    SUMMARY = 3


POLICY_LABELS = {
    ConflictPolicy.SKIP: QT_TRANSLATE_NOOP(
        "RestoreFlow", "Keep the key in this vault, skip the backup's"
    ),
    ConflictPolicy.RENAME: QT_TRANSLATE_NOOP(
        "RestoreFlow", "Restore the backup's key under a new ID"
    ),
    ConflictPolicy.OVERWRITE: QT_TRANSLATE_NOOP(
        "RestoreFlow", "Replace the key in this vault with the backup's"
    ),
}

LAYOUT_LABELS = {
    "seed": QT_TRANSLATE_NOOP("RestoreFlow", "Seed layout (DataFold key backup)"),
    "unified": QT_TRANSLATE_NOOP("RestoreFlow", "Unified layout (DataFold SDK)"),
    "keyfold": QT_TRANSLATE_NOOP("RestoreFlow", "Keyfold standard (readable by both)"),
    "datafold-js": QT_TRANSLATE_NOOP("RestoreFlow", "DataFold JavaScript SDK backup (JSON)"),
    "datafold-js-rotation": QT_TRANSLATE_NOOP(
        "RestoreFlow", "DataFold JavaScript SDK rotation backup (JSON)"
    ),
    "datafold-js-binary": QT_TRANSLATE_NOOP(
        "RestoreFlow", "DataFold JavaScript SDK binary backup (.dfkb)"
    ),
}

JS_LAYOUT_PREFIX = "datafold-js"

ACTION_LABELS = {
    RestoreAction.RESTORED: QT_TRANSLATE_NOOP("RestoreFlow", "restored"),
    RestoreAction.RENAMED: QT_TRANSLATE_NOOP("RestoreFlow", "restored under a new ID"),
    RestoreAction.OVERWRITTEN: QT_TRANSLATE_NOOP("RestoreFlow", "replaced the key in this vault"),
    RestoreAction.SKIPPED: QT_TRANSLATE_NOOP("RestoreFlow", "skipped, the vault keeps its own"),
}


def _translated(text: str) -> str:
    """A label from the tables above in the user's language."""
    return QCoreApplication.translate("RestoreFlow", text)


def policy_label(policy: ConflictPolicy) -> str:
    return _translated(POLICY_LABELS[policy])


def warning_label() -> str:
    """The label of `describe()`'s warning rows (the page colours them)."""
    return QCoreApplication.translate("RestoreFlow", "Warning")


@dataclass(frozen=True)
class InspectedFile:
    """A chosen file and what it holds, or why it cannot be used."""

    path: Path
    infos: tuple[BackupInfo, ...]
    error: str | None = None

    @property
    def usable(self) -> bool:
        return self.error is None and bool(self.infos)


def next_step(current: Step, has_conflicts: bool) -> Step | None:
    if current is Step.FILES:
        return Step.CONFLICTS if has_conflicts else Step.PASSPHRASE
    if current is Step.SUMMARY:
        return None
    return Step(current + 1)


def merge_files(
    current: Sequence[InspectedFile], added: Iterable[InspectedFile]
) -> list[InspectedFile]:
    """Add files, replacing one chosen twice (by resolved path)."""
    merged = {f.path.resolve(): f for f in current}
    for item in added:
        merged[item.path.resolve()] = item
    return list(merged.values())


def usable_files(files: Sequence[InspectedFile]) -> list[InspectedFile]:
    return [f for f in files if f.usable]


def conflicts(file: InspectedFile, existing: set[str]) -> list[str]:
    """Ids of keys in `file` that the vault already has."""
    return [info.key_id for info in file.infos if info.key_id and info.key_id in existing]


def files_with_conflicts(
    files: Sequence[InspectedFile], existing: set[str]
) -> list[tuple[InspectedFile, list[str]]]:
    return [(f, ids) for f in usable_files(files) if (ids := conflicts(f, existing))]


ConflictChoices = Mapping[tuple[Path, str], ConflictPolicy]


def policies_for(path: Path, choices: ConflictChoices) -> dict[str, ConflictPolicy]:
    """The per-key choices (key id -> policy) for one file."""
    return {key_id: policy for (file, key_id), policy in choices.items() if file == path}


def overwrite_warning(
    files: Sequence[InspectedFile],
    choices: ConflictChoices,
    existing: set[str],
) -> str | None:
    """The confirmation text naming the keys that would be replaced, else None."""
    replaced = [
        key_id
        for file, ids in files_with_conflicts(files, existing)
        for key_id in ids
        if choices.get((file.path, key_id)) is ConflictPolicy.OVERWRITE
    ]
    if not replaced:
        return None
    return QCoreApplication.translate(
        "RestoreFlow",
        "Replace {keys} in this vault with the keys from the backup? "
        "The private keys now in the vault are deleted and cannot be brought back "
        "unless you have another backup of them.",
    ).format(keys=", ".join(dict.fromkeys(replaced)))


def describe_kdf(kdf: KdfParams) -> str:
    if kdf.kind is KdfKind.PBKDF2:
        return QCoreApplication.translate("RestoreFlow", "PBKDF2-SHA256, {rounds} rounds").format(
            rounds=f"{kdf.iterations:,}"
        )
    if kdf.kind is KdfKind.SCRYPT:
        # Only symbols and numbers: nothing to translate.
        kib = kdf.scrypt_memory_bytes // 1024
        size = f"{kib // 1024} MiB" if kib >= 1024 else f"{kib} KiB"
        return f"scrypt, N={kdf.cost:,}, r={kdf.block_size}, p={kdf.parallelism} ({size})"
    memory = f"{kdf.memory_kib // 1024} MiB" if kdf.memory_kib >= 1024 else f"{kdf.memory_kib} KiB"
    # lupdate marks numerus forms only for tr() calls, so outside a QObject the
    # singular and plural are two translated templates, chosen by count.
    passes = counted(
        kdf.iterations,
        QCoreApplication.translate("RestoreFlow", "{count} pass"),
        QCoreApplication.translate("RestoreFlow", "{count} passes"),
    ).format(count=kdf.iterations)
    return QCoreApplication.translate("RestoreFlow", "Argon2id, {memory} memory, {passes}").format(
        memory=memory, passes=passes
    )


def describe_cipher(cipher: CipherKind) -> str:
    return {
        CipherKind.XCHACHA20_POLY1305: "XChaCha20-Poly1305",
        CipherKind.AES_GCM: "AES-256-GCM",
        CipherKind.CHACHA20_POLY1305: "ChaCha20-Poly1305",
    }.get(cipher, str(cipher))


def made_text(created: str | None) -> str:
    """The backup's date as the user's locale writes it; a date Keyfold cannot read is
    shown as written."""
    if not created:
        return QCoreApplication.translate("RestoreFlow", "(unknown)")
    moment = parse_backup_time(created)
    return created if moment is None else format_time(moment)


def known_backup_text(record: BackupRecord) -> str:
    """One line for a backup this vault made or restored from: file, keys, date."""
    keys = ", ".join(record.key_ids)
    return QCoreApplication.translate("RestoreFlow", "{file} — {keys} — {date}").format(
        file=Path(record.path).name, keys=keys, date=format_time(record.created)
    )


def describe(info: BackupInfo) -> list[tuple[str, str]]:
    """Label/value pairs for one key in a backup, as the wizard shows them."""
    layout = LAYOUT_LABELS.get(info.layout)
    # The JavaScript SDK keeps the key id and name inside the encryption.
    sealed = info.layout.startswith(JS_LAYOUT_PREFIX)
    rows = [
        (
            QCoreApplication.translate("RestoreFlow", "Key ID"),
            shown(info.key_id)
            or (
                QCoreApplication.translate("RestoreFlow", "(sealed; shown after restoring)")
                if sealed
                else QCoreApplication.translate("RestoreFlow", "(none given; made from the name)")
            ),
        ),
        (
            QCoreApplication.translate("RestoreFlow", "Name"),
            shown(info.name)
            or (
                QCoreApplication.translate("RestoreFlow", "(sealed; shown after restoring)")
                if sealed
                else QCoreApplication.translate("RestoreFlow", "(none)")
            ),
        ),
        (
            QCoreApplication.translate("RestoreFlow", "Fingerprint"),
            info.fingerprint
            or QCoreApplication.translate("RestoreFlow", "(shown after restoring)"),
        ),
        (
            QCoreApplication.translate("RestoreFlow", "Made"),
            made_text(info.created),
        ),
        (
            QCoreApplication.translate("RestoreFlow", "Layout"),
            _translated(layout) if layout else info.layout,
        ),
        (QCoreApplication.translate("RestoreFlow", "Key stretching"), describe_kdf(info.kdf)),
        (QCoreApplication.translate("RestoreFlow", "Encryption"), describe_cipher(info.cipher)),
    ]
    rows.extend((warning_label(), warning) for warning in info.warnings)
    return rows


def summary_lines(results: Sequence[tuple[Path, Sequence[RestoreOutcome]]]) -> list[str]:
    lines = []
    for path, outcomes in results:
        for outcome in outcomes:
            action = ACTION_LABELS.get(outcome.action)
            label = _translated(action) if action else str(outcome.action)
            source = outcome.source_key_id or outcome.key_id
            if outcome.key_id != outcome.source_key_id:
                line = QCoreApplication.translate(
                    "RestoreFlow", "{source} as {target}: {action} ({file})"
                ).format(source=source, target=outcome.key_id, action=label, file=path.name)
            else:
                line = QCoreApplication.translate(
                    "RestoreFlow", "{source}: {action} ({file})"
                ).format(source=source, action=label, file=path.name)
            lines.append(line)
            if outcome.layout.startswith(JS_LAYOUT_PREFIX):
                # Which SDK export it was (a rotation backup shows only once opened).
                kind = LAYOUT_LABELS.get(outcome.layout)
                lines.append("    " + (_translated(kind) if kind else outcome.layout))
    return lines
