"""OpenSSH's formats for Ed25519 keys: the agent protocol, SSH signatures, allowed signers."""
