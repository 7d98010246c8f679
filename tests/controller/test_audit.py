"""Tests for AuditService: recording, verification and usage per key version."""

import threading
from datetime import UTC, datetime
from typing import Any

import pytest

from keyfold.controller import Controller
from keyfold.controller.audit import AuditService
from keyfold.core.audit import ANCHOR_FILE_NAME, AuditDetailError, AuditKind
from keyfold.core.audit import log as audit_log
from keyfold.core.vault.tables import signature_usage

PASSPHRASE = "pass phrase"


@pytest.fixture
def audit(controller: Controller) -> AuditService:
    return AuditService(controller.vault, actor="test")


def test_records_land_in_the_vault_and_verify(controller: Controller, audit: AuditService) -> None:
    audit.record(AuditKind.GENERATE, "alpha", 1, {"storage": "file"})
    audit.record(AuditKind.BACKUP, "alpha", 1, {"path": "/backups/alpha.json"})
    assert [e.kind for e in audit.list(key_id="alpha")] == ["generate", "backup"]
    assert (controller.vault.home / ANCHOR_FILE_NAME).exists()
    result = audit.verify()
    assert result.ok and result.count == 2


def test_secret_details_are_refused(audit: AuditService) -> None:
    with pytest.raises(AuditDetailError, match="passphrase"):
        audit.record(AuditKind.PASSPHRASE_CHANGE, "alpha", None, {"passphrase": "x"})
    assert audit.list() == []


def test_usage_counts_per_version(audit: AuditService) -> None:
    assert audit.usage("alpha").versions == ()
    audit.record(AuditKind.SIGN, "alpha", 1, {"count": 3})
    audit.record(AuditKind.SIGN, "alpha", 1)
    audit.record(AuditKind.VERIFY, "alpha", 1)
    audit.record(AuditKind.EXPORT, "alpha", 2, {"format": "pem"})
    audit.record(AuditKind.UNLOCK, "alpha", 2)
    audit.record(AuditKind.UNLOCK, "alpha", 2)
    audit.record(AuditKind.DELETE, "alpha", 2)  # not usage
    audit.record(AuditKind.SIGN, "beta", 1)
    usage = audit.usage("alpha")
    first, second = usage.versions
    assert (first.version, first.signatures, first.verifications) == (1, 4, 1)
    assert (second.version, second.exports, second.unlocks, second.signatures) == (2, 1, 2, 0)
    assert usage.last_used == second.last_used
    assert usage.total("signatures") == 4
    assert usage.version(9).signatures == 0
    assert audit.signatures("alpha", 1) == 4


def test_signature_usage_counts_replace_audit_counts(controller: Controller) -> None:
    """The signing service counts every signature; one audit entry may cover several."""
    late = datetime(2030, 1, 1, tzinfo=UTC)
    audit = AuditService(controller.vault, actor="test")
    with controller.vault.database() as conn:
        signature_usage.add(conn, "alpha", 1, 7, late)
        signature_usage.add(conn, "alpha", 3, 2, late)
    audit.record(AuditKind.SIGN, "alpha", 1)
    audit.record(AuditKind.UNLOCK, "alpha", 1)
    usage = audit.usage("alpha")
    assert [(v.version, v.signatures, v.unlocks) for v in usage.versions] == [(1, 7, 1), (3, 2, 0)]
    assert usage.version(1).last_used == late


def test_usage_counts_the_signing_services_signatures(controller: Controller) -> None:
    controller.keys.generate("alpha", passphrase=PASSPHRASE)
    controller.signing.sign_message("alpha", "hello")
    controller.signing.sign_message("alpha", "again")
    assert controller.audit.usage("alpha").version(1).signatures == 2


def test_keys_can_be_made_while_the_trail_is_verified(
    controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verifying reads a snapshot: a long trail does not hold up writers, and what
    they add meanwhile (a key and its entry, the anchor moving on) is no alarm."""
    controller.keys.generate("alpha", passphrase=PASSPHRASE)
    made: list[str] = []
    checked = audit_log.check_row

    def check_row_while_a_key_is_made(*args: Any) -> Any:
        if not made:
            made.append("started")
            # Another thread: within one thread the vault's lock is re-entrant.
            writer = threading.Thread(
                target=lambda: made.append(
                    controller.keys.generate("beta", passphrase=PASSPHRASE).key_id
                )
            )
            writer.start()
            writer.join(timeout=20)
        return checked(*args)

    monkeypatch.setattr(audit_log, "check_row", check_row_while_a_key_is_made)
    during = controller.audit.verify()
    assert made == ["started", "beta"], "the key could not be made during verification"
    assert during.ok, during.reason
    assert during.count == 1  # the snapshot from before beta
    monkeypatch.undo()
    after = controller.audit.verify()
    assert after.ok and after.count == 2
