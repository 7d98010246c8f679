"""keyfold-ssh: `ssh-keygen -Y sign|verify|find-principals|check-novalidate` over vault keys.

Arguments, output lines and exit codes are ssh-keygen's, because git parses
them: `Good "NS" signature for PRINCIPAL with ED25519 key SHA256:...` on
success (exit 0), exit 255 on any failure, exit 1 on a usage error.
"""

import getopt
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, NoReturn, TextIO

from keyfold import logs
from keyfold.core.atomic_files import atomic_write
from keyfold.core.errors import KeyfoldError
from keyfold.core.ssh import allowed_signers, sshsig
from keyfold.ssh_tool.signer import Signer, read_public_key

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_FAILED = 255  # what ssh-keygen returns for a failed sign or verify
SIGNATURE_MODE = 0o644
_OPTIONS = "Y:n:f:I:s:O:Uqv"
_OPERATIONS = ("sign", "verify", "find-principals", "check-novalidate")


class Failure(Exception):
    """A failed operation: its stderr line, and an optional line for stdout (as ssh-keygen)."""

    def __init__(self, message: str, stdout: str | None = None) -> None:
        super().__init__(message)
        self.stdout = stdout


class _Args:
    def __init__(self, argv: Sequence[str]) -> None:
        try:
            pairs, self.files = getopt.gnu_getopt(list(argv), _OPTIONS)
        except getopt.GetoptError as exc:
            _usage(str(exc))
        self.operation = ""
        self.namespace = ""
        self.key_file = ""
        self.principal = ""
        self.signature = ""
        self.options: list[str] = []
        self.quiet = False
        for flag, value in pairs:
            if flag == "-Y":
                self.operation = value
            elif flag == "-n":
                self.namespace = value
            elif flag == "-f":
                self.key_file = value
            elif flag == "-I":
                self.principal = value
            elif flag == "-s":
                self.signature = value
            elif flag == "-O":
                self.options.append(value)
            elif flag == "-q":
                self.quiet = True
            # -U (the key is in an agent) and -v change nothing here: the
            # vault is tried first and an agent after it either way.
        if self.operation not in _OPERATIONS:
            _usage(f"-Y {self.operation or '?'} is not one of {', '.join(_OPERATIONS)}")

    def require(self, **fields: str) -> None:
        for flag, value in fields.items():
            if not getattr(self, value):
                _usage(f"-Y {self.operation} needs -{flag}")

    def verify_time(self) -> datetime:
        """`-O verify-time=` (git passes the commit's time), else now."""
        for option in self.options:
            name, _, value = option.partition("=")
            if name == "verify-time":
                try:
                    return allowed_signers.parse_time(value)
                except KeyfoldError as exc:
                    raise Failure(f'Invalid "verify-time" option: {exc}') from exc
        return datetime.now(UTC)


def main(argv: Sequence[str] | None = None) -> int:
    logs.configure("keyfold-ssh")
    args = _Args(sys.argv[1:] if argv is None else argv)
    try:
        if args.operation == "sign":
            return _sign(args)
        if args.operation == "verify":
            return _verify(args, sys.stdin.buffer, sys.stdout)
        if args.operation == "find-principals":
            return _find_principals(args, sys.stdout)
        return _check_novalidate(args, sys.stdin.buffer, sys.stdout)
    except Failure as exc:
        if exc.stdout:
            print(exc.stdout, flush=True)
        print(exc, file=sys.stderr)
        return EXIT_FAILED
    except KeyfoldError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED


def _sign(args: _Args) -> int:
    args.require(n="namespace", f="key_file")
    sshsig.check_namespace(args.namespace)
    vault = Path(os.environ["KEYFOLD_HOME"]) if os.environ.get("KEYFOLD_HOME") else None
    signer = Signer(read_public_key(args.key_file), args.key_file, vault)
    if not args.files or args.files == ["-"]:
        digest = sshsig.digest_stream(sys.stdin.buffer)
        sys.stdout.write(signer.sign(args.namespace, digest).armored())
        sys.stdout.flush()
        return EXIT_OK
    for name in args.files:
        target = Path(name + ".sig")
        if target.exists() and not _overwrite(target):
            continue
        if not args.quiet:
            print(f"Signing file {name}", file=sys.stderr)
        try:
            with open(name, "rb") as handle:
                digest = sshsig.digest_stream(handle)
        except OSError as exc:
            raise Failure(f"Cannot read {name}: {exc.strerror}") from exc
        signature = signer.sign(args.namespace, digest)
        atomic_write(target, signature.armored().encode("ascii"), mode=SIGNATURE_MODE)
        if not args.quiet:
            print(f"Write signature to {target}", file=sys.stderr)
    return EXIT_OK


def _verify(args: _Args, message: BinaryIO, out: TextIO) -> int:
    args.require(n="namespace", f="key_file", I="principal", s="signature")
    signature = _load_signature(args)
    _check(signature, args.namespace, message)
    moment = args.verify_time()
    signers = _load_allowed(args.key_file)
    accepted = [
        s
        for s in signers
        if s.matches_key(signature.public_key)
        and s.allows_principal(args.principal)
        and s.allows_namespace(args.namespace)
        and s.valid_at(moment)
    ]
    if not accepted:
        raise Failure(
            f"{args.key_file}: no line allows {args.principal} with this key for "
            f'"{args.namespace}" at that time',
            stdout="Could not verify signature.",
        )
    print(
        f'Good "{args.namespace}" signature for {args.principal} with ED25519 key '
        f"{signature.public_key.ssh_fingerprint}",
        file=out,
        flush=True,
    )
    return EXIT_OK


def _find_principals(args: _Args, out: TextIO) -> int:
    args.require(f="key_file", s="signature")
    signature = _load_signature(args)
    principals = allowed_signers.find_principals(
        _load_allowed(args.key_file), signature.public_key, args.verify_time()
    )
    if not principals:
        raise Failure("No principal matched.")
    for principal in principals:
        print(principal, file=out)
    out.flush()
    return EXIT_OK


def _check_novalidate(args: _Args, message: BinaryIO, out: TextIO) -> int:
    args.require(n="namespace", s="signature")
    signature = _load_signature(args)
    _check(signature, args.namespace, message)
    print(
        f'Good "{args.namespace}" signature with ED25519 key '
        f"{signature.public_key.ssh_fingerprint}",
        file=out,
        flush=True,
    )
    return EXIT_OK


def _check(signature: sshsig.SshSignature, namespace: str, message: BinaryIO) -> None:
    if signature.namespace != namespace:
        raise Failure(
            "Couldn't verify signature: namespace does not match",
            stdout="Could not verify signature.",
        )
    if not signature.verify_digest(sshsig.digest_stream(message, signature.hash_algorithm)):
        raise Failure(
            "Signature verification failed: incorrect signature",
            stdout="Could not verify signature.",
        )


def _load_signature(args: _Args) -> sshsig.SshSignature:
    try:
        with open(args.signature, "rb") as handle:
            data = handle.read(sshsig.MAX_ARMORED_SIZE + 1)
    except OSError as exc:
        raise Failure(f"Couldn't read signature file {args.signature}: {exc.strerror}") from exc
    try:
        return sshsig.parse_armored(data, f"The signature {args.signature}")
    except KeyfoldError as exc:
        raise Failure(f"Couldn't parse signature: {exc}") from exc


def _load_allowed(path: str) -> list[allowed_signers.AllowedSigner]:
    try:
        with open(path, "rb") as handle:
            data = handle.read(allowed_signers.MAX_FILE_SIZE + 1)
    except OSError as exc:
        raise Failure(f"Couldn't open allowed signers file {path}: {exc.strerror}") from exc
    try:
        return allowed_signers.parse(data.decode("utf-8"), f"The allowed signers file {path}")
    except UnicodeDecodeError as exc:
        raise Failure(f"The allowed signers file {path} is not UTF-8 text") from exc
    except KeyfoldError as exc:
        raise Failure(str(exc)) from exc


def _overwrite(target: Path) -> bool:
    """ssh-keygen's question when a signature is there already; no answer means no."""
    print(f"{target} already exists.", file=sys.stderr)
    print("Overwrite (y/n)? ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")


def _usage(reason: str) -> NoReturn:
    print(f"keyfold-ssh: {reason}", file=sys.stderr)
    print(
        "usage: keyfold-ssh -Y sign -n NAMESPACE -f KEYFILE [FILE ...]\n"
        "       keyfold-ssh -Y verify -f ALLOWED_SIGNERS -I PRINCIPAL -n NAMESPACE -s SIG\n"
        "       keyfold-ssh -Y find-principals -f ALLOWED_SIGNERS -s SIG\n"
        "       keyfold-ssh -Y check-novalidate -n NAMESPACE -s SIG",
        file=sys.stderr,
    )
    sys.exit(EXIT_USAGE)


if __name__ == "__main__":
    sys.exit(main())
