"""`SharesWizard` and `SummaryPage`: the shared frame, replies dropped once closed, last page."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from keyfold.gui.main_window import MainWindow
from keyfold.gui.shares.wizard import SharesWizard, SummaryPage


def test_frame_is_modern_without_back_or_cancel_on_the_last_page(window: MainWindow) -> None:
    wizard = SharesWizard(window.context, "someWizard")
    assert wizard.objectName() == "someWizard"
    assert wizard.parent() is window
    assert wizard.wizardStyle() == QWizard.WizardStyle.ModernStyle
    assert wizard.testOption(QWizard.WizardOption.NoBackButtonOnLastPage)
    assert wizard.testOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
    assert not wizard.windowIcon().isNull()


def test_while_open_passes_replies_until_the_wizard_is_done(window: MainWindow) -> None:
    wizard = SharesWizard(window.context, "someWizard")
    seen: list[int] = []
    reply = wizard.while_open(seen.append)
    reply(1)
    assert not wizard.closed
    wizard.reject()
    assert wizard.closed
    reply(2)
    assert seen == [1]


def test_summary_page_writes_its_paragraph_when_reached(window: MainWindow) -> None:
    wizard = SharesWizard(window.context, "someWizard")
    answers: list[str | None] = [None, "<b>done</b>"]
    page = SummaryPage("someSummary", lambda: answers.pop(0))
    wizard.addPage(page)
    page.initializePage()
    assert page.text.text() == ""
    page.initializePage()
    assert page.text.objectName() == "someSummary"
    assert page.text.text() == "<b>done</b>"
    assert page.text.textFormat() == Qt.TextFormat.PlainText
