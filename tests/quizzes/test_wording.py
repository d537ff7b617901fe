import pytest

from quizzes.wording import count_of


@pytest.mark.parametrize(
    ("count", "noun", "plural", "expected"),
    [
        (0, "question", None, "0 questions"),
        (1, "question", None, "1 question"),
        (2, "question", None, "2 questions"),
        (1_200, "question", None, "1,200 questions"),
        (1, "accepted question", None, "1 accepted question"),
        (3, "copy", "copies", "3 copies"),
        (1, "copy", "copies", "1 copy"),
    ],
)
def test_count_of_says_one_in_the_singular_and_groups_thousands(count, noun, plural, expected):
    assert count_of(count, noun, plural) == expected
