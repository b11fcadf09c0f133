"""analysis.attribution: a definite description of a body by its kind ("the airline", "the club", "the
organization") as the named body that is the subject before it.

Centering (Grosz, Joshi & Weinstein 1995): a description that opens its sentence continues the previous
sentence's topic, as ``it`` does.  The hand-listed heads ("the company", "the club", "the airline") read back to
any subject that is no person; a learned body noun (``speakers.body_noun``: "the organization", "the network",
"the supermarket") asks for a name the article shows to be a body's, as many of them are also collections of
people ("the crowd") or a place's institutions ("the government").  Two bodies named side by side leave the
description as written (the guidelines keep an ambiguous description).
"""

from __future__ import annotations

import pytest

import analysis
from analysis import attribution, speakers


def _rows(text: str, kind: str) -> list[attribution.Attribution]:
    art = analysis.read_article("Headline\n\n" + text)
    return [a for a in attribution.attribute(art).attributions if a.kind == kind]


def test_a_noun_for_a_kind_of_body_is_a_body_noun() -> None:
    assert speakers.body_noun("airline")
    assert speakers.body_noun("supermarket")
    assert speakers.body_noun("council")
    assert speakers.body_noun("retailer")  # a kind of body first, whatever other sense WordNet lists
    assert not speakers.body_noun("lecturer")


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Passengers of Delta faced long queues. Delta cancelled 200 flights. "
            "\u201cWe are sorry,\u201d the airline said.",
            "Delta",
            "the airline",
        ),
        (
            "The fans of Leeds United were angry. Leeds United sacked its manager. "
            "\u201cWe thank him for his work,\u201d the club said.",
            "Leeds United",
            "the club",
        ),
    ],
)
def test_a_kind_of_body_is_the_body_just_named(text: str, speaker: str, mention: str) -> None:
    rows = _rows(text, "full")
    assert [(a.speaker, a.mention) for a in rows] == [(speaker, mention)]


def test_the_body_has_no_gender() -> None:
    res = analysis.analyze(
        "Headline\n\nThe fans of Leeds United were angry. Leeds United sacked its manager. "
        "\u201cWe thank him for his work,\u201d the club said.\n"
    )
    assert res.speakers[res.speakers.speaker == "Leeds United"].iloc[0].gender == "unknown"
    res = analysis.analyze(
        "Headline\n\nViewers of CNN were surprised. CNN was quick to push back on the claim. "
        "\u201cThe report is false,\u201d the network said.\n"
    )
    row = res.speakers[res.speakers.speaker == "CNN"].iloc[0]
    assert (row.kind, row.gender) == ("organisation", "unknown")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Critics of the Heritage Foundation were loud. The Heritage Foundation notes that the wage is low. "
            "The organization also says that most workers are young.",
            "Heritage Foundation",
        ),
        (
            "Viewers of CNN were surprised. CNN was quick to push back on the claim. "
            "The network said that the report was false.",
            "CNN",
        ),
        (
            "Shoppers at the supermarket chain Tesco paid less. Tesco cut prices on 500 products. "
            "The supermarket said sales had risen by five percent.",
            "Tesco",
        ),
        (
            "Shoppers at the supermarket chain Tesco paid less. Tesco cut prices on 500 products. It blamed the "
            "weather. The supermarket said sales had risen by five percent.",
            "Tesco",
        ),
        (
            "Mayor Joan Webb spoke. Harlow Corp cut 300 jobs. The retailer said it would appeal.",
            "Harlow Corp",
        ),
        (
            "Readers of the Daily News were shocked. The Daily News claims that the rules are weak. "
            "According to the newspaper, the gun laws are a disgrace.",
            "Daily News",
        ),
    ],
)
def test_a_learned_body_noun_reads_back_to_a_named_body(text: str, speaker: str) -> None:
    assert [a.speaker for a in _rows(text, "indirect")][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two bodies side by side: either
        (
            "The leaders of Leeds City Council and Bradford Council met. Leeds City Council and Bradford Council "
            "agreed a plan. \u201cWe will publish it soon,\u201d the council said.",
            "the council",
        ),
        # a place is no body by its name
        (
            "The elections in Ethiopia were calm. Ethiopia held elections in May. "
            "The government said the results were fair.",
            "The government",
        ),
        # a name that modifies a body noun introduces that body
        (
            "Experts at the United Nations are busy. A United Nations tribunal is expected to rule on the case. "
            "The panel said that the claim had no basis.",
            "The panel",
        ),
        # no evidence that the name is a body's
        (
            "Shoppers at Tesco paid less. Tesco cut prices on 500 products. "
            "The supermarket said sales had risen by five percent.",
            "The supermarket",
        ),
    ],
)
def test_a_description_stays_as_written(text: str, speaker: str) -> None:
    rows = _rows(text, "full") or _rows(text, "indirect")
    assert rows[-1].speaker == speaker


def test_a_plural_description_is_not_one_body() -> None:
    text = (
        "Officials at the State Department were asked. The State Department and the Department of Homeland "
        "Security have said they followed all policies. The departments declined to comment, but said that the "
        "reviews were clear."
    )
    assert _rows(text, "indirect")[-1].speaker == "The departments"


def test_a_description_inside_its_sentence_does_not_continue_the_topic() -> None:
    text = (
        "Critics of the Foreign Office were loud. The Foreign Office currently has about 6,100 UK-based staff. It "
        "has opened major new missions in Iraq since 1997 in response to what the government says are new needs in the region."
    )
    assert [(a.speaker, a.mention) for a in _rows(text, "indirect")] == [("the government", "the government")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # attribution.body_description: one entry; a learned body noun reads back past "it" (body_antecedent)
        (
            "The Orbis Network pushed back on Monday. It blamed the storm for the delay. "
            "\u201cWe regret the delay,\u201d the network said.",
            "Orbis Network",
        ),
        # a name whose words hold the description's, but named beside another body: the description as written
        (
            "The Orbis Network and the Civic Trust met on Monday. \u201cWe regret the delay,\u201d the network said.",
            "the network",
        ),
        # a hand-listed head beside another body stays as written too
        (
            "Leeds City Council and Bradford Council met on Monday. \u201cWe regret the delay,\u201d the council said.",
            "the council",
        ),
    ],
)
def test_one_reader_of_a_body_description(text: str, speaker: str) -> None:
    assert [a.speaker for a in _rows(text, "full")] == [speaker]
