"""Answer widgets driven as a student would: clicks, typing and keys, then `given()` is checked."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from quizzes.model import Question, parse_question
from ui.answers import (
    AnswerWidget,
    MatchingWidget,
    MultipleChoiceWidget,
    NumericWidget,
    OrderingWidget,
    ShortAnswerWidget,
    SingleChoiceWidget,
    TrueFalseWidget,
    correct_given,
    make_answer_widget,
)
from ui.answers.matching import NO_CHOICE

QUESTIONS = {
    "single_choice": {
        "type": "single_choice",
        "prompt": "Which country joined the SCO in 2024?",
        "choices": ["Turkey", "Belarus", "Azerbaijan", "Mongolia"],
        "answer": "Belarus",
    },
    "multiple_choice": {
        "type": "multiple_choice",
        "prompt": "Which are full SCO members?",
        "choices": ["India", "Iran", "Turkey", "Pakistan"],
        "answer": ["India", "Iran", "Pakistan"],
    },
    "true_false": {"type": "true_false", "prompt": "Turkey is an SCO member.", "answer": False},
    "numeric": {
        "type": "numeric",
        "prompt": "How long is the Kazakhstan–Russia border?",
        "answer": 7600,
        "tolerance": 200,
        "unit": "km",
    },
    "short_answer": {
        "type": "short_answer",
        "prompt": "Name Kazakhstan's capital.",
        "answer": ["Astana"],
    },
    "ordering": {
        "type": "ordering",
        "prompt": "Order these capitals from west to east.",
        "answer": ["Ashgabat", "Tashkent", "Bishkek", "Astana"],
    },
    "matching": {
        "type": "matching",
        "prompt": "Match each leader to their country.",
        "answer": [
            ["Tokayev", "Kazakhstan"],
            ["Mirziyoyev", "Uzbekistan"],
            ["Japarov", "Kyrgyzstan"],
        ],
    },
}

# A valid answer of each shape, different from what a fresh widget shows.
GIVEN_EXAMPLES = {
    "single_choice": "Azerbaijan",
    "multiple_choice": ["India", "Pakistan"],
    "true_false": True,
    "numeric": 7250.5,
    "short_answer": "  Nur-Sultan ",
    "ordering": ["Astana", "Bishkek", "Ashgabat", "Tashkent"],
    "matching": [["Tokayev", "Kyrgyzstan"], ["Mirziyoyev", ""], ["Japarov", "Kazakhstan"]],
}


def question(kind: str, **changes: object) -> Question:
    data = {"id": kind, **QUESTIONS[kind], **changes}
    return parse_question(data, "q")


def make(qtbot, kind: str, seed: int = 1, **changes: object) -> AnswerWidget:
    widget = make_answer_widget(question(kind, **changes), random.Random(seed))
    qtbot.addWidget(widget)
    widget.resize(640, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


# ---------------------------------------------------------------- each type, as a student


def test_factory_builds_one_widget_class_per_type(qtbot):
    expected = {
        "single_choice": SingleChoiceWidget,
        "multiple_choice": MultipleChoiceWidget,
        "true_false": TrueFalseWidget,
        "numeric": NumericWidget,
        "short_answer": ShortAnswerWidget,
        "ordering": OrderingWidget,
        "matching": MatchingWidget,
    }
    for kind, widget_class in expected.items():
        widget = make(qtbot, kind)
        assert type(widget) is widget_class
        if kind == "ordering":
            assert widget.given() == widget.order()  # the order shown is an answer
        else:
            assert widget.given() is None, kind


def test_single_choice_click_picks_one_choice(qtbot):
    widget = make(qtbot, "single_choice")
    assert [row.text_label.text() for row in widget.rows] == QUESTIONS["single_choice"]["choices"]
    with qtbot.waitSignal(widget.answer_changed):
        click(qtbot, widget.rows[1].button)
    assert widget.given() == "Belarus"
    click(qtbot, widget.rows[3].button)
    assert widget.given() == "Mongolia"
    assert [button.isChecked() for button in widget.buttons] == [False, False, False, True]


def test_single_choice_clicking_the_text_picks_the_choice(qtbot):
    widget = make(qtbot, "single_choice")
    click(qtbot, widget.rows[2].text_label)
    assert widget.given() == "Azerbaijan"


def test_multiple_choice_ticks_come_back_in_the_question_order(qtbot):
    widget = make(qtbot, "multiple_choice")
    click(qtbot, widget.rows[3].button)
    click(qtbot, widget.rows[0].button)
    click(qtbot, widget.rows[2].text_label)
    assert widget.given() == ["India", "Turkey", "Pakistan"]
    click(qtbot, widget.rows[2].button)  # untick
    assert widget.given() == ["India", "Pakistan"]
    click(qtbot, widget.rows[0].button)
    click(qtbot, widget.rows[3].button)
    assert widget.given() is None


def test_multiple_choice_space_toggles_the_focused_box(qtbot):
    widget = make(qtbot, "multiple_choice")
    focus(qtbot, widget.rows[1].button)
    qtbot.keyClick(widget.rows[1].button, Qt.Key.Key_Space)
    assert widget.given() == ["Iran"]


def test_true_false_buttons_exclude_each_other(qtbot):
    widget = make(qtbot, "true_false")
    click(qtbot, widget.false_button)
    assert widget.given() is False
    click(qtbot, widget.true_button)
    assert widget.given() is True
    assert not widget.false_button.isChecked()


def test_numeric_accepts_grouped_thousands_and_shows_the_unit(qtbot):
    widget = make(qtbot, "numeric")
    assert widget.unit_label.text() == "km"
    assert widget.unit_label.isVisible()
    for typed, expected in [("7 000", 7000.0), ("7,000", 7000.0), ("7000", 7000.0)]:
        widget.line_edit.clear()
        qtbot.keyClicks(widget.line_edit, typed)
        assert widget.given() == expected
        assert widget.reading_label.text() == "Read as 7,000 km"


@pytest.mark.parametrize("answer", [7000, 7250.5, 41.5, 1])
def test_numeric_hints_never_show_a_number(qtbot, answer):
    # A hint that happens to be the answer ("e.g. 7 000" on the 7,000 km border) gives it away.
    widget = make(qtbot, "numeric", answer=answer)
    qtbot.keyClicks(widget.line_edit, "about")
    hints = widget.line_edit.placeholderText() + widget.reading_label.text()
    assert hints and not any(character.isdigit() for character in hints)


def test_numeric_garbage_is_not_an_answer_and_says_so(qtbot):
    widget = make(qtbot, "numeric")
    qtbot.keyClicks(widget.line_edit, "about seven")
    assert widget.given() is None
    assert widget.reading_label.text().startswith("Not a number yet")


def test_numeric_without_unit_hides_the_unit_label(qtbot):
    widget = make(qtbot, "numeric", unit=None)
    assert not widget.unit_label.isVisible()
    assert widget.line_edit.accessibleName() == "Number answer"


def test_short_answer_is_kept_as_typed(qtbot):
    widget = make(qtbot, "short_answer")
    with qtbot.waitSignal(widget.answer_changed):
        qtbot.keyClicks(widget.line_edit, "Astana ")
    assert widget.given() == "Astana "
    widget.line_edit.clear()
    qtbot.keyClicks(widget.line_edit, "   ")
    assert widget.given() is None


def test_ordering_never_starts_in_the_correct_order(qtbot):
    correct = QUESTIONS["ordering"]["answer"]
    starts = set()
    for seed in range(40):
        widget = make(qtbot, "ordering", seed=seed)
        assert widget.order() != correct
        assert sorted(widget.order()) == sorted(correct)
        starts.add(tuple(widget.order()))
    assert len(starts) > 5  # and it really is shuffled, not one fixed wrong order
    two = make(qtbot, "ordering", answer=["North", "South"])
    assert two.order() == ["South", "North"]


def test_ordering_alt_arrows_move_the_selected_item(qtbot):
    widget = make(qtbot, "ordering", seed=3)
    start = widget.order()
    focus(qtbot, widget.list_widget)
    widget.list_widget.setCurrentRow(0)
    with qtbot.waitSignal(widget.answer_changed):
        qtbot.keyClick(widget.list_widget, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert widget.given() == [start[1], start[0], start[2], start[3]]
    assert widget.list_widget.currentRow() == 1
    qtbot.keyClick(widget.list_widget, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(widget.list_widget, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert widget.given() == [start[1], start[0], start[2], start[3]]
    # the positions shown follow the new order
    assert widget.list_widget.item(0).text() == f"1.  {start[1]}"


def test_ordering_move_buttons_put_the_items_in_order(qtbot):
    widget = make(qtbot, "ordering", seed=5)
    correct = QUESTIONS["ordering"]["answer"]
    # Selection sort by clicking, as a patient student would.
    for target, text in enumerate(correct):
        widget.list_widget.setCurrentRow(widget.order().index(text))
        while widget.list_widget.currentRow() > target:
            click(qtbot, widget.move_up_button)
    assert widget.given() == correct
    widget.list_widget.setCurrentRow(0)
    assert not widget.move_up_button.isEnabled()
    widget.list_widget.setCurrentRow(3)
    assert not widget.move_down_button.isEnabled()


def test_ordering_drop_counts_as_an_answer(qtbot):
    widget = make(qtbot, "ordering", seed=2)
    start = widget.order()
    assert widget.given() == start
    model = widget.list_widget.model()
    # What an internal drag-and-drop does to the model: move row 3 to the top.
    assert model.moveRow(model.index(0, 0).parent(), 3, model.index(0, 0).parent(), 0)
    assert widget.given() == [start[3], start[0], start[1], start[2]]
    assert widget.list_widget.item(0).text().startswith("1.  ")


def test_matching_dropdowns_start_empty_and_list_each_right_item_once(qtbot):
    widget = make(qtbot, "matching", answer=[["A", "x"], ["B", "y"], ["C", "x"]])
    for combo in widget.combos:
        items = [combo.itemText(i) for i in range(combo.count())]
        assert items[0] == NO_CHOICE
        assert sorted(items[1:]) == ["x", "y"]
    assert widget.given() is None


def test_matching_picked_by_keyboard(qtbot):
    widget = make(qtbot, "matching", seed=4)
    options = [widget.combos[0].itemText(i) for i in range(1, widget.combos[0].count())]
    focus(qtbot, widget.combos[0])
    with qtbot.waitSignal(widget.answer_changed):
        qtbot.keyClick(widget.combos[0], Qt.Key.Key_Down)
    widget.combos[2].setCurrentIndex(widget.combos[2].findText("Kyrgyzstan"))
    assert widget.given() == [
        ["Tokayev", options[0]],
        ["Mirziyoyev", ""],
        ["Japarov", "Kyrgyzstan"],
    ]


def test_matching_options_are_shuffled_by_the_rng(qtbot):
    orders = {tuple(make(qtbot, "matching", seed=seed).rights) for seed in range(12)}
    assert len(orders) > 1


# ---------------------------------------------------------------- keys


def test_digit_keys_pick_a_single_choice(qtbot):
    widget = make(qtbot, "single_choice")
    assert widget.handle_key(Qt.Key.Key_2, "2")
    assert widget.given() == "Belarus"
    assert widget.handle_key(Qt.Key.Key_4, "4")
    assert widget.given() == "Mongolia"
    assert not widget.handle_key(Qt.Key.Key_5, "5")  # only four choices
    assert not widget.handle_key(Qt.Key.Key_T, "t")
    assert widget.given() == "Mongolia"


def test_digit_keys_toggle_multiple_choices(qtbot):
    widget = make(qtbot, "multiple_choice")
    with qtbot.waitSignal(widget.answer_changed):
        assert widget.handle_key(Qt.Key.Key_4, "4")
    assert widget.handle_key(Qt.Key.Key_1, "1")
    assert widget.given() == ["India", "Pakistan"]
    assert widget.handle_key(Qt.Key.Key_4, "4")
    assert widget.given() == ["India"]
    assert not widget.handle_key(Qt.Key.Key_0, "0")


def test_t_and_f_answer_true_false(qtbot):
    widget = make(qtbot, "true_false")
    assert widget.handle_key(Qt.Key.Key_F, "f")
    assert widget.given() is False
    assert widget.handle_key(Qt.Key.Key_T, "T")
    assert widget.given() is True
    assert not widget.handle_key(Qt.Key.Key_1, "1")


@pytest.mark.parametrize("kind", ["ordering", "matching"])
def test_arranged_answers_leave_digit_keys_alone(qtbot, kind):
    widget = make(qtbot, kind)
    before = widget.given()
    assert not widget.handle_key(Qt.Key.Key_1, "1")
    assert not widget.handle_key(Qt.Key.Key_T, "t")
    assert widget.given() == before


def test_number_keys_typed_elsewhere_go_into_the_number_field(qtbot):
    widget = make(qtbot, "numeric")
    widget.window().activateWindow()
    for character in "7 000":
        widget.handle_key(0, character)
    assert widget.line_edit.text() == "7000"  # (once focused, the field itself takes spaces)
    assert not widget.handle_key(Qt.Key.Key_K, "k")
    assert widget.given() == 7000.0
    qtbot.waitUntil(widget.line_edit.hasFocus)  # the rest of the number goes straight in
    widget.set_read_only(True)
    assert not widget.handle_key(Qt.Key.Key_5, "5")
    assert widget.given() == 7000.0


def test_letters_typed_elsewhere_go_into_the_short_answer_field(qtbot):
    widget = make(qtbot, "short_answer")
    assert widget.handle_key(Qt.Key.Key_A, "A")
    assert widget.handle_key(Qt.Key.Key_S, "s")
    assert not widget.handle_key(Qt.Key.Key_Space, " ")
    assert not widget.handle_key(Qt.Key.Key_Tab, "\t")
    assert widget.given() == "As"
    widget.set_read_only(True)
    assert not widget.handle_key(Qt.Key.Key_T, "t")
    assert widget.given() == "As"


def focus_target(widget: AnswerWidget):
    """The input a student would have focused when pressing Enter."""
    return widget.focusProxy()


@pytest.mark.parametrize("kind", list(QUESTIONS))
def test_enter_inside_the_widget_asks_to_submit(qtbot, kind):
    widget = make(qtbot, kind)
    target = focus_target(widget)
    focus(qtbot, target)
    with qtbot.waitSignal(widget.submit_requested, timeout=1000):
        qtbot.keyClick(target, Qt.Key.Key_Return)
    with qtbot.waitSignal(widget.submit_requested, timeout=1000):
        qtbot.keyClick(target, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)


class KeyRecorder(QWidget):
    """Stands in for the quiz runner: records the keys that reach it."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.keys.append(event.key())


@pytest.mark.parametrize("kind", list(QUESTIONS))
def test_enter_in_a_read_only_widget_is_left_to_the_runner(qtbot, kind):
    runner = KeyRecorder()
    qtbot.addWidget(runner)
    widget = make_answer_widget(question(kind), random.Random(1))
    QVBoxLayout(runner).addWidget(widget)
    runner.show()
    qtbot.waitExposed(runner)
    widget.set_read_only(True)
    target = focus_target(widget)
    focus(qtbot, target)
    with qtbot.assertNotEmitted(widget.submit_requested):
        qtbot.keyClick(target, Qt.Key.Key_Return)
    assert runner.keys == [Qt.Key.Key_Return]  # so Enter can mean "Next" after feedback


# ---------------------------------------------------------------- read-only and restoring


def test_read_only_single_choice_ignores_clicks_and_keys(qtbot):
    widget = make(qtbot, "single_choice")
    widget.set_given("Belarus")
    widget.set_read_only(True)
    click(qtbot, widget.rows[0].button)
    click(qtbot, widget.rows[3].text_label)
    assert not widget.handle_key(Qt.Key.Key_3, "3")
    focus(qtbot, widget.rows[1].button)
    qtbot.keyClick(widget.rows[1].button, Qt.Key.Key_Down)
    assert widget.given() == "Belarus"
    assert widget.rows[1].button.isEnabled()  # frozen, not greyed out
    widget.set_read_only(False)
    click(qtbot, widget.rows[0].button)
    assert widget.given() == "Turkey"


def test_read_only_multiple_choice_ignores_clicks_space_and_digits(qtbot):
    widget = make(qtbot, "multiple_choice")
    widget.set_given(["Iran"])
    widget.set_read_only(True)
    click(qtbot, widget.rows[0].button)
    focus(qtbot, widget.rows[1].button)
    qtbot.keyClick(widget.rows[1].button, Qt.Key.Key_Space)
    assert not widget.handle_key(Qt.Key.Key_4, "4")
    assert widget.given() == ["Iran"]


def test_read_only_true_false_ignores_clicks_and_letters(qtbot):
    widget = make(qtbot, "true_false")
    click(qtbot, widget.true_button)
    widget.set_read_only(True)
    click(qtbot, widget.false_button)
    assert not widget.handle_key(Qt.Key.Key_F, "f")
    assert widget.given() is True


@pytest.mark.parametrize("kind", ["numeric", "short_answer"])
def test_read_only_text_fields_ignore_typing(qtbot, kind):
    widget = make(qtbot, kind)
    qtbot.keyClicks(widget.line_edit, "7000")
    widget.set_read_only(True)
    qtbot.keyClicks(widget.line_edit, "123")
    assert widget.line_edit.text() == "7000"
    assert widget.line_edit.isReadOnly()


def test_read_only_ordering_ignores_keys_and_buttons(qtbot):
    widget = make(qtbot, "ordering")
    start = widget.order()
    widget.set_read_only(True)
    focus(qtbot, widget.list_widget)
    widget.list_widget.setCurrentRow(1)
    qtbot.keyClick(widget.list_widget, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert not widget.move_up_button.isEnabled()
    assert not widget.move_down_button.isEnabled()
    click(qtbot, widget.move_down_button)
    assert widget.order() == start
    assert widget.given() == start
    assert widget.list_widget.dragDropMode() == widget.list_widget.DragDropMode.NoDragDrop


def wheel_down(widget) -> None:
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_read_only_matching_ignores_keys_clicks_and_wheel(qtbot):
    widget = make(qtbot, "matching")
    combo = widget.combos[0]
    wheel_down(combo)
    assert combo.currentIndex() == 1  # the wheel does pick while the widget is editable
    widget.set_given(None)
    widget.set_read_only(True)
    focus(qtbot, combo)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    wheel_down(combo)
    # (an opened popup would also fail the test: offscreen Qt warns when it shows one)
    click(qtbot, combo)
    assert not combo.view().isVisible()
    assert combo.currentIndex() == 0
    assert widget.given() is None


@pytest.mark.parametrize("kind", list(QUESTIONS))
def test_set_given_round_trips_every_shape_without_signalling(qtbot, kind):
    widget = make(qtbot, kind)
    with qtbot.assertNotEmitted(widget.answer_changed):
        widget.set_given(GIVEN_EXAMPLES[kind])
    assert widget.given() == GIVEN_EXAMPLES[kind]
    widget.set_read_only(True)
    widget.set_given(None)  # review of an unanswered question
    if kind == "ordering":
        assert widget.given() == widget.order()  # an order is always shown
    else:
        assert widget.given() is None
    widget.set_given(GIVEN_EXAMPLES[kind])
    assert widget.given() == GIVEN_EXAMPLES[kind]


def test_set_given_accepts_matching_pairs_as_tuples(qtbot):
    widget = make(qtbot, "matching")
    widget.set_given([("Tokayev", "Kazakhstan")])
    assert widget.given() == [["Tokayev", "Kazakhstan"], ["Mirziyoyev", ""], ["Japarov", ""]]


def test_set_given_ignores_a_shape_that_does_not_fit(qtbot):
    widget = make(qtbot, "ordering")
    start = widget.order()
    widget.set_given(["Astana", "Paris"])
    assert widget.order() == start
    numeric = make(qtbot, "numeric")
    numeric.set_given("seven")
    assert numeric.given() is None


# ---------------------------------------------------------------- text, names, layout

HTML = "<b>HTML</b> & <i>more</i>"


def test_choice_text_is_plain_text_never_html(qtbot):
    widget = make(qtbot, "single_choice", choices=[HTML, "Belarus"], answer="Belarus")
    label = widget.rows[0].text_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == HTML
    assert widget.rows[0].button.text() == ""  # so "&" is never taken as a shortcut mnemonic
    assert widget.rows[0].button.accessibleName() == f"Choice 1: {HTML}"
    widget.handle_key(Qt.Key.Key_1, "1")
    assert widget.given() == HTML


def test_matching_and_ordering_text_is_plain_text(qtbot):
    matching = make(qtbot, "matching", answer=[[HTML, "<i>x</i>"], ["B", "y"]])
    lefts = [label for label in matching.findChildren(QLabel) if label.text() == HTML]
    assert len(lefts) == 1
    assert lefts[0].textFormat() == Qt.TextFormat.PlainText
    assert "<i>x</i>" in [matching.combos[0].itemText(i) for i in range(3)]
    ordering = make(qtbot, "ordering", answer=[HTML, "B"])
    assert HTML in ordering.order()
    assert any(ordering.list_widget.item(row).text().endswith(HTML) for row in range(2))


def test_every_label_in_the_kit_is_plain_text(qtbot):
    for kind in QUESTIONS:
        widget = make(qtbot, kind)
        for label in widget.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText, (kind, label.text())


def test_interactive_widgets_have_accessible_names(qtbot):
    single = make(qtbot, "single_choice")
    assert [b.accessibleName() for b in single.buttons] == [
        "Choice 1: Turkey",
        "Choice 2: Belarus",
        "Choice 3: Azerbaijan",
        "Choice 4: Mongolia",
    ]
    true_false = make(qtbot, "true_false")
    assert true_false.true_button.accessibleName() == "True"
    assert true_false.false_button.accessibleName() == "False"
    numeric = make(qtbot, "numeric")
    assert numeric.line_edit.accessibleName() == "Number answer in km"
    matching = make(qtbot, "matching")
    assert [c.accessibleName() for c in matching.combos] == [
        "Match 1: Tokayev",
        "Match 2: Mirziyoyev",
        "Match 3: Japarov",
    ]
    ordering = make(qtbot, "ordering")
    assert ordering.list_widget.accessibleName()
    assert ordering.move_up_button.accessibleName() == "Move the selected item up"
    item = ordering.list_widget.item(0)
    assert (
        item.data(Qt.ItemDataRole.AccessibleTextRole) == f"Position 1 of 4: {ordering.order()[0]}"
    )
    short = make(qtbot, "short_answer")
    assert short.line_edit.accessibleName() == "Short answer"
    assert short.accessibleName() == "Answer: short answer"


def test_long_choices_wrap_instead_of_clipping_on_a_netbook(qtbot):
    long_text = (
        "Azerbaijan, which has been a dialogue partner since 2016 and keeps close ties with "
        "both Russia and Turkey through the energy corridors across the Caspian Sea"
    )
    widget = make(qtbot, "single_choice", choices=["Belarus", long_text], answer="Belarus")
    widget.resize(420, 600)  # a narrow column on a 1024×600 screen
    qtbot.waitUntil(lambda: widget.rows[1].text_label.width() < 420)
    label = widget.rows[1].text_label
    line = label.fontMetrics().height()
    assert label.height() >= label.heightForWidth(label.width()) >= 3 * line
    assert widget.rows[1].geometry().bottom() < widget.rows[1].parentWidget().height()
    assert label.geometry().right() <= widget.rows[1].width()


def test_tab_moves_through_the_matching_dropdowns_in_order(qtbot):
    widget = make(qtbot, "matching")
    focus(qtbot, widget.combos[0])
    qtbot.keyClick(widget.combos[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.combos[1]
    qtbot.keyClick(widget.combos[1], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.combos[2]


def test_tab_goes_from_the_ordering_list_to_its_buttons(qtbot):
    widget = make(qtbot, "ordering")
    focus(qtbot, widget.list_widget)
    widget.list_widget.setCurrentRow(1)  # both buttons enabled
    qtbot.keyClick(widget.list_widget, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.move_up_button
    qtbot.keyClick(widget.move_up_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.move_down_button


def test_setting_focus_on_the_widget_focuses_its_first_input(qtbot):
    for kind in QUESTIONS:
        widget = make(qtbot, kind)
        focus(qtbot, widget)
        assert QApplication.focusWidget() is widget.focusProxy()
        assert QApplication.focusWidget() is not None


def test_row_click_outside_the_text_still_picks(qtbot):
    widget = make(qtbot, "single_choice")
    row = widget.rows[2]
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(row.width() - 5, row.height() // 2))
    assert widget.given() == "Azerbaijan"


@pytest.mark.parametrize("kind", list(QUESTIONS))
def test_the_correct_answer_can_be_shown_in_a_read_only_widget(qtbot, kind):
    widget = make(qtbot, kind)
    widget.set_read_only(True)
    correct = correct_given(widget.question)
    widget.set_given(correct)
    assert widget.given() == correct
    expected = {
        "single_choice": "Belarus",
        "multiple_choice": ["India", "Iran", "Pakistan"],
        "true_false": False,
        "numeric": 7600.0,
        "short_answer": "Astana",
        "ordering": ["Ashgabat", "Tashkent", "Bishkek", "Astana"],
        "matching": [
            ["Tokayev", "Kazakhstan"],
            ["Mirziyoyev", "Uzbekistan"],
            ["Japarov", "Kyrgyzstan"],
        ],
    }
    assert correct == expected[kind]


def test_correct_multiple_choice_follows_the_shown_choice_order(qtbot):
    permuted = question("multiple_choice", choices=["Pakistan", "Turkey", "Iran", "India"])
    assert correct_given(permuted) == ["Pakistan", "Iran", "India"]
