"""analysis.speakers: capitalised words that are no name (hyphened common words and modifiers)."""

from __future__ import annotations

import pytest

import analysis
from analysis import attribution, speakers


def who(text: str) -> list[str | None]:
    """The speakers of the direct quotes of a small article given as paragraphs."""
    art = analysis.read_article("Headline\n\n" + text)
    return [a.speaker for a in attribution.attribute(art).attributions if a.kind in ("full", "partial")]


@pytest.mark.parametrize(
    ("word", "common"),
    [
        ("T-shirt", True),  # a common noun of the lexicon, written with a capital letter
        ("X-ray", True),
        ("Tony-winning", True),  # a name joined to a participle: an adjective
        ("Slovenia-born", True),
        ("Texas-based", True),
        # contrasts: a double name, a title, a person noun, a name whose parts are capitalised, a quantity
        ("Ki-moon", False),
        ("Vice-president", False),
        ("Co-author", False),
        ("Kilroy-Silk", False),
        ("Two-thirds", False),
    ],
)
def test_a_hyphened_common_word_or_modifier_is_no_name_word(word: str, common: bool) -> None:
    assert speakers._common_compound(word) is common
    assert speakers._is_name_token(word) is not common


def test_a_hyphened_common_word_is_not_the_speaker() -> None:
    assert who('He wore a Lakers T-shirt. "It was fun," he said.') != ["Lakers T-shirt"]
    # a quote with no cue goes to the nearest name before it: the adjective is none
    assert who('The two-time Tony-winning actor-singer, who also stars in a drama, is back. "It was fun."') != [
        "Tony-winning"
    ]
    assert who('With millions watching, the Slovenia-born former model spoke. "I love him."') != ["Slovenia-born"]


def test_a_place_joined_to_a_participle_modifies_the_name_after_it() -> None:
    assert who('"I was shocked," said South Korean-born Monte Haines.') == ["Monte Haines"]
    assert who('"We won," said Los Angeles-based producer John Smith.') == ["John Smith"]
    assert who('"Sales rose," said Ohio-based analyst Tom Vance.') == ["Tom Vance"]


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("SEC", "SEC"),  # an acronym (the Securities and Exchange Commission), not "Sec." (secretary)
        ("Sec.", "sec"),
        ("Sen.", "sen"),
        ("MP", "mp"),  # a title written in capitals stays one
        ("CEO", "ceo"),
    ],
)
def test_an_acronym_written_like_an_abbreviated_title_is_no_title(word: str, base: str) -> None:
    assert speakers._base(word) == base


def test_an_acronym_of_a_body_named_before_is_that_body_not_a_role() -> None:
    art = analysis.read_article(
        "Headline\n\nThe Securities and Exchange Commission fined the bank. The SEC said it had reached a deal."
    )
    rows = [a.speaker for a in attribution.attribute(art).attributions if a.kind == "indirect"]
    assert rows == ["Securities and Exchange Commission"]
    assert who('"We act," said Sec. John Smith.') == ["John Smith"]


def test_a_sentence_adverb_before_its_comma_is_no_name() -> None:
    text = 'The plan is bad. Likewise, a paper from the Brookings Institution said the plan "would fail".'
    assert who(text) == ["a paper from the Brookings Institution"]
    # contrast: a surname the article gives, at a sentence start before a comma, stays the person
    assert who('Joe Early is a councillor. Early, who is 54, said: "No."') == ["Joe Early"]


def rows(text: str) -> list[tuple[str, str | None]]:
    """Every attribution row of a small article given as paragraphs: (kind, speaker)."""
    art = analysis.read_article("Headline\n\n" + text)
    return [(a.kind, a.speaker) for a in attribution.attribute(art).attributions]


@pytest.mark.parametrize(
    "text",
    [
        'Tom Reed said the United States "must act now to stop the war."',
        'Ann Lee issued a statement, calling on the United States "to redouble its efforts at home."',
        'Ann Lee said the Baltic States "must stand together this winter."',
    ],
)
def test_the_last_word_of_a_determined_name_is_no_cue(text: str) -> None:
    """A capitalised verb form ending a name a lower-case "the" opens ("the United States") is the name's
    word in sentence-case text, not a Title Case cue: the sentence's speaker says the partial quote."""
    assert who(text)[0] in ("Tom Reed", "Ann Lee")


def test_a_title_case_cue_after_a_name_still_reads() -> None:
    assert who('Ann Lee Says "We Will Win"\n\nThe mayor spoke on Monday.') == ["Ann Lee"]


@pytest.mark.parametrize("label", ["Editor's note:", "Editor\u2019s Note:", "Note:", "UPDATE:"])
def test_a_note_label_is_no_speaker(label: str) -> None:
    """A publisher's label opening a line ("Editor's note: Ann Lee is a bully who has pledged to …") is no
    mention: the report is the person's the note describes."""
    text = f"Tom Reed spoke on Monday.\n{label} Ann Lee is a liar and bully who has repeatedly pledged to ban all cars."
    assert rows(text) == [("indirect", "Ann Lee")]


def test_a_role_noun_modifying_things_is_no_speaker() -> None:
    """ "Lee's executive actions": "executive" modifies a plural noun for things, so no role phrase ends at it
    (the mention read back from it swallowed the verb: "the farm candidates oppose Lee's executive")."""
    text = (
        '"Is this a priority?" Ann Lee said at a press conference.\n\n'
        "All of the farm candidates oppose Lee's executive actions on farming, and have pledged to end the programs."
    )
    speakers_written = [speaker for _, speaker in rows(text)]
    assert not any(s and "executive" in s for s in speakers_written)


@pytest.mark.parametrize(
    ("text", "modifies"),
    [
        ("Lee's executive actions on farming", True),
        ("the official documents, he said", True),
        ("the campaign officials said", False),  # people
        ("The Reed campaign projects that costs will fall", False),  # a verb the lexicon files as a noun
    ],
)
def test_modifies_thing(make_doc, text: str, modifies: bool) -> None:  # noqa: ANN001 - a fixture
    doc = make_doc("Headline\n\n" + text)
    k = next(i for i, w in enumerate(doc.low) if w in ("executive", "official", "campaign"))
    assert attribution._modifies_thing(doc, k) is modifies


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Lee won a third of voters, while Reed is dominating by 6 in 10 voters who say rising rent is most important.",
            "6 in 10 voters",
        ),
        ("A majority of those who said honesty mattered most supported Reed in Ohio.", "A majority of those"),
        ("Reed did well with young voters - 60 percent of voters said Reed would handle it better.", None),
        ("About 4 in 10 said they wanted lower taxes.", "About 4 in 10"),
    ],
)
def test_a_poll_group_is_named_without_its_clause_words(text: str, group: str | None) -> None:
    """A poll's group read back from a cue keeps its quantity phrase: the verb and preposition before it ("is
    leading by") and the relative pronoun after it ("who say") are no words of the group's name."""
    speakers_written = [speaker for kind, speaker in rows("Poll news.\n\n" + text) if kind == "indirect"]
    assert speakers_written
    if group is not None:
        assert speakers_written[0] == group
    assert not any(s and (s.endswith(" who") or s.startswith(("is ", "- "))) for s in speakers_written)


def test_a_year_is_no_count_of_people() -> None:
    assert attribution._count("47") and attribution._count("18%")
    assert not attribution._count("2012")
    assert attribution._quantity_word("six") and not attribution._quantity_word("2016")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Six in 10 Ohio Democratic primary voters said the economy was the top issue.",
            "Six in 10 Ohio Democratic primary voters",
        ),
        ("About four out of 10 voters said the economy was the top issue.", "About four out of 10 voters"),
        ("The union has members. Already, 1,409 teachers said they would strike.", "1,409 teachers"),
        ("The union grew. At least 21,000 said they would strike.", "21,000"),
    ],
)
def test_a_share_or_a_large_count_is_named_whole(text: str, group: str) -> None:
    """A poll's share ("Six in 10 …") is its source, not the "10 … voters" after its "in"; a count written with
    thousands separators ("1,409") is one number, not its last group of digits."""
    assert [speaker for kind, speaker in rows("Poll news.\n\n" + text) if kind == "indirect"] == [group]


@pytest.mark.parametrize(
    ("words", "head"),
    [
        (("six", "in"), True),
        (("about", "four", "out", "of"), True),
        (("more", "than", "6", "in"), True),
        (("in",), False),
        (("voters", "in"), False),
    ],
)
def test_ratio_head(words: tuple[str, ...], head: bool) -> None:
    assert speakers._ratio_head(words) is head


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("LeeFlagShareLikeReplyAnn", False),  # a live blog's buttons glued between two bylines
        ("OneCandleForOslo", False),  # a hashtag's words
        ("McDonald", True),
        ("DiPietro", True),
        ("VanderSloot", True),
        ("MacKenzie", True),
    ],
)
def test_a_token_glued_from_several_capitalised_words_is_no_name_word(word: str, name: bool) -> None:
    assert speakers._is_name_token(word) is name


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("Headline\n\nSyrian hackers took over the site.", True),
        ("Headline\n\nA Spanish comedy troupe wrote it.", True),
        ("Headline\n\nAnn Reed wrote it.", False),
    ],
)
def test_a_capitalised_adjective_before_a_noun_is_no_mention(make_doc, text: str, adjective: bool) -> None:  # noqa: ANN001
    """ "Syrian hackers", "a Spanish comedy troupe": the lexicon's adjective modifies the noun after it, and no
    speaker "Syrian" or "Spanish" is read from it."""
    doc = make_doc(text)
    k = next(i for i, w in enumerate(doc.tok) if w in ("Syrian", "Spanish", "Ann"))
    assert speakers.adjective_before_noun(doc, k) is adjective
    names = {doc.tok[m.a] for m in attribution._mentions(doc, 0, doc.n) if m.kind in ("name", "org")}
    assert ("Syrian" in names or "Spanish" in names) is False


def test_an_outlet_described_by_a_capitalised_adjective_keeps_its_name() -> None:
    text = "Last month, the Gazette, a British newspaper, revealed that most of the shirts were made abroad."
    assert [speaker for kind, speaker in rows(text) if kind == "indirect"] == ["Gazette"]


def test_a_source_phrase_opened_by_a_capitalised_adjective_keeps_its_noun() -> None:
    """ "according to the Democratic chairs from two counties": the source is the chairs, not "the Democratic"."""
    text = "Many voters backed Reed and won't back Lee, according to the Democratic chairs from two counties."
    assert [speaker for kind, speaker in rows(text) if kind == "indirect"] == ["the Democratic chairs"]


def test_a_poll_group_in_brackets_loses_its_bracket() -> None:
    text = "Poll news.\n\n29 percent (and 43 percent of Republicans) said they believe the mayor is a spy."
    assert [speaker for kind, speaker in rows(text) if kind == "indirect"] == ["43 percent of Republicans"]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("And a full 79 percent of Democrats say the mayor should quit.", "a full 79 percent of Democrats"),
        ("The vast majority of Americans say the plan is bad.", "The vast majority of Americans"),
        ("As many as 40 percent of Lee voters said the plan was bad.", "40 percent of Lee voters"),
        ("Some of Reed's longtime allies said the plan was bad.", "Some of Reed's longtime allies"),
    ],
)
def test_a_share_of_a_group_is_the_source_not_the_whole_group(text: str, share: str) -> None:
    """ "79 percent of Democrats say …": the share speaks, so the source is written as the share, not as all
    Democrats; the head of a body ("The head of the agency said") is no share."""
    assert [speaker for kind, speaker in rows("Poll news.\n\n" + text) if kind == "indirect"] == [share]


def test_a_share_opens_at_its_own_words_not_the_clause_before() -> None:
    text = "Poll news.\n\nAttacks on the police have left 62 percent of voters saying the city is unsafe."
    assert [speaker for kind, speaker in rows(text) if kind == "indirect"] == ["62 percent of voters"]


def test_a_named_subjects_verb_phrase_is_no_poll_group() -> None:
    """ "Ann Reed filed a $40 million lawsuit in 2013 alleging …": the words read back from the participle open
    with the name's verb, so they are no group of people ("filed a $ 40 million lawsuit …")."""
    text = (
        "In addition to the other cases, State Attorney General Ann Reed filed a $40 million lawsuit in 2013 "
        "alleging that Lee had defrauded more than 5,000 people."
    )
    assert [speaker for kind, speaker in rows(text) if kind == "indirect"] == ["Ann Reed"]
