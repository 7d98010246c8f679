"""Tests for RegistryRotationAdapter: registrations follow rotations on the real server."""

from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.controller.registration_follower import RegistrationTarget, RegistryRotationAdapter
from keyfold.controller.rotation import RotationService
from keyfold.core.keys import KeyPair
from keyfold.core.rotation import RegistrationAction, RotationState, StepOutcome
from tests.server.live import LiveServer

PASSPHRASE = "correct horse battery"


@pytest.fixture
def server_url(sqlite_server: LiveServer) -> str:
    return sqlite_server.url


class NoRotationCall(RegistryRotationAdapter):
    """The real registry, as if the server had no rotation call (a DataFold node)."""

    def rotate(
        self, key_id: str, target: RegistrationTarget, old: KeyPair, new: KeyPair
    ) -> str | None:
        return None


@pytest.mark.server
def test_rotation_with_the_real_server(
    controller: Controller, tmp_path: Path, server_url: str
) -> None:
    controller.keys.generate("alice", passphrase=PASSPHRASE)
    controller.registry.register("alice", server_url, "alice-e2e")
    document = tmp_path / "release.tar"
    document.write_bytes(b"signed before the rotation")
    controller.signing.sign_files("alice", [document])

    service = controller.rotation
    result = service.rotate("alice", PASSPHRASE)
    new_key = result.new_version.public_key
    assert [(s.action, s.outcome, s.new_client_id) for s in result.steps] == [
        (RegistrationAction.ROTATE, StepOutcome.OK, "alice-e2e")
    ]
    [record] = controller.registry.status("alice", server_url)
    assert (record.client_id, record.public_key, record.status) == ("alice-e2e", new_key, "active")
    assert record.key_version == 2

    # Signed before: still verifies locally with the archived version...
    [row] = controller.signing.verify_files([document])
    assert row.valid and row.key_version == 1
    # ...and new signatures verify on the server under the same client id.
    fresh = tmp_path / "next.tar"
    fresh.write_bytes(b"signed after the rotation")
    controller.signing.sign_files("alice", [fresh])
    assert controller.registry.verify_file_remote(fresh, server_url, "alice-e2e").verified
    assert service.rotations("alice")[0].state is RotationState.DONE


@pytest.mark.server
def test_register_new_and_revoke_old_on_the_real_server(
    controller: Controller, tmp_path: Path, server_url: str
) -> None:
    controller.keys.generate("bob", passphrase=PASSPHRASE)
    controller.registry.register("bob", server_url, "bob-e2e")
    old_file = tmp_path / "old.bin"
    old_file.write_bytes(b"old")
    controller.signing.sign_files("bob", [old_file])
    service = RotationService(
        controller.vault,
        controller.keys,
        controller.audit,
        registrations=NoRotationCall(controller.registry, controller.keys),
    )
    result = service.rotate("bob", PASSPHRASE)
    assert [(s.action, s.outcome) for s in result.steps] == [
        (RegistrationAction.ROTATE, StepOutcome.UNSUPPORTED),
        (RegistrationAction.REGISTER, StepOutcome.OK),
        (RegistrationAction.REVOKE, StepOutcome.OK),
    ]
    assert result.steps[1].new_client_id == "bob-e2e-v2"
    records = {r.client_id: r for r in controller.registry.status("bob", server_url)}
    assert records["bob-e2e"].status == "revoked"
    assert records["bob-e2e-v2"].status == "active"
    assert records["bob-e2e-v2"].public_key == result.new_version.public_key
    # The old registration no longer verifies; the file still verifies locally.
    verdict = controller.registry.verify_file_remote(old_file, server_url, "bob-e2e")
    assert (verdict.verified, verdict.code) == (False, "KEY_NOT_ACTIVE")
    [row] = controller.signing.verify_files([old_file])
    assert row.valid and row.key_version == 1


@pytest.mark.server
def test_emergency_rotation_on_the_real_server(controller: Controller, server_url: str) -> None:
    controller.keys.generate("carol", passphrase=PASSPHRASE)
    controller.registry.register("carol", server_url, "carol-e2e")
    result = controller.rotation.rotate("carol", PASSPHRASE, emergency=True)
    assert [(s.action, s.outcome) for s in result.steps] == [
        (RegistrationAction.REVOKE, StepOutcome.OK),
        (RegistrationAction.REGISTER, StepOutcome.OK),
    ]
    records = {r.client_id: r for r in controller.registry.status("carol", server_url)}
    assert records["carol-e2e"].status == "revoked"
    assert records["carol-e2e-v2"].status == "active"
    kinds = [e.kind for e in controller.audit.list(key_id="carol")]
    assert kinds.index("registration_update") < kinds.index("rotate")


@pytest.mark.server
def test_rotation_on_a_plain_datafold_node(
    controller: Controller, tmp_path: Path, datafold_node: LiveServer
) -> None:
    url = datafold_node.url
    controller.keys.generate("dora", passphrase=PASSPHRASE)
    controller.registry.register("dora", url, "dora-node")
    result = controller.rotation.rotate("dora", PASSPHRASE)
    assert [(s.action, s.outcome, s.new_client_id) for s in result.steps] == [
        (RegistrationAction.ROTATE, StepOutcome.UNSUPPORTED, ""),
        (RegistrationAction.REGISTER, StepOutcome.OK, "dora-node-v2"),
        (RegistrationAction.REVOKE, StepOutcome.UNSUPPORTED, ""),
    ]
    # Nothing left to retry: the node cannot revoke, and the journal says so.
    assert controller.rotation.rotations("dora")[0].state is RotationState.DONE
    assert controller.rotation.steps(result.rotation.rotation_id)[-1].outcome is (
        StepOutcome.UNSUPPORTED
    )
    records = {r.client_id: r for r in controller.registry.status("dora", url)}
    assert records["dora-node"].status == "active" and records["dora-node"].key_version == 1
    assert records["dora-node-v2"].status == "active" and records["dora-node-v2"].key_version == 2
    assert records["dora-node-v2"].public_key == result.new_version.public_key
    fresh = tmp_path / "after.txt"
    fresh.write_bytes(b"signed by version 2")
    controller.signing.sign_files("dora", [fresh])
    assert controller.registry.verify_file_remote(fresh, url, "dora-node-v2").verified
    revokes = [
        dict(e.details)
        for e in controller.audit.list(key_id="dora")
        if e.details.get("action") == "revoke"
    ]
    assert [(d["old_client_id"], d["outcome"]) for d in revokes] == [("dora-node", "unsupported")]
