"""analysis.speakers: what kind of speaker a mention is (person, organisation or role), decided from evidence."""

from __future__ import annotations

import pytest

import analysis
from analysis import attribution, speakers
from analysis.tokenize import SPEAKER_TOKEN


def speakers_of(text: str, engine=attribution.attribute) -> dict[str, str]:  # noqa: ANN001 - a function
    """Speaker name → kind in a small article given as paragraphs (the learned engine unless told)."""
    art = analysis.read_article("Headline\n\n" + text)
    return {n: s.kind for n, s in engine(art).speakers.items()}


def test_an_honorific_makes_an_organisation_word_a_surname() -> None:
    text = "Former minister Tom Church opened the debate.\n\n\u201cThis is a mess,\u201d Dr Church said."
    assert speakers_of(text) == {"Tom Church": "person"}
    assert speakers_of("Ann Post voted against.\n\n\u201cIt is wrong,\u201d said Ms Post.") == {"Ann Post": "person"}


def test_an_honorific_before_a_title_word_makes_no_surname() -> None:
    assert speakers_of("The Lord Mayor said the bridge was \u201ca disgrace\u201d.") != {"Mayor": "person"}


def test_post_nominal_letters_are_a_title_after_the_name() -> None:
    assert speakers_of("Jane Roe MP said the law was \u201cbadly drafted\u201d.") == {"Jane Roe": "person"}
    assert speakers_of("\u201cIt will fail,\u201d said Tom Green QC.") == {"Tom Green": "person"}


def test_a_persons_document_is_that_persons() -> None:
    text = "Mr Brandt's statement said he was \u201cdeeply sorry for the losses\u201d."
    assert speakers_of(text) == {"Brandt": "person"}


def test_a_decimal_point_ends_no_sentence() -> None:
    assert "1.5bn" in SPEAKER_TOKEN.findall("It paid $1.5bn for it.")
    text = (
        "Acme Holdings was sold for $2.4 billion on Monday. The company said it was \u201cpleased with the price\u201d."
    )
    art = analysis.read_article("Headline\n\n" + text)
    doc = speakers._Doc(art.text, analysis.quotes.quote_blocks(art), [])
    dot = doc.tok.index("billion") + 4  # "on Monday ." then "The"
    assert doc.sentence_start[doc.tok.index("billion")] == 0
    assert doc.sentence_start[dot] == dot


def test_a_name_after_a_noun_for_a_kind_of_body_is_a_body() -> None:
    text = "Rock band Glimmer split on Monday.\n\nGlimmer said the tour was \u201cthe best of times\u201d."
    assert speakers_of(text) == {"Glimmer": "organisation"}
    text = "Denver-based Kestrel cut 200 jobs.\n\nKestrel said the cuts were \u201cpainful but needed\u201d."
    assert speakers_of(text) == {"Kestrel": "organisation"}


def test_a_word_opening_a_bodys_name_is_that_body_alone() -> None:
    text = "Talbot Motor Group bought the plant.\n\nAccording to Talbot, the plant will be \u201cbusy again by spring\u201d."
    assert speakers_of(text) == {"Talbot Motor Group": "organisation"}
    assert speakers_of(text, speakers.attribute) == {"Talbot": "organisation"}


def test_a_lone_surname_with_no_evidence_stays_a_person() -> None:
    assert speakers_of("\u201cWe will win,\u201d said Kestrel.") == {"Kestrel": "person"}


def test_a_nickname_in_quotes_inside_a_name_is_no_speech_and_splits_no_name() -> None:
    art = analysis.read_article(
        "Headline\n\nFormer champion Billy \u201cthe Rocket\u201d Marsh said he felt \u201cready to play again\u201d."
    )
    rows = [(art.text[a.start : a.end], a.kind, a.speaker) for a in attribution.attribute(art).attributions]
    assert rows == [("the Rocket", "nonspeech", None), ("ready to play again", "partial", "Billy Marsh")]


def test_a_name_of_common_words_ending_in_a_plural_noun_is_a_body() -> None:
    text = "Scott Reed, head of United Steel Workers, said the price was \u201cfar too low\u201d."
    assert speakers._split_title(("United", "Steel", "Workers"))[2] == "organisation"
    assert speakers._split_title(("Charlie", "Spies"))[2] == "person"  # a given name opens it
    assert speakers_of(text) == {"Scott Reed": "person"}


def test_a_name_with_a_plural_verb_after_it_is_a_body() -> None:
    text = "Glenford Athletic have signed a new striker.\n\nGlenford Athletic said he was \u201ca great signing\u201d."
    assert speakers_of(text) == {"Glenford Athletic": "organisation"}
    text = "Polls that put him behind Tom Rook are wrong.\n\nTom Rook said the polls were \u201cnonsense\u201d."
    assert speakers_of(text) == {"Tom Rook": "person"}  # no subject of "are"


def test_a_name_a_body_description_resolves_to_is_a_body() -> None:
    text = (
        "Shares in Hollis Crane fell by 40% on Monday, and Hollis Crane has cut its dividend.\n\n"
        "The company said the fall was \u201ca market overreaction\u201d."
    )
    assert speakers_of(text) == {"Hollis Crane": "organisation"}


def test_a_lone_plural_noun_capitalised_is_a_group_not_a_person() -> None:
    text = "Analysts said the merger was \u201clong overdue\u201d."
    assert speakers_of(text) == {"Analysts": "role"}


def test_a_description_of_a_body_is_an_organisation() -> None:
    assert speakers_of('The British embassy said it was "aware of the case".') == {
        "The British embassy": "organisation"
    }
    assert speakers_of('The ministry said the plan was "under review".') == {"The ministry": "organisation"}
    assert speakers_of('A spokeswoman said the plan was "under review".') == {"A spokeswoman": "role"}
    assert speakers_of('The family said they were "heartbroken".') == {"The family": "role"}


def test_noun_kinds_are_learned_from_first_senses() -> None:
    assert {"lecturer", "lecturers", "midwife", "mogul"} <= speakers.PERSON_NOUNS
    assert {"embassy", "ministry", "council"} <= speakers.BODY_NOUNS
    assert not {"suit", "page", "statement"} & (speakers.PERSON_NOUNS | speakers.BODY_NOUNS)  # a lawsuit, a leaf


def genders_of(text: str) -> dict[str, tuple[str, str]]:
    """Speaker name → (kind, gender) in a small article given as paragraphs (the learned engine)."""
    art = analysis.read_article("Headline\n\n" + text)
    return {n: (s.kind, s.gender) for n, s in attribution.attribute(art).speakers.items()}


def test_a_name_the_writer_calls_it_when_it_speaks_is_a_body() -> None:
    # An "it" that acts opens the name's own reported clause: a body, with no gender from a nearby "she".
    text = (
        "Mara Quint lost her post in May, and she plans to sue. Tessaro Verde told a local paper it would not "
        "take her back."
    )
    assert genders_of(text)["Tessaro Verde"] == ("organisation", "unknown")
    text = "Ravelin cut 300 jobs.\n\nIt said the cuts were \u201cpainful but needed\u201d."
    assert genders_of(text) == {"Ravelin": ("organisation", "unknown")}


def test_a_dummy_it_or_a_given_name_keeps_a_person() -> None:
    # "it was too early" has a dummy "it"; a leading given name shows a person whatever the clause says.
    text = "Hollis Quarry told reporters it was too early to say. Quarry said he would wait."
    assert genders_of(text)["Hollis Quarry"][0] == "person"
    text = "Tom Varley told the paper it would take a year. Varley, 52, runs the firm alone."
    assert genders_of(text)["Tom Varley"][0] == "person"


def test_a_plural_group_after_a_body_word_is_no_person() -> None:
    # "House" or "Tory" before a plural noun names a group: no person, so no "he" gives it a gender.
    text = "Tory Rebels said the bill was \u201ca betrayal\u201d. He voted for it anyway."
    assert genders_of(text)["Tory Rebels"] == ("organisation", "unknown")
    assert speakers_of("Senate Committees said the rules were \u201ctoo loose\u201d.") == {
        "Senate Committees": "organisation"
    }
    # A title of one person keeps a surname that reads as a plural noun.
    assert speakers_of("Sen. Ann Mills said the rules were \u201ctoo loose\u201d.") == {"Ann Mills": "person"}
    assert speakers_of("President Spies said the rules were \u201ctoo loose\u201d.") == {"Spies": "person"}


def test_a_longer_name_after_a_noun_for_a_kind_of_body_is_a_body() -> None:
    text = "Shares in water firm Aguas Claras fell.\n\nAguas Claras said the tariff was \u201cunfair\u201d."
    assert genders_of(text) == {"Aguas Claras": ("organisation", "unknown")}
    # A given name opening the name keeps the person ("publisher Ron Vale": the man).
    assert speakers_of("The publisher Ron Vale said the deal was \u201cgood\u201d.") == {"Ron Vale": "person"}


def test_a_birthplace_before_a_name_is_no_evidence_of_a_body() -> None:
    text = "Ohio-born Quarrie said the film was \u201cfun to make\u201d."
    assert speakers_of(text) == {"Quarrie": "person"}
    assert speakers_of("Leeds-based Quarrie said sales were \u201cstrong\u201d.") == {"Quarrie": "organisation"}


def test_a_plural_title_before_names_is_no_part_of_a_name() -> None:
    text = "Senators Vale and Quint are rivals.\n\nMr. Vale said the plan was \u201ca joke\u201d."
    assert genders_of(text) == {"Vale": ("person", "male")}
    assert speakers_of("Democrats said the bill was \u201ca disgrace\u201d.") == {"Democrats": "role"}


def test_a_plural_source_read_as_a_name_is_a_group() -> None:
    # "Democrats have also said …" names no one person: no "she" reaches it, and it has no gender.
    text = "Ann Lee voted no. Democrats have also said the plan is a mistake. She said it would fail."
    assert genders_of(text) == {"Democrats": ("role", "unknown"), "Ann Lee": ("person", "female")}


def test_a_known_persons_surname_that_reads_as_a_plural_stays_theirs() -> None:
    text = "Ann Banks spoke first. Banks has also said the plan is a mistake. She said it would fail."
    assert genders_of(text) == {"Ann Banks": ("person", "female")}


@pytest.mark.parametrize(
    "text",
    [
        "Nkosazana Mabuza told reporters it would cost billions to rebuild the town.",
        "Thabo Mkhize said it could happen again.",
        "Tariq Qaddoumi said it depends on the weather.",
        "Thabo Mkhize said it could get worse before the rains came.",
        "Nkosazana Mabuza told reporters it grew harder every year.",
    ],
)
def test_a_situations_it_in_the_clause_makes_no_body(text: str) -> None:
    # "it would cost", "it could happen", "it could get worse": the "it" is a thing or a situation, no body
    # speaking of itself.
    ((kind, _),) = genders_of(text).values()
    assert kind == "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Bernie Sanders raised $33 million last quarter, his campaign said on Sunday.", "Bernie Sanders' campaign"),
        ("Donald Trump spoke in Ohio on Monday. His wife said the crowd was large.", "Donald Trump's wife"),
        ("Acme Corp cut 500 jobs. Its chief executive said the cuts were needed.", "Acme Corp's chief executive"),
    ],
)
def test_an_unnamed_source_a_possessive_pronoun_owns_is_named_by_its_owner(text: str, speaker: str) -> None:
    # "his campaign" is nobody in a share-of-voice table (and two candidates' campaigns would be one row): the
    # owner the pronoun refers to names it.
    res = attribution.attribute(analysis.read_article("Money race\n\n" + text))
    assert [a.speaker for a in res.attributions] == [speaker]


def test_a_possessive_owner_never_contradicts_the_pronoun() -> None:
    # No woman is in reach of "her": the description stays as written rather than becoming a man's.
    text = "Convention\n\nPaul Ryan opened the convention on Monday. Her husband said the speech was moving."
    res = attribution.attribute(analysis.read_article(text))
    assert [a.speaker for a in res.attributions] == ["Her husband"]
