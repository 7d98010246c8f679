"""Tests for keyfold.gui.shares.flow: copy-check questions, word grids, share locations."""

from pathlib import Path

from keyfold.gui.shares import flow


def test_questions_come_from_different_shares() -> None:
    for _ in range(20):
        first, second = flow.pick_questions(5, 33)
        assert first.share != second.share
        assert 1 <= first.position <= 33
    one, two = flow.pick_questions(1, 33)
    assert one.share == two.share and one.position != two.position


def test_where_the_shares_went() -> None:
    assert flow.share_location([]) == flow.PRINTED
    assert flow.share_location([Path("/a/x.txt"), Path("/a/y.txt")]) == "/a"
    assert flow.share_location([Path("/a/x.txt"), Path("/b/y.txt")]) == flow.PRINTED
    grid = flow.numbered_words(" ".join(f"w{i}" for i in range(1, 34)))
    assert grid[0] == [" 1. w1", "12. w12", "23. w23"]
    assert len(grid) == 11


def test_answers_ignore_case_and_spacing() -> None:
    mnemonics = ["alpha beta gamma", "delta epsilon zeta"]
    question = flow.WordQuestion(share=2, position=3)
    assert flow.answer_is_right(mnemonics, question, "  ZETA ")
    assert not flow.answer_is_right(mnemonics, question, "zeta zeta")
    assert not flow.answer_is_right(mnemonics, question, "gamma")
