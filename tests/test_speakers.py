"""analysis.speakers: who said each quote, as one canonical speaker."""

from __future__ import annotations

import json

import pytest
from conftest import SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import attribution, speakers


def attributed(text: str, *, kinds: tuple[str, ...] = ("full", "partial")) -> list[tuple[str, str | None]]:
    """(quoted text, speaker) pairs of a small article given as paragraphs."""
    art = analysis.read_article("Headline\n\n" + text)
    res = speakers.attribute(art)
    return [(art.text[a.start : a.end], a.speaker) for a in res.attributions if a.kind in kinds]


def who(text: str) -> list[str | None]:
    return [s for _, s in attributed(text)]


def test_cue_after_the_quote_in_both_orders() -> None:
    assert who("\u201cWe will win,\u201d Jane Smith said.") == ["Jane Smith"]
    assert who("\u201cWe will win,\u201d said Jane Smith, a local organiser.") == ["Jane Smith"]
    assert who('"We will win," Mr. Smith added.') == ["Smith"]


def test_a_cue_after_an_exported_doubled_closing_mark() -> None:
    """A CSV export's ``""`` closes the quote in one mark, so the words after it are the cue's, not a new quote."""
    text = (
        '""We will appeal,"" defence lawyer Tom Reed said. ""My cousin did nothing wrong"", '
        "her cousin, Sam Cole, said after the hearing."
    )
    assert attributed(text) == [("We will appeal,", "Tom Reed"), ("My cousin did nothing wrong", "Sam Cole")]
    # A name in exported marks inside a reported clause leaves the clause a report.
    text = 'Tom Reed said the ""Lion"" release will ship in May.'
    assert attributed(text, kinds=("indirect",)) == [('the ""Lion"" release will ship in May', "Tom Reed")]


def test_a_rare_verb_of_communication_cues_a_quote_in_its_report() -> None:
    assert who("Mrs Patel quipped that the bridge needed \u201ca small miracle\u201d.") == ["Patel"]
    assert who("\u201cWe are fitter,\u201d the coach Tom Reed retorted.") == ["Tom Reed"]


def test_cue_before_the_quote_and_colon_after_a_name() -> None:
    assert who("Jane Smith warned: \u201cThe river will flood.\u201d") == ["Jane Smith"]
    assert who("Jane Smith told reporters, \u201cThe river will flood.\u201d") == ["Jane Smith"]
    assert who("Jane Smith: \u201cThe river will flood.\u201d") == ["Jane Smith"]


def test_many_verb_forms_are_cues() -> None:
    for verb in ("insisted", "claims", "has argued", "will argue", "was quoted as saying", "tweeted", "recalled"):
        assert who(f"Jane Smith {verb} that the plan was \u201ca complete failure of leadership\u201d.") == [
            "Jane Smith"
        ], verb


def test_according_to_and_adding() -> None:
    text = (
        "French President Emmanuel Macron met officials.\n\n"
        "The talks yielded a \u201cconvergence,\u201d according to the French president.\n\n"
        "The plan is ready, Jane Doe said, adding: \u201cWe start on Monday.\u201d"
    )
    assert who(text) == ["Emmanuel Macron", "Jane Doe"]


def test_titles_are_stripped_and_aliases_resolve_to_the_full_name() -> None:
    text = (
        "Russian President Vladimir Putin met the press.\n\n"
        "\u201cWe are ready,\u201d Putin said.\n\n"
        "\u201cWe are not afraid,\u201d Mr. Putin added."
    )
    assert who(text) == ["Vladimir Putin", "Vladimir Putin"]
    res = speakers.attribute(analysis.read_article("Headline\n\n" + text))
    person = res.speakers["Vladimir Putin"]
    assert person.title == "Russian President" and "Putin" in person.aliases


def test_surname_first_then_full_name_is_one_speaker() -> None:
    text = "\u201cIt is late,\u201d Mr. Obama said.\n\nPresident Barack Obama spoke in Ohio."
    assert who(text) == ["Barack Obama"]


def test_a_surname_that_is_also_a_title_or_organisation_word() -> None:
    text = "\u201cIt is a hard day,\u201d said Jim Press.\n\n\u201cWe will recover,\u201d said Press."
    assert who(text) == ["Jim Press", "Jim Press"]


def test_role_reference_resolves_to_the_named_holder() -> None:
    text = (
        "German Chancellor Olaf Scholz and French President Emmanuel Macron met on Monday.\n\n"
        "\u201cWe agree,\u201d the chancellor said.\n\n"
        "\u201cSo do we,\u201d the French president said."
    )
    assert who(text) == ["Olaf Scholz", "Emmanuel Macron"]


def test_unnamed_sources_and_organisations() -> None:
    text = (
        "\u201cWe do not comment on leaks,\u201d a Downing Street spokesman said.\n\n"
        "The Justice Department said it would \u201creview every case\u201d."
    )
    assert who(text) == ["a Downing Street spokesman", "Justice Department"]


def test_pronoun_is_the_speaker_not_a_name_inside_the_quote() -> None:
    text = (
        "Maria Lopez met Tom Reed in Lisbon.\n\n"
        "\u201cIt went well,\u201d Maria Lopez said.\n\n"
        "\u201cAfter Reed visits Madrid, we will talk again,\u201d she said."
    )
    assert who(text) == ["Maria Lopez", "Maria Lopez"]


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = (
        "Mr. Paul Grant spoke first. He was brief.\n\n"
        "Ms. Ana Ruiz followed. She was angry.\n\n"
        "Then Grant returned to the stage.\n\n"
        "\u201cThis is not acceptable,\u201d she said."
    )
    assert who(text) == ["Ana Ruiz"]


def test_quote_paragraph_without_cue_continues_the_previous_speaker() -> None:
    text = (
        "\u201cWe will rebuild,\u201d said Mayor Ruth Okafor.\n\n"
        "\u201cThe bridge will reopen in spring.\u201d\n\n"
        "Okafor spoke after a storm."
    )
    assert who(text) == ["Ruth Okafor", "Ruth Okafor"]


def test_a_quote_left_open_into_another_speakers_paragraph_is_split() -> None:
    text = (
        "\u201cIt\u2019s a dog whistle,\u201d Rep. Gwen Moore said Friday. \u201cIf he is not legitimate, then who is?\n\n"
        "\u201cI have been doing a lot of thinking,\u201d added Rep. Jim Clyburn."
    )
    assert attributed(text) == [
        ("It\u2019s a dog whistle,", "Gwen Moore"),
        ("If he is not legitimate, then who is?", "Gwen Moore"),
        ("I have been doing a lot of thinking,", "Jim Clyburn"),
    ]
    # The same speaker throughout: one quote across the break.
    same = "\u201cWe will rebuild,\u201d said Mayor Ruth Okafor. \u201cIt will take a year.\n\n\u201cAnd it will cost a lot,\u201d she said."
    assert who(same) == ["Ruth Okafor", "Ruth Okafor"]


def test_quote_paragraph_after_name_continued_colon() -> None:
    text = "Jane Smith continued:\n\n\u201cThe second point is money.\u201d"
    assert who(text) == ["Jane Smith"]


def test_the_object_of_a_verb_is_not_the_speaker() -> None:
    text = "Duterte lashed out, telling the United States not to treat his country \u201clike a dog with a leash.\u201d"
    assert who(text) == ["Duterte"]


def test_a_named_person_after_a_role_is_the_speaker() -> None:
    text = "\u201cThis is a milestone,\u201d said Airbus President and Chief Executive Officer, Tom Enders."
    assert who(text) == ["Tom Enders"]


def test_a_document_speaks_for_its_owner_and_a_product_is_not_a_person() -> None:
    text = "The Airbus A380 flew. Airbus said the test was \u201ca complete success for everyone\u201d. The IMF report said growth was \u201cweak and fragile at best\u201d."
    assert who(text) == ["Airbus", "IMF"]


def test_a_joint_statement_is_not_one_speaker() -> None:
    assert who("Both Macron and Putin said the talks were \u201cuseful and frank\u201d.") == [None]


def test_scare_quotes_and_titles_are_nonspeech() -> None:
    art = analysis.read_article(
        "Headline\n\nThe so-called \u201cBlair babes\u201d arrived. Anna Lee told NBC\u2019s \u201cMeet the Press\u201d that it was fine."
    )
    res = speakers.attribute(art)
    assert [a.kind for a in res.attributions if a.kind != "indirect"] == ["nonspeech", "nonspeech"]


def test_a_partial_quote_whose_sentence_ends_with_an_inverted_cue_is_speech() -> None:
    # "…, said Tom Reed." closes the sentence: the fragments earlier in it are his words, not scare quotes.
    text = "The levy would hit \u201csmall bakers\u201d hardest and was \u201cbadly timed\u201d, said Tom Reed."
    assert attributed(text) == [("small bakers", "Tom Reed"), ("badly timed", "Tom Reed")]
    # A cue that opens a new clause ("said to have …") names nobody for the earlier fragment.
    art = analysis.read_article("Headline\n\nThe \u201cdirty war\u201d ended, said to have cost millions.")
    assert [a.kind for a in speakers.attribute(art).attributions if a.kind != "indirect"] == ["nonspeech"]


def test_a_programme_someone_spoke_to_is_not_their_words() -> None:
    # The capitalised quote after "told" or "an interview with" names the programme, even with a cue.
    art = analysis.read_article(
        "Headline\n\n\u201cPrices will fall,\u201d Jane Smith told \u201cThe Morning Hour.\u201d "
        "She said so again in an interview with \u201cSunday Politics Live,\u201d adding that rents would follow."
    )
    kinds = [(art.text[a.start : a.end], a.kind) for a in speakers.attribute(art).attributions if a.kind != "indirect"]
    assert kinds == [
        ("Prices will fall,", "full"),
        ("The Morning Hour.", "nonspeech"),
        ("Sunday Politics Live,", "nonspeech"),
    ]


def test_a_title_after_a_possessive_is_not_speech() -> None:
    """A quote in title case after a possessive names someone's show, book or slogan; a sentence quoted after
    one is still speech."""

    def kinds(text: str) -> list[tuple[str, str]]:
        art = analysis.read_article("Headline\n\n" + text)
        rows = speakers.attribute(art).attributions
        return [(art.text[a.start : a.end], a.kind) for a in rows if a.kind != "indirect"]

    assert kinds("Anna Lee, star of television\u2019s \u201cHarbour,\u201d was there.") == [("Harbour,", "nonspeech")]
    assert kinds('Tom Reed spoke on Radio Five\'s "Drive: The Road Home Tonight" and left.') == [
        ("Drive: The Road Home Tonight", "nonspeech")
    ]
    assert kinds('Tom Reed repeated his party\'s "Homes for All" pledge.') == [("Homes for All", "nonspeech")]
    assert kinds('Tom Reed quoted his father\'s words, "We were poor and we knew it."') == [
        ("We were poor and we knew it.", "full")
    ]


def test_reported_speech_without_marks_is_indirect() -> None:
    rows = attributed(
        "Russian President Vladimir Putin stated that he would do everything he could to find a solution.",
        kinds=("indirect",),
    )
    assert rows == [("he would do everything he could to find a solution", "Vladimir Putin")]


def test_transcript_turns() -> None:
    text = 'Senator Mike Pence spoke to Chris Wallace.\n\n"WALLACE: Will she be there?\n\n"PENCE: She will not."'
    assert who(text) == ["Chris Wallace", "Mike Pence"]


def test_dash_byline_after_a_quote() -> None:
    assert who("\u201cI am afraid for my children.\u201d \u2015 Karen Bobadilla") == ["Karen Bobadilla"]


def test_a_dash_and_a_name_in_the_next_paragraph_sign_the_quote_paragraph() -> None:
    text = (
        '"We will win," said Harry Reid.\n\n'
        '"Taxes are too high for working families."\n\n'
        "- Jane Smith.\n\n"
        '"The plan is fair."\n\n'
        "\u2014 Governor Tom Reed, speaking after the debate.\n\n"
        '"It will pass."'
    )
    assert who(text) == ["Harry Reid", "Jane Smith", "Tom Reed", "Tom Reed"]


def test_an_inverted_cue_after_a_stray_paragraph_break_goes_on_with_the_quote() -> None:
    text = (
        '"We will win," said Harry Reid.\n\n'
        '"This is a regrettable but necessary step."\n\n'
        "said Jane Smith, Prime Minister of Ruritania.\n\n"
        '"We will not let the industry vanish."\n\n'
        "said Tom Reed."
    )
    assert who(text) == ["Harry Reid", "Jane Smith", "Tom Reed"]


def test_a_cue_opening_a_report_after_a_quote_paragraph_signs_nothing() -> None:
    text = '"We will win," said Harry Reid.\n\n"It will pass."\n\nsaid the plan would fail.'
    assert who(text) == ["Harry Reid", "Harry Reid"]


def test_a_dash_opening_a_sentence_signs_nothing() -> None:
    text = '"We will win," said Harry Reid.\n\n"It will pass."\n\n- It was a long night for Jane Smith.'
    assert who(text) == ["Harry Reid", "Harry Reid"]


def test_cue_verbs_cover_tenses_and_participles() -> None:
    verbs = speakers.cue_verbs()
    for form in (
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "told",
        "warns",
        "warned",
        "adding",
        "argue",
        "argued",
        "wrote",
        "written",
    ):
        assert form in verbs


# ---------------------------------------------------------------- golden cases from the sample article

SAMPLE_GOLD = [
    ("everything in his power", "Vladimir Putin", "The Russian president"),  # standfirst, role reference
    ("acceptable mechanisms", "Vladimir Putin", "Russian President Vladimir Putin"),
    ("convergence,", "Emmanuel Macron", "the French president"),  # according to + role
    ("quite easily serve as the foundation", "Vladimir Putin", "Putin"),
    ("We\u2019ll do everything we can", "Vladimir Putin", None),  # no cue: continuity
    ("After he visits Ukraine", "Vladimir Putin", "he"),  # "he" inside the quote is Macron
    ("If Ukraine joins NATO", "Vladimir Putin", "he"),
    ("NATO\u2019s and Russia\u2019s military capabilities", "Vladimir Putin", None),  # unclosed, no cue
]


@pytest.mark.parametrize(("start_of_quote", "speaker", "mention"), SAMPLE_GOLD)
def test_sample_article_golden_attributions(
    sample_result, start_of_quote: str, speaker: str, mention: str | None
) -> None:
    q = sample_result.quotes
    row = q[q["text"].str.startswith(start_of_quote)].iloc[0]
    assert row["speaker"] == speaker
    assert row["mention"] == mention


def test_sample_article_matches_the_shared_gold(sample_path) -> None:
    gold_path = SHARED / "eval" / "quotes" / "seed_gold.jsonl"
    if not gold_path.exists():
        pytest.skip(f"shared evaluation data not present ({gold_path})")
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    art = analysis.load_article(sample_path)
    found = {(a.start, a.end): a.speaker for a in speakers.attribute(art).attributions if a.kind in ("full", "partial")}
    for g in gold:
        if not g["optional"]:
            assert found.get((g["start"], g["end"])) == g["speaker"], g["quote"]


# ---------------------------------------------------------------- properties

WORDS = st.sampled_from(
    ["\u201c", "\u201d", '"', "'", "\u2018", "\u2019", " said", " Smith", " he", " told", ":", ",", ".", "\n\n", " Mr.",
     " according to", " the president", " a", " Jane", " \u2015 ", "(", ")", " and", " that"]
)  # fmt: skip


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(WORDS, st.text(min_size=1, max_size=5)), min_size=1, max_size=80))
def test_attribution_never_crashes_and_spans_are_in_the_text(pieces: list[str]) -> None:
    text = "Headline\n\nIntro" + "".join(pieces)
    try:
        art = analysis.read_article(text)
    except analysis.ArticleError:
        return
    res = speakers.attribute(art)
    for a in res.attributions:
        assert 0 <= a.start < a.end <= len(art.text)
        assert a.kind in ("full", "partial", "indirect", "nonspeech")
        assert a.speaker is None or a.speaker in res.speakers or a.kind == "nonspeech"
    starts = [a.start for a in res.attributions]
    assert starts == sorted(starts)


def test_a_list_of_speakers_gives_the_first_named_and_keeps_the_list_as_mention() -> None:
    text = "Reps. Ann Lowry, Tom Beck and Sara Quinn said the bill was \u201ca gift to polluters.\u201d"
    art = analysis.read_article("Headline\n\n" + text)
    (a,) = [a for a in speakers.attribute(art).attributions if a.kind == "partial"]
    assert a.speaker == "Ann Lowry"
    assert a.mention == "Reps. Ann Lowry, Tom Beck and Sara Quinn"
    # Two named together are one joint speaker (names6: "Princes William and Harry said"), not the first.
    assert who("\u201cWe object,\u201d Lowry and Beck wrote.\n\nReps. Ann Lowry and Tom Beck met.") == [
        "Lowry and Beck"
    ]
    assert who("Ann Lowry and Tom Beck call the bill \u201ca gift to polluters.\u201d") == ["Ann Lowry and Tom Beck"]


def test_a_second_verb_after_and_shares_the_sentence_subject() -> None:
    text = "Jane Smith praised the mayor of the city and said the plan was \u201cbold and overdue.\u201d"
    assert who(text) == ["Jane Smith"]


def test_an_inverted_subject_must_end_its_clause() -> None:
    # "says Oakville is …": Oakville is the subject of what is said, not the speaker.
    text = "Mary Fenn, who ran the county party for a decade, says Oakville is \u201ca bellwether.\u201d"
    assert who(text) == ["Mary Fenn"]
    text = "Asked about the race, the county clerk, a Republican, says Oakville is \u201ca bellwether.\u201d"
    assert who(text) != ["Oakville"]


def test_a_nested_report_goes_to_the_outer_speaker() -> None:
    text = (
        "Tom Reyes spoke in Ohio.\n\n"
        "Reyes said at a rally on Friday that Nora Blake once called the treaty \u201ca model for the world\u201d in 2012."
    )
    assert who(text) == ["Tom Reyes"]
    # Not nested: the inner cue introduces the quote itself.
    text = "When Blake noted that Reyes had paid no tax, Tom Reyes replied, \u201cThat makes me smart.\u201d"
    assert who(text) == ["Tom Reyes"]


def test_a_quote_in_a_that_less_complement_is_the_outer_speakers() -> None:
    # "said the survey highlighted": the verb nearest the quote is the complement's own, no verb of speech.
    text = (
        "Ruth Alder spoke on Monday.\n\nDr Alder said the survey highlighted \u201ca worrying trend\u201d in the town."
    )
    assert who(text) == ["Ruth Alder"]
    text = "Mark Oduya spoke.\n\nMark Oduya said he is certain Nora Holt will continue to be \u201ca champion for the town.\u201d"
    assert who(text) == ["Mark Oduya"]
    # A verb of communication in the complement quotes its own subject.
    text = "Mark Oduya spoke.\n\nMark Oduya said Nora Holt called the plan \u201ca fantasy\u201d on Friday."
    assert who(text) == ["Nora Holt"]


def test_a_cue_with_a_manner_adverb_and_a_circumstance_after_a_closing_quote() -> None:
    text = "Critics call the channel a mouthpiece. \u201cLong live free speech!\u201d Ada Marsh, its editor, wrote sarcastically on Twitter."
    assert who(text) == ["Ada Marsh"]


def test_an_inverted_cue_closing_narration_is_followed_by_a_continued_quote() -> None:
    text = (
        "Jane Smith said the vote was close.\n\n"
        "The board could replace the chairman, said Bob Tate, an analyst for Civic Watch.\n\n"
        "\u201cIt would avoid a long fight.\u201d"
    )
    assert who(text) == ["Bob Tate"]


def test_a_place_named_after_a_cue_is_not_a_speaker_for_later_pronouns() -> None:
    # "says Oakdale is": Oakdale is what is talked about, not someone speaking.
    text = (
        "Lena Ortiz, who chairs the county party, says Oakdale is \u201ca mirror of the state.\u201d She grew up in "
        "Oakdale. Oakdale, she says, has everything.\n\n\u201cWe look like the whole country,\u201d she says."
    )
    assert who(text) == ["Lena Ortiz", "Lena Ortiz"]
    # A place word makes an organisation (never the antecedent of "she").
    text = (
        "Lena Ortiz says Oakdale is \u201ca mirror.\u201d\n\nOakdale County voters back winners, she says.\n\n"
        "\u201cWe look like the whole country,\u201d she says."
    )
    assert who(text) == ["Lena Ortiz", "Lena Ortiz"]


def test_attacked_right_before_a_quote_is_a_cue() -> None:
    text = "Ann Lee criticised Bo Park for weeks. In a speech, Lee attacked \u201cthe cynical politics of fear and blame.\u201d"
    assert who(text) == ["Ann Lee"]


def test_a_participle_opening_the_sentence_takes_the_main_clause_subject() -> None:
    text = "Calling the new levy \u201ca tax on hope,\u201d Mrs. Ada Kerr voted against the council."
    assert who(text) == ["Ada Kerr"]


def test_a_speech_noun_after_an_adjective_belongs_to_its_owner() -> None:
    text = "Bo Park asked whether the budget would pass. Lee\u2019s curt reply: \u201cNot this year.\u201d\n\nAnn Lee left."
    assert who(text) == ["Ann Lee"]


def test_cited_reports_what_someone_else_said() -> None:
    text = "Ann Lee cited Bo Park\u2019s past remarks about voters as \u201cpeople who never read.\u201d"
    assert who(text) == ["Ann Lee"]


def test_according_to_opening_the_sentence_is_the_outer_source_of_a_nested_report() -> None:
    text = "According to the Oakdale Herald, aide Tim Boyd said on Friday that if elected, \u201cshe would sign the bill.\u201d"
    assert who(text) == ["Oakdale Herald"]


def test_a_quote_in_narration_without_a_speech_verb_belongs_to_the_sentence_subject() -> None:
    text = (
        "Bo Park spoke first. \u201cWe are ready,\u201d Park said.\n\n"
        "Ann Lee openly admires the mayor as \u201cthe best thing to happen to this town in years\u201d at the fair."
    )
    assert who(text) == ["Bo Park", "Ann Lee"]
    # A quote paragraph with no cue still continues the previous speaker.
    assert who("\u201cWe are ready,\u201d Bo Park said.\n\n\u201cAnd we will win.\u201d") == ["Bo Park", "Bo Park"]


def test_a_capitalised_verb_form_inside_a_name_is_not_a_cue() -> None:
    # "States" in "the United States," is not the verb "to state".
    text = (
        "Since taking office, Rosa Vidal has been hostile towards the United States, mocking its envoy and "
        "telling the United States not to treat her country \u201clike a pet on a leash.\u201d"
    )
    assert who(text) == ["Rosa Vidal"]


def test_a_colon_that_does_not_follow_the_speaker_leaves_the_quote_to_the_subject() -> None:
    text = (
        "\u201cWe are ready,\u201d Bo Park said.\n\n"
        "Ann Lee also sent Carl Dunn a memo with a line she often used with Park: \u201cPrint it all.\u201d"
    )
    assert who(text) == ["Bo Park", "Ann Lee"]


def test_frequency_adverbs_between_subject_and_verb_are_skipped() -> None:
    text = "\u201cWe are ready,\u201d Bo Park said.\n\nAnn Lee sent a memo with a line she often wrote: \u201cPrint it all.\u201d"
    assert who(text) == ["Bo Park", "Ann Lee"]


def test_according_to_a_document_released_by_a_named_body_frames_a_nested_report() -> None:
    text = "According to emails released by Civic Watch, aide Tim Boyd said on Friday that if elected, \u201cshe would sign the bill.\u201d"
    assert who(text) == ["Civic Watch"]
    # A direct quote with its own speaker stays theirs: the source named after it is only the channel.
    text = "\u201cThey forgot the election,\u201d Tom Reyes said at a dinner, according to a recording obtained by the Oakdale Herald."
    assert who(text) == ["Tom Reyes"]


def test_a_surname_inside_someone_elses_name_is_not_a_mention() -> None:
    text = (
        "Hillary Clinton spoke. Bill Clinton was absent. President Clinton waved. "
        "But Clinton went on. Thanked Clinton for it. North Korea tested a missile. "
        "Alicia Machado, the former Miss Universe, agreed with Machado's critics."
    )
    names = {"Hillary Clinton": ["Clinton"], "South Korea": ["Korea"], "Miss Universe Alicia Machado": ["Machado"]}
    found = analysis.names.mentions_outside_quotes(text, [(0, len(text))], names, [])
    words = {name: [text[s:e] for s, e in spans] for name, spans in found.items()}
    # "Bill Clinton" is someone else; the title, the function word and the sentence-opening verb are not first names.
    assert words["Hillary Clinton"] == ["Hillary Clinton", "Clinton", "Clinton", "Clinton"]
    assert [text[s - 10 : s].split()[-1] for s, _ in found["Hillary Clinton"][1:]] == ["President", "But", "Thanked"]
    assert words["South Korea"] == []  # North Korea is not South Korea
    assert words["Miss Universe Alicia Machado"] == ["Machado", "Machado"]  # her own first name


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        (
            "Rival Hillary Clinton had mocked the complaint, saying anybody who complains \u201cis not having a good night.\u201d",
            "Hillary Clinton",
            "Rival",
        ),
        ("Activist Angela Davis said: \u201cWe will keep marching.\u201d", "Angela Davis", "Activist"),
        ("DNC Chairperson Donna Brazile said: \u201cWe did nothing wrong.\u201d", "Donna Brazile", "DNC Chairperson"),
        # The body a person speaks for, before their name (the surname speaks elsewhere in the article).
        ("Fox News Ed Henry asked: \u201cWill you concede?\u201d \u201cNo,\u201d Henry said.", "Ed Henry", "Fox News"),
    ],
)
def test_descriptors_before_a_name_are_titles_not_names(sentence: str, speaker: str, title: str) -> None:
    # Otherwise "Rival Hillary Clinton" is a person of her own, and does not link to Hillary Clinton across articles.
    res = analysis.analyze("date 2024-01-01 T\n\n" + sentence + "\n")
    assert set(res.quotes["speaker"]) == {speaker} and list(res.speakers["title"]) == [title]


def test_state_of_a_place_in_an_opening_phrase_is_not_the_subject():
    # "in Town, State," says where; the subject comes after it (issue 13, attribution round 3)
    from analysis import attribution

    text = (
        "Headline\n\nMaria Lopez spoke on Friday.\n\nAt a campaign event in Dover, Delaware, on Sunday, Ms. Lopez"
        ' tried to expand on her statement, saying that the plan was "good for families."\n\nSpeaking at a town hall'
        ' in Dover, Delaware, Ms. Lopez went after Bush, calling him "a total stiff."\n\nIn Dover, Tom Reyes, a'
        ' farmer, wrote a letter, saying it was "a mistake."'
    )
    rows = attribution.attribute(analysis.read_article(text)).attributions
    assert [a.speaker for a in rows if a.kind == "partial"] == ["Maria Lopez", "Maria Lopez", "Tom Reyes"]


def reported_who(text: str) -> list[str | None]:
    return [s for _, s in attributed(text, kinds=("indirect",))]


def test_a_descriptor_before_a_name_is_not_the_speaker() -> None:
    # Capitalised words and common nouns describing the name after them ("<Nationality> <noun> <Name>").
    assert reported_who("Swedish carmaker Volvo said sales had fallen by a fifth.") == ["Volvo"]
    assert reported_who("Scottish rock band Travis said it would play two more dates.") == ["Travis"]
    assert who("\u201cWe are ready,\u201d said Welsh retailer Harlow Stores.") == ["Harlow Stores"]
    # A hyphened modifier ("Glasgow-based") describes the name; it is not part of it.
    assert reported_who("Glasgow-based Acmetel said the network would be ready by May.") == ["Acmetel"]
    assert who("\u201cWe are ready,\u201d said Texas-based Acmetel.") == ["Acmetel"]


def test_an_owner_before_an_adjective_ends_the_name() -> None:
    # "Acme's German rival": Acme is the owner; "German" describes the rival, it is no part of Acme's name.
    text = "Acme said profits rose. Acme's German rival, Bertel, is cutting jobs."
    assert reported_who(text)[:1] == ["Acme"]


def test_a_body_name_keeps_its_joiners() -> None:
    # "&", "for" after a body's word or a plural, and one "and" inside a body's "of"/"for" complement.
    assert who("\u201cWe will invest,\u201d Harlow Inns & Suites said.") == ["Harlow Inns & Suites"]
    assert who("\u201cSpending doubled,\u201d the Institute for Fiscal Studies said.") == [
        "Institute for Fiscal Studies"
    ]
    assert who("\u201cSpending doubled,\u201d said Parents for Safer Roads.") == ["Parents for Safer Roads"]
    assert reported_who("The Society of Painters and Sculptors said the prize was unfair.") == [
        "Society of Painters and Sculptors"
    ]
    # A person writing for a body and a person of a body stay people; two people are a pair, not one name.
    assert who("\u201cIt is small,\u201d wrote Jane Easley for Morning Digest.") == ["Jane Easley"]
    assert who("\u201cTaxes are too high,\u201d said Dean Baker of the Centre for Economic and Social Research.") == [
        "Dean Baker"
    ]
    assert who("\u201cTaxes are too high,\u201d Jane Smith and John Jones said.") == ["Jane Smith and John Jones"]


def test_two_modifiers_joined_by_and_share_the_body_head_after_them() -> None:
    # "X and Y Union": two capitalised common words before one body noun are one body's name
    assert reported_who("The report by the Teachers and Lecturers Union claims pay has fallen.") == [
        "Teachers and Lecturers Union"
    ]
    assert reported_who("The University and College Union said staff were overworked.") == [
        "University and College Union"
    ]
    assert who("\u201cWe are closed,\u201d said a spokesman for the Parks and Leisure Department.") == [
        "a spokesman for the Parks and Leisure Department"
    ]
    # a person before "and", or one word after it, is a second source
    assert reported_who("Jane Easley and Harlow Workers Union said pay had fallen.") == [
        "Jane Easley and Harlow Workers Union"
    ]
    assert reported_who("Acme Union and Harlow Workers Union said pay had fallen.") == [
        "Acme Union and Harlow Workers Union"
    ]


def test_a_title_of_a_place_is_a_role_not_the_place() -> None:
    # "the <Title> of <Place>" names whoever holds the title: never the place.
    assert who("\u201cWe are pleased,\u201d the Mayor of Leeds said.") == ["the Mayor of Leeds"]
    assert reported_who("The Bishop of Durham said he was pleased.") == ["The Bishop of Durham"]
    # When the article names the holder with the full title, the role resolves to them.
    text = "Bishop of Durham Jane Marsh will lead the service.\n\n\u201cI am pleased,\u201d the Bishop of Durham said."
    assert who(text) == ["Jane Marsh"]
    # A person of a body stays the person.
    assert who("\u201cTaxes are high,\u201d Craig Holt of Public Voice said.") == ["Craig Holt"]


def test_a_group_noun_phrase_is_kept_whole() -> None:
    # Capitalised words (or a role noun) before a plural noun describe the group that speaks.
    assert reported_who("Green delegates said the leadership had to change.") == ["Green delegates"]
    assert reported_who("Free software developers said the patents were harmful.") == ["Free software developers"]
    assert reported_who("Consumer advocacy groups said the price was too high.") == ["Consumer advocacy groups"]
    assert who("\u201cWe need a change,\u201d Green delegates said.") == ["Green delegates"]
    # A role's complement with a common noun, also when the role opens the sentence.
    assert reported_who("Lawyers for the couple said the claim would fail.") == ["Lawyers for the couple"]
    # "from" with a run of common nouns ending in a plural names the bodies the people come from (a place or a
    # singular keeps the place reading); a British "-isation" noun ends a run as its "-ization" spelling does.
    assert reported_who("Executives from several steel mills said the prices would rise.") == [
        "Executives from several steel mills"
    ]
    assert reported_who("Officers from the scene said the road was closed.") == ["Officers"]
    assert reported_who("A doctor from Leeds said the ward was full.") == ["A doctor from Leeds"]
    assert reported_who("Lawyers for press organisations said the ruling was wrong.") == [
        "Lawyers for press organisations"
    ]
    # Records a name only modifies are a document, no source (the blind guidelines: "figures show" is skipped).
    text = "The Federal Audit Office published its review.\n\nFederal Audit Office filings say that costs rose."
    assert reported_who(text) == []


def test_a_plural_noun_opening_the_sentence_is_a_role_with_its_complement() -> None:
    # "Diplomats", capitalised as the first word, is no one-word name: the participle's speaker is the whole role, and
    # a role noun's plural ("governments", "agencies") ends its complement.
    text = "Jane Roe spoke on Monday. Diplomats from French and Dutch governments met the bank, saying rates were high."
    assert reported_who(text) == ["Diplomats from French and Dutch governments"]
    text = "Jane Roe spoke on Monday. Officials from French and Dutch agencies met the bank, saying rates were high."
    assert reported_who(text) == ["Officials from French and Dutch agencies"]
    # A surname spelt like a plural noun ("Wells", "Gates") is the person the article named, not a role.
    text = "Sarah Wells runs the charity. Wells herself told reporters that the money had run out."
    assert reported_who(text) == ["Sarah Wells"]


def test_a_weekday_opens_a_newspaper_name() -> None:
    # "Sunday" before a paper's word is part of the name, not a date; a pair of them is one source.
    assert reported_who("The Sunday Herald reported that the mayor would resign.") == ["Sunday Herald"]
    text = "The Sunday Post and Sunday Mirror both reported that the mayor would resign."
    assert reported_who(text) == ["Sunday Post and Sunday Mirror"]
    # A weekday before another capitalised word is still a date.
    assert reported_who("Speaking on Sunday Smith said the plan was dead.") == ["Smith"]
    # After "on", "last" or "next" a weekday is a date even before a paper's word that opens another name.
    assert reported_who("Speaking on Tuesday Times Square traders said trade had collapsed.") == [
        "Times Square traders"
    ]


def test_two_sources_speak_as_one() -> None:
    # "A and B said": the pair is the speaker, not its first (or last) member.
    assert who("\u201cWe are delighted,\u201d Princesses Anne and Beatrice said.") == ["Princesses Anne and Beatrice"]
    assert who("\u201cTaxes will not rise,\u201d Plaid and the Greens said.") == ["Plaid and the Greens"]
    assert reported_who("Plaid and the Greens said taxes would not rise.") == ["Plaid and the Greens"]
    assert reported_who("Acme and Bertel both said they would cut jobs.") == ["Acme and Bertel"]
    # A longer list keeps its lead speaker; a place after a preposition is no second source.
    assert who("\u201cWe are cutting jobs,\u201d Sens. Jane Smith, Mary Ford and John Jones said.") == ["Jane Smith"]
    said = reported_who("Officials in Ohio and the rest of the country said the law was clear.")
    assert not any(s and "Ohio" in s for s in said)


def test_a_short_form_in_brackets_names_the_same_body() -> None:
    text = (
        "The National Union of Bakers (NUB) met on Monday.\n\n"
        "NUB said the strike was \u201cthe last resort\u201d for its members."
    )
    assert who(text) == ["National Union of Bakers"]
    res = speakers.attribute(analysis.read_article("Headline\n\n" + text))
    assert res.speakers["National Union of Bakers"].aliases == ("NUB",)  # so its mentions count as the body's


def test_an_adverb_before_the_subject_is_not_part_of_the_speaker() -> None:
    text = "Acme lost money in 2005, and recently the company reported that sales fell by a third."
    assert reported_who(text) == ["the company"]


def test_a_group_before_the_cue_and_a_mis_decoded_capital() -> None:
    assert who("\u201cIt is unfair,\u201d the regional airline pilots said.") == ["the regional airline pilots"]
    assert who("\u201cWe need a change,\u201d said Green delegates.") == ["Green delegates"]
    # "Â" is half of a mis-decoded "£": never a name.
    assert not speakers._is_name_token("\u00c2")
    assert speakers._is_name_token("J")  # an initial written without its dot still is one


def test_an_owner_and_a_role_before_a_name_describe_the_name() -> None:
    # "said Kidwell's publicist Wanda Day": the owner is a descriptor; the person named is the speaker.
    text = "Jane Kidwell met fans.\n\n\u201cWe respect her privacy,\u201d said Kidwell's publicist Wanda Day."
    assert who(text) == ["Wanda Day"]


def test_a_month_that_is_a_date_is_never_a_speaker() -> None:
    # A month beside a number or after a preposition of time is a date; beside a name it stays a name.
    assert reported_who("Sales rose by a tenth, according to data published May 4 by Harlow Research.") == [
        "Harlow Research"
    ]
    assert reported_who("The club held two polls. In June 2003 they asked 500 fans if they liked the kit.") != ["June"]
    assert who('Theresa May called the plan "dead". In March, April Jones called it "alive".') == [
        "Theresa May",
        "April Jones",
    ]


def test_a_document_in_an_outlet_is_the_outlet_s_report() -> None:
    text = "According to a March 9th report in The Daily Courier, the mayor had sold the land."
    assert reported_who(text) == ["Daily Courier"]


def test_a_name_in_apposition_to_a_role_holds_it() -> None:
    text = 'Harlow Stores CEO, Jane Doe, defended the plan by saying, "It will pay for itself."'
    assert who(text) == ["Jane Doe"]


def test_a_post_modified_source_keeps_its_complement() -> None:
    # "<noun> familiar with / close to / briefed on <complement>": the whole phrase is the (unnamed) source.
    assert reported_who("Insiders familiar with the merger said the talks sped up.") == [
        "Insiders familiar with the merger"
    ]
    assert reported_who("The bid was low, an aide close to him said.") == ["an aide close to him"]
    assert who("\u201cIt is over,\u201d said a person close to the club's owners.") == [
        "a person close to the club's owners"
    ]


def test_a_description_verb_on_the_weak_list_cues_its_x_as_y_report() -> None:
    # "attack" cues speech only in a shape of speech: here the object with its description.
    rows = attributed("Ada Kerr attacked the new tram plan as costly and badly timed.", kinds=("indirect",))
    assert rows == [("the new tram plan as costly and badly timed", "Ada Kerr")]


def test_the_finders_verbs_the_cue_list_lacks_cue_their_reports() -> None:
    rows = attributed("Ada Kerr portrayed the rival scheme as a waste of public money.", kinds=("indirect",))
    assert rows == [("the rival scheme as a waste of public money", "Ada Kerr")]
    rows = attributed("Mayor Bo Park threatened to close the depot by spring.", kinds=("indirect",))
    assert [s for _, s in rows] == ["Bo Park"]


def test_noun_readings_and_non_speech_objects_of_the_finders_verbs_are_no_cues() -> None:
    text = "The visitors threatened a late goal but the move broke down. The plant received five new orders."
    assert attributed(text, kinds=("indirect",)) == []


def test_a_word_after_of_is_no_cue() -> None:
    # "secretary of state": the object of a preposition is no finite verb, so no speaker "secretary of".
    text = "Pia Lund spoke.\n\nPia Lund asked the former secretary of state whether she would sign the \u201cfair wage\u201d pledge."
    assert who(text) == ["Pia Lund"]
    text = "Omar Dede spoke.\n\nThe former secretary of state said the plan was \u201cunworkable.\u201d"
    assert who(text) == ["The former secretary of state"]  # ("former" stays in the description it modifies)


def test_a_short_quote_after_a_describing_verb_is_the_describers_words() -> None:
    text = "Ada Kerr spoke at the depot. Later, Kerr referred to the new mayor as \u201ca tireless reformer\u201d in passing."
    assert who(text) == ["Ada Kerr"]
    text = "Bo Park said the levy was unfair. In the debate, he portrayed it as \u201ca tax on hope\u201d to cheers."
    assert who(text) == ["Bo Park"]


def test_a_short_quote_after_a_passive_or_a_noun_stays_a_term() -> None:
    text = (
        "The scheme was portrayed as \u201cthe quiet tax\u201d for years. "
        "Nobody knows who coined the term \u201cgreen shoots\u201d in the first place."
    )
    assert who(text) == []


def test_adjectives_among_the_descriptor_nouns_before_a_name() -> None:
    # "Republican political consultant X": a capitalised adjective, an adjective and a noun describe the name.
    assert who('"We lost the vote," said Republican political consultant Chris Rusk, who ran the race.') == [
        "Chris Rusk"
    ]
    assert who('Liberal presidential front-runner Dana Whitcombe is asking if the mayor "has gone too far."') == [
        "Dana Whitcombe"
    ]


def test_a_common_noun_before_a_full_name_is_its_descriptor() -> None:
    # A capitalised common noun before given name + surname describes the person; a place adjective or an
    # unknown word before the given name stays in the name.
    assert who('Plumber Tom Reed said: "The pipes are cold."') == ["Tom Reed"]
    assert who('Midwife Anna Marsh said: "The ward is full."') == ["Anna Marsh"]
    assert speakers._split_title(["New", "York", "Times"])[1] == ("New", "York", "Times")


def test_token_at_and_offsets_agree_with_rematching_the_run_at_every_offset() -> None:
    """``_Doc.token_at`` counts a run's tokens from spans matched once; at every character offset (token starts,
    token ends, mid-word, after abbreviations and "O' Leary") it must give what re-matching the text up to the
    offset gives, and ``offsets`` must give each token's own match."""
    import bisect

    from analysis.quotes import find_quotes, quote_blocks

    art = analysis.read_article(
        "Headline\n\nDr. A.B. O' Leary of the U.S. Dept. said on Monday that Smiths' plans failed."
        ' "We are ready," she told reporters in St. Louis, Mo., adding: "A.b. is fine."\n\n'
        "Mrs. Jane-Doe (D-N.Y.) said the 9/11 report's co-author, Mr. J. R. R. Tolkien, wasn't there."
    )
    blocks = quote_blocks(art)
    doc = speakers._Doc(art.text, blocks, find_quotes(art.text, blocks))
    for k, (first, s, e, _) in enumerate(doc.slices):
        nxt = doc.slices[k + 1][1] if k + 1 < len(doc.slices) else len(doc.folded)
        for offset in range(s, min(e + 1, nxt)):
            assert doc.token_at(offset) == first + len(speakers._TOKEN.findall(doc.folded, s, offset)), offset
    for i in range(doc.n):
        if i not in doc.special:
            first, s, e, b = doc.slices[bisect.bisect_right(doc._slice_first, i) - 1]
            match = list(speakers._TOKEN.finditer(doc.folded, s, e))[i - first]
            assert doc.offsets(i) == (match.start(), match.end(), b)


def test_a_description_after_a_name_without_its_closing_comma() -> None:
    # "Name, role of Body said": the writer left the second comma out; the name speaks, not the body.
    assert who('Lena Ortiz, president and CEO of Harbor Freight Lines said, "We will hire in the spring."') == [
        "Lena Ortiz"
    ]
    assert who('"We will hire in the spring," Lena Ortiz, the chief executive of Harbor Freight Lines said.') == [
        "Lena Ortiz"
    ]
    # a second sentence after the name's comma is left alone: "Lena Ortiz, a partner at Dunn Lane." is not one
    assert who('"We will hire," said Lena Ortiz, a partner at Dunn Lane.') == ["Lena Ortiz"]
    # no body ends the description: a parenthetical cue about the name ("Ortiz, the mayor said, had …")
    assert who("Ortiz, the mayor said, had \u201cfailed the town\u201d by then.") == ["the mayor"]


def test_a_possessive_owner_with_a_bare_apostrophe_before_the_speaker() -> None:
    # "said PBS' Jane Doe" (the apostrophe of a possessive in "s" is its own token): the person speaks.
    assert who('Showing "graphic" scenes is not worth the risk, said CBS\' Nora Lind.') == ["Nora Lind"]
    assert who("\u201cWe cut two scenes,\u201d said the Times\u2019 Nora Lind.") == ["Nora Lind"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Farmers'" is two tokens; a plural common noun before a body's word keeps its possessive inside the name.
        pytest.param('"Prices are too low," said the National Growers\' Union.', "National Growers' Union", id="union"),
        # (names are read from the folded text, as "Putin\u2019s" is: a curly apostrophe comes out straight)
        pytest.param(
            "The Shoppers\u2019 Association said the rules were \u201ca step backwards\u201d.",
            "Shoppers' Association",
            id="curly",
        ),
        pytest.param(
            '"We are reviewing it," the Department of Pilots\' Affairs said.', "Department of Pilots' Affairs", id="of"
        ),
        # "and" between two modifiers of the body's head, before the possessive
        pytest.param(
            '"We cut costs," said the Towns and Cities Employers\' Association.',
            "Towns and Cities Employers' Association",
            id="and",
        ),
        pytest.param(
            '"We will appeal," a spokeswoman for the Dairy Farmers\' Federation said.',
            "a spokeswoman for the Dairy Farmers' Federation",
            id="spokeswoman-for",
        ),
        # an owner before a person, a product or a plain noun stays apart; a closing single quote mark too
        pytest.param('"We cut two scenes," said the Times\' Nora Lind.', "Nora Lind", id="owner-person"),
        pytest.param("\u201cWe will hire,\u201d said Acme Motors\u2019 Nora Lind.", "Nora Lind", id="owners-person"),
        pytest.param(
            '"We will win," the Ortiz campaign said of the protesters\' demands.', "the Ortiz campaign", id="of-demands"
        ),
        pytest.param("'We won it for the farmers' Nora Lind said on Monday.", "Nora Lind", id="closing-mark"),
        # an owner before a unit or campaign that is no person's name speaks for it
        pytest.param('General Motors\' Saturn unit said the plan was "sound".', "General Motors", id="owners-unit"),
        pytest.param(
            '"The plan is sound," said General Motors\' Saturn unit.', "General Motors", id="said-owners-unit"
        ),
        pytest.param('"We will win," said Bernie Sanders\' Senate campaign.', "Bernie Sanders", id="campaign"),
        pytest.param('"We will win," said Sanders\' Senate campaign.', "Sanders", id="owner-campaign"),
    ],
)
def test_a_plural_possessive_inside_a_body_name(text: str, speaker: str) -> None:
    assert who(text) == [speaker]


def test_a_body_whose_complement_holds_a_title_word_and_ends_in_a_plural_noun() -> None:
    # "National"/"Labor" are title words; the plural common noun left after them is no person's name.
    assert who("The Office for National Statistics said prices rose by \u201cthree percent\u201d.") == [
        "Office for National Statistics"
    ]
    assert who('"Wages are flat," the Bureau of Labor Statistics said.') == ["Bureau of Labor Statistics"]
    # a person after a title with a complement keeps their name
    assert who('"Wages are flat," said Secretary of State Jim Rogers.') == ["Jim Rogers"]


def test_a_role_list_is_joined_by_and_or_only() -> None:
    """The coordinators of a role's modifier list are "and"/"or"; the words that end a that-less complement
    ("since", "before", "as" …) are another table, and must not leak into role phrases."""
    assert speakers._role_words(["the", "minister", "since", "2010"], 0, 4) == ("the", "minister", "since", "2010")
    assert speakers._role_words(["finance", "and", "economy", "minister"], 0, 4) == ("finance", "economy", "minister")
    assert speakers._coordinated_role_end(["finance", "before", "economy", "minister"], 0, 4) is None


def test_a_speech_verb_opening_the_text_is_no_passive() -> None:
    """A cue at token 0 has no word before it: nothing wraps round to the article's last token."""
    import analysis

    res = analysis.analyze(analysis.read_article('Says Smith the plan is "dead in the water" and was.\n'))
    assert len(res.article.text) > 0  # no exception on the way


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A Delhi auto parts supplier said demand had "collapsed completely".', "A Delhi auto parts supplier"),
        ('Demand had "collapsed completely", said a Lyon auto parts supplier.', "a Lyon auto parts supplier"),
        ('A Texas farmer said the drought was "the worst in memory".', "A Texas farmer"),
        ('An Italian court said the ban was "without basis".', "An Italian court"),
    ],
)
def test_capitalised_modifiers_of_a_common_noun_head_are_no_speaker(text: str, speaker: str) -> None:
    # the head noun ("supplier", "farmer", "court") decides who speaks: the description, not the place
    assert who(text) == [speaker]


def test_a_time_word_after_a_name_is_no_head() -> None:
    assert who('Jane Roe today said the deal was "a disaster".') == ["Jane Roe"]


def test_a_body_kind_after_its_name_stays_the_name() -> None:
    # "the Clarion newspaper": the noun says what kind of body the name is
    assert who('The Clarion newspaper said the plan was "a mess".') != [None]
    assert who('The Clarion newspaper said the plan was "a mess".')[0] != "The Clarion newspaper"


def test_a_description_after_an_opening_quote_is_the_person_just_named() -> None:
    text = 'Rock star Ann Lee has said her tour will stop.\n\n"I am tired," the Gold Rush singer told reporters.'
    quotes = analysis.analyze("Headline\n\n" + text).quotes
    assert quotes[quotes["kind"] == "full"]["speaker"].tolist() == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Witnesses heard cyclists shout "Slow down, slow down."', "cyclists"),
        ('Neighbours heard the angry tenants chant "Fix the roof now."', "the angry tenants"),
        ('Guests watched Tom Reed yell "Close the doors now."', "Tom Reed"),
    ],
)
def test_the_object_of_a_perception_verb_speaks_the_quote(text: str, speaker: str) -> None:
    # "heard X shout": X speaks the words, not the ones who heard them
    assert who(text) == [speaker]


def test_an_object_pronoun_after_a_perception_verb_or_quoted_is_the_speaker() -> None:
    # "heard her shout", "quoted her as saying": "her" is the object that speaks, not a possessive
    text = (
        "Ann Reed met the press.\n\n"
        'Guests heard her shout "Close the doors now."\n\n'
        "The Daily Post quoted her as saying that the bridge would close in May."
    )
    quotes = analysis.analyze("Headline\n\n" + text).quotes
    assert quotes["speaker"].tolist() == ["Ann Reed", "Ann Reed"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a noun read as a cue ("comment", "points") before the participle: its "subject" is an object
        ("Maria Lopez posted a Facebook comment of her own, saying, \u201cWe are so proud.\u201d", "Maria Lopez"),
        (
            "Tom Baker, the county\u2019s new treasurer, repeated claims that the mayor recites the same budget"
            " points, calling him a \u201ctalented talker\u201d on Monday.",
            "Tom Baker",
        ),
        # a cue inside the fronted clause ("When Ann Lee said it,") is not the main clause's
        ("When Ann Lee said it, Tom Baker was busy, calling the bill \u201ca disaster\u201d.", "Tom Baker"),
        ("As Ann Lee spoke, Tom Baker was busy, calling the bill \u201ca disaster\u201d.", "Tom Baker"),
        # the participle in an appositive: "said X would …" is a report, not an inverted speaker
        ("Mr. Tom Baker, citing \u201cthe unique magic of the mayor,\u201d said the plan would win.", "Tom Baker"),
    ],
)
def test_a_participle_cue_takes_the_subject_of_the_clause_it_hangs_on(text: str, speaker: str) -> None:
    # issue 13: "…, calling him "…"", "…, saying, "…"": the speaker is the finite clause's subject, past the
    # verb's objects, a complement clause and a fronted subordinate clause
    assert who(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the participle in a relative clause belongs to the noun the clause is on, not to the sentence's subject
        (
            "Ann Lee praised the plan, and the deal was welcomed by Tom Baker, who was calling it \u201ca win\u201d.",
            "Tom Baker",
        ),
        (
            "Ann Lee praised the plan, and the deal was welcomed by Tom Baker, who called it \u201ca win\u201d.",
            "Tom Baker",
        ),
        # an absolute "with X -ing" clause: X speaks
        (
            "Unions backed the mayor, with the Harlow Teachers Federation calling her \u201cthe champion we need\u201d.",
            "Harlow Teachers Federation",
        ),
    ],
)
def test_a_participle_with_its_own_subject_keeps_it(text: str, speaker: str) -> None:
    assert who(text) == [speaker]


def test_the_sender_of_the_following_statement_speaks_the_quote_paragraph() -> None:
    # "When X died, Y released the following statement:": Y, not the name in the fronted clause
    text = (
        "Ann Lee was a friend of the county.\n\nWhen Ann Lee died in 2001, Governor Tom Baker released the"
        " following statement:\n\n\u201cShe was a friend to us all.\u201d"
    )
    assert who(text) == ["Tom Baker"]
    assert who("After the talks, Acme Holdings issued a brief statement Tuesday: \u201cWe are pleased.\u201d") == [
        "Acme Holdings"
    ]


def test_one_reader_gives_a_documents_sender_at_a_colon_and_in_the_next_paragraph() -> None:
    # speakers.document_issuer_np: the rules' colon reading and the learned engine's issuer read the same verb and subject
    colon = "When the roof fell in, Acme Holdings put out its own short statement:\n\n\u201cWe regret the delay.\u201d"
    assert who(colon) == ["Acme Holdings"]
    for text in (colon, "Acme Holdings put out its own short statement on Monday.\n\n\u201cWe regret the delay.\u201d"):
        art = analysis.read_article("Headline\n\n" + text)
        assert [a.speaker for a in attribution.attribute(art).attributions] == ["Acme Holdings"]
    assert {"issued", "releases", "sent", "put"} <= speakers.ISSUING_VERBS


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("The Daily Post said Jane Roe provided a written statement", "Jane Roe"),
        ("Jane Roe said in a statement on Monday that she was sorry", "Jane Roe"),
        ("After the vote, Acme Holdings issued a statement", "Acme Holdings"),
    ],
)
def test_one_document_has_one_issuer_at_a_colon_and_when_referred_back_to(sentence: str, issuer: str) -> None:
    # speakers.document_issuer_np is the one reading: the phrase right before the verb, at a colon and on a
    # refer-back alike, in both engines (not the sentence's first subject at the colon, "The Daily Post")
    colon = f"{sentence}:\n\n\u201cWe regret the delay in the works.\u201d"
    back = f"{sentence}.\n\n\u201cWe regret the delay in the works,\u201d the statement said."
    for text in (colon, back):
        assert who(text)[-1] == issuer
        art = analysis.read_article("Headline\n\n" + text)
        assert [a.speaker for a in attribution.attribute(art).attributions if a.kind == "full"] == [issuer]


@pytest.mark.parametrize(
    ("intro", "document", "issuer"),
    [
        ("Acme Holdings released a statement on Tuesday.", "the statement read", "Acme Holdings"),
        ("Acme Holdings said in a statement on Monday that it was sorry.", "the statement said", "Acme Holdings"),
        ("A report by the National Audit Office was published on Tuesday.", "the report says", "National Audit Office"),
        ("The Daily Post said Jane Roe provided a written statement.", "the statement said", "Jane Roe"),
        ("Days after the vote, the Civic Trust sent a letter to members.", "the letter said", "Civic Trust"),
        ("In a statement, Acme Holdings said it was sorry.", "the statement said", "Acme Holdings"),
        ("A report issued in May by the Civic Trust found gains.", "the report said", "Civic Trust"),
    ],
)
def test_a_document_referred_back_to_is_the_words_of_who_put_it_out(intro: str, document: str, issuer: str) -> None:
    # the blind guidelines' "who the mention refers to": "NBC released a statement … the statement read" is NBC,
    # the mention stays the document; both engines read it so, and the issuer is one speaker, not two
    text = f"{intro}\n\n\u201cWe regret the delay in the works,\u201d {document}. \u201cWe will act.\u201d"
    assert who(text) == [issuer, issuer]
    art = analysis.read_article("Headline\n\n" + text)
    rows = [a for a in attribution.attribute(art).attributions if a.kind == "full"]
    assert [a.speaker for a in rows] == [issuer, issuer]
    assert art.text[rows[0].mention_start : rows[0].mention_end] == document.rsplit(" ", 1)[0]
    names = list(analysis.analyze("Headline\n\n" + text).speakers["speaker"])
    assert names.count(issuer) == 1 and not any(n.lower().startswith("the ") for n in names)


@pytest.mark.parametrize(
    "intro",
    [
        "",  # no document before it
        "A report says costs rose in May.",  # brought in with no issuer named
        "Acme Holdings expects to report strong sales.",  # "report" the verb
    ],
)
def test_a_document_with_no_named_issuer_stays_the_document(intro: str) -> None:
    text = f"{intro}\n\n\u201cCosts rose sharply across the whole programme,\u201d the report said."
    assert who(text.strip()) == ["the report"]
    art = analysis.read_article("Headline\n\n" + text.strip())
    assert [a.speaker for a in attribution.attribute(art).attributions if a.kind == "full"] == ["the report"]


def test_a_proper_noun_between_an_owner_and_a_role_is_no_part_of_the_owner() -> None:
    # "Trump's Virginia state director": Virginia modifies the role, the owner's name ends at its possessive
    text = 'Alan Roe\'s Ohio state director, Jane Doe, reached out to voters, writing in an email: "We want this now."'
    assert who(text) == ["Jane Doe"]
    assert who('Alan Roe\'s Ohio state director said: "We want this now."') == ["Alan Roe's Ohio state director"]
    assert who('Ohio state senator Jane Doe, writing on Twitter, said: "No."') == ["Jane Doe"]
    # contrasts: a verb with an object stays a verb; a two-word name after the owner is the person
    assert who('Republicans blast officials over the plan, calling it "a disgrace".') == ["Republicans"]
    assert who('Acme\'s Jane Doe said: "Sales are up."') == ["Jane Doe"]
    assert who('The Women\'s Media Center spokesman said: "Yes."') == ["The Women's Media Center spokesman"]
    assert who('Today, the People\'s Daily newspaper calls it "the pearl" of the road.') == ["People's Daily"]


def test_a_post_on_a_platform_is_its_owners_speech() -> None:
    intro = "Jeb Bush spoke on Monday. "
    assert who(intro + 'Bush\'s Facebook post said: "I am running."') == ["Jeb Bush"]
    assert who(intro + 'From Bush\'s Facebook post: "We must unite."') == ["Jeb Bush"]
    assert who(intro + 'Bush\'s Twitter message said: "Go."') == ["Bush's Twitter message"]  # no "Bush Twitter"
    assert who('A White House statement said: "No."') == ["White House"]
    assert who('Smith\'s lawyer said: "He is innocent."') == ["Smith's lawyer"]  # a different person


def test_a_body_after_its_owners_possessive_speaks_as_the_description() -> None:
    # "Microsoft's board said", "Japan's central bank announced": the owned body, not nobody and not the owner
    assert who('Acme\'s board said: "We will act."') == ["Acme's board"]
    rows = attributed("Japan's central bank announced on Friday that it would buy more funds.", kinds=("indirect",))
    assert [s for _, s in rows] == ["Japan's central bank"]
    rows = attributed("The bank's board announced that it would look for a successor.", kinds=("indirect",))
    assert [s for _, s in rows] == ["The bank's board"]
    # contrasts: a person noun after the possessive is a different person; a document is the owner's
    assert who('Smith\'s lawyer said: "He is innocent."') == ["Smith's lawyer"]
    assert who('Jane Roe spoke. Roe\'s statement said: "We will act."') == ["Jane Roe"]


def test_a_persons_office_or_camp_is_a_body_of_its_own() -> None:
    # The guidelines' speaker is whom the mention refers to: "Powell's office" is the office, as "Clinton's
    # campaign" is the campaign and "the minister's spokesman" the spokesman, whoever owns it.
    intro = "Colin Powell spoke on Monday. "
    assert who(intro + 'Powell\'s office said: "We will act."') == ["Powell's office"]
    assert who(intro + '"We will act," said Powell\'s press office.') == ["Powell's press office"]
    rows = attributed(intro + "Powell's camp said that it would wait for the vote.", kinds=("indirect",))
    assert [s for _, s in rows] == ["Powell's camp"]
    # contrasts: the owner's document is the owner's speech; a campaign was its own description already; a
    # person the office noun modifies is that person
    assert who(intro + 'Powell\'s statement said: "We will act."') == ["Colin Powell"]
    assert who(intro + 'Powell\'s campaign said: "We will act."') == ["Powell's campaign"]
    assert who(intro + 'Powell\'s office manager said: "We will act."') == ["Powell's office manager"]


def test_a_sentence_ends_at_its_stop_and_never_runs_over_a_paragraph_break(make_doc) -> None:
    doc = make_doc("Headline\n\nJane Roe said it would rain. Tom Hale agreed\n\nThe vote came later.")
    said, hale, vote = doc.tok.index("said"), doc.tok.index("Hale"), doc.tok.index("vote")
    assert doc.tok[doc.sentence_end(said) - 1] == "."
    assert doc.sentence_end(hale) == doc.tok.index(speakers.PARA_TOKEN, hale)
    assert doc.sentence_end(vote) == doc.n


@pytest.mark.parametrize(
    ("words", "run", "owner"),
    [
        ("Bush's Facebook post", (0, 2), 1),  # the platform of the owner's post
        ("Trump's Virginia director", (0, 2), 1),  # the place of the owner's role
        ("Women's Media Center spokesman", (0, 3), 3),  # two words: the body's own name
        ("the BBC's Andrew Marr said", (1, 4), 4),  # two words and a verb after them: the person
    ],
)
def test_an_owner_name_ends_before_the_one_proper_noun_that_modifies_the_noun_after_it(words, run, owner) -> None:
    tok = words.split()
    assert speakers.owner_end(tok, [w.lower() for w in tok], *run) == owner


@pytest.mark.parametrize(
    ("sentence", "word", "modifier"),
    [
        ("Days later, the museum issued a statement.", "Days", True),  # a time phrase opens the sentence
        ("Reprising one of her lines, the governor spoke.", "Reprising", True),  # a participle clause
        ("Democratic mayoral candidate Sen. Ann Perez spoke.", "Democratic", True),  # before a described name
        ("Mexican novelist Ana Ruiz spoke.", "Mexican", True),
        # contrasts: a subject before a verb, a cue word or a thing; a time noun without its comma; a name
        ("Orange claims the service broke its rights.", "Orange", False),
        ("Officials later said the plan would fail.", "Officials", False),
        ("They flew the Afghan flag all week.", "Afghan", False),
        ("Syrian hackers backing President Omar Haddad struck.", "Syrian", False),  # a group: not Haddad
        ("Sterling said the club would appeal.", "Sterling", False),
        ("Hours later, the museum issued a statement.", "Hours", True),
        ("Waters later, at a rally, said the bill was bad.", "Waters", False),  # a plural-noun surname
    ],
)
def test_a_lone_capitalised_common_word_before_what_it_modifies_names_no_one(
    make_doc, sentence: str, word: str, modifier: bool
) -> None:
    doc = make_doc("Headline\n\n" + sentence)
    assert speakers._lone_modifier(doc, doc.tok.index(word)) is modifier


def test_a_capitalised_modifier_at_a_sentence_start_is_not_the_speaker() -> None:
    assert "Days" not in who('Days later, the museum issued a statement: "We are closed."')
    art = analysis.read_article("Headline\n\nDemocratic mayoral candidate Sen. Ann Perez (D-Ohio) said it was weak.")
    assert [a.speaker for a in attribution.attribute(art).attributions if a.kind == "indirect"] == ["Ann Perez"]


#: Two short articles whose tokens sit at different offsets (the second's headline is longer): a cache one
#: document filled would answer wrongly for the other.
_CACHE_TEXTS = (
    'Headline\n\nJane Smith spoke in Leeds. "We are ready," she said, and the mayor, Tom Brown, agreed.\n',
    "A longer headline here\n\nThe council met on Monday. Anna Lee, the chief executive, said the plan was sound.\n",
)


def test_per_document_caches_answer_as_a_fresh_read(make_doc) -> None:
    """speed31/speed31b's memos (``_Doc.offsets``/``token_at``, ``_np_at``, ``_np_before``, ``_source_np``,
    ``_Attributor.is_cue``) give the unremembered reader's answer, asked once or twice."""
    for text in _CACHE_TEXTS:
        doc = make_doc(text)
        att = speakers._Attributor(doc)
        for i in range(doc.n):
            lo = doc.sentence_start[i]
            for _ in range(2):  # (the second ask reads the memo)
                assert doc.offsets(i) == doc._find_offsets(i)
                assert att.is_cue(i) == att._is_cue(i)
                assert speakers._np_at(doc, i, doc.n) == speakers._parse_np_at(doc, i, doc.n)
                assert speakers._np_before(doc, i, lo) == speakers._parse_np_before(doc, i, lo)
            if i not in doc.special:
                start, end, _ = doc.offsets(i)
                assert doc.token_at(start) == doc._find_token(start) == doc.token_at(start)
                assert speakers._source_np(doc, (start, end)) == speakers._read_source_np(doc, (start, end))


def test_a_document_never_answers_from_another_documents_caches(make_doc) -> None:
    """State mismatch: each ``_Doc`` and ``_Attributor`` keeps its own memos, so a document built for a second text
    after the first one's caches are full reads its own tokens (the same index is a different word there)."""
    first = make_doc(_CACHE_TEXTS[0])
    first_att = speakers._Attributor(first)
    for i in range(first.n):
        first.offsets(i)
        first_att.is_cue(i)
        speakers._np_at(first, i, first.n)
    second, fresh = make_doc(_CACHE_TEXTS[1]), make_doc(_CACHE_TEXTS[1])
    second_att = speakers._Attributor(second)
    memos = ("_offsets", "_token_at", "_phrases", "_phrases_before", "_sources")
    assert all(getattr(second, memo) is not getattr(first, memo) for memo in memos)
    assert second_att._cues is not first_att._cues
    # (building a document already asks token_at for its reports' offsets: those answers are its own text's)
    assert all(second.token_at(offset) == fresh._find_token(offset) for offset in list(second._token_at))
    assert first.offsets(2) != second.offsets(2)
    for i in range(second.n):
        assert second.offsets(i) == fresh._find_offsets(i)
        assert second_att.is_cue(i) == speakers._Attributor(fresh)._is_cue(i)
        assert speakers._np_at(second, i, second.n) == speakers._parse_np_at(fresh, i, fresh.n)


def test_regular_singular_reads_ies_and_s_plurals_and_leaves_other_words() -> None:
    assert speakers.regular_singular("agencies") == "agency"
    assert speakers.regular_singular("governments") == "government"
    assert speakers.regular_singular("people") == "people"


def test_cue_readings_are_read_once_per_quote(make_doc) -> None:
    """The rules and the ranker ask for a quote's cue readings again: the second answer is the first, unchanged."""
    from analysis import speakers as sp

    doc = make_doc('Headline\n\n"The bridge will open in May," Tom Hale said. Later he added: "It is on time."')
    att = sp._Attributor(doc)
    quotes = [i for i, t in enumerate(doc.tok) if t == sp.QUOTE_TOKEN]
    for qi in quotes:
        lo = doc.sentence_start[qi]
        fresh = (att._right_cue(qi), att._left_cue(qi, lo), att._later_cue(qi))
        first = (att.right_cue(qi), att.left_cue(qi, lo), att.later_cue(qi))
        again = (att.right_cue(qi), att.left_cue(qi, lo), att.later_cue(qi))
        assert first == fresh
        assert all(a is b for a, b in zip(first, again, strict=True))
    assert att.right_cue(quotes[0])[0].head == ("Tom", "Hale")
    assert att.left_cue(quotes[1], doc.sentence_start[quotes[1]])[1] == "added"


def test_a_cue_that_opens_the_next_sentence_before_a_colon_is_the_next_quotes() -> None:
    # the second half of a split quote is still its first half's speaker: "Said Marks of the win:" after it opens the
    # next sentence and introduces the quote after its colon
    text = (
        "Game story\n\nThe Hawks won on Sunday. \u201cEverybody was a little panicked,\u201d Tom Reed said of the "
        "fans, \u201cbut we have good players here.\u201d Said Joe Marks of the win: \u201cThis is the script I "
        "would have written.\u201d"
    )
    rows = [a for a in attribution.attribute(analysis.read_article(text)).attributions if a.kind == "full"]
    assert [a.speaker for a in rows] == ["Tom Reed", "Tom Reed", "Joe Marks"]


@pytest.mark.parametrize(
    "after",
    [
        "Ed Fox said on Friday that he disagreed.",
        "Ed Fox said in a letter to the council that he disagreed.",
        "Ed Fox replied to her that he disagreed.",
    ],
)
def test_a_cue_whose_circumstance_opens_its_own_report_is_not_the_quotes_tag(after: str) -> None:
    # a sentence-final quote is not tagged by the next sentence's cue when a "that" after its circumstance opens a
    # report of its own: the colon's cue before the quote keeps it
    text = f"Ann Cole said: \u201cThe park will stay open.\u201d {after}"
    assert attributed(text) == [("The park will stay open.", "Ann Cole")]


def test_a_cue_with_a_circumstance_only_still_tags_the_quote_before() -> None:
    assert attributed("\u201cThe park will stay open.\u201d Ann Cole said on Friday.") == [
        ("The park will stay open.", "Ann Cole")
    ]


def test_inline_page_furniture_is_never_a_speaker_or_a_report() -> None:
    # A flattened scrape: "Story continues below" between a sentence and a quote took the quote's "she" ("Story"),
    # and "Advertisement What is odd is that …" read as a report of the body before it.
    text = (
        "Diet rules\n\nStill, Jane Roe says the rules are a good step. Story continues below "
        '""You will not have to look at a poster by the door,"" she says.'
    )
    quotes = analysis.analyze(analysis.read_article(text)).quotes
    assert set(quotes["speaker"]) == {"Jane Roe"}
    text = (
        "Diet rules\n\nQuoting the memo, the Zeta Group writes: Advertisement What is odd here is that Jim Roe "
        "never claims he was misquoted."
    )
    assert analysis.analyze(analysis.read_article(text)).quotes.empty


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister was clear. Downing Street said the plan would go ahead.", "Downing Street"),
        ("Following the vote, Jo Hale said the plan would go ahead.", "Jo Hale"),
        ("Reporting from Kiev, Jo Hale said the talks had stalled.", "Jo Hale"),
        # (names36) the mention reader too: a council's town and a body's first word the lexicon knows capitalised
        ("The road is old. Reading Council said it would close in May.", "Reading Council"),
        ("The club is small. United Bowls Group said its members would vote.", "United Bowls Group"),
    ],
)
def test_a_sentence_opening_name_the_lexicon_knows_is_no_participle(text: str, speaker: str) -> None:
    # (round 35) "Downing" is a participle's shape but a name's first word before "Street"; "Reporting from" opens
    res = analysis.analyze(analysis.read_article("Headline\n\n" + text))
    assert list(res.quotes.speaker) == [speaker]


def test_quotes_in_entity_marks_go_to_the_speakers_of_plain_ones() -> None:
    """``&ldquo;…&rdquo;`` and ``&rsquo;`` inside a name are read as the marks: who said what does not change."""
    plain = "\u201cWe will appeal,\u201d said Tom Reed.\n\nThe council\u2019s leader, Ann Lee, said \u201cnothing\u201d had changed."
    spelled = plain.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;").replace("\u2019", "&rsquo;")
    assert [s for _, s in attributed(spelled)] == [s for _, s in attributed(plain)] == ["Tom Reed", "Ann Lee"]
    rows = attributed("Reed&rsquo;s office said the claims were false.", kinds=("indirect",))
    assert rows == [("the claims were false", "Reed's office")]


def test_quotes_in_replaced_marks_go_to_their_speakers() -> None:
    """U+FFFD left for lost curly marks and apostrophes: the quotes and the possessive source are read as before."""
    text = "\ufffdWe will appeal,\ufffd said Tom Reed.\n\nReed\ufffds office said the claims were false."
    assert attributed(text, kinds=("full", "indirect")) == [
        ("We will appeal,", "Tom Reed"),
        ("the claims were false", "Reed's office"),
    ]


def test_a_zero_width_space_left_by_a_web_page_is_no_token() -> None:
    """U+200B at a paragraph's end (copied from a page) changes no speaker: it is no punctuation token."""
    from analysis.tokenize import SPEAKER_TOKEN

    assert SPEAKER_TOKEN.findall("said Tom Reed.\u200b Then") == ["said", "Tom", "Reed", ".", "Then"]
    plain = "\u201cWe will appeal,\u201d said Tom Reed.\n\nAnn Lee, his lawyer, said the ruling was wrong."
    assert who(plain.replace(".\n", ".\u200b\n")) == who(plain) == ["Tom Reed"]


@pytest.mark.parametrize("verb", ["laughed", "smiled", "beamed", "chortled", "riffed"])
def test_a_verb_inverted_after_a_quote_introduces_its_speaker(verb: str) -> None:
    # Quotative inversion: only a verb used as a quotative stands before its subject right after a quote, so a
    # manner verb the cue list lacks names the speaker as "said" would (not the mayor named before the quote).
    text = f'Mayor Jo Hale opened the bridge on Monday.\n\n"It cost far too much," {verb} Tom Barr, a builder.\n'
    for engine in (attribution, speakers):
        rows = engine.attribute(analysis.read_article("Headline\n\n" + text)).attributions
        assert [a.speaker for a in rows if a.kind == "full"] == ["Tom Barr"], engine.__name__


@pytest.mark.parametrize("verb", ["warned", "cautioned", "urged", "warns"])
def test_an_addressee_verb_inverted_after_a_quote_introduces_its_speaker(verb: str) -> None:
    # "warned X" names whom X warned, except right after a quote: nothing stands before the verb to be its subject,
    # so the name after it is the speaker (not the agency the sentence before was about).
    text = (
        "The Road Agency proposed new signs on Friday. The agency estimates that a third of crashes happen at "
        f'night. "We have a real problem with speed on these lanes," {verb} Tom Barr, the agency\'s head of roads.'
    )
    for engine in (attribution, speakers):
        rows = engine.attribute(analysis.read_article("Headline\n\n" + text)).attributions
        assert [a.speaker for a in rows if a.kind == "full"] == ["Tom Barr"], engine.__name__


def test_an_addressee_verb_after_its_subject_still_names_the_one_addressed() -> None:
    # the same verb after a subject keeps its object reading: "she warned Tom Barr" is Ann Lee's quote
    text = 'Ann Lee met the builders on Monday. "Stay off the roof," she warned Tom Barr. He left at noon.'
    rows = attribution.attribute(analysis.read_article("Headline\n\n" + text)).attributions
    assert [a.speaker for a in rows if a.kind == "full"] == ["Ann Lee"]


@pytest.mark.parametrize(("pronoun", "speaker"), [("him", "Tom Barr"), ("her", "Ann Lee")])
def test_according_to_an_object_pronoun_after_a_quote_is_resolved(pronoun: str, speaker: str) -> None:
    # '"…," according to him.': the object pronoun is the source, resolved as "he said" would be (by its gender)
    text = f'Tom Barr backed the plan. Ann Lee, the mayor, opposed it. "The roads will flood," according to {pronoun}.'
    rows = attribution.attribute(analysis.read_article("Headline\n\n" + text)).attributions
    assert [a.speaker for a in rows if a.kind == "full"] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        'According to him, the old rules only covered "listed birds" such as geese.',
        'The old rules only covered "listed birds" such as geese, according to him.',
    ],
)
def test_according_to_an_object_pronoun_attributes_a_partial_quote_in_its_clause(sentence: str) -> None:
    # a fragment quoted inside the clause "according to him" reports is his words, as inside "he said …"
    text = f"Tom Barr, a park warden, spoke on Monday. {sentence} The park opens in May."
    rows = attribution.attribute(analysis.read_article("Headline\n\n" + text)).attributions
    assert [(a.kind, a.speaker) for a in rows if a.kind in ("partial", "nonspeech")] == [("partial", "Tom Barr")]


def test_according_to_her_before_a_quoted_term_is_a_possessive() -> None:
    # 'according to her "green" plan': her plan, no pronoun source of the term
    text = 'Ann Lee, the mayor, spoke on Monday. According to her "green" plan, buses will be free.'
    rows = attribution.attribute(analysis.read_article("Headline\n\n" + text)).attributions
    assert [(a.kind, a.speaker) for a in rows if a.kind != "indirect"] == [("nonspeech", None)]  # (the plan's report)


def _registered(text: str) -> list[tuple[str, str]]:
    """Each registered mention of ``text``: the token it stands at and the name of the entity it names."""
    from analysis.quotes import find_quotes, quote_blocks

    art = analysis.read_article(text)
    blocks = quote_blocks(art)
    doc = speakers._Doc(art.text, blocks, find_quotes(art.text, blocks))
    return [(doc.tok[p], ent.name) for p, ent in zip(doc.mention_pos, doc.mention_ent, strict=True)]


def _entities(text: str) -> list[speakers._Entity]:
    """The entity each registered mention of ``text`` names, in order."""
    from analysis.quotes import find_quotes, quote_blocks

    art = analysis.read_article(text)
    blocks = quote_blocks(art)
    return speakers._Doc(art.text, blocks, find_quotes(art.text, blocks)).mention_ent


def test_a_name_spelt_like_a_modal_is_registered_where_it_stands_alone() -> None:
    # The modal test keeps "Will" capitalised before a verb no modal governs; the run is then a mention of the
    # columnist named in full, not a stop word dropped (the surname alone, after a quote or a clause opener).
    found = _registered(
        'Talks stall.\n\nGeorge Will wrote a column. "It is sad," Will urged the party. Instead, Will called for'
        " change. In particular, Will wrote, the party can win."
    )
    assert found == [("Will", "George Will")] * 4
    # a given name spelt like the modal stays the name's first word ("Will Tolvane", not "Tolvane")
    assert _registered('Talks stall.\n\n"It is sad," Will Tolvane said.') == [("Tolvane", "Will Tolvane")]
    # the modal itself is no name: "Will Tolvane run?" asks, and only the later "Tolvane said" names him
    found = _registered("Talks stall.\n\nWill Tolvane run? Tolvane said he would.")
    assert found == [("Tolvane", "Tolvane")] * 2


def test_a_surname_after_a_personal_honorific_is_registered_whatever_title_it_spells() -> None:
    # "King", "Bishop", "Dean" are titles before a name, surnames after an honorific: "Mr. King" is a person, and
    # the one the article named in full ("Ann King") when there is one.
    found = _registered('Talks stall.\n\n"It is sad," said Ann King, a lawyer. Mr King added that it was over.')
    assert found == [("King", "Ann King")] * 2
    assert _registered('Talks stall.\n\n"It is sad," Ms. Bishop said. "We will see," she added.') == [
        ("Bishop", "Bishop")
    ]
    # "Mr. President" is no name: only a surname of rank follows an honorific as one
    assert _registered('Talks stall.\n\n"It is sad," said Mr. President Tolvane.') == [("Tolvane", "Tolvane")]


def test_a_titled_full_name_ends_in_a_surname_whatever_title_or_party_word_it_spells() -> None:
    # "Mayor Dale Tory": the title stands before the given name, so the word after it is the surname, not a
    # second title (the indirect row's speaker was the whole run, title and all; "the mayor" stayed unresolved)
    text = 'Mayor Dale Tory spoke at the depot. "We will fix it," the mayor said.'
    assert who(text) == ["Dale Tory"]
    rows = analysis.analyze("Coach Mara Judge said the squad was ready.").quotes
    assert list(rows.speaker) == ["Mara Judge"]
    assert who('Chancellor Ivo Speaker opened the hall. "It is clear," the chancellor said.') == ["Ivo Speaker"]
    # after a personal honorific a party word is the surname of the person named in full
    assert who('Mayor Dale Tory spoke at the depot. "We will fix it," Mr. Tory said.') == ["Dale Tory"]
    # and the surname a titled full name showed is the surname after the title alone too
    rows = analysis.analyze("Mayor Dale Tory spoke at the depot. Later, Mayor Tory said the line was shut.").quotes
    assert list(rows.speaker) == ["Dale Tory"]
    # untitled, the word is a surname when the article also writes it after a personal honorific ("Mr Tory")
    text = 'Dale Tory lost his boat in the storm. "It is a double blow," he said. Mr Tory said the port would mourn.'
    assert [a.speaker for a in attribution.attribute(analysis.read_article("Headline\n\n" + text)).attributions] == [
        "Dale Tory",
        "Dale Tory",
    ]
    rows = analysis.analyze('"We will appeal," the firm\'s lawyer, Ruth Chancellor, said. Ms Chancellor left.').quotes
    assert list(rows.speaker) == ["Ruth Chancellor"]
    # without a title before it, a place and its party or title word stay a description, not a name
    rows = analysis.analyze("The Georgia Democrat said the bill was dead.").quotes
    assert list(rows.speaker) == ["The Georgia Democrat"]


def test_a_bare_given_name_and_title_word_where_a_name_stands_is_a_person() -> None:
    # no title and no honorific: a given name then the word, with a clause mark or the sentence's start before it
    # and a clause end or a verb after it, is a person's full name ("Dale Tory", "Ruth Chancellor")
    for text, name in (
        ('Ryanair boss, Dale Tory, defended the order. "It is the best plane," he said.', "Dale Tory"),
        ('Ruth Chancellor lost her shop in the flood. "It is a double blow," she said.', "Ruth Chancellor"),
        ('The veteran striker Dale Tory is fit. "The pitch is heavy," he told reporters.', "Dale Tory"),
    ):
        assert list(analysis.analyze(text).quotes.speaker) == [name]
    # a place's politician takes an article or modifies a noun: it stays a description
    rows = analysis.analyze("The Florida Republican said the bill was weak.").quotes
    assert list(rows.speaker) == ["The Florida Republican"]
    rows = analysis.analyze("South Carolina Republican voters said the bill was weak.").quotes
    assert list(rows.speaker) == ["South Carolina Republican voters"]


def test_an_honorific_surname_before_of_and_a_body_is_the_person() -> None:
    # "Mr. Nevins of Showtime": the honorific and the one word are the person, the "of" complement their body
    # (the run was read as no name at all, and a later "he" had no one to reach)
    found = _registered("Talks stall.\n\nEven Mr. Tolvane of Brackwell does not expect a deal, he said.")
    assert [name for _, name in found] == ["Tolvane"]
    # "of the …" keeps the body its own name, as before
    found = _registered("Talks stall.\n\nMr. Tolvane of the Tax Center said the plan failed.")
    assert [name for _, name in found] == ["Tolvane", "Tax Center"]


def test_a_one_word_source_according_to_cites_is_registered_as_a_body() -> None:
    # "according to Tolvex." names a source: registered, as a body (no given name spells it), so a later "it"
    # can reach it; a word that modifies the source ("according to Census data") is no name.
    text = "Talks stall.\n\nSales fell 9 percent, according to Tolvex. It said the drop was small."
    assert _registered(text) == [("Tolvex", "Tolvex")]
    from analysis import attribution

    assert [a.speaker for a in attribution.attribute(analysis.read_article(text)).attributions] == ["Tolvex"] * 2
    assert _registered("Talks stall.\n\nSales fell, according to Census data. Jo Tolvane said so.") == [
        ("Tolvane", "Jo Tolvane")
    ]
    # a one-word name the article has speak is a person, cited or not
    text = "Talks stall.\n\nSales fell, according to Taviel. Taviel said the drop was small."
    assert [ent.kind for ent in _entities(text)] == ["person"] * 2
    # a person named in full before is the one cited by surname
    text = "Talks stall.\n\nJo Tolvane runs the firm. Sales fell, according to Tolvane."
    assert _registered(text) == [("Tolvane", "Jo Tolvane")] * 2
