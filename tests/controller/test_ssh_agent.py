"""SshAgent behind a real socket, driven by the real ssh-add, ssh-keygen, ssh and sshd."""

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keyfold.controller import Controller
from keyfold.controller.ssh_agent import SignPrompt, SshAgent
from keyfold.core.audit import AuditKind
from keyfold.core.keys import PublicKeyFormat
from keyfold.core.ssh import agent_protocol as protocol
from keyfold.core.ssh.agent_socket import AgentSocket, Peer, call, connect
from keyfold.core.ssh.wire import public_key_blob, string
from tests.ssh_tools import run, ssh_login, sshd

PASSPHRASE = "agent test passphrase"


class Prompts:
    """What the person at the machine answers (the GUI asks with dialogs)."""

    def __init__(self, controller: Controller, passphrase: str | None, confirm: bool) -> None:
        self.controller = controller
        self.passphrase = passphrase
        self.answer = confirm
        self.asked: list[tuple[str, SignPrompt]] = []

    def unlock(self, prompt: SignPrompt) -> bool:
        self.asked.append(("unlock", prompt))
        if self.passphrase is None:
            return False
        self.controller.keys.unlock(prompt.key_id, self.passphrase)
        return True

    def confirm(self, prompt: SignPrompt) -> bool:
        self.asked.append(("confirm", prompt))
        return self.answer


class Served:
    def __init__(self, controller: Controller, socket_path: Path, prompts: Prompts) -> None:
        self.controller = controller
        self.path = socket_path
        self.prompts = prompts
        self.confirm_each_use = False
        self.key_ids = ["work"]
        self.agent = SshAgent(
            controller.vault,
            controller.keys,
            controller.ssh,
            lambda: self.key_ids,
            prompts=prompts,
            confirm_each_use=lambda: self.confirm_each_use,
        )
        self.env = {**os.environ, "SSH_AUTH_SOCK": str(socket_path)}

    def public_file(self, folder: Path, key_id: str = "work") -> Path:
        path = folder / f"{key_id}.pub"
        path.write_text(self.controller.keys.format_public(key_id, PublicKeyFormat.OPENSSH))
        return path


@pytest.fixture
def served(controller: Controller, tmp_path: Path) -> Iterator[Served]:
    controller.keys.generate("work", passphrase=PASSPHRASE, name="Work key")
    controller.keys.generate("other", passphrase=PASSPHRASE)
    state = Served(controller, tmp_path / "agent" / "sock", Prompts(controller, PASSPHRASE, True))
    server = AgentSocket(state.path, state.agent.handle)
    server.start()
    yield state
    server.stop()


def test_ssh_add_lists_only_the_served_keys(served: Served) -> None:
    listed = run("ssh-add", "-L", env=served.env)
    assert listed.returncode == 0, listed.stderr
    work = served.controller.keys.format_public("work", PublicKeyFormat.OPENSSH).split()[:2]
    assert listed.stdout.decode().split() == [*work, "work"]
    served.key_ids = ["work", "other"]
    assert len(run("ssh-add", "-L", env=served.env).stdout.splitlines()) == 2
    fingerprints = run("ssh-add", "-l", env=served.env).stdout.decode()
    assert served.controller.vault.get_key("work").public_key.ssh_fingerprint in fingerprints


def test_ssh_keygen_signs_through_the_agent_and_the_use_is_counted(
    served: Served, tmp_path: Path
) -> None:
    (tmp_path / "msg").write_bytes(b"hello\n")
    public = served.public_file(tmp_path)
    signed = run(
        "ssh-keygen",
        "-Y",
        "sign",
        "-n",
        "file",
        "-f",
        str(public),
        "msg",
        cwd=tmp_path,
        env=served.env,
    )
    assert signed.returncode == 0, signed.stderr
    (tmp_path / "allowed").write_text("me@example.org " + public.read_text())
    verify = (
        "-Y",
        "verify",
        "-f",
        "allowed",
        "-I",
        "me@example.org",
        "-n",
        "file",
        "-s",
        "msg.sig",
    )
    assert run("ssh-keygen", *verify, cwd=tmp_path, stdin=b"hello\n").returncode == 0
    assert run("ssh-keygen", *verify, cwd=tmp_path, stdin=b"hello!\n").returncode == 255
    assert served.controller.signing.signature_count("work") == 1
    (entry,) = served.controller.audit.list(kind=AuditKind.SIGN, key_id="work")
    assert entry.details["action"] == "ssh-agent-sshsig"
    assert entry.details["service"] == "file"
    assert entry.details["source"] == "ssh-keygen"


def test_a_locked_key_is_unlocked_on_demand_naming_key_and_program(
    served: Served, tmp_path: Path
) -> None:
    served.controller.keys.lock("work")
    public = served.public_file(tmp_path)
    (tmp_path / "msg").write_bytes(b"x")
    signed = run(
        "ssh-keygen",
        "-Y",
        "sign",
        "-n",
        "file",
        "-f",
        str(public),
        "msg",
        cwd=tmp_path,
        env=served.env,
    )
    assert signed.returncode == 0, signed.stderr
    ((kind, prompt),) = served.prompts.asked
    assert kind == "unlock"
    assert prompt.key_id == "work" and prompt.key_name == "Work key"
    assert prompt.program.startswith("ssh-keygen (process ")
    assert prompt.purpose == 'an SSH signature for "file"'


def test_a_refused_unlock_refuses_the_signature(served: Served, tmp_path: Path) -> None:
    served.controller.keys.lock("work")
    served.prompts.passphrase = None
    public = served.public_file(tmp_path)
    (tmp_path / "msg").write_bytes(b"x")
    signed = run(
        "ssh-keygen",
        "-Y",
        "sign",
        "-n",
        "file",
        "-f",
        str(public),
        "msg",
        cwd=tmp_path,
        env=served.env,
    )
    assert signed.returncode != 0
    assert not (tmp_path / "msg.sig").exists()
    assert served.controller.signing.signature_count("work") == 0


def test_confirm_each_use(served: Served, tmp_path: Path) -> None:
    served.confirm_each_use = True
    served.prompts.answer = False
    public = served.public_file(tmp_path)
    (tmp_path / "msg").write_bytes(b"x")
    args = ("-Y", "sign", "-n", "file", "-f", str(public), "msg")
    assert run("ssh-keygen", *args, cwd=tmp_path, env=served.env).returncode != 0
    served.prompts.answer = True
    assert run("ssh-keygen", *args, cwd=tmp_path, env=served.env).returncode == 0
    assert [kind for kind, _ in served.prompts.asked] == ["confirm", "confirm"]


def test_adding_and_removing_keys_is_refused_cleanly(served: Served, tmp_path: Path) -> None:
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(tmp_path / "k"))
    added = run("ssh-add", str(tmp_path / "k"), env=served.env)
    assert added.returncode != 0
    assert b"Could not add identity" in added.stderr
    assert run("ssh-add", "-D", env=served.env).returncode != 0
    assert run("ssh-add", "-d", str(tmp_path / "k.pub"), env=served.env).returncode != 0
    # The agent still answers on the same socket.
    assert run("ssh-add", "-L", env=served.env).returncode == 0


def test_lock_and_unlock_with_ssh_add(served: Served) -> None:
    # Without a terminal, ssh-add reads the lock password from stdin.
    locked = run("ssh-add", "-x", env=served.env, stdin=b"lockpw\nlockpw\n")
    assert locked.returncode == 0, locked.stderr
    assert b"locked" in locked.stderr
    assert run("ssh-add", "-L", env=served.env).returncode == 1  # no identities while locked
    assert served.agent.locked
    assert run("ssh-add", "-X", env=served.env, stdin=b"wrong\n").returncode != 0
    assert run("ssh-add", "-X", env=served.env, stdin=b"lockpw\n").returncode == 0
    assert run("ssh-add", "-L", env=served.env).returncode == 0


def test_unsupported_extensions_get_a_failure_not_a_hangup(served: Served) -> None:
    client = connect(served.path)
    try:
        extension = bytes([27]) + string(b"session-bind@openssh.com") + string(b"x")
        assert call(client, extension) == protocol.failure()
        assert call(client, bytes([99])) == protocol.failure()
        assert call(client, bytes([13]) + b"\x00") == protocol.failure()  # malformed
        answer = call(client, protocol.request_identities())
        assert protocol.parse_identities_answer(answer)[0][1] == "work"
    finally:
        client.close()


def test_sign_requests_for_keys_not_served_fail(served: Served) -> None:
    other = served.controller.vault.get_key("other").public_key
    peer = Peer(None, None, None)
    reply = served.agent.handle(protocol.sign_request(public_key_blob(other), b"data"), peer)
    assert reply == protocol.failure()
    assert served.controller.signing.signature_count("other") == 0


def test_concurrent_requests_ask_once(served: Served) -> None:
    served.controller.keys.lock("work")
    blob = public_key_blob(served.controller.vault.get_key("work").public_key)
    replies: list[bytes] = []

    def sign() -> None:
        replies.append(served.agent.handle(protocol.sign_request(blob, b"d"), Peer(1, 0, "t")))

    threads = [threading.Thread(target=sign) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(reply[0] == protocol.MessageType.SIGN_RESPONSE for reply in replies)
    assert [kind for kind, _ in served.prompts.asked] == ["unlock"]
    assert served.controller.signing.signature_count("work") == 4


def test_after_rotation_the_agent_serves_the_new_version(served: Served) -> None:
    before = run("ssh-add", "-L", env=served.env).stdout
    served.controller.rotation.rotate("work", PASSPHRASE)
    after = run("ssh-add", "-L", env=served.env).stdout.decode()
    assert after.encode() != before
    current = served.controller.keys.format_public("work", PublicKeyFormat.OPENSSH).split()[1]
    assert current in after


def test_real_ssh_logs_in_to_a_real_sshd_through_the_agent(served: Served, tmp_path: Path) -> None:
    public = served.controller.keys.format_public("work", PublicKeyFormat.OPENSSH)
    with sshd(tmp_path / "sshd", public) as port:
        login = ssh_login(port, served.path)
        assert login.returncode == 0, login.stderr
        assert login.stdout == b"logged-in\n"
        served.key_ids = ["other"]  # a key sshd does not know
        assert ssh_login(port, served.path).returncode == 255
    logins = [
        e
        for e in served.controller.audit.list(kind=AuditKind.SIGN, key_id="work")
        if e.details.get("action") == "ssh-agent-login"
    ]
    assert len(logins) == 1 and logins[0].details["service"] == "ssh"


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(message=st.binary(max_size=200))
def test_fuzzed_requests_always_get_a_reply(served: Served, message: bytes) -> None:
    reply = served.agent.handle(message, Peer(None, None, None))
    assert reply[0] in (
        protocol.MessageType.FAILURE,
        protocol.MessageType.SUCCESS,
        protocol.MessageType.IDENTITIES_ANSWER,
    )
