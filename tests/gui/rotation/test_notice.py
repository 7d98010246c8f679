"""The rotation notice bar: rows per key, buttons, dismissal."""

from pytestqt.qtbot import QtBot

from keyfold.gui.rotation.notice import MAX_ROWS, NoticeItem, RotationNotice


def test_rows_buttons_and_dismiss(qtbot: QtBot) -> None:
    notice = RotationNotice()
    qtbot.addWidget(notice)
    notice.show_items([])
    assert notice.isHidden()
    rotate: list[str] = []
    resume: list[str] = []
    notice.rotate_requested.connect(rotate.append)
    notice.resume_requested.connect(resume.append)
    notice.show_items(
        [NoticeItem("a", "A <b>", "due: old"), NoticeItem("b", "B", "unfinished", pending=True)]
    )
    assert not notice.isHidden()
    assert (
        notice.title.text()
        == "1 key is due for a new version; 1 rotation has servers left to tell."
    )
    button_a, button_b = notice.button_for("a"), notice.button_for("b")
    assert button_a is not None and button_b is not None
    assert button_a.accessibleName() == "Rotate A <b>"
    assert button_b.text() == "Resume"
    button_a.click()
    button_b.click()
    assert (rotate, resume) == (["a"], ["b"])
    notice.close_button.click()
    notice.show_items([NoticeItem("a", "A", "due")])
    assert notice.isHidden()  # dismissed stays dismissed


def test_many_keys_are_summed_up(qtbot: QtBot) -> None:
    notice = RotationNotice()
    qtbot.addWidget(notice)
    notice.show_items([NoticeItem(f"k{i}", f"K{i}", "due") for i in range(MAX_ROWS + 2)])
    assert notice.button_for(f"k{MAX_ROWS - 1}") is not None
    assert notice.button_for(f"k{MAX_ROWS}") is None
    assert notice.rows.count() == MAX_ROWS + 1
