"""Every keyfold-cli command, its module and its help line, in one place."""

# Every command: its name, the module under keyfold.cli whose register() adds
# it, and its help line, in the order --help lists them. keyfold.cli.main
# builds the parser from this table, so --help imports no command module and a
# command imports only its own; that module's register() takes the help line
# from here (test_main checks the table against what the modules register).
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("generate", "key_commands", "Generate a new Ed25519 key."),
    ("list", "key_commands", "List the vault's keys."),
    ("show", "key_commands", "Show one key's details."),
    ("delete", "key_commands", "Delete a key and its private key."),
    ("export-public", "key_commands", "Print or save a public key."),
    (
        "import",
        "key_commands",
        (
            "Import a private key: PEM, PKCS#8, OpenSSH, hex or base64 seed, or a backup. An "
            "encrypted file's passphrase comes from KEYFOLD_BACKUP_PASSPHRASE or a prompt."
        ),
    ),
    (
        "backup",
        "backup_commands",
        (
            "Write encrypted backups of keys: one KEY_ID-backup.json per key in a folder, one .json"
            " file for a single key, or one .tar.gz bundle."
        ),
    ),
    ("restore", "backup_commands", "Restore keys from a backup or bundle."),
    (
        "verify-backup",
        "backup_commands",
        "Check a backup's structure, and its passphrase when one is given, importing nothing.",
    ),
    (
        "split",
        "share_commands",
        (
            "Split a key into SLIP-39 shares: DIR/KEY_ID-share-I-of-N.txt, any K of the N recover "
            "it. The share passphrase comes from --passphrase-file, KEYFOLD_SHARE_PASSPHRASE or a "
            "prompt; the key's own from KEYFOLD_PASSPHRASE or a prompt."
        ),
    ),
    (
        "combine",
        "share_commands",
        (
            "Recover a key from SLIP-39 shares (one per non-comment line, across the files) and "
            "store it. The key's new passphrase comes from KEYFOLD_PASSPHRASE or a prompt."
        ),
    ),
    (
        "paper-backup",
        "share_commands",
        (
            "Write a printable PDF backup of a key: the standard backup in QR codes and as text. It"
            " is read back and opened before the command succeeds."
        ),
    ),
    ("sign", "signing_commands", "Sign files in the minisign format (writes FILE.minisig)."),
    (
        "verify",
        "signing_commands",
        (
            "Verify files against their minisign signatures (exit 0 valid, 1 invalid, 2 malformed "
            "or missing)."
        ),
    ),
    ("sign-message", "signing_commands", "Sign a UTF-8 text message (prints hex)."),
    ("verify-message", "signing_commands", "Verify a message signature (exit 0 valid, 1 not)."),
    (
        "trust",
        "signing_commands",
        "Trust someone's public key for verification (minisign .pub, ssh-ed25519 line, hex).",
    ),
    ("trusted", "signing_commands", "List the trusted public keys."),
    ("untrust", "signing_commands", "Remove a trusted public key."),
    (
        "rotate",
        "rotation_commands",
        "Make a new current version of a key; its registrations follow.",
    ),
    ("versions", "rotation_commands", "List a key's versions."),
    ("expire", "rotation_commands", "Expire archived versions of a key."),
    ("rotation-policy", "rotation_commands", "Show or set when a key is due for rotation."),
    ("due", "rotation_commands", "List keys due or overdue for rotation."),
    (
        "derive-password",
        "rotation_commands",
        (
            "Print the password derived from a key for a service (same for every holder of the key;"
            " changes when the key rotates)."
        ),
    ),
    (
        "audit",
        "audit_commands",
        "List the audit trail, or check it with `audit verify` (exit 1 when tampered).",
    ),
    ("usage", "audit_commands", "Show how often each version of a key was used."),
    ("encrypt", "encryption_commands", "Encrypt a file for keys and/or a passphrase (.kfe)."),
    (
        "decrypt",
        "encryption_commands",
        "Decrypt a .kfe file or shard folder (exit 1 when shards fail to verify).",
    ),
    ("inspect", "encryption_commands", "Show an encrypted file's manifest without decrypting."),
    (
        "encrypt-value",
        "encryption_commands",
        "Encrypt a text, JSON or binary value with a key's data key; prints a token.",
    ),
    (
        "decrypt-value",
        "encryption_commands",
        "Decrypt a data token (exit 1 when it was changed or damaged).",
    ),
    (
        "reencrypt-values",
        "encryption_commands",
        "Move every token in FILE (one a line) to the key's current version, in place.",
    ),
    ("shard-key", "encryption_commands", "The shard key service: per-shard keys that rotate."),
    ("register", "registry_commands", "Register a key's public key with a server."),
    ("status", "registry_commands", "Refresh and show a key's registrations."),
    (
        "verify-remote",
        "registry_commands",
        "Verify FILE.minisig on a server (message = hex BLAKE2b-512 of FILE).",
    ),
    (
        "verify-message-remote",
        "registry_commands",
        "Verify a text message's signature (hex or base64) on a server.",
    ),
    ("revoke", "registry_commands", "Revoke a key's registration."),
    ("registrations", "registry_commands", "List the vault's registrations."),
    (
        "server-registrations",
        "registry_commands",
        "List every registration on a server (needs the server's access token).",
    ),
    ("servers", "registry_commands", "List the saved registration servers."),
    ("server-add", "registry_commands", "Save a registration server."),
    ("server-remove", "registry_commands", "Forget a saved server."),
    ("server-test", "registry_commands", "Check that a server answers and what it offers."),
    (
        "ssh-agent",
        "ssh_commands",
        "Serve vault keys to ssh, ssh-add and git through an SSH agent socket (foreground).",
    ),
    (
        "git-setup",
        "ssh_commands",
        "Make git sign commits and tags with a key (through keyfold-ssh).",
    ),
)


HELP = {name: help_text for name, _module, help_text in COMMANDS}
