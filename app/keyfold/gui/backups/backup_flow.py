"""The backup wizard's flow, without widgets: pages, what each needs, and the summary.

Its sentences go through `QCoreApplication.translate` (context "BackupFlow"),
which needs no application object.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from keyfold.core.backup import BackupInfo, BackupPreset
from keyfold.core.backup.datafold_js import check_js_passphrase
from keyfold.core.errors import InvalidInputError
from keyfold.core.vault.records import BackupRecord, KeyRecord

BUNDLE_SUFFIX = ".tar.gz"


class Step(IntEnum):
    KEYS = 0
    UNLOCK = 1
    PASSPHRASE = 2
    DESTINATION = 3
    RUN = 4  # writes, checks, then shows the summary; the last page


@dataclass
class BackupPlan:
    """What the user chose so far. `locked` holds ids still needing a passphrase."""

    key_ids: list[str] = field(default_factory=list)
    locked: set[str] = field(default_factory=set)
    passphrase: str = field(default="", repr=False)
    preset: BackupPreset = BackupPreset.STANDARD
    bundle: bool = False
    destination: Path | None = None


def initial_selection(keys: Sequence[KeyRecord], selected: Sequence[str]) -> list[str]:
    """The selection if any; else the keys that need a backup; else all keys."""
    ids = [k.key_id for k in keys]
    chosen = [key_id for key_id in selected if key_id in ids]
    if chosen:
        return chosen
    stale = [k.key_id for k in keys if k.last_backup is None or not k.backup_is_current]
    return stale or ids


def next_step(current: Step, plan: BackupPlan) -> Step | None:
    """The page after `current`: the unlock page only while a chosen key is locked."""
    if current is Step.KEYS:
        return Step.UNLOCK if locked_keys(plan) else Step.PASSPHRASE
    if current is Step.RUN:
        return None
    return Step(current + 1)


def locked_keys(plan: BackupPlan) -> list[str]:
    return [key_id for key_id in plan.key_ids if key_id in plan.locked]


def keys_problem(plan: BackupPlan) -> str | None:
    if plan.key_ids:
        return None
    return QCoreApplication.translate("BackupFlow", "Tick at least one key to back up.")


def unlock_problem(plan: BackupPlan) -> str | None:
    waiting = locked_keys(plan)
    if waiting:
        return QCoreApplication.translate(
            "BackupFlow", "Unlock {keys} first: a backup needs the private key."
        ).format(keys=", ".join(waiting))
    return None


def default_bundle_name(now: datetime) -> str:
    return f"keyfold-backup-{now:%Y-%m-%d}{BUNDLE_SUFFIX}"


def destination_problem(plan: BackupPlan) -> str | None:
    if plan.destination is None or not str(plan.destination).strip():
        if plan.bundle:
            return QCoreApplication.translate("BackupFlow", "Choose where to save the bundle file.")
        return QCoreApplication.translate(
            "BackupFlow", "Choose the folder the backup files go into."
        )
    if plan.bundle and not plan.destination.name.endswith(BUNDLE_SUFFIX):
        return QCoreApplication.translate(
            "BackupFlow", "A bundle file name ends in {suffix}."
        ).format(suffix=BUNDLE_SUFFIX)
    return None


def preset_problem(plan: BackupPlan) -> str | None:
    """A passphrase the chosen format's readers would refuse (only the JavaScript SDK's do)."""
    if plan.preset is not BackupPreset.DATAFOLD_JS:
        return None
    try:
        check_js_passphrase(plan.passphrase)
    except InvalidInputError:
        return QCoreApplication.translate(
            "BackupFlow",
            "The DataFold JavaScript SDK refuses passphrases shorter than 8 characters: "
            "go back and choose a longer one.",
        )
    return None


def bundle_path(folder_or_file: Path, now: datetime) -> Path:
    """A bundle path: as chosen, or a dated file name inside a chosen folder."""
    if folder_or_file.name.endswith(BUNDLE_SUFFIX):
        return folder_or_file
    return folder_or_file / default_bundle_name(now)


def summary_lines(
    records: Sequence[BackupRecord], checked: Sequence[Sequence[BackupInfo]]
) -> list[str]:
    """Plain sentences about what was written and that each file opened again."""
    lines = []
    for record, infos in zip(records, checked, strict=True):
        keys = ", ".join(record.key_ids)
        lines.append(
            QCoreApplication.translate(
                "BackupFlow", "{path}: {keys} — opened again with your passphrase."
            ).format(path=record.path, keys=keys)
        )
        note = QCoreApplication.translate("BackupFlow", "  Note on {key}: {warning}")
        for info in infos:
            lines.extend(
                note.format(key=info.key_id or info.name, warning=w) for w in info.warnings
            )
    lines.append(
        QCoreApplication.translate(
            "BackupFlow",
            "Keep the backup somewhere other than this computer, and keep the passphrase "
            "apart from it: without the passphrase, nobody can restore these keys, you included.",
        )
    )
    return lines
