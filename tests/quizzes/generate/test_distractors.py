"""Wrong options never name the right person again, however the surname is spelt."""

from __future__ import annotations

from quizzes.generate.distractors import distinct_people, same_surname


def test_one_surname_in_two_transliterations_is_the_same_surname():
    assert same_surname("Gurbanguly Berdymukhamedov", "Berdimuhamedow")
    assert same_surname("Mirziyoev", "Shavkat Mirziyoyev")
    assert same_surname("Aliev", "Ilham Aliyev")
    assert not same_surname("Sadyr Japarov", "Sooronbay Jeenbekov")
    assert not same_surname("Putin", "Peskov")


def test_distinct_people_drop_the_answers_namesakes_and_keep_the_fullest_name():
    names = ["Zilaliev", "Berdimuhamedow", "Duishenbek Zilaliev", "Rashid Meredov", "Meredov"]
    assert distinct_people(names, answer="Berdymukhamedov") == [
        "Duishenbek Zilaliev",
        "Rashid Meredov",
    ]
