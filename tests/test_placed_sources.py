"""analysis.speakers: a common-noun source with a place or body after it ("Police in Leeds said").

The head noun (police, doctors, residents, officials, staff …) is the source and the guidelines name it by the
description as given; the place or body in its complement is no speaker.  A name before the preposition
("Mr. Morgan of the Sierra Club") is still the person.
"""

from __future__ import annotations

import pytest

import analysis
from analysis import attribution

_OPENING = "The storm hit the north on Monday. "


def _result(text: str) -> attribution.Result:
    return attribution.attribute(analysis.read_article("Headline\n\n" + _OPENING + text))


def _speakers(text: str) -> list[str | None]:
    return [a.speaker for a in _result(text).attributions if a.kind != "nonspeech"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Police in Leeds said: "We are looking for a man."', "Police in Leeds"),
        ('Doctors at the Royal Infirmary said: "He is stable."', "Doctors at the Royal Infirmary"),
        ('Senior doctors at the Royal Infirmary in Glasgow said: "He is stable."',
         "Senior doctors at the Royal Infirmary in Glasgow"),
        ('Residents of Ames, Iowa, said the storm was "very loud".', "Residents of Ames, Iowa"),
        ('"We are looking for a man," said police in Leeds.', "police in Leeds"),
        ('"It is off," officials in Washington said.', "officials in Washington"),
        ('Ministers from European and Asian governments said: "It hurts."',
         "Ministers from European and Asian governments"),
        ('Officials from the Chinese government said: "It hurts."', "Officials from the Chinese government"),
        ('Workers at the Ford plant in Dagenham said: "We will strike."', "Workers at the Ford plant in Dagenham"),
        ('Fans at the match in Leeds said: "We are angry."', "Fans at the match in Leeds"),
    ],
)  # fmt: skip
def test_a_quote_source_is_the_noun_not_its_place(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Police in Leeds, West Yorkshire, said the man was arrested at home.", "Police in Leeds, West Yorkshire"),
        ("Staff at the Royal Mail said they were angry about the plan.", "Staff at the Royal Mail"),
        ("Officials in Washington said the deal was off for now.", "Officials in Washington"),
        ("Dean Baker of the Center for Economic and Policy Research said the plan was bad.", "Dean Baker"),
    ],
)
def test_a_report_source_is_the_noun_not_its_place(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Mr. Morgan of the Sierra Club said: "No."', "Morgan"),
        ('Dean Baker of the Center for Economic and Policy Research said: "No."', "Dean Baker"),
        ('A lecturer from the University of York said: "Yes."', "A lecturer from the University of York"),
        ('The director of the FBI, James Comey, said "no".', "James Comey"),
    ],
)
def test_a_name_before_the_preposition_or_in_apposition_is_the_person(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker]


def test_a_spokesman_before_a_colon_is_read_without_his_verb() -> None:
    # the verb is no part of the mention: the spokesman speaks for the ministry (the guidelines' alternative)
    rows = [a for a in _result('A spokesman for the ministry said: "No comment."').attributions if a.kind == "full"]
    assert [a.mention for a in rows] != ["A spokesman for the ministry said"]
    assert "said" not in (rows[0].speaker or "")


def test_a_described_group_or_body_is_no_person_and_has_no_gender() -> None:
    res = _result('Doctors at the Royal Infirmary said: "He is stable." Police in Leeds said: "No comment."')
    doctors, police = res.speakers["Doctors at the Royal Infirmary"], res.speakers["Police in Leeds"]
    assert doctors.kind == "role" and police.kind == "organisation"  # many people; a body (the police)
    assert doctors.gender == police.gender == "unknown"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the state of "Town, State." ends the sentence before the next one's subject
        (
            "Two men attacked a clinic in Springvale, Calif. The Liberation Front said the two were its soldiers.",
            "Liberation Front",
        ),
        ("The shooting happened in Millbrook, Colo. The sheriff said the gunman acted alone.", "The sheriff"),
        # and is where, never who
        (
            'At a fair that month in Millbrook, Colo., Ann Roe ended her talk by quoting a poet: "Every road ends '
            'somewhere, and every end is a road."',
            "Ann Roe",
        ),
    ],
)
def test_a_state_after_its_town_is_no_speaker(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker]
