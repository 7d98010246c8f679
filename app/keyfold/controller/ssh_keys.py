"""SshService: which keys serve SSH, SSH signatures (SSHSIG) made and checked with vault keys."""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.controller.signing import SIGNATURE_FILE_MODE, SignatureExistsError, SigningService
from keyfold.core.atomic_files import atomic_write
from keyfold.core.audit import AuditKind, loggable
from keyfold.core.errors import InvalidInputError, KeyNotFoundError, SignatureFormatError
from keyfold.core.keys import PublicKey
from keyfold.core.progress import CancelToken
from keyfold.core.ssh import sshsig
from keyfold.core.vault import KeyRecord, KeyVersion, Vault
from keyfold.core.vault.tables import ssh_keys

SSH_SIGNATURE_SUFFIX = ".sig"
FILE_NAMESPACE = "file"


@dataclass(frozen=True)
class SshKeyMatch:
    """The vault key (and version) an SSH public key belongs to."""

    record: KeyRecord
    version: KeyVersion

    @property
    def is_current(self) -> bool:
        return self.version.version == self.record.current.version


@dataclass(frozen=True)
class SshVerification:
    """One `.sig` checked against the vault's keys and the trusted keys."""

    path: Path
    signature_path: Path
    valid: bool
    reason: str
    signer_name: str | None = None
    key_id: str | None = None
    key_version: int | None = None
    ssh_fingerprint: str | None = None
    namespace: str | None = None


class SshService:
    """The vault's keys as SSH keys: the "Use for SSH" switch and SSH signatures."""

    def __init__(
        self,
        vault: Vault,
        keys: KeyService,
        signing: SigningService,
        audit: AuditService,
    ) -> None:
        self.vault = vault
        self.keys = keys
        self.signing = signing
        self.audit = audit

    # The "Use for SSH" switch ------------------------------------------------

    def uses_ssh(self, key_id: str) -> bool:
        with self.vault.reading() as conn:
            return ssh_keys.uses_ssh(conn, key_id)

    def set_use_for_ssh(self, key_id: str, enabled: bool) -> None:
        record = self.vault.get_key(key_id)
        with self.vault.database() as conn:
            ssh_keys.set_use_for_ssh(conn, key_id, enabled)
            self.audit.append_in(
                conn,
                AuditKind.POLICY_CHANGE,
                key_id,
                record.current.version,
                {"action": "ssh-enabled" if enabled else "ssh-disabled"},
            )
        self.audit.log.sync_anchor()

    def ssh_key_ids(self) -> list[str]:
        """Keys whose "Use for SSH" switch is on, in the vault's order."""
        with self.vault.reading() as conn:
            enabled = ssh_keys.enabled_key_ids(conn)
        return [record.key_id for record in self.vault.list_keys() if record.key_id in enabled]

    # Finding keys -----------------------------------------------------------

    def find(
        self, public_key: PublicKey, key_ids: Sequence[str] | None = None
    ) -> SshKeyMatch | None:
        """The vault key holding this public key (any version), among `key_ids` if given."""
        for record in self.vault.list_keys():
            if key_ids is not None and record.key_id not in key_ids:
                continue
            for version in record.versions:
                if version.public_key == public_key:
                    return SshKeyMatch(record, version)
        return None

    def current_match(self, public_key: PublicKey, source: str) -> SshKeyMatch:
        """The vault key whose current version is this key; a clear error otherwise."""
        match = self.find(public_key)
        if match is None:
            raise KeyNotFoundError(f"{source} is not the public key of any key in the vault.")
        if not match.is_current:
            raise InvalidInputError(
                f"{source} is version {match.version.version} of key {match.record.key_id}, "
                f"which was rotated; version {match.record.current.version} signs now "
                f"(run keyfold-cli git-setup {match.record.key_id} --update)."
            )
        return match

    # Signing ---------------------------------------------------------------

    def sign_digest(
        self,
        key_id: str,
        namespace: str,
        digest: bytes,
        *,
        hash_algorithm: str = sshsig.DEFAULT_HASH,
        action: str = "sshsig",
    ) -> sshsig.SshSignature:
        """An SSH signature of a message digest with the key's current version."""
        version = self.vault.key_version(key_id)
        pair = self.keys.key_pair(key_id, version.version)
        signature = sshsig.sign_digest(
            pair.sign, pair.public, namespace, digest, hash_algorithm=hash_algorithm
        )
        self.signing.record_signature(
            key_id, version.version, {"action": action, "service": loggable(namespace)}
        )
        return signature

    def sign_file(
        self,
        key_id: str,
        path: Path,
        *,
        namespace: str = FILE_NAMESPACE,
        overwrite: bool = False,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Write `FILE.sig` (what `ssh-keygen -Y sign -n file` writes) beside the file."""
        target = path.with_name(path.name + SSH_SIGNATURE_SUFFIX)
        if target.exists() and not overwrite:
            raise SignatureExistsError(
                f"The signature {target} exists already; choose to overwrite to sign again.",
                [target],
            )
        digest = _digest_file(path, cancel)
        signature = self.sign_digest(key_id, namespace, digest, action="sshsig-file")
        atomic_write(target, signature.armored().encode("ascii"), mode=SIGNATURE_FILE_MODE)
        return target

    # Verifying -------------------------------------------------------------

    def verify_file(
        self,
        path: Path,
        signature_path: Path,
        *,
        namespace: str = FILE_NAMESPACE,
        cancel: CancelToken | None = None,
    ) -> SshVerification:
        """Check a `.sig` against the vault's keys (all versions) and the trusted keys."""
        try:
            parsed = sshsig.parse_armored(
                _read_signature(signature_path), f"The signature {signature_path}"
            )
        except SignatureFormatError as exc:
            return SshVerification(path, signature_path, False, str(exc))
        signer = parsed.public_key
        if parsed.namespace != namespace:
            return SshVerification(
                path,
                signature_path,
                False,
                f"The signature was made for {parsed.namespace!r}, not {namespace!r}.",
                ssh_fingerprint=signer.ssh_fingerprint,
                namespace=parsed.namespace,
            )
        match = self.find(signer)
        trusted = next((t for t in self.signing.list_trusted() if t.public_key == signer), None)
        if match is None and trusted is None:
            return SshVerification(
                path,
                signature_path,
                False,
                f"No vault key or trusted key is {signer.ssh_fingerprint}.",
                ssh_fingerprint=signer.ssh_fingerprint,
                namespace=parsed.namespace,
            )
        valid = parsed.verify_digest(_digest_file(path, cancel, parsed.hash_algorithm))
        name = (
            match.record.name or match.record.key_id if match else trusted.name if trusted else None
        )
        reason = f"Good signature by {name}." if valid else "The signature does not match the file."
        if match is not None:
            self.signing.record_verification(
                match.record.key_id,
                match.version.version,
                {
                    "action": "sshsig-file",
                    "file": loggable(str(path)),
                    "status": "valid" if valid else "invalid",
                },
            )
        return SshVerification(
            path,
            signature_path,
            valid,
            reason,
            signer_name=name,
            key_id=match.record.key_id if match else None,
            key_version=match.version.version if match else None,
            ssh_fingerprint=signer.ssh_fingerprint,
            namespace=parsed.namespace,
        )


def is_ssh_signature_file(path: Path) -> bool:
    """True for a `.sig` file that holds an SSH signature's armor."""
    if path.suffix != SSH_SIGNATURE_SUFFIX or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            return sshsig.looks_like_ssh_signature(handle.read(256))
    except OSError:
        return False


def _read_signature(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(sshsig.MAX_ARMORED_SIZE + 1)
    except OSError as exc:
        raise SignatureFormatError(f"Cannot read the signature {path}: {exc.strerror}.") from exc


def _digest_file(
    path: Path, cancel: CancelToken | None, hash_algorithm: str = sshsig.DEFAULT_HASH
) -> bytes:
    try:
        with path.open("rb") as handle:
            return sshsig.digest_stream(
                handle, hash_algorithm, None if cancel is None else cancel.check
            )
    except IsADirectoryError:
        raise InvalidInputError(f"{path} is a folder, not a file to sign.") from None
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from exc
