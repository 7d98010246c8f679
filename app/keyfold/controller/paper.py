"""PaperService: a printable PDF backup of a key, checked by reading its codes back."""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from keyfold.controller.archived_keys import archived_keys
from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.core.atomic_files import atomic_write, ensure_private_dir
from keyfold.core.audit import AuditKind, loggable
from keyfold.core.backup import KdfParams, open_backup, seal_key
from keyfold.core.errors import InvalidInputError
from keyfold.core.paper.page import PageSize, PaperKey
from keyfold.core.paper.payload import PaperFormatError, qr_payloads
from keyfold.core.progress import CancelToken
from keyfold.core.vault import BackupRecord, Vault

PAPER_PRESET = "paper"


@dataclass(frozen=True)
class PaperBackup:
    """A paper backup made in memory: the PDF, the document its codes hold, how many codes."""

    key_id: str
    pdf: bytes
    document: bytes
    codes: int


class PaperService:
    """Paper backups of vault keys: the standard backup document, printed as QR codes and text."""

    def __init__(
        self, vault: Vault, keys: KeyService, *, audit: AuditService, kdf: KdfParams | None = None
    ) -> None:
        self.vault = vault
        self.keys = keys
        self.audit = audit
        self.kdf = kdf if kdf is not None else vault.kdf

    def make(
        self,
        key_id: str,
        passphrase: str,
        size: PageSize = PageSize.A4,
        *,
        cancel: CancelToken | None = None,
    ) -> PaperBackup:
        """Seal the key (current and archived versions) with `passphrase` and lay out the PDF.

        The key must be unlocked or unprotected. Nothing is written or recorded.
        """
        if not passphrase:
            raise InvalidInputError("A paper backup needs a passphrase.")
        record = self.vault.get_key(key_id)
        pair = self.keys.key_pair(key_id, record.current.version)
        archived = archived_keys(self.keys, record)
        if cancel is not None:
            cancel.check()
        document = seal_key(
            pair,
            passphrase,
            key_id=record.key_id,
            name=record.name,
            metadata={"description": record.description} if record.description else None,
            kdf=self.kdf,
            created=record.current.created,
            version=record.current.version,
            archived=archived,
        )
        if cancel is not None:
            cancel.check()
        from keyfold.core.paper.pdf import render_pdf  # fpdf2 loads when a page is made

        now = datetime.now(UTC)
        key = PaperKey(record.key_id, record.name, record.fingerprint, record.current.created, now)
        pdf = render_pdf(document, key, PageSize(size))
        return PaperBackup(record.key_id, pdf, document, len(qr_payloads(document)))

    def save(self, paper: PaperBackup, destination: Path, passphrase: str) -> BackupRecord:
        """Write the PDF, read its codes back from the file and open them with the
        passphrase, then record the backup (verified)."""
        destination = Path(destination).expanduser()
        if destination.suffix.lower() != ".pdf":
            raise InvalidInputError(f"{destination.name}: a paper backup is saved as a .pdf file.")
        if not destination.parent.is_dir():
            ensure_private_dir(destination.parent)
        from keyfold.core.paper.scan import read_paper_backup  # PDFium and zxing-cpp likewise

        atomic_write(destination, paper.pdf)
        if read_paper_backup(destination) != paper.document:
            raise PaperFormatError(
                f"{destination.name} was written, but its codes do not read back as the backup; "
                "do not rely on it."
            )
        open_backup(paper.document, passphrase)
        return self.record(paper, str(destination.resolve()), verified=True)

    def record(self, paper: PaperBackup, location: str, *, verified: bool) -> BackupRecord:
        """Record a paper backup of the key (its backup state and audit trail)."""
        record = self.vault.get_key(paper.key_id)
        now = datetime.now(UTC)
        if not Path(location).is_absolute():
            location = f"{location} {now:%Y-%m-%d %H:%M:%S}"  # it identifies the record
        backup = BackupRecord(
            path=location,
            key_ids=(paper.key_id,),
            fingerprints=(record.fingerprint,),
            created=now,
            preset=PAPER_PRESET,
            bundle=False,
            last_verified=now if verified else None,
        )
        self.vault.record_backup(backup)
        self.audit.record(
            AuditKind.BACKUP,
            paper.key_id,
            record.current.version,
            {
                "action": "paper",
                "format": "pdf",
                "path": loggable(location),
                "count": paper.codes,
                "fingerprint": record.fingerprint,
            },
        )
        return backup
