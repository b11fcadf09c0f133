"""Reported speech, transcript turns and gender as the speaker stage gives them (res.quotes, res.speakers)."""

from __future__ import annotations

import analysis
from analysis import speakers


def rows(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(kind, words, speaker, mention, cue) of every speech row of a small article given as paragraphs."""
    art = analysis.read_article("Headline\n\n" + text)
    res = speakers.attribute(art)
    return [
        (a.kind, art.text[a.start : a.end], a.speaker, a.mention, a.cue)
        for a in res.attributions
        if a.kind != "nonspeech"
    ]


def test_indirect_rows_are_attributed_from_their_source_span() -> None:
    text = (
        "Russian President Vladimir Putin met the press.\n\n"
        "Putin said that he would not invade Ukraine.\n\n"
        "The economy will grow, said Jane Smith, a spokeswoman.\n\n"
        "She added that the plan was ready and would start soon."
    )
    assert rows(text) == [
        ("indirect", "he would not invade Ukraine", "Vladimir Putin", "Putin", "said"),
        ("indirect", "The economy will grow", "Jane Smith", "Jane Smith", "said"),
        ("indirect", "the plan was ready and would start soon", "Jane Smith", "She", "added"),
    ]


def test_according_to_a_role_resolves_to_the_person_holding_it() -> None:
    text = "French President Emmanuel Macron met Putin.\n\nAccording to the French president, the talks were useful."
    assert rows(text) == [
        ("indirect", "the talks were useful", "Emmanuel Macron", "the French president", "According to")
    ]


def test_a_partial_quote_in_a_reported_clause_is_the_only_row() -> None:
    got = rows("Jane Smith said the plan was \u201ca complete failure\u201d and should go.")
    assert [(k, w) for k, w, *_ in got] == [("partial", "a complete failure")]


def test_question_and_answer_turns_are_full_quotes() -> None:
    text = (
        "The BBC spoke to Jane Doe about the flood.\n\n"
        "Q: How bad is it?\n\n"
        "A: The water is still rising.\n\n"
        "Q: What do you need?\n\n"
        "A: Boats, and people to row them."
    )
    assert [(k, w, s) for k, w, s, *_ in rows(text)] == [
        ("full", "How bad is it?", "interviewer"),
        ("full", "The water is still rising.", "Jane Doe"),
        ("full", "What do you need?", "interviewer"),
        ("full", "Boats, and people to row them.", "Jane Doe"),
    ]


def test_question_and_answer_turns_with_full_stops_are_full_quotes() -> None:
    text = (
        "The paper spoke to Tom Reed about the new bridge.\n\n"
        "Q. When will it open?\n\n"
        "A. In the spring, if the weather holds."
    )
    assert [(k, w, s) for k, w, s, *_ in rows(text)] == [
        ("full", "When will it open?", "interviewer"),
        ("full", "In the spring, if the weather holds.", "Tom Reed"),
    ]


def test_name_turns_resolve_to_the_full_name() -> None:
    text = (
        "Mike Pence debated Tim Kaine.\n\n"
        "PENCE: Well, look, we will rebuild our military.\n\n"
        "KAINE: That is not what your running mate said."
    )
    assert [(w, s) for _, w, s, *_ in rows(text)] == [
        ("Well, look, we will rebuild our military.", "Mike Pence"),
        ("That is not what your running mate said.", "Tim Kaine"),
    ]


def test_name_again_on_stage_is_that_person() -> None:
    text = (
        "Swedish climber Anna Lindqvist spoke first. Tom Berg followed.\n\n"
        "Berg said the route was dangerous.\n\n"
        "Lindqvist again, now on stage: \u201cWe did it together.\u201d"
    )
    assert [(k, s) for k, _, s, *_ in rows(text)] == [("indirect", "Tom Berg"), ("full", "Anna Lindqvist")]


def test_speaker_gender_from_honorific_name_and_pronouns() -> None:
    text = (
        "\u201cWe will win,\u201d said Theresa Villiers.\n\n"
        "\u201cWe will not,\u201d Mr. Corbyn replied.\n\n"
        "\u201cTalks go on,\u201d said Jean Dupont. She left early; she had a train.\n\n"
        "\u201cNo comment,\u201d said a Downing Street spokeswoman.\n\n"
        "\u201cWe are monitoring it,\u201d the Home Office said."
    )
    res = speakers.attribute(analysis.read_article("Headline\n\n" + text))
    assert {name: s.gender for name, s in res.speakers.items()} == {
        "Theresa Villiers": "female",
        "Corbyn": "male",
        "Jean Dupont": "female",
        "a Downing Street spokeswoman": "female",
        "Home Office": "unknown",
    }
