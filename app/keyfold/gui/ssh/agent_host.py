"""AgentHost: runs the SSH agent off the GUI thread and carries its questions to the GUI.

The agent answers on its socket's threads. When it must ask (a passphrase, a
yes for one signature), it emits a signal with plain values and waits; the GUI
shows a dialog and calls `answer()`. The passphrase is used on the agent's
thread, so Argon2 never runs on the GUI thread.
"""

import itertools
import logging
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from keyfold.controller import Controller
from keyfold.controller.ssh_agent import SignPrompt, SshAgent
from keyfold.core.errors import WrongPassphraseError
from keyfold.core.ssh.agent_socket import AgentSocket

log = logging.getLogger(__name__)

# A question nobody answers is refused after this long, so ssh does not hang forever.
PROMPT_TIMEOUT_SECONDS = 120.0
UNLOCK_ATTEMPTS = 3


class AgentHost(QObject):
    """Start and stop the agent; `AgentPrompts` for it, bridged to the GUI thread."""

    # request id, SignPrompt, error sentence ("" the first time)
    passphrase_wanted = Signal(int, object, str)
    # request id, SignPrompt
    confirmation_wanted = Signal(int, object)
    key_unlocked = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.confirm_each_use = False
        self._server: AgentSocket | None = None
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[threading.Event, list[object]]] = {}
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def path(self) -> Path | None:
        return None if self._server is None else self._server.path

    def start(self, path: Path) -> None:
        """Listen on `path` (KeyfoldError when it cannot); restarts when already running."""
        self.stop()
        agent = SshAgent(
            self.controller.vault,
            self.controller.keys,
            self.controller.ssh,
            self.controller.ssh.ssh_key_ids,
            prompts=self,
            confirm_each_use=lambda: self.confirm_each_use,
        )
        server = AgentSocket(path, agent.handle)
        server.start()  # binding is quick; serving happens on its own threads
        self._server = server
        self.running_changed.emit(True)

    def stop(self) -> None:
        if self._server is None:
            return
        server, self._server = self._server, None
        self._release_all()
        server.stop()
        self.running_changed.emit(False)

    def answer(self, request_id: int, value: object) -> None:
        """The GUI's answer to a question (a passphrase, None for no, or a bool)."""
        with self._lock:
            pending = self._pending.pop(request_id, None)
        if pending is not None:
            event, slot = pending
            slot.append(value)
            event.set()

    # AgentPrompts, called on the agent's threads ----------------------------

    def unlock(self, prompt: SignPrompt) -> bool:
        error = ""
        for _attempt in range(UNLOCK_ATTEMPTS):
            passphrase = self._ask(partial(self._emit_passphrase_wanted, prompt, error))
            if not isinstance(passphrase, str) or not passphrase:
                return False
            try:
                self.controller.keys.unlock(prompt.key_id, passphrase)
            except WrongPassphraseError:
                error = QCoreApplication.translate(
                    "SshAgent", "That passphrase is not right. Try again."
                )
                continue
            self.key_unlocked.emit(prompt.key_id)
            return True
        return False

    def _emit_passphrase_wanted(self, prompt: SignPrompt, error: str, request_id: int) -> None:
        self.passphrase_wanted.emit(request_id, prompt, error)

    def confirm(self, prompt: SignPrompt) -> bool:
        return self._ask(lambda rid: self.confirmation_wanted.emit(rid, prompt)) is True

    def _ask(self, emit: Callable[[int], None]) -> object:
        request_id = next(self._ids)
        event = threading.Event()
        slot: list[object] = []
        with self._lock:
            self._pending[request_id] = (event, slot)
        emit(request_id)
        if not event.wait(PROMPT_TIMEOUT_SECONDS):
            with self._lock:
                self._pending.pop(request_id, None)
            log.info("SSH agent: nobody answered within %s seconds", PROMPT_TIMEOUT_SECONDS)
            return None
        return slot[0] if slot else None

    def _release_all(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, {}
        for event, _slot in pending.values():
            event.set()
