"""analysis.attribution: a definite description of a body ("the council", "the court", "the central bank") as a source.

A lower-case body noun (``speakers.BODY_NOUNS``) as the subject of a cue verb is the speaker, for direct quotes and
reported speech alike: the named body the article has given it by (its name holds every word of the description,
and only one does), else the description as given (the guidelines' "Who said it"). In any other place (inside a
prepositional phrase, after a title) a body word makes no source.
"""

from __future__ import annotations

import pytest

import analysis
from analysis import attribution


def _rows(text: str, kind: str) -> list[attribution.Attribution]:
    art = analysis.read_article("Headline\n\n" + text)
    return [a for a in attribution.attribute(art).attributions if a.kind == kind]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan was approved. The council said it would start work in May.", "The council"),
        ("Rates are high. The central bank said that they would rise again.", "The central bank"),
        ("The union said its members would strike next week.", "The union"),
        ("The tribunal said he had been unfairly dismissed.", "The tribunal"),
        ("The ward shut. The trust said it will reopen it in June.", "The trust"),
    ],
)
def test_an_unnamed_body_description_reports(text: str, speaker: str) -> None:
    rows = _rows(text, "indirect")
    assert [(a.speaker, a.mention) for a in rows] == [(speaker, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ward shut. The trust has said it will reopen it in June.", "The trust"),
        ("The council had also warned that the road would close.", "The council"),
        ("The midwife has said the ward was short of staff.", "The midwife"),
    ],
)
def test_a_description_before_auxiliaries_reports(text: str, speaker: str) -> None:
    assert [a.speaker for a in _rows(text, "indirect")] == [speaker]


def test_a_passive_subject_is_no_source() -> None:
    assert all(a.speaker != "The council" for a in _rows("The council was told that it would lose.", "indirect"))


def test_an_unnamed_body_description_is_a_quote_speaker() -> None:
    assert [a.speaker for a in _rows("\u201cWe will appeal,\u201d the council said.", "full")] == ["the council"]
    assert [a.speaker for a in _rows("\u201cWe are closed,\u201d the embassy said.", "full")] == ["the embassy"]
    assert [a.speaker for a in _rows("\u201cWe will appeal,\u201d said the council.", "full")] == ["the council"]
    text = "The Supreme Court ruled. \u201cIt is void,\u201d said the court."
    assert [a.speaker for a in _rows(text, "full")] == ["Supreme Court"]


def test_a_body_description_after_its_cue_ends_at_the_noun_it_modifies() -> None:
    text = "\u201cWe will appeal,\u201d said the council leader, Jane Roe."
    assert [a.speaker for a in _rows(text, "full")] == ["Jane Roe"]
    text = "According to the council, the road will shut in May."
    assert [a.speaker for a in _rows(text, "indirect")] == ["the council"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Supreme Court ruled on Monday. The court said the law was void.", "Supreme Court"),
        ("The European Central Bank met on Thursday. The central bank said rates would stay.", "European Central Bank"),
        (
            "Leeds Teaching Hospitals NHS Trust shut a ward. The trust said it would reopen it.",
            "Leeds Teaching Hospitals NHS Trust",
        ),
    ],
)
def test_a_body_description_is_the_one_body_named_so(text: str, speaker: str) -> None:
    assert [a.speaker for a in _rows(text, "indirect")] == [speaker]


def test_a_body_description_two_named_bodies_fit_stays_the_description() -> None:
    text = "The Crown Court and the High Court sat on Monday. Later the court said the law was void."
    assert [a.speaker for a in _rows(text, "indirect")][-1] == "the court"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body word inside a phrase is not the subject's head
        (
            "Omar Dede spoke. The former secretary of state said the plan was \u201cunworkable.\u201d",
            "Omar Dede",  # (the description continues the previous sentence's subject)
        ),
        # the person the article names in an appositive speaks, not the body that owns the role
        ("The council\u2019s leader, Jane Roe, said the council would \u201cfight on.\u201d", "Jane Roe"),
    ],
)
def test_a_body_word_that_is_not_the_head_makes_no_body_source(text: str, speaker: str) -> None:
    assert [a.speaker for a in _rows(text, "partial")] == [speaker]


def test_a_body_object_of_a_preposition_is_no_source() -> None:
    rows = _rows("The ruling of the court said the law was void.", "indirect")
    assert all(a.speaker != "the court" for a in rows)


@pytest.mark.parametrize(
    ("noun", "speaker"),
    [
        ("museum", "The museum"),  # a place a body runs (WordNet: a facility): the body that runs it speaks
        ("prison", "The prison"),
        ("university", "The university"),
        ("airline", "The airline"),  # a hand-listed kind of body
        ("regulator", "The regulator"),
    ],
)
def test_a_body_description_that_issues_a_statement_is_its_speaker(noun: str, speaker: str) -> None:
    text = (
        f"Mayor Joan Webb presented the plan on Monday. The {noun} issued a statement: "
        "\u201cWe are pleased with the outcome of the talks.\u201d"
    )
    assert [a.speaker for a in _rows(text, "full")] == [speaker]


def test_a_place_a_body_runs_is_a_quote_speaker() -> None:
    text = "Mayor Joan Webb presented the plan. \u201cWe are pleased with the talks,\u201d the museum said."
    assert [a.speaker for a in _rows(text, "full")] == ["the museum"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The Association of Fire Chiefs has issued advice to stations.", "Association of Fire Chiefs"),
        ("Acme Corp has cut 300 jobs.", "Acme Corp"),
        ("Tom Hale has cut 300 jobs.", "a spokesman"),  # a person is no body a spokesman speaks for
        ("Acme Corp and Globex Inc have cut 300 jobs.", "a spokesman"),  # either body: as written
    ],
)
def test_a_bare_spokesman_speaks_for_the_body_the_sentence_before_is_about(opening: str, speaker: str) -> None:
    text = f'{opening} "It is not going to be easy for anyone at all," a spokesman said.'
    art = analysis.read_article("Headline\n\n" + text)
    assert [a.speaker for a in attribution.attribute(art).attributions if a.kind == "full"] == [speaker]
