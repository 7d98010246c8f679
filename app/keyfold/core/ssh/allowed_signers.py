"""OpenSSH's allowed signers file (ssh-keygen(1), ALLOWED SIGNERS): read, match, write lines.

One signer per line: `principals [options] ssh-ed25519 KEY [comment]`, where
principals are comma-separated patterns and the options are `namespaces="..."`,
`valid-after="..."`, `valid-before="..."` and `cert-authority`.
"""

import base64
import binascii
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from keyfold.core.errors import InvalidInputError
from keyfold.core.keys import PublicKey
from keyfold.core.ssh.wire import WireFormatError, openssh_line, parse_public_key_blob

# Real files hold a few hundred lines; this bounds what a hostile one can cost.
MAX_FILE_SIZE = 4 * 1024 * 1024
_TIME = re.compile(r"^([0-9]{8})([0-9]{4}([0-9]{2})?)?(Z)?$")


class AllowedSignersError(InvalidInputError):
    """The allowed signers file or one of its lines is malformed."""


@dataclass(frozen=True)
class AllowedSigner:
    """One line: who (principal patterns), which key, and where and when it counts."""

    principals: str
    key_type: str
    key_blob: bytes
    namespaces: str | None = None
    valid_after: datetime | None = None
    valid_before: datetime | None = None
    cert_authority: bool = False
    line_number: int = 0
    comment: str = ""

    def public_key(self) -> PublicKey | None:
        if self.key_type != "ssh-ed25519":
            return None
        try:
            return parse_public_key_blob(self.key_blob)
        except WireFormatError:
            return None

    def matches_key(self, key: PublicKey) -> bool:
        return not self.cert_authority and self.public_key() == key

    def valid_at(self, moment: datetime) -> bool:
        if self.valid_after is not None and moment < self.valid_after:
            return False
        return self.valid_before is None or moment <= self.valid_before

    def allows_namespace(self, namespace: str) -> bool:
        return self.namespaces is None or match_pattern_list(namespace, self.namespaces)

    def allows_principal(self, principal: str) -> bool:
        return match_pattern_list(principal, self.principals)


def parse(text: str, source: str = "The allowed signers file") -> list[AllowedSigner]:
    """Every signer line; comments and blank lines skipped, a bad line named by number."""
    if len(text) > MAX_FILE_SIZE:
        raise AllowedSignersError(f"{source} is larger than {MAX_FILE_SIZE // 1024 // 1024} MiB.")
    signers = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        signers.append(parse_line(line, f"Line {number} of {_lower(source)}", number))
    return signers


def parse_line(line: str, where: str, number: int = 0) -> AllowedSigner:
    principals, rest = _field(line, where, "principals")
    rest = rest.lstrip()
    options: dict[str, str | None] = {}
    if rest and not rest.startswith(("ssh-", "ecdsa-", "sk-")):
        option_text, rest = _field(rest, where, "options")
        options = _options(option_text, where)
    key_type, rest = _field(rest, where, "key type")
    key_text, comment = _field(rest, where, "key")
    try:
        blob = base64.b64decode(key_text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise AllowedSignersError(f"{where}: the key is not base64.") from exc
    unknown = set(options) - {"namespaces", "valid-after", "valid-before", "cert-authority"}
    if unknown:
        raise AllowedSignersError(f"{where}: unknown option {sorted(unknown)[0]!r}.")
    return AllowedSigner(
        principals=principals,
        key_type=key_type,
        key_blob=blob,
        namespaces=options.get("namespaces"),
        valid_after=_time(options.get("valid-after"), where),
        valid_before=_time(options.get("valid-before"), where),
        cert_authority="cert-authority" in options,
        line_number=number,
        comment=comment.strip(),
    )


def format_line(
    principal: str,
    key: PublicKey,
    *,
    namespaces: str | None = "git",
    valid_before: datetime | None = None,
    comment: str = "",
) -> str:
    """An allowed signers line (without a newline) that ssh-keygen reads."""
    if not principal or any(c.isspace() or c in '",' for c in principal):
        raise AllowedSignersError(
            "A signer's principal (an email address) may not hold spaces, commas or quotes."
        )
    options = []
    if namespaces is not None:
        options.append(f'namespaces="{namespaces}"')
    if valid_before is not None:
        options.append(f'valid-before="{format_time(valid_before)}"')
    fields = [principal, *([",".join(options)] if options else []), openssh_line(key, comment)]
    return " ".join(fields)


def with_valid_before(signer: AllowedSigner, moment: datetime) -> str:
    """The signer's line again, now ending its validity at `moment` (other fields kept)."""
    options = []
    if signer.cert_authority:
        options.append("cert-authority")
    if signer.namespaces is not None:
        options.append(f'namespaces="{signer.namespaces}"')
    if signer.valid_after is not None:
        options.append(f'valid-after="{format_time(signer.valid_after)}"')
    options.append(f'valid-before="{format_time(moment)}"')
    key = base64.b64encode(signer.key_blob).decode("ascii")
    principals = f'"{signer.principals}"' if " " in signer.principals else signer.principals
    line = f"{principals} {','.join(options)} {signer.key_type} {key}"
    return f"{line} {signer.comment}" if signer.comment else line


def format_time(moment: datetime) -> str:
    """`YYYYMMDDHHMMSSZ`: UTC, which ssh-keygen reads from OpenSSH 8.9 on."""
    return moment.astimezone(UTC).strftime("%Y%m%d%H%M%SZ")


def parse_time(text: str) -> datetime:
    """`YYYYMMDD[HHMM[SS]][Z]` as ssh-keygen reads it: local time unless it ends in Z."""
    match = _TIME.match(text)
    if match is None:
        raise AllowedSignersError(f"The time {text[:40]!r} is not YYYYMMDD[HHMM[SS]][Z].")
    digits = text.rstrip("Z").ljust(14, "0")
    try:
        moment = datetime.strptime(digits, "%Y%m%d%H%M%S")
    except ValueError as exc:
        raise AllowedSignersError(f"The time {text[:40]!r} is not a real date.") from exc
    if match.group(4):
        return moment.replace(tzinfo=UTC)
    return moment.astimezone()  # a naive time is the local time, as in ssh-keygen


def match_pattern(text: str, pattern: str) -> bool:
    """OpenSSH's wildcard match: `*` any run, `?` one character, nothing else special."""
    regex = "".join(
        ".*" if char == "*" else "." if char == "?" else re.escape(char) for char in pattern
    )
    return re.fullmatch(regex, text, flags=re.DOTALL) is not None


def match_pattern_list(text: str, patterns: str) -> bool:
    """True when a pattern matches and no negated (`!`) pattern does, like OpenSSH."""
    matched = False
    for pattern in patterns.split(","):
        if pattern.startswith("!"):
            if match_pattern(text, pattern[1:]):
                return False
        elif match_pattern(text, pattern):
            matched = True
    return matched


def find_principals(
    signers: Sequence[AllowedSigner], key: PublicKey, moment: datetime
) -> list[str]:
    """The principals fields of lines holding this key and valid at `moment`."""
    return [s.principals for s in signers if s.matches_key(key) and s.valid_at(moment)]


def _field(text: str, where: str, name: str) -> tuple[str, str]:
    """The next whitespace-separated field (quotes keep spaces and commas inside)."""
    text = text.lstrip()
    if not text:
        raise AllowedSignersError(f"{where}: the {name} field is missing.")
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char.isspace() and not quoted:
            return _unquote(text[:index]) if name == "principals" else text[:index], text[index:]
    if quoted:
        raise AllowedSignersError(f"{where}: a quote is not closed.")
    return (_unquote(text) if name == "principals" else text), ""


def _unquote(text: str) -> str:
    return text[1:-1] if len(text) >= 2 and text[0] == text[-1] == '"' else text


def _options(text: str, where: str) -> dict[str, str | None]:
    options: dict[str, str | None] = {}
    for item in re.findall(r'(?:[^,"]|"[^"]*")+', text):
        name, sep, value = item.partition("=")
        name = name.strip().lower()
        if sep:
            if len(value) < 2 or value[0] != '"' or value[-1] != '"':
                raise AllowedSignersError(f"{where}: the value of {name} needs quotes.")
            options[name] = value[1:-1]
        else:
            options[name] = None
    return options


def _time(text: str | None, where: str) -> datetime | None:
    if text is None:
        return None
    try:
        return parse_time(text)
    except AllowedSignersError as exc:
        raise AllowedSignersError(f"{where}: {exc}") from exc


def _lower(source: str) -> str:
    return source[:1].lower() + source[1:]
