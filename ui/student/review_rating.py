"""Under the feedback: when the question comes back ("Comes back in 4 days"), and the four
ratings Again / Hard / Good / Easy (keys 1–4) with the one in force pressed. The automatic
rating comes from the answer; choosing another replaces it for that answer (the core computes
the card again from before the answer) and the line says the new time at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fsrs import Rating
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizzes.app.crash_report import write_crash_report
from quizzes.errors import AnswerNotSavedError
from ui.answers.base import bold_font, digit_of
from ui.common.labels import wrapping_label
from ui.common.theme import status_colours
from ui.common.type_scale import TextRole, set_text_role

if TYPE_CHECKING:
    from quizzes.practice.attempt import AnswerReview, LiveAttempt

RATINGS = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)
_MEANINGS = {
    Rating.Again: "I did not know it",
    Rating.Hard: "I knew it, with effort",
    Rating.Good: "I knew it",
    Rating.Easy: "I knew it at once",
}


class ReviewRating(QWidget):
    """Hidden until `show_for(attempt)` after an answer that rated its question's card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewRating")
        self._attempt: LiveAttempt | None = None
        self.comes_back_label = wrapping_label(object_name="comesBack")
        set_text_role(self.comes_back_label, TextRole.STRONG)
        self.comes_back_label.setAccessibleName("When this question comes back")
        self.rated_label = wrapping_label(object_name="ratedBy")
        self.not_saved_label = wrapping_label(object_name="ratingNotSaved")
        self.not_saved_label.hide()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Rating, QPushButton] = {}
        row = QHBoxLayout()
        for number, rating in enumerate(RATINGS, 1):
            button = QPushButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(f"Rate {rating.name}: {_MEANINGS[rating]}")
            button.setToolTip(f"{_MEANINGS[rating]} (key {number})")
            button.clicked.connect(lambda _checked=False, r=rating: self.choose(r))
            self.group.addButton(button, number)
            self.buttons[rating] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.comes_back_label)
        layout.addLayout(row)
        layout.addWidget(self.rated_label)
        layout.addWidget(self.not_saved_label)
        self.hide()

    def show_for(self, attempt: LiveAttempt) -> None:
        """Show the latest answer's rating, or stay hidden where no rating may be shown (the
        answers of an exam set not yet released: Again would tell the answer was wrong)."""
        review = attempt.last_review
        self._attempt = attempt
        self.not_saved_label.hide()
        if review is None or attempt.session.config.answers_hidden:
            self.hide()
            return
        self._show(review)
        self.show()

    def handle_key(self, key: int, text: str) -> bool:
        """1–4 choose Again, Hard, Good, Easy while shown. True if the key was used."""
        number = digit_of(key, text)
        if not self.isVisible() or number is None or number > len(RATINGS):
            return False
        self.choose(RATINGS[number - 1])
        return True

    def choose(self, rating: Rating) -> None:
        """Make `rating` the one in force for the latest answer, stored at once."""
        attempt = self._attempt
        if attempt is None or attempt.last_review is None:
            return
        if rating is not attempt.last_review.rating:
            try:
                attempt.rerate(rating)
            except AnswerNotSavedError as err:
                write_crash_report(type(err), err, err.__traceback__)
                self._colour_as_wrong(self.not_saved_label)
                self.not_saved_label.setText(f"{err} The rating ticked is still in force.")
                self.not_saved_label.show()
            else:
                self.not_saved_label.hide()
        self._show(attempt.last_review)

    @staticmethod
    def _colour_as_wrong(label: QLabel) -> None:
        # A palette, not a style sheet: a style sheet would freeze the label's text size.
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(status_colours(palette).wrong))
        label.setPalette(palette)

    def _show(self, review: AnswerReview) -> None:
        self.comes_back_label.setText(review.comes_back)
        self.buttons[review.rating].setChecked(True)
        self.rated_label.setText(
            f"Rated {review.rating.name} from your answer; choose another to change it."
            if review.rating is review.automatic
            else f"Rated {review.rating.name} by you (from your answer: {review.automatic.name})."
        )
        for number, (rating, button) in enumerate(self.buttons.items(), 1):
            chosen = rating is review.rating
            # A tick and bold mark the rating in force (a font that sets only the weight, so
            # the size keeps following the text size; a style sheet would freeze it).
            button.setText(f"{'✓ ' if chosen else ''}{number}  {rating.name}")
            button.setFont(bold_font() if chosen else QFont())
            button.setAccessibleDescription(f"Key {number}{' (chosen)' if chosen else ''}")
