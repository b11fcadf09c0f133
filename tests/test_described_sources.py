"""analysis.attribution: plural, quantified and indefinite descriptions as sources of their own.

"Other backers of the plan said", "one reader wrote", "a former speechwriter said": the description is the
speaker unless the article links it to a named holder; it is no cue to give the words to whoever spoke last.
"""

from __future__ import annotations

import pytest

import analysis
from analysis import attribution

_OPENING = "Jane Smith, director of the Trade Group, said the law would help inventors. "


def _rows(text: str) -> list[attribution.Attribution]:
    art = analysis.read_article("Headline\n\n" + text)
    return list(attribution.attribute(art).attributions)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Other backers of the plan said it was a fair deal for everyone.", "Other backers of the plan"),
        ("But opponents of the plan said that it could harm small firms.", "opponents of the plan"),
        ("A former speechwriter said she demanded detailed analyses of every plan.", "A former speechwriter"),
        ("One reader even noted that the site was slow.", "One reader"),
        ("Some of the women said they had spoken out.", "Some of the women"),
        ("A lecturer from the University of Leeds said the plan was bold.", "A lecturer from the University of Leeds"),
        ("But others insist that the plan will fail.", "others"),
    ],
)
def test_a_described_report_source_is_the_speaker(sentence: str, speaker: str) -> None:
    rows = [a for a in _rows(_OPENING + sentence) if a.kind == "indirect"]
    assert rows[0].speaker == "Jane Smith"
    assert rows[-1].speaker == speaker
    assert rows[-1].mention == speaker


def test_a_described_quote_subject_is_the_speaker() -> None:
    before = _OPENING + "One poster wrote: \u201cI have started the attack.\u201d"
    after = _OPENING + "\u201cIt is a bad law,\u201d another commenter said."
    assert [a.speaker for a in _rows(before) if a.kind == "full"] == ["One poster"]
    assert [a.speaker for a in _rows(after) if a.kind == "full"] == ["another commenter"]


@pytest.mark.parametrize(
    "phrase",
    ["some are quietly saying", "carrying signs", "officials who asked not to be named", "Jane Smith"],
)
def test_a_clause_or_a_name_is_no_description(phrase: str) -> None:
    art = analysis.read_article("Headline\n\n" + phrase + " said it.")
    doc = attribution.sp._Doc(art.text, attribution.quote_blocks(art), [])
    start = art.text.index(phrase)
    assert attribution.described_source(doc, (start, start + len(phrase))) is None


def test_a_description_the_next_sentence_names_is_that_person() -> None:
    text = "The euro rose on Monday. A retired crane operator said the plan was unfair. Tom Harris, 61, will sue."
    assert [a.speaker for a in _rows(text) if a.kind == "indirect"][0] == "Tom Harris"


def test_a_document_from_a_named_body_is_the_body() -> None:
    text = "The band will tour in May. A statement from Sonic Records said the singer would rest."
    assert [a.speaker for a in _rows(text) if a.kind == "indirect"] == ["Sonic Records"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The deal collapsed. A tax expert in Canada argued that the rules were unclear.", "A tax expert in Canada"),
        ("\u201cIt was odd,\u201d said a professor from the University of York who studies law.", None),
        ("\u201cIt was odd,\u201d said an analyst in an interview.", "an analyst"),
    ],
)
def test_an_unnamed_role_keeps_its_complement_but_not_the_occasion(text: str, speaker: str | None) -> None:
    expected = speaker or "a professor from the University of York"
    assert [a.speaker for a in _rows(text) if a.kind != "nonspeech"][-1] == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('A lecturer from the University of York said the figures were "plainly wrong".',
         "A lecturer from the University of York"),
        ('"The figures are plainly wrong," a midwife at Leeds General Infirmary said.',
         "a midwife at Leeds General Infirmary"),
    ],
)  # fmt: skip
def test_a_described_quote_source_is_not_the_body_in_its_complement(sentence: str, speaker: str) -> None:
    rows = [a for a in _rows(_OPENING + sentence) if a.kind != "indirect"]
    assert [(a.speaker, a.mention) for a in rows] == [(speaker, speaker)]


def test_a_body_voice_or_a_document_speaks_for_the_body_in_its_complement() -> None:
    rows = _rows('A statement from Globex Holdings said the plan was "a fair deal".')
    assert [a.speaker for a in rows] == ["Globex Holdings"]


# Lone quantifiers: "Another said", "said one", "Both said" — the quantifier is the source, never a name from the
# content or an earlier speaker; a contrasting "Another"/"One"/"Others" takes its noun from the description before it.
_MET = "Mary Smith met the voters on Monday. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_MET + "\u201cWe are anxious,\u201d said another.", "another"),
        (_MET + "\u201cIt is bad,\u201d one said.", "one"),
        (_MET + "Another said: \u201cWe are anxious about Smith.\u201d", "Another"),
        (_MET + "A third added: \u201cNever.\u201d", "A third"),
        (_MET + "Another tweeted, \u201cSmith is above the law.\u201d", "Another"),
        ("\u201cSmith is cute,\u201d one user wrote. Another said: \u201cSmith is bad.\u201d", "Another user"),
        (
            "\u201cShe is fine,\u201d said one New Hampshire Republican. \u201cShe will lose,\u201d said another.",
            "another New Hampshire Republican",
        ),
    ],
)
def test_a_lone_quantifier_quote_source_is_the_description(text: str, speaker: str) -> None:
    assert [a.speaker for a in _rows(text) if a.kind == "full"][-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("All three said Smith lied.", "All three"),
        ("Two of them said Smith lied.", "Two of them"),
        ("Each told reporters that Smith was great.", "Each"),
        ("Both said Smith had won the vote.", "Both"),
    ],
)
def test_a_lone_quantifier_report_source_is_never_a_name_in_its_content(sentence: str, speaker: str) -> None:
    rows = [a for a in _rows(_MET + sentence) if a.kind == "indirect"]
    assert rows[-1].speaker == speaker
    assert rows[-1].mention == speaker


def test_others_take_the_plural_description_they_contrast_with() -> None:
    rows = [a for a in _rows("Two Clinton aides said it was over. Others said it was not.") if a.kind == "indirect"]
    assert [a.speaker for a in rows] == ["Two Clinton aides", "Other Clinton aides"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a singular "another" takes no plural noun, a thing is no person: the quantifier as written
        ("Many residents were angry. \u201cWe are done,\u201d said another.", "another"),
        ("He spent one day in town. Another said: \u201cIt is over.\u201d", "Another"),
    ],
)
def test_a_contrast_needs_a_person_noun_of_the_same_number(text: str, speaker: str) -> None:
    assert [a.speaker for a in _rows(text) if a.kind == "full"][-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("\u201cIt was great,\u201d Another Country's director said.", "Another Country's director"),
    ],
)
def test_a_name_that_opens_with_a_quantifier_stays_a_name(sentence: str, speaker: str) -> None:
    rows = [a for a in _rows(_MET + sentence) if a.kind != "nonspeech"]
    assert rows[-1].speaker == speaker


def test_no_one_is_no_source() -> None:
    doc_text = "Headline\n\nNo one said it was bad."
    art = analysis.read_article(doc_text)
    doc = attribution.sp._Doc(art.text, attribution.quote_blocks(art), [])
    start = art.text.index("one said")
    assert attribution.described_source(doc, (start, start + len("one"))) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("\u201cSmith is wrong,\u201d said one of the men, John Brown.", "John Brown"),
        ("\u201cSmith is wrong,\u201d said one of the protesters.", "one of the protesters"),
        ("\u201cSmith is wrong,\u201d said one of them.", "one of them"),
    ],
)
def test_an_inverted_partitive_source_is_the_group_or_the_name_after_it(sentence: str, speaker: str) -> None:
    assert [a.speaker for a in _rows(_MET + sentence) if a.kind == "full"] == [speaker]


def test_a_quantified_description_is_not_a_holder_named_before() -> None:
    text = (
        "Jane Doe, the former chief executive of Acme, cut jobs. "
        "\u201cShe never asked anyone,\u201d said one former executive who requested anonymity. "
        "\u201cShe decided alone.\u201d"
    )
    assert [a.speaker for a in _rows(text) if a.kind == "full"] == ["one former executive"] * 2


def test_an_indefinite_role_is_a_newcomer_not_the_holder_named_before() -> None:
    text = (
        "The governor's aide Tom Hale said the ruling was wrong. "
        "An aide to the mayor who asked not to be named said the city would appeal. "
        "\u201cWe will win,\u201d said the aide."
    )
    rows = _rows(text)
    assert [a.speaker for a in rows if a.kind == "indirect"] == ["Tom Hale", "An aide to the mayor"]
    assert [a.speaker for a in rows if a.kind == "full"] == ["An aide to the mayor"]


def test_a_definite_role_after_a_newer_namesake_is_still_the_holder_when_no_newcomer() -> None:
    text = (
        "The governor's aide Tom Hale said the ruling was wrong. "
        "The mayor said the city would appeal. "
        "\u201cWe will win,\u201d said the aide."
    )
    assert [a.speaker for a in _rows(text) if a.kind == "full"] == ["Tom Hale"]


def test_a_role_phrase_keeps_its_former() -> None:
    text = "The plan was bad. \u201cWe lost time,\u201d said one former senior agency official. \u201cBut it was right.\u201d"
    assert [a.speaker for a in _rows(text) if a.kind == "full"] == ["one former senior agency official"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The vote was close. \u201cThey will corrupt it,\u201d wrote one commenter.", "one commenter"),
        ("The vote was close. Another source speaking to Fox News said, \u201cIt is over.\u201d", "Another source"),
        ("The vote was close. One resident who lives near Heathrow said: \u201cIt is loud.\u201d", "One resident"),
        # a body's voice speaks for the body; a thing is no source
        ("The vote was close. A spokesman speaking for Acme said: \u201cIt is loud.\u201d", "Acme"),
    ],
)
def test_a_described_quote_source_is_not_a_name_in_its_clause(text: str, speaker: str) -> None:
    assert [a.speaker for a in _rows(text) if a.kind == "full"] == [speaker]


def test_an_inverted_thing_is_no_source() -> None:
    rows = [a for a in _rows("The vote was close. \u201cIt is loud,\u201d said one thing.") if a.kind == "full"]
    assert rows[0].speaker != "one thing"


@pytest.mark.parametrize("ratio", ["One in three", "Two in five"])
def test_a_poll_ratio_in_words_is_a_group_source(ratio: str) -> None:
    rows = [a for a in _rows(f"Carlos Diaz ran. The poll was out. {ratio} said the party does not care.")]
    assert [(a.speaker, a.mention) for a in rows if a.kind == "indirect"] == [(ratio, ratio)]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Ada Vale spoke in Leeds on Monday. The former senator said the plan was \u201cabsurd.\u201d",
            "The former senator",
        ),
        (
            "Ada Vale spoke in Leeds. \u201cIt is absurd,\u201d the former secretary of state said.",
            "the former secretary of state",
        ),
        (
            "Ada Vale spoke in Leeds on Monday. The former first lady said the plan was \u201cabsurd.\u201d",
            "The former first lady",
        ),
    ],
)
def test_a_description_keeps_its_former_and_stands_for_the_person_just_named(text: str, mention: str) -> None:
    # "former" and "first" are stop words, but inside a description they modify its role: the phrase runs to its
    # determiner and, as the next sentence's subject, continues the person named before
    rows = [a for a in _rows(text) if a.kind in ("full", "partial")]
    assert [(a.speaker, a.mention) for a in rows] == [("Ada Vale", mention)]


_TOPIC = "Ann Cole met the mayor. Cole spoke to aides on Monday. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the article's most mentioned person, named in the sentence before, is the office the description gives
        ("Yet it was unclear whether Cole was ready to follow that plan. The Vermont senator emailed", "Ann Cole"),
        # the person is not at hand: the description stays a person of its own
        ("The weather was fine. Nobody came. The Vermont senator emailed", "The Vermont senator"),
    ],
)
def test_a_description_no_subject_continues_stands_for_the_salient_person_at_hand(text: str, speaker: str) -> None:
    rows = _rows(_TOPIC + text + " supporters saying: \u201cThe struggle continues.\u201d")
    assert [a.speaker for a in rows if a.kind == "full"] == [speaker]


def test_a_description_of_another_party_or_a_tie_stands_for_no_salient_person() -> None:
    text = (
        "Labour MP Ann Cole met the mayor. Cole spoke to aides on Monday. Yet it was unclear whether Cole was "
        "ready. The Tory leader emailed supporters saying: \u201cThe struggle continues.\u201d"
    )
    assert [a.speaker for a in _rows(text) if a.kind == "full"] == ["The Tory leader"]
    text = (
        "Ann Cole met Bo Park. Cole and Park spoke to aides on Monday. Yet it was unclear whether Cole or Park "
        "was ready. The Vermont senator emailed supporters saying: \u201cThe struggle continues.\u201d"
    )
    assert [a.speaker for a in _rows(text) if a.kind == "full"] == ["The Vermont senator"]


def test_a_description_stands_for_no_person_whose_given_name_states_the_other_gender() -> None:
    text = (
        "John Smith spoke. Smith left. Mary Jones came. Jones and Smith met. Later there was rain and the "
        "congresswoman said, \u201cDone.\u201d"
    )
    assert [a.speaker for a in _rows(text) if a.kind == "full"] == ["the congresswoman"]


def test_a_plural_description_keeps_a_complement_in_british_spelling() -> None:
    text = 'Lawyers for local organisations said it was "really vital" for the files to be made public.'
    assert [a.speaker for a in _rows(text) if a.kind == "partial"] == ["Lawyers for local organisations"]


@pytest.mark.parametrize(
    ("opening", "description", "speaker"),
    [
        ("French President Luc Marin held a news conference.", "the French leader", "Luc Marin"),
        ("Leeds manager Tom Hale praised his side.", "the Leeds boss", "Tom Hale"),
        ("Acme chief executive Ann Cole unveiled the phone.", "the Acme boss", "Ann Cole"),
        ("Bank chairman Bo Park spoke in Boston.", "the bank chief", "Bo Park"),
    ],
)
def test_a_plainer_word_for_an_office_is_its_titled_holder(opening: str, description: str, speaker: str) -> None:
    text = f'{opening} "We will keep going, whatever happens next," {description} said.'
    assert [a.speaker for a in _rows(text) if a.kind == "full"] == [speaker]


def test_a_plainer_word_for_an_office_needs_the_holders_modifiers() -> None:
    # the president of a football body is no "French leader"
    text = (
        "Sepp Mayer, the president of the football body, was praised. "
        '"We will keep going, whatever happens next," the French leader said.'
    )
    assert [a.speaker for a in _rows(text) if a.kind == "full"] == ["the French leader"]


@pytest.mark.parametrize(
    ("opening", "description"),
    [
        ("President Luc Marin met union leaders.", "the leader of the union"),
        ("Acme chairman Bo Park spoke first.", "the head of the inquiry"),
    ],
)
def test_a_plainer_word_with_its_own_complement_is_another_office(opening: str, description: str) -> None:
    # "the leader of the union" says whose office it is: not the president's plainer word.
    text = f'{opening} "We will keep going, whatever happens next," {description} said.'
    assert [a.speaker for a in _rows(text) if a.kind == "full"] == [description]


@pytest.mark.parametrize(
    "text",
    [
        'Tom Hale faces a trial. Hale\'s mother has said she is "100% certain" her son is innocent. '
        "His mother Ann Hale told a TV network he was innocent.",
        'Tom Hale faces a trial. His mother Ann Hale and his sister Jo Hale are in court. "We are certain he is '
        'innocent," his mother said.',
    ],
)
def test_a_relative_described_is_the_one_the_article_names_so(text: str) -> None:
    assert [a.speaker for a in _rows(text) if a.kind in ("full", "partial")] == ["Ann Hale"]


def test_a_named_owners_relative_is_not_another_persons_relative() -> None:
    # "Ross's mother" is not the "mother Ann Hale" of the boy named before Ross; "Ross's mother Ann Lee" is hers.
    text = (
        "Tom Hale, 15, died in the crash. His mother Ann Hale said he loved football. Jack Ross, 16, was hurt. "
        "Ross's mother said he was recovering well."
    )
    assert [a.speaker for a in _rows(text) if a.kind == "indirect"] == ["Ann Hale", "Ross's mother"]
    text = "Jack Ross was hurt. Ross's mother Ann Lee came. Later, Ross's mother said he was recovering well."
    assert [a.speaker for a in _rows(text) if a.kind == "indirect"] == ["Ann Lee"]


def test_a_relative_stays_described_when_no_one_is_named_so() -> None:
    # No one is named as his mother: she stays a description, named by whose mother she is (attribution.owned_role).
    text = 'Tom Hale faces a trial. His mother said she was "100% certain" he is innocent.'
    assert [a.speaker for a in _rows(text) if a.kind == "partial"] == ["Tom Hale's mother"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The establishment said the reform would fail.", "The establishment"),
        ("The regional government said the reform would fail.", "The regional government"),
        ("The trade newspaper said the reform would fail.", "The trade newspaper"),
        ("The opposition said the reform would fail.", "The opposition"),
    ],
)
def test_a_body_description_is_no_person_just_named(sentence: str, speaker: str) -> None:
    # a body noun ends like an agent noun ("-ment", "-er") but is a body of its own, not the person before it
    text = f"Maria Lund said the budget was fair. {sentence}"
    assert [a.speaker for a in _rows(text) if a.kind == "indirect"] == ["Maria Lund", speaker]


def test_opposition_before_a_name_marks_a_body() -> None:
    text = "The opposition Green Alliance said the reform would fail. It said costs would rise."
    assert [a.speaker for a in _rows(text) if a.kind == "indirect"] == ["Green Alliance", "Green Alliance"]


@pytest.mark.parametrize("country", ["US", "U.S."])
def test_a_body_after_a_country_acronym_is_the_subject_it_continues(country: str) -> None:
    # "US" is a stop word ("us") to the name test; the phrase still opens the sentence, so "It" finds it
    text = f"The {country} Treasury unveiled a rescue fund on Monday. It said the fund would steady the banks."
    rows = [a for a in _rows(text) if a.kind == "indirect" and a.mention == "It"]
    assert [a.speaker for a in rows] == [f"The {country} Treasury"]


@pytest.mark.parametrize(
    "text",
    [
        # other words for the newcomer's head noun: a modifier and a complement the indefinite never gave
        "A British man is suing Acme Corp, saying its kettles stop working after two years. "
        "The unnamed man from Leeds says that a timer inside the kettle cuts the power.",
        # the newcomer spoke several sentences before; the same head noun still reaches back to them
        "The fence was never finished, a neighbour told the council. The plans were drawn up in 2001. "
        "Builders left the site in spring. Weeds now cover the road. "
        '"Nobody came back," the neighbour said.',
    ],
)
def test_a_definite_description_continues_the_unnamed_newcomer_of_its_head(text: str) -> None:
    rows = _rows(text)
    first = rows[0].speaker
    assert first.lower().startswith(("a british man", "a neighbour"))
    assert [a.speaker for a in rows] == [first] * len(rows)


def test_a_newcomer_who_had_not_spoken_is_the_description_as_first_given() -> None:
    text = (
        'A second official familiar with the talks arrived in Paris on Monday. "It is set for June," the official said.'
    )
    assert [a.speaker for a in _rows(text) if a.kind == "full"] == ["A second official"]


@pytest.mark.parametrize(
    "text",
    [
        # a complement of its own: another aide
        "An aide to the mayor said the vote was fair. The governor called for a recount. "
        '"We will appeal," said the aide to the governor.',
        # set apart by its own words
        'A witness said the car was red. "It was blue," the other witness said.',
        # a predicate describes someone there, it brings in no one
        'Tom Hale ran as a candidate in 2010. The race was close. "We lost," the candidate said.',
        # the description names its own person
        'A man was seen near the shop on Friday. "I was home," the man, named as Tom Hale, told the court.',
        # counted in passing, as an object: no source brought in
        'The minister told one official that the plan was late. "It is on time," the official said.',
    ],
)
def test_a_definite_description_set_apart_continues_no_newcomer(text: str) -> None:
    full = [a.speaker for a in _rows(text) if a.kind == "full"]
    assert len(full) == 1 and not full[0].lower().startswith(
        ("an aide to the mayor", "a witness", "a candidate", "a man", "one")
    )


def test_a_witness_named_in_the_next_sentence_is_that_person_and_so_is_the_witness() -> None:
    text = (
        "The accused never signed the cheques, a witness has told jurors. "
        "Tom Hale made the comments under questioning by the defence. "
        '"Did you ever see him sign?" the lawyer asked. "No," replied the witness.'
    )
    rows = _rows(text)
    assert [rows[0].speaker, rows[-1].speaker] == ["Tom Hale", "Tom Hale"]


def test_the_other_of_a_role_is_its_own_source_not_the_newcomer() -> None:
    # (review36) "other" is part of the description: "nurse" alone read as a bare role joined "A nurse"
    text = 'A nurse said the ward was full. "We cope," the other nurse said.'
    assert [a.speaker.lower() for a in _rows(text) if a.kind == "full"] == ["the other nurse"]


def test_a_witness_is_not_the_next_sentence_s_person_given_another_role() -> None:
    # (review36) the next sentence names the defendant, not the witness: "a witness" stays unnamed
    text = "A witness told the court she saw the van leave at noon. Tom Hale, the defendant, denies theft."
    assert _rows(text)[0].speaker == "A witness"


def test_a_source_stays_unnamed_when_the_next_sentence_names_someone() -> None:
    # an unnamed voice by intent: the name in the next sentence is someone else
    text = "The deal is off, a source has told the BBC. Tom Hale signed the first draft in May."
    assert _rows(text)[0].speaker == "a source"


def test_a_newcomer_in_a_closing_report_clause_is_who_the_next_paragraph_names() -> None:
    # "<words>, a witness has told jurors." closes the sentence with its report: its subject is the newcomer
    text = (
        "Acme boss Tom Reed, who is accused of fraud, never made accounting decisions, a witness has told jurors."
        "\n\nAnn Pike made the comments under questioning by lawyers."
    )
    assert _rows(text)[0].speaker == "Ann Pike"


def test_a_description_inside_the_report_is_no_closing_report_clause() -> None:
    # the cue reports a clause of its own after the description: not a report closing the sentence
    text = "The plan failed, a judge said, and the firm must pay. Ann Pike, a lawyer, said so in May."
    assert _rows(text)[0].speaker != "Ann Pike"


@pytest.mark.parametrize("adjective", ["familiar with", "close to"])
def test_a_description_with_a_postmodifying_adjective_is_the_source_of_according_to(adjective: str) -> None:
    # "according to a publishing executive familiar with the talks": the adjective's phrase completes the
    # description, which is the source; not the firm the reported clause is about
    text = (
        "Pelham Books offered the author a deal last year. But Pelham Books declined to renew the offer, "
        f"according to a publishing executive {adjective} the talks."
    )
    assert [a.speaker for a in _rows(text) if a.kind == "indirect"] == [f"a publishing executive {adjective} the talks"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A Democrat familiar with the talks said the vote would slip.", "A Democrat familiar with the talks"),
        ('"The vote will slip," an Israeli familiar with the plan said.', "an Israeli familiar with the plan"),
        ("The vote will slip, according to a Tory familiar with the plan.", "a Tory familiar with the plan"),
    ],
)
def test_a_capitalised_party_or_place_noun_heads_a_postmodified_description(sentence: str, speaker: str) -> None:
    # after "a"/"an" one capital before a lower-case noun modifies it ("a Mercedes convertible"); before a
    # source's post-modifier ("familiar with", "close to") it is the head: the description speaks, not "Democrat"
    text = "The harbour talks stalled on Friday. " + sentence
    assert [a.speaker for a in _rows(text) if a.kind in ("indirect", "full")] == [speaker]
