"""The kinds of event the audit trail records, apart from the log that stores them."""

from enum import StrEnum


class AuditKind(StrEnum):
    """The fixed set of events the log records."""

    GENERATE = "generate"
    IMPORT = "import"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    SIGN = "sign"
    VERIFY = "verify"
    REGISTER = "register"
    REVOKE = "revoke"
    ROTATE = "rotate"
    DELETE = "delete"
    PASSPHRASE_CHANGE = "passphrase_change"  # noqa: S105 -- an event name
    BACKEND_MOVE = "backend_move"
    UNLOCK = "unlock"
    EXPIRE = "expire"
    METADATA_CHANGE = "metadata_change"
    POLICY_CHANGE = "policy_change"
    DERIVE_PASSWORD = "derive_password"  # noqa: S105 -- an event name
    REGISTRATION_UPDATE = "registration_update"
    ROTATION_RECOVERY = "rotation_recovery"
    TRUST = "trust"
    UNTRUST = "untrust"
    ENCRYPT = "encrypt"
    DECRYPT = "decrypt"
    SHARD_KEY = "shard_key"  # the shard key service: get, rotate, archive, expire, root
