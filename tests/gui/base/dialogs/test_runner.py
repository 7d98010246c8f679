"""The real dialog runner: window-modal, never exec(); confirm runs on_yes only on yes."""

import logging

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from keyfold.gui.base.dialogs.runner import DialogRunner


def test_confirm_runs_action_only_when_chosen(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = DialogRunner()
    calls: list[int] = []
    runner.confirm(parent, "Delete", "Delete it?", action="Delete key",
                   on_yes=lambda: calls.append(1), destructive=True)  # fmt: skip
    box = parent.findChild(QMessageBox)
    assert box is not None and box.isVisible() and box.isModal()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert calls == []
    runner.confirm(parent, "Delete", "Delete it?", action="Delete key",
                   on_yes=lambda: calls.append(1))  # fmt: skip
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    yes = next(b for b in boxes[-1].buttons() if b.text() == "Delete key")
    yes.click()
    assert calls == [1]


def test_open_is_window_modal_and_reports_accept(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)
    accepted: list[int] = []
    DialogRunner().open(dialog, lambda: accepted.append(1))
    assert dialog.isVisible() and dialog.isModal()
    dialog.accept()
    assert accepted == [1]


def test_open_and_close_are_logged_by_name(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="keyfold")
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)
    dialog.setObjectName("probeDialog")
    DialogRunner().open(dialog)
    dialog.reject()
    assert "Dialog opened: probeDialog" in caplog.text
    assert "Dialog closed: probeDialog (0)" in caplog.text
