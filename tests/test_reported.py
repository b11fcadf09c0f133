"""analysis.reported: reported speech and transcript turns, found without quotation marks."""

from __future__ import annotations

import pytest

import analysis
from analysis import reported


def reports(text: str) -> list[tuple[str, str | None, str]]:
    """(clause, source, cue) of each report in a one-paragraph text."""
    found = reported.find_reported(text, [(0, len(text))])
    return [
        (text[r.start : r.end], text[r.source[0] : r.source[1]] if r.source else None, text[r.cue[0] : r.cue[1]])
        for r in found
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin said that he would not invade Ukraine.", ("he would not invade Ukraine", "Putin", "said")),
        ("The minister told reporters that the plan was dead.", ("the plan was dead", "The minister", "told")),
        ("He told the BBC the talks had collapsed overnight.", ("the talks had collapsed overnight", "He", "told")),
        (
            "Mr Blair warned the party would lose the election.",
            ("the party would lose the election", "Mr Blair", "warned"),
        ),
        ("Smith said on Tuesday that the talks would resume.", ("the talks would resume", "Smith", "said")),
        (
            "Maxine Waters, a California Democrat, said the bill was unfair to workers.",
            ("the bill was unfair to workers", "Maxine Waters", "said"),
        ),
        (
            "The economy will grow next year, the chancellor said.",
            ("The economy will grow next year", "the chancellor", "said"),
        ),
        (
            "The economy will grow next year, said Jane Smith, a spokeswoman for the Treasury.",
            ("The economy will grow next year", "Jane Smith", "said"),
        ),
        (
            "According to police, the man fled the scene on foot.",
            ("the man fled the scene on foot", "police", "According to"),
        ),
        (
            "The man fled the scene on foot, according to police.",
            ("The man fled the scene on foot", "police", "according to"),
        ),
        (
            "The president spoke for an hour, saying that the war would end soon.",
            ("the war would end soon", "The president", "saying"),
        ),
        (
            "Hillary Clinton is declaring that she is moving closer.",
            ("she is moving closer", "Hillary Clinton", "declaring"),
        ),
        ("She insisted that the decision was final.", ("the decision was final", "She", "insisted")),
        ("The union admitted that the strike had failed.", ("the strike had failed", "The union", "admitted")),
        ("Rep. Chris Collins, R-NY, says the plan will work.", ("the plan will work", "Rep. Chris Collins", "says")),
        ("Sen. Bernie Sanders (I-Vt.) said he will publish it.", ("he will publish it", "Sen. Bernie Sanders", "said")),
        (
            "Woodrow Benford, 58, who lives in Ohio, says he didn't know Sanders.",
            ("he didn't know Sanders", "Woodrow Benford", "says"),
        ),
        (
            "In his state, Christie said, offenders are sent to treatment.",
            ("In his state, Christie said, offenders are sent to treatment", "Christie", "said"),
        ),
        ("Trump mocked Ted Cruz, who said he would win Iowa.", ("he would win Iowa", "Ted Cruz", "said")),
        ("It also said the accounts had been closed.", ("the accounts had been closed", "It", "said")),
        ("He says he's taken pains to stay neutral.", ("he's taken pains to stay neutral", "He", "says")),
        (
            "Paradis, who has been active since the age of 25, says she votes Democrat.",
            ("she votes Democrat", "Paradis", "says"),
        ),
        (
            "According to a new report by Politico, Clinton plans to visit Ohio.",
            ("Clinton plans to visit Ohio", "Politico", "According to"),
        ),
        # readings the learned scorer keeps: present tense without an auxiliary, the clause opening with a contraction
        (
            "Bush says it's even more important to defend gun rights.",
            ("it's even more important to defend gun rights", "Bush", "says"),
        ),
        # "told" + a capitalised addressee + an adverbial before "that"
        (
            "Wilson told The Post and Courier on Saturday that he cast his ballot for Rubio.",
            ("he cast his ballot for Rubio", "Wilson", "told"),
        ),
        # a verb the hand-written readings never took: predict, ask whether
        (
            "Trump predicts that many of their supporters will switch to his side.",
            ("many of their supporters will switch to his side", "Trump", "predicts"),
        ),
        (
            "Hewitt asked Trump whether he would release his tax returns.",
            ("he would release his tax returns", "Hewitt", "asked"),
        ),
        # warned / insisted / denied / admitted / claimed, before and after the clause
        ("The plan will fail, the minister insisted.", ("The plan will fail", "the minister", "insisted")),
        ("Officials denied that the talks had collapsed.", ("the talks had collapsed", "Officials", "denied")),
        # a coordinated cue reports for the sentence subject
        (
            "The Arizona Republican survived five years in a Vietnamese prison and says he would do it again.",
            ("he would do it again", "The Arizona Republican", "says"),
        ),
        # the sentence's subject comes after an opening adverbial
        (
            "On Tuesday, the company missed its deadline and said it would file its accounts next month.",
            ("it would file its accounts next month", "the company", "said"),
        ),
        # a subject before a dashed appositive speaks
        (
            "Of the payment, the firm - China's biggest jet fuel supplier - said it would pay $30m from its own funds.",
            ("it would pay $30m from its own funds", "the firm", "said"),
        ),
        # the source span: an opening adverbial, a participle clause, a manner adverb, an appositive name
        ("For months Obama said the economy was recovering.", ("the economy was recovering", "Obama", "said")),
        (
            "In radio interviews on Monday, she defended the budget, saying it would balance.",
            ("it would balance", "she", "saying"),
        ),
        ("Trump visited Ohio, saying the plant would reopen.", ("the plant would reopen", "Trump", "saying")),
        ("The mayor bluntly suggested the council would fold.", ("the council would fold", "The mayor", "suggested")),
        (
            "The firm's pollster, Jane A. Doe, says the candidate has the money.",
            ("the candidate has the money", "Jane A. Doe", "says"),
        ),
        # a negation inside an appositive does not negate the saying
        (
            "Jane Roe, a senator who has refused to back the bill, said the vote was rigged.",
            ("the vote was rigged", "Jane Roe", "said"),
        ),
        # a bare weekday after the cue is not part of the clause
        ("Police said Tuesday the man fled on foot.", ("the man fled on foot", "Police", "said")),
        # present tense without an auxiliary after a plural subject
        (
            "The minister said families file their returns late.",
            ("families file their returns late", "The minister", "said"),
        ),
        # "more than" opens a clause; "according to" in mid-sentence or closing it without a comma
        (
            "Officials say more than 40 houses have been flooded.",
            ("more than 40 houses have been flooded", "Officials", "say"),
        ),
        (
            "The bridge, according to the council, will reopen in May.",
            ("The bridge, according to the council, will reopen in May", "the council", "according to"),
        ),
        (
            "The bridge will reopen in May according to the council.",
            ("The bridge will reopen in May", "the council", "according to"),
        ),
    ],
)
def test_reported_clause_source_and_cue(text: str, expected: tuple[str, str, str]) -> None:
    assert reports(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Smith believes that the plan will fail.",  # a belief, not speech
        "Smith hopes the plan will work.",
        "Figures show that unemployment rose in March.",  # a document as the only source
        "The report said the company had lied about its accounts.",
        "Smith said nothing.",
        "He said goodbye to his staff on Monday.",
        "She would have to tell the board that she was leaving.",  # not said (yet)
        "The other states voting today are Ohio and Illinois.",  # a noun, not a verb
        "He was told that the plan had been dropped.",  # passive: the source is not the subject
        "I said that the plan was wrong.",  # first person in narration: the writer
        "Cook did not say when the practice stopped.",  # negated: nothing was said
        "Its defenders can no longer claim he is a good man.",
    ],
)
def test_not_reported_speech(text: str) -> None:
    assert reports(text) == []


def test_two_reports_in_one_sentence_the_splitter_missed() -> None:
    got = reports("Cox says Obama is wrong about the U.S. He says Americans don't need more lectures.")
    assert [(c, s) for c, s, _ in got] == [
        ("Obama is wrong about the U.S.", "Cox"),
        ("Americans don't need more lectures", "He"),
    ]


def test_a_report_holding_the_number_sign_is_one_clause() -> None:
    # The sentence splitter broke after "No." (tokenize._numbered): the clause began at "2 seller".
    got = reports("The new phone made the firm the No. 2 seller in Europe last year, the company said.")
    assert [(c, s) for c, s, _ in got] == [
        ("The new phone made the firm the No. 2 seller in Europe last year", "the company")
    ]


def test_a_clause_holding_a_partial_quote_is_left_to_the_quote() -> None:
    text = 'Smith said it was "a disaster" for the town.'
    quoted = [(text.index('"'), text.rindex('"') + 1)]
    assert reported.find_reported(text, [(0, len(text))], quoted) == []


def test_reporting_verbs_come_from_the_counted_table() -> None:
    verbs = reported.reporting_verbs()
    assert verbs["said"] == "say" and verbs["warns"] == "warn" and verbs["told"] == "tell"
    assert "believes" not in verbs and "thinks" not in verbs and "hopes" not in verbs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The engineer testified that the valve had failed.", ("the valve had failed", "The engineer", "testified")),
        ("The coach retorted that his team was fitter.", ("his team was fitter", "The coach", "retorted")),
        (
            "Mrs Patel quipped that the bridge needed a miracle.",
            ("the bridge needed a miracle", "Mrs Patel", "quipped"),
        ),
        (
            "The governor reassured farmers that prices would recover.",
            ("prices would recover", "The governor", "reassured"),
        ),
        ("A spokesman replied that the talks would go on.", ("the talks would go on", "A spokesman", "replied")),
    ],
)
def test_a_verb_of_communication_rare_in_polnear_is_a_cue(text: str, expected: tuple[str, str, str]) -> None:
    # Rare in PolNeAR's 2016 US political copy, common elsewhere: weighed as its Levin class's verbs.
    assert reports(text) == [expected]


def test_a_rare_verb_is_weighed_as_its_class_and_a_common_one_also_as_itself() -> None:
    keys = reported._weight_keys()
    assert keys["reply"] == ("@say",) and keys["say"] == ("say", "@say")
    assert "quipped" in reported.inflections("quip")


def test_a_rare_verb_whose_object_is_the_message_vehicle_is_no_cue() -> None:
    # Levin 37.1/37.4 verbs rare in PolNeAR ("read", "teach", "phone") are left out of the list.
    assert "reading" not in reported.reporting_verbs() and "phoned" not in reported.reporting_verbs()
    assert reports("He read the letter that the council had sent.") == []
    assert reports("She phoned the clinic that her sister runs.") == []


def test_a_rare_verb_is_read_by_the_hand_written_readings_only() -> None:
    # No loose reading of an object: "condemned the raids …" is an evaluation, "begged the question" no speech.
    assert reports("Dozens of members condemned the raids in which ten people were held.") == []
    assert reports("The senator begged the question of whether the plan was ever costed.") == []


def turns(paragraphs: list[str]) -> list[tuple[str, str | None, str | None]]:
    text = "\n\n".join(paragraphs)
    blocks, pos = [], 0
    for p in paragraphs:
        blocks.append((pos, pos + len(p)))
        pos += len(p) + 2
    out = reported.find_turns(text, blocks)
    return [(text[t.start : t.end], text[t.source[0] : t.source[1]] if t.source else None, t.role) for t in out]


def test_question_and_answer_turns() -> None:
    got = turns(
        [
            "The BBC spoke to Jane Doe about the flood.",
            "Q: How bad is it?",
            "A: The water is still rising.",
            "Q: What do you need?",
            "A: Boats, and people to row them.",
        ]
    )
    assert got == [
        ("How bad is it?", None, "interviewer"),
        ("The water is still rising.", "Jane Doe", None),
        ("What do you need?", None, "interviewer"),
        ("Boats, and people to row them.", "Jane Doe", None),
    ]


def test_question_and_answer_turns_with_full_stops() -> None:
    got = turns(
        [
            "The council spoke to Tom Reed about the new bridge.",
            "Q. When will it open?",
            "A. In the spring, if the weather holds.",
            "Q. And the cost?",
            "A. About what we planned.",
        ]
    )
    assert got == [
        ("When will it open?", None, "interviewer"),
        ("In the spring, if the weather holds.", "Tom Reed", None),
        ("And the cost?", None, "interviewer"),
        ("About what we planned.", "Tom Reed", None),
    ]


def test_short_turns_of_a_transcript_are_turns() -> None:
    # Once the labels recur the block is a transcript: "A: No." is an answer, not a heading.
    got = turns(
        [
            "The BBC spoke to Jane Doe about the vote.",
            "Q: Will you run again?",
            "A: Yes, I will.",
            "Q: When?",
            "A: No comment on that yet.",
            "Q: And your party?",
            "A: No.",
        ]
    )
    assert [t for t, _, _ in got] == [
        "Will you run again?",
        "Yes, I will.",
        "When?",
        "No comment on that yet.",
        "And your party?",
        "No.",
    ]
    assert turns(["Tim Kaine debated Mike Pence.", "KAINE: We will win.", "PENCE: When?", "KAINE: Soon."])[1:] == [
        ("When?", "PENCE", None),
        ("Soon.", "KAINE", None),
    ]


def test_initial_with_full_stop_is_no_answer() -> None:
    # Paragraphs opening with an initial ("A. Jones …") are no answers without a "Q." turn.
    got = turns(["A. Jones won the race.", "A. Jones then won it again, by a wider margin."])
    assert got == []


def test_name_turns_and_labels_that_are_no_speakers() -> None:
    got = turns(
        [
            "Mike Pence debated Tim Kaine on Tuesday.",
            "PENCE: Well, look, we will rebuild our military.",
            "KAINE: That is not what your running mate said.",
            "Update: This story has been corrected.",
            "Watch: the full debate.",
        ]
    )
    assert [(t, s) for t, s, _ in got] == [
        ("Well, look, we will rebuild our military.", "PENCE"),
        ("That is not what your running mate said.", "KAINE"),
    ]


def test_headings_places_and_figures_are_not_turns() -> None:
    got = turns(
        [
            "Candidates campaigned in Iowa and New Hampshire this week.",
            "Iowa: Ten insiders expect a close race there.",
            "New Hampshire: Most insiders expect a Trump win there.",
            "STAT OF THE WEEK: The amount spent on television advertising.",
            "Hillary Clinton: 1,769.",
        ]
    )
    assert got == []


def test_a_list_of_headings_where_one_comes_twice_is_no_transcript() -> None:
    # Most labels head one paragraph each: a list of places, not a conversation, though "Maine:" recurs.
    got = turns(
        [
            "Dozens of new state laws take effect on Monday.",
            "Maine: Landlords must give tenants ninety days of notice before a rent rise.",
            "Vermont: Stores can no longer hand out plastic bags at the till.",
            "Maine: Drivers must slow down when they pass a cyclist on the road.",
            "Nevada: Schools must stock an overdose drug in every building.",
            "Idaho: Hunters can buy their licences online this year.",
        ]
    )
    assert got == []
    # A conversation comes back to its speakers, even when one of them speaks only once.
    got = turns(["Tim Kaine debated Mike Pence.", "KAINE: We will win.", "PENCE: When?", "KAINE: Soon."])
    assert [s for _, s, _ in got] == ["KAINE", "PENCE", "KAINE"]
    # A panel: the host comes back four times among five one-off guests, so the host's turns are turns.
    got = turns(
        [
            "A panel of five experts joined our host tonight.",
            "HOST: Welcome to the show, everyone, and thank you for coming.",
            "ADAMS: Prices will keep rising through the spring.",
            "HOST: Why do you expect that to happen?",
            "BAKER: The harvest was poor across the region.",
            "HOST: What should families do about it?",
            "CRUZ: They should plan their shopping with care.",
            "DUNN: Stores will offer more discounts soon.",
            "HOST: Thank you all for your time tonight.",
            "EVANS: It was a pleasure to be here.",
        ]
    )
    assert [s for _, s, _ in got] == ["HOST"] * 4


def test_a_name_turn_in_quote_marks_is_left_to_the_quote_finder() -> None:
    assert turns(['Caddell: "We lost the argument."', "Caddell spoke again."]) == []


def test_a_second_report_after_and_is_a_clause_of_its_own() -> None:
    got = reports("The mayor denied the vote had been rigged, and said she would appeal.")
    assert [(c, s) for c, s, _ in got] == [("the vote had been rigged", "The mayor"), ("she would appeal", "The mayor")]


def test_an_inverted_subject_is_no_clause_of_its_own() -> None:
    # ", said Robert Mason, a professor who …": the words after the cue name the speaker.
    got = reports("The rumour had reached every county within hours, said Robert Mason, a professor who studied it.")
    assert [(c, s) for c, s, _ in got] == [("The rumour had reached every county within hours", "Robert Mason")]


def test_candidates_carry_their_features_and_the_model_ships_as_plain_arrays() -> None:
    text = "Bush says it's even more important to defend gun rights."
    groups = reported.candidates(text, [(0, len(text))])
    feats = {f for group in groups for _, fs in group for f in fs}
    assert "lemma=say" in feats and "subject=name" in feats
    weights, _, threshold = reported._model()
    assert weights and isinstance(threshold, float)


def test_cue_screen_matches_exactly_the_cue_words() -> None:
    # The screen is a trie of the cue forms: each form matches as a whole word, prefixes and longer words do not.
    import re

    forms = sorted(reported._cues())
    whole = re.compile(r"(?:" + reported._trie(forms) + r")\Z")
    assert all(whole.match(w) for w in forms)
    near = {w[:i] for w in forms for i in range(len(w))} | {w + c for w in forms for c in "adegnrsy"}
    assert not [w for w in near - set(forms) if whole.match(w)]
    screen = reported._cue_pattern()
    assert screen.search("he said.") and screen.search("according to her")
    assert not screen.search("resaid the essayist") and not screen.search("unsaid")


def test_sentences_the_screen_passes_without_a_cue_find_nothing() -> None:
    # "essays" holds "says" and "tasks" holds "asks": screened in, then dropped once tokenised.
    assert reports("The essays and tasks were graded by Friday afternoon.") == []
    assert reported._tokens("The essays were graded.", 0, 23, reported._cues()) is None


def test_tokens_are_those_of_the_plain_alternation() -> None:
    # The look-ahead in front of the abbreviation branches only skips them at lower-case words.
    import re

    plain = re.compile(
        r"(?:[A-Z]\.){2,}|(?:Mrs|Mr|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr)\.|[^\W_][\w'&-]*|[^\w\s]"
    )
    text = "Mrs. Smith of the U.S.A. said Mrs it's Dr. No's re-said Sr. x_y & 3.5 St Louis - Mr Jones."
    toks = reported._tokens(text, 0, len(text))
    assert [(t.text, t.start, t.end) for t in toks] == [(m.group(), *m.span()) for m in plain.finditer(text)]
    assert toks.cue_at == [k for k, t in enumerate(toks) if t.low in reported._cues()]


def test_clause_stops_at_a_sentence_break_the_splitter_missed() -> None:
    # "in the U.S. He says …": the clause after the first cue ends at the abbreviation, with or without the memo.
    text = "Smith said the plan would work in the U.S. He says it will not."
    toks = reported._tokens(text, 0, len(text))
    k = next(k for k, t in enumerate(toks) if t.text == "the")
    assert reported._clause_end(toks, k) == reported._clause_end(list(toks), k)
    assert toks[reported._clause_end(toks, k) - 1].text == "U.S."


def test_answers_go_to_the_interviewee_not_the_interviewers_outlet() -> None:
    # "spoke with HERALD senior writer Tom Brown": the outlet and its writer ask; the person in the headline answers
    got = turns(
        [
            "Q&A with Senator Jane Smith",
            "Senator Jane Smith flew home on Monday, where she spoke with HERALD senior writer Tom Brown.",
            "Q: What do you make of the deal?",
            "A: It is a bad deal for families.",
            "Q: Will the president sign it?",
            "A: I expect he will, but we will keep fighting.",
        ]
    )
    assert [src for _, src, _ in got] == [None, "Jane Smith", None, "Jane Smith"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor denied any link between the two fires.", ("any link between the two fires", "The mayor", "denied")),
        (
            "The airline reported a sharp fall in winter bookings.",
            ("a sharp fall in winter bookings", "The airline", "reported"),
        ),
        ("The union urged members to reject the pay offer.", ("to reject the pay offer", "The union", "urged")),
        ("Mr Hale accused the board of hiding the losses.", ("the board of hiding the losses", "Mr Hale", "accused")),
        (
            "She vowed to fight the ruling in the appeal court.",
            ("to fight the ruling in the appeal court", "She", "vowed"),
        ),
    ],
)
def test_a_verbs_object_is_what_was_said(text: str, expected: tuple[str, str, str]) -> None:
    """Class A: "denied the claim", "reported a fall", "urged them to act", "accused X of Y-ing" are reports."""
    assert reports(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He said goodbye to the crowd.",  # "said" + a noun phrase names the talk, not its content
        "The mayor talked about the weather.",
        "The ferry was reported by the coastguard.",  # a passive's agent
        "Residents are being urged to boil their water.",  # a passive: the subject does not speak
        "The report said the bridge had been unsafe for years.",  # a noun cue: "report" is the subject
        "He travelled to Leeds in order to see the match.",  # "in order to": no order
    ],
)
def test_objects_that_are_no_report(text: str) -> None:
    assert reported.find_reported(text, [(0, len(text))]) == []


def test_a_second_report_without_a_comma_ends_the_first_clause() -> None:
    """Class B: "X has said A and said B" / "X says A - but insists that B" are two reports, A kept whole."""
    text = "Former Leeds manager Tom Hale says the league should follow the rest of Europe - but insists that a long season will not hurt the clubs."
    assert reports(text) == [
        ("the league should follow the rest of Europe", "Former Leeds manager Tom Hale", "says"),
        ("a long season will not hurt the clubs", "Former Leeds manager Tom Hale", "insists"),
    ]
    text = 'The transport minister has said the fares are too high and said there would be "sweeping change".'
    mark = text.index('"')
    found = reported.find_reported(text, [(0, len(text))], [(mark, text.index('"', mark + 1) + 1)])
    assert [text[r.start : r.end] for r in found] == ["the fares are too high"]  # the second is the quote's
    assert reports("The minister said wages and reports would rise.") == [
        ("wages and reports would rise", "The minister", "said")
    ]


def test_a_present_tense_clause_after_a_long_subject_is_a_report() -> None:
    """Class B2: "Councillor Ann Reid said the plan makes …": a third-person verb (Brill ``VBZ``) makes a clause."""
    assert reports("Councillor Ann Reid said the bypass plan makes little sense for commuters.") == [
        ("the bypass plan makes little sense for commuters", "Councillor Ann Reid", "said")
    ]
    assert reports("The firm said its chief executive remains confident about the deal.") == [
        ("its chief executive remains confident about the deal", "The firm", "said")
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"We will win this," the senator said as the crowd cheered.',  # the manner of the quote's saying
        '"We will win this," he told the rally held in a school gym on Friday.',  # its addressee
        '"It is a scandal," Mr. Hale said a day after the report was published.',  # its time
        '"It is over," Ms. Reid said aboard the campaign bus on Monday as it crossed Kent.',  # its place
        "She made a tall order of it, but it is not impossible.",  # a noun cue (Brill NN) after an adjective
        "In the 13 states where exit polls were taken, turnout was high.",  # a noun cue after a number
    ],
)
def test_words_after_a_quotes_cue_and_noun_cues_are_no_report(text: str) -> None:
    """Round 5: after '"…," X said' the words are the saying's manner, time, place or addressee; a noun is no cue."""
    assert reports(text) == []


def test_noted_is_a_reporting_verb() -> None:
    """Round 5: "noted" was lemmatised as the commoner "not" when the verbs were counted, so "note" was missing."""
    assert "noted" in reported.reporting_verbs()
    assert reports("The mayor noted that the river had risen by two metres overnight.") == [
        ("the river had risen by two metres overnight", "The mayor", "noted")
    ]


def test_object_and_gerund_after_an_appositive_is_no_inverted_subject() -> None:
    # ", accused X of -ing" reports what X was accused of; X does not speak.
    got = reports("Jane Smith, for the opposition, accused the mayor of hiding the cost of the bridge.")
    assert got == [("the mayor of hiding the cost of the bridge", "Jane Smith", "accused")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tolls will rise under the new scheme, which its critics say would cost drivers 200 a year.",
            ("would cost drivers 200 a year", "its critics", "say"),
        ),
        (
            "The council sold the depot that he says was worth twice the price paid for it.",
            ("was worth twice the price paid for it", "he", "says"),
        ),
    ],
)
def test_relative_clause_split_around_its_cue(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in reports(text)


def test_clause_opening_with_this_is_no_adverbial() -> None:
    # "this week" after a cue is a time, but "this year's budget will …" is the clause's subject.
    got = reports("The union says this year's budget will be the tightest in a generation.")
    assert got == [("this year's budget will be the tightest in a generation", "The union", "says")]
    assert reports("She said this week the talks had failed.") == [("the talks had failed", "She", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The charity described the new rules as cruel and badly drafted.",
            ("the new rules as cruel and badly drafted", "The charity", "described"),
        ),
        ("The coach hailed the draw as a fair result.", ("the draw as a fair result", "The coach", "hailed")),
    ],
)
def test_description_verb_with_as(text: str, expected: tuple[str, str, str]) -> None:
    assert reports(text) == [expected]


def test_description_verb_without_a_description_is_no_report() -> None:
    assert reports("The coach praised the players as well.") == []
    assert reports("The house was described as large.") == []


def test_country_abbreviation_is_no_first_person_subject() -> None:
    # "US" (the country) opens the subject; "us" the pronoun would make the writer the source.
    got = reports("US carmaker Ford has announced that it will close two plants next year.")
    assert got == [("it will close two plants next year", "US carmaker Ford", "announced")]


def test_addressee_ends_before_a_one_word_subject() -> None:
    got = reports("The minister told MPs councils would get more money next year.")
    assert got == [("councils would get more money next year", "The minister", "told")]


def test_parenthetical_inverted_cue_after_an_opening_adverbial() -> None:
    got = reports("In practice, says Prof Jones, most patients are seen within a week.")
    assert got == [("In practice, says Prof Jones, most patients are seen within a week", "Prof Jones", "says")]
    # An inverted subject with an appositive and no clause after it is no report.
    assert reports("Yesterday, said Jane Smith, a spokeswoman for the firm.") == []


def test_point_out_reports_but_point_to_does_not() -> None:
    got = reports("The mayor pointed out that the bridge had been closed twice this year.")
    assert got == [("the bridge had been closed twice this year", "The mayor", "pointed")]
    assert reports("The mayor pointed to the bridge, which had been closed twice this year.") == []


def test_participle_after_figures_as_subject_is_no_report() -> None:
    # The sentence's subject is a document ("the figures"), so the participle's report quotes nobody.
    assert reports("The figures show sales fell by 3%, suggesting shoppers were cutting back.") == []


def test_document_word_as_a_modifier_is_no_document_source() -> None:
    got = reports("Ticket sales rose by a fifth last year, according to the film industry.")
    assert got == [("Ticket sales rose by a fifth last year", "the film industry", "according to")]
    got = reports("Ticket sales rose by a fifth last year, according to the record industry.")
    assert got == [("Ticket sales rose by a fifth last year", "the record industry", "according to")]
    assert reports("Ticket sales rose by a fifth last year, according to official figures.") == []


def test_a_named_document_is_no_source() -> None:
    # A name before the document word only modifies it: the survey, the data or the study is the source.
    assert reports("Fewer families own a car than in 1990, a Harwell survey suggests.") == []
    assert reports("The Tobel data suggests the ferry had lost power before the storm.") == []
    assert reports("Ticket sales rose by a fifth last year, according to a 2019 Culture Ministry study.") == []
    # The name after a report, or people before the document word, may still be who speaks; research, a survey
    # or a study with its author after it stays a document (rep36: the guidelines skip "the report found").
    got = reports("Ticket sales rose by a fifth last year, according to a new report by Harwell.")
    assert got == [("Ticket sales rose by a fifth last year", "Harwell", "according to")]
    assert reports("Ticket sales rose by a fifth last year, according to new research by Harwell.") == []
    got = reports("Some 20 percent of people in a Harwell survey said they had never flown.")
    assert [(c, s) for c, s, _ in got] == [("they had never flown", "Some 20 percent of people in a Harwell survey")]
    # A named report is a news outlet's (cited as the outlet is), and named figures are people.
    got = reports("The ferry service will stop in May, according to a Gazette report.")
    assert got == [("The ferry service will stop in May", "a Gazette report", "according to")]
    got = reports("Senior Labour figures said the vote would be close.")
    assert got == [("the vote would be close", "Senior Labour figures", "said")]


def candidate_spans(text: str, quoted: list[tuple[int, int]] | None = None) -> list[tuple[str, str]]:
    """(content, cue) of every candidate reading of a one-paragraph text."""
    groups = reported.candidates(text, [(0, len(text))], quoted or [])
    return [(text[r.start : r.end], text[r.cue[0] : r.cue[1]]) for g in groups for r, _ in g]


def test_call_on_reads_the_addressee_with_its_request() -> None:
    # The content is the addressee with the infinitive (not "the dollar" after an "on …" adverbial).
    got = candidate_spans("The charity called on the government to publish the report before the summer.")
    assert got == [("the government to publish the report before the summer", "called")]
    assert ("ministers to publish the report", "Mrs Patel", "called") in reports(
        "Mrs Patel called on ministers to publish the report."
    )
    # What is called for is a request's content too; calling someone something is no report of it.
    assert reports("Campaigners have called for a ban on the sale of fireworks.") == [
        ("for a ban on the sale of fireworks", "Campaigners", "called")
    ]
    assert reports("He called the plan a disgrace.") == []
    # "call on" without an infinitive (a visit, a turn to speak) asks for nothing.
    assert reports("The inspector called on him.") == []


def test_words_before_a_cue_that_introduces_a_quote_are_no_report() -> None:
    # The cue's words are the quote after the colon; the participle before it is the speaker's setting.
    text = 'Turning to the budget, the mayor said: "We will balance it."'
    quote = (text.index('"'), len(text) - 1)
    assert ("Turning to the budget", "said") not in candidate_spans(text, [quote])
    assert reported.find_reported(text, [(0, len(text))], [quote]) == []


def test_participial_adjunct_after_a_parenthetical_cue_ends_the_report() -> None:
    got = reports(
        "Earlier fears about the harbour proved unfounded, she will argue, while insisting that more work is needed."
    )
    assert ("Earlier fears about the harbour proved unfounded", "she", "argue") in got
    # A clause after the cue's comma continues what is reported.
    got = reports("By then, he says, most of the staff will have moved to the new site.")
    assert got == [("By then, he says, most of the staff will have moved to the new site", "he", "says")]


def test_passive_with_a_frequency_adverb_is_no_report() -> None:
    # "were twice denied": the subject was refused, it denied nothing.
    assert reports("The players were twice denied permits to travel to the final.") == []


def test_quick_to_point_out_reports_but_wants_to_say_does_not() -> None:
    got = reports("Aides were quick to point out that the senator had voted for the bill twice.")
    assert got == [("the senator had voted for the bill twice", "Aides", "point")]
    got = reports("The minister was careful to stress the talks would go on.")
    assert got == [("the talks would go on", "The minister", "stress")]
    assert reports("He wants to say that the plan failed.") == []


def test_a_content_opening_with_a_preposition_is_weighed_with_its_verb() -> None:
    # The verb-preposition pair is a feature of its own: "called for" asks, "spoke to" names the talk.
    text = "The union called for an inquiry. The mayor spoke to reporters on Monday."
    feats = {f for g in reported.candidates(text, [(0, len(text))]) for _, fs in g for f in fs}
    assert {"lemma=call|opens=for", "lemma=speak|opens=to"} <= feats
    assert reports("The mayor spoke to reporters in Leeds on Monday.") == []


def test_training_targets_read_clauses_and_what_is_called_for(training_script) -> None:  # type: ignore[no-untyped-def]
    tr = training_script("train_reported")
    # Clauses with no auxiliary nor -ed verb: a subject pronoun opens them, or an irregular past tense.
    assert tr._clausal("she wants to build a new library")
    assert tr._clausal("the council made no decision on the bridge")
    assert not tr._clausal("the new library on the high street")
    # What a request verb's particle asks for is its content; a verb with no request reading is not.
    text = "The union called for an inquiry. The union called the plan a sham."
    assert tr._called_for(text, text.index("an inquiry"), "call")
    assert not tr._called_for(text, text.index("the plan"), "call")


def test_training_threshold_is_the_highest_within_one_standard_error(training_script) -> None:  # type: ignore[no-untyped-def]
    tr = training_script("train_reported")
    table = [(-2.0, 0.8, 0.9, 0.850, 0.01), (-1.5, 0.85, 0.87, 0.860, 0.01), (-1.0, 0.9, 0.8, 0.851, 0.01)]
    assert tr.choose_threshold(table) == -1.0
    assert tr.choose_threshold([(t, p, r, f, 0.001) for t, p, r, f, _ in table]) == -1.5


def test_training_partitions_are_fixed_and_the_grid_holds_its_ends(training_script) -> None:  # type: ignore[no-untyped-def]
    tr, cv = training_script("train_reported"), training_script("repeated_cv")
    # Partition 0 deals the articles to the folds in name order, as earlier rounds did; the others are shuffles,
    # the same on every run (a retraining writes the same bytes), with folds as even as the count allows.
    assert cv.partition(7, 0).tolist() == [0, 1, 2, 3, 4, 0, 1]
    # pinned: a change of numpy's generator would deal the folds differently and the shipped weights would not
    # come back from the same code and data
    assert cv.partition(12, 3).tolist() == [4, 0, 2, 0, 1, 4, 2, 1, 1, 3, 3, 0]
    assert cv.partition(12, 3).tolist() != cv.partition(12, 0).tolist()
    assert sorted(cv.partition(12, 3).tolist().count(k) for k in range(cv.FOLDS)) == [2, 2, 2, 3, 3]
    grid = tr.thresholds()
    assert grid[0] == tr.THRESHOLD_LOW and grid[-1] == tr.THRESHOLD_HIGH and -1.0 in grid and 0.0 in grid


def test_training_cv_table_is_the_mean_over_partitions(training_script) -> None:  # type: ignore[no-untyped-def]
    tr, cv = training_script("train_reported"), training_script("repeated_cv")
    # Five articles, one candidate each, each a right reading of the article's one content.
    data = [([[((0, 10), (11, 15), ("f",), True, (0,), True)]], [True]) for _ in range(5)]
    one_missed = [[[1.0]] if a else [[-5.0]] for a in range(5)]
    all_kept = [[[1.0]] for _ in range(5)]
    runs = iter([one_missed, all_kept])
    table, per_run = cv.repeated_table(5, lambda fold: tr.partition_rows(data, next(runs), fold), repeats=range(2))
    row = table[tr.thresholds().index(0.0)]
    # F1 8/9 (recall 4/5) and 1: their mean; the fold SE is 0.2 (one fold of five at F1 0) and 0: their mean.
    assert row[2] == pytest.approx((8 / 9 + 1) / 2)
    assert row[3] == pytest.approx(0.1)
    assert len(per_run) == 2


def test_training_labels_a_labelled_sets_candidate_by_its_record_and_mention(training_script) -> None:  # type: ignore[no-untyped-def]
    tr = training_script("train_reported")
    text = "In 30 states, the mayor said the bridge would close, and the board had rejected the plan."
    clause = (text.index("the bridge"), text.index(", and the board"))
    mention = (text.index("the mayor"), text.index(" said"))
    said = (text.index("said"), text.index("said") + 4)
    gold = [(clause, mention)]
    assert tr.labelled_positive(text, clause, said, mention, gold)
    # The right clause read off another word is no positive: the model should learn that the word is no cue.
    states = (text.index("states"), text.index("states") + 6)
    assert not tr.labelled_positive(text, clause, states, None, gold)
    # A cue inside the record's clause is a nested verb: the outer report is the record.
    outer = [((clause[0], len(text) - 1), mention)]
    rejected = (text.index("rejected"), text.index("rejected") + 8)
    assert not tr.labelled_positive(text, (text.index("the plan"), len(text) - 1), rejected, None, outer)
    # "…, according to X" and "…, X said": the cue right beside the mention; a source overlapping it stands in too.
    text = "The bridge will close, according to the mayor."
    according = (text.index("according to"), text.index(" the mayor"))
    gold = [((0, text.index(",")), (text.index("the mayor"), len(text) - 1))]
    assert tr.labelled_positive(text, (0, text.index(",")), according, None, gold)
    # A parenthetical attribution: the mention and the cue inside the record's clause.
    text = "The campaign, both papers said, would open in May."
    gold = [((0, len(text) - 1), (text.index("both"), text.index(" said")))]
    cue = (text.index("said"), text.index("said") + 4)
    assert tr.labelled_positive(text, (0, len(text) - 1), cue, None, gold)
    assert not tr.labelled_positive(text, (0, len(text) - 1), (4, 12), None, gold)


def test_training_counts_a_labelled_row_as_the_shared_scorer_does(training_script) -> None:  # type: ignore[no-untyped-def]
    tr = training_script("train_reported")
    indirect, partial = [(10, 30)], [(40, 50)]
    assert tr.scored_as((12, 28), indirect, partial) is True  # overlaps a reported clause
    assert tr.scored_as((38, 52), indirect, partial) is None  # a partial quote's record: ignored, neither way
    assert tr.scored_as((60, 70), indirect, partial) is False
    # Rows right, wrong and ignored: the ignored one is no row kept for precision.
    data = [([[((12, 28), (0, 4), ("f",), True, (0,), True)], [((38, 52), (0, 4), ("f",), None, (), False)]], [True])]
    assert tr.benchmark_f1(data, [[[1.0], [1.0]]], 0.0) == (1.0, 1.0, 1.0)


def test_training_reads_no_measure_only_set(training_script) -> None:  # type: ignore[no-untyped-def]
    labelled = training_script("labelled")
    # The measure-only sets are never training rows, whichever reader is asked (before any file is read).
    for reader in (labelled.records, labelled.every_record):
        with pytest.raises(ValueError, match="not a readable labelled set"):
            next(reader(("open", "leadheld")))


def test_repeated_table_deals_each_partition_its_folds(training_script) -> None:  # type: ignore[no-untyped-def]
    cv = training_script("repeated_cv")
    # Each partition's scorer sees that partition's folds; the table is the mean of their rows, setting by setting.
    seen = []

    def score(fold):  # type: ignore[no-untyped-def]
        seen.append(fold.tolist())
        return [(float(len(seen)), 0.0), (2.0 * len(seen), 1.0)]

    table, per_run = cv.repeated_table(7, score, repeats=range(3))
    assert seen == [cv.partition(7, r).tolist() for r in range(3)]
    assert table == [(2.0, 0.0), (4.0, 1.0)] and len(per_run) == 3


def test_an_owned_noun_of_speech_is_a_reading_of_its_own() -> None:
    # Its weights are its own, not a phrase verb's ("expressed concern that"): a noun owned by its speaker.
    text = "The chair dismissed Bernie Sanders' accusations that the campaign broke the law."
    feats = {f for g in reported.candidates(text, [(0, len(text))]) for _, fs in g for f in fs}
    assert "reading=owned" in feats and "reading=phrase" not in feats


def test_training_leaves_out_owned_nouns_nested_in_another_report(training_script) -> None:  # type: ignore[no-untyped-def]
    tr = training_script("train_reported")
    # "The dean disputed accusations by Exxon that …": only the dean's report is annotated; Exxon's is unknown.
    text = "The dean disputed accusations by Exxon that the articles were wrong."
    cue = (text.index("accusations"), text.index("accusations") + len("accusations"))
    outer = [(text.index("disputed"), text.index("disputed") + len("disputed"))]
    content = [(text.index("accusations"), len(text) - 1)]
    assert tr._unannotated_nested(cue, ("reading=owned",), outer, content)
    assert not tr._unannotated_nested(cue, ("reading=owned",), [*outer, cue], content)  # annotated itself
    assert not tr._unannotated_nested(cue, ("reading=owned",), outer, [])  # nested in nothing: a negative
    assert not tr._unannotated_nested(cue, ("reading=rule",), outer, content)  # a verb's reading stays a negative


def test_repeated_cv_keeps_the_simplest_setting_within_one_standard_error(training_script) -> None:  # type: ignore[no-untyped-def]
    cv = training_script("repeated_cv")
    # Settings simplest first: the best is the second, the first is within its SE, the third is not needed.
    assert cv.one_se(["a", "b", "c"], [0.851, 0.860, 0.855], [0.01, 0.01, 0.01]) == "a"
    assert cv.one_se(["a", "b", "c"], [0.851, 0.860, 0.855], [0.001, 0.001, 0.001]) == "b"
    assert cv.fold_se([1.0, 1.0, 1.0, 1.0, 0.0]) == pytest.approx(0.2)
    assert cv.fold_se([0.9]) == 0.0  # one non-empty fold: no spread, not NaN


def test_a_passive_of_say_is_no_report_of_its_subject() -> None:
    # "is said to", "it was said that": hearsay; the subject is who it is about, not who spoke.
    assert reports("The painter is said to have wept at the opening of the show.") == []
    assert reports("It was said that the mill would close before the winter.") == []
    assert reports("The painter said the show would open in May.") == [
        ("the show would open in May", "The painter", "said")
    ]


def test_unnamed_press_reports_are_a_source_but_a_report_is_a_document() -> None:
    # Plural "reports" with no determiner (perhaps "media", "unconfirmed") are the press, cited as a paper is.
    got = reports("Reports suggest the bakery chain could sell its van fleet next spring.")
    assert got == [("the bakery chain could sell its van fleet next spring", "Reports", "suggest")]
    got = reports("The ferry service will stop in May, according to local media reports.")
    assert got == [("The ferry service will stop in May", "local media reports", "according to")]
    # A determiner or a document modifier makes them documents again: nobody is quoted.
    assert reports("The reports show the bakery chain sold its van fleet.") == []


@pytest.mark.xfail(
    strict=False,
    reason="round-33 refit: a plural noun cue before a verb the Brill lexicon tags only as a noun ('reports show') "
    "scores just above the threshold; needs a reading of the cue as the verb's subject",
)
def test_a_document_modifier_makes_plural_reports_a_document() -> None:
    assert reports("Spending reports show the council bought two new vans.") == []


def test_according_to_a_name_with_no_comma_before_the_clause() -> None:
    # The capitalised run of the source ends where the clause opens: no comma is needed between them.
    got = reports("According to Ms Okafor the council will approve the new library next month.")
    assert got == [("the council will approve the new library next month", "Ms Okafor", "According to")]
    got = reports("According to the Harbour Trust over 200 boats were damaged in the storm.")
    assert got == [("over 200 boats were damaged in the storm", "the Harbour Trust", "According to")]
    # The name goes on after a preposition; a document is no source.
    assert reports("According to Smith of the Harbour Trust the boats were damaged.") == []
    assert reports("According to statistics 50% of all thefts involve bicycles.") == []
    # A comma still closes the source as before.
    got = reports("According to the harbour master, the boats were damaged in the storm.")
    assert got == [("the boats were damaged in the storm", "the harbour master", "According to")]


def test_went_on_to_say_reports_its_subject() -> None:
    # "went on to say" tells of speech that took place (unlike "wants to say"): its subject speaks.
    got = reports("The coach went on to say that the team had trained too little.")
    assert got == [("the team had trained too little", "The coach", "say")]
    got = reports("She has gone on to claim the vote was rigged.")
    assert got == [("the vote was rigged", "She", "claim")]
    assert reports("The band went on to tour Europe in the spring.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tribunal ruled that the ferry firm had broken its contract.",
            ("the ferry firm had broken its contract", "The tribunal", "ruled"),
        ),
        (
            "The treasurer forecast that rates would rise again in spring.",
            ("rates would rise again in spring", "The treasurer", "forecast"),
        ),
        (
            "One fisherman speculated that the storm had moved the sandbank.",
            ("the storm had moved the sandbank", "One fisherman", "speculated"),
        ),
        (
            "The inspector recommended that the bridge should be closed at night.",
            ("the bridge should be closed at night", "The inspector", "recommended"),
        ),
    ],
)
def test_verbs_of_saying_polnear_marks_beyond_levin_are_cues(text: str, expected: tuple[str, str, str]) -> None:
    # "rule", "forecast", "speculate", "recommend" cue unquoted contents in PolNeAR train: listed with their class.
    assert reports(text) == [expected]
    assert reports("The king ruled the island for forty years.") == []


def test_went_on_to_say_reports_with_the_subject_of_went() -> None:
    # "go on to <cue>": the speaker carries on speaking, as "were quick to <cue>" does.
    got = reports("However, she went on to say that the ferry would run again in spring.")
    assert got == [("the ferry would run again in spring", "she", "say")]
    got = reports("The mayor then went on to add that the budget was balanced.")
    assert got == [("the budget was balanced", "The mayor", "add")]
    assert reports("The team went on to win the cup in May.") == []


def test_where_a_that_clause_hangs_is_a_feature() -> None:
    # A common noun before "that" may take the clause: a noun across a preposition ("in a letter"), another
    # verb's object ("to reverse the decision") or the cue's own object (not its addressee: "told voters that");
    # a clause opening with a present-tense verb after "that" is a relative clause ("a rule that requires …").
    def feats(text: str) -> set[str]:
        return {f for g in reported.candidates(text, [(0, len(text))]) for _, fs in g for f in fs}

    assert "that_noun=pp" in feats("The mayor said in a letter that the bridge would reopen.")
    assert "that_noun=infinitive" in feats(
        "The council urged the judge to reverse the decision that the road was shut."
    )
    assert "that_then_verb" in feats(
        "The mayor promised to scrap the scheme, a rule that requires a permit for lorries."
    )
    assert not {"that_noun=object", "that_noun=pp", "that_then_verb"} & feats("The mayor told voters that it was safe.")
    assert not {"that_noun=object", "that_noun=pp", "that_then_verb"} & feats(
        "The mayor said that the bridge was safe."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister made it clear that the tax would not rise next year.",
            ("the tax would not rise next year", "The minister", "made"),
        ),
        (
            "Residents expressed concern that the new road would flood their homes.",
            ("the new road would flood their homes", "Residents", "expressed"),
        ),
        (
            "The agency issued a warning that storms could hit the coast on Friday.",
            ("storms could hit the coast on Friday", "The agency", "issued"),
        ),
        (
            "He gave assurances to the judge that he would return for the trial.",
            ("he would return for the trial", "He", "gave"),
        ),
    ],
)
def test_a_verb_and_a_noun_of_speech_before_that_report_their_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert reports(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "It was made clear that the talks had ended.",  # a passive: its subject did not speak
        "She did not express concern that the plan would fail.",  # negated
        "The firm made a profit that surprised analysts.",  # no noun of speech: a relative clause
    ],
)
def test_a_phrase_of_speech_that_reports_nobody_is_no_row(text: str) -> None:
    assert reports(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The central bank indicated on Monday that interest rates would stay low.",
            ("interest rates would stay low", "The central bank", "indicated"),
        ),
        (
            "The ministry signalled that it would revise its growth forecast.",
            ("it would revise its growth forecast", "The ministry", "signalled"),
        ),
    ],
)
def test_indicate_and_signal_report_what_a_statement_conveys(text: str, expected: tuple[str, str, str]) -> None:
    assert reports(text) == [expected]


def test_a_fronted_clause_whose_cue_goes_on_with_an_adverbial_isreports() -> None:
    # The words after the trailing cue are its adverbial, weighed by their shape (``tail=adverbial``), not a clause.
    text = "Tuition fees will rise, the minister argued in interviews this week; critics disagree."
    assert reports(text) == [("Tuition fees will rise", "the minister", "argued")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks collapsed on Friday, according to two officials who spoke on condition of anonymity.",
            ("The talks collapsed on Friday", "two officials", "according to"),
        ),
        (
            "The talks collapsed on Friday, according to senior party officials.",
            ("The talks collapsed on Friday", "senior party officials", "according to"),
        ),
        (
            "According to senior party officials, the talks collapsed on Friday.",
            ("the talks collapsed on Friday", "senior party officials", "According to"),
        ),
    ],
)
def test_according_to_a_lower_case_or_relative_source_reports(text: str, expected: tuple[str, str, str]) -> None:
    assert reports(text) == [expected]


def test_according_to_lower_case_documents_is_no_report() -> None:
    assert reports("Turnout fell sharply in the north, according to state election records.") == []


def test_a_phrase_noun_with_a_relative_clause_reports_nothing() -> None:
    """ "lodged a complaint that was rejected": ``that`` is the subject of a relative clause, not a content."""
    assert reports("The firm lodged a complaint that was rejected by the court.") == []
    assert reports("The firm gave assurances that were later ignored.") == []
    assert [r[0] for r in reports("The minister issued a warning that prices would rise.")] == ["prices would rise"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The director issued a warning earlier in the week that the show was unsuitable for children.",
            ("the show was unsuitable for children", "The director", "issued"),
        ),
        (
            "The senator expressed cautious optimism over the weekend that the bill would pass.",
            ("the bill would pass", "The senator", "expressed"),
        ),
        (
            "The governor has been making the case for weeks that the state needs a new bridge.",
            ("the state needs a new bridge", "The governor", "making"),
        ),
    ],
)
def test_a_phrase_of_speech_reaches_its_that_across_an_adjunct_of_time_or_setting(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert reports(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Officials expressed concern about the plan that the council drew up last year.",  # the topic's relative
        "The firm raised the prospect of a merger that would create a giant.",
        "She expressed hope for the talks so that nobody would be hurt.",  # a purpose clause
        "The rally went ahead, raising fears the violence that marred it will spread.",  # the content has begun
        "She cannot make a statement and cannot attribute that to the office.",  # a second verb phrase
    ],
)
def test_a_that_after_the_phrase_nouns_topic_is_no_content(text: str) -> None:
    assert reports(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal followed Prime Minister Tony Blair's promise that MPs would review the law.",
            ("MPs would review the law", "Prime Minister Tony Blair", "promise"),
        ),
        (
            "The union rejected the Smiths' claim that the workers had been paid in full.",
            ("the workers had been paid in full", "Smiths", "claim"),
        ),
        (
            "The shares fell after the announcement by General Motors that it had filed for bankruptcy.",
            ("it had filed for bankruptcy", "General Motors", "announcement"),
        ),
    ],
)
def test_a_noun_of_speech_owned_by_a_possessive_or_by_an_agent_reports_its_owner(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert reports(text) == [expected]


def test_an_owned_noun_of_speech_is_no_verb_and_its_relative_clause_no_content() -> None:
    # "claim that was rejected": ``that`` is the relative clause's subject; the noun is no verb of its own either.
    assert reports("Exxon's claim that was rejected by the court cost it dearly.") == []


def test_an_owned_noun_of_speech_takes_its_that_clause_from_an_earlier_verb() -> None:
    """ "Obama spoke after the announcement by GM that …": the clause is GM's announcement, not what Obama said."""
    text = "Headline\n\nObama spoke after the announcement by General Motors that it had filed for bankruptcy.\n"
    rows = analysis.analyze(text).quotes
    assert list(zip(rows["text"], rows["speaker"])) == [("it had filed for bankruptcy", "General Motors")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor stood by his contention that the bridge would open in May.",
            ("the bridge would open in May", "his", "contention"),
        ),
        (
            "Voters tired of Jane Doe's repeated claims that the tax would pay for itself.",
            ("the tax would pay for itself", "Jane Doe", "claims"),
        ),
        (
            "The fans ignored their smug assurances that the club would stay up.",
            ("the club would stay up", "their", "assurances"),
        ),
    ],
)
def test_a_noun_of_speech_owned_across_a_pronoun_or_a_modifier_reports_its_owner(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert reports(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Their belief that the park should stay open surprised nobody.",  # an attitude, not speech
        "He was proud of his statements that were read out at the rally.",  # a relative clause of the noun
    ],
)
def test_an_attitude_or_a_relative_clause_after_a_possessive_pronoun_is_no_report(text: str) -> None:
    assert reports(text) == []


def test_a_possessive_pronoun_owning_a_noun_of_speech_is_resolved_to_the_speaker() -> None:
    text = "Headline\n\nJane Doe defended her recent remarks that the council had wasted money.\n"
    rows = analysis.analyze(text).quotes
    assert list(zip(rows["text"], rows["speaker"])) == [("the council had wasted money", "Jane Doe")]


def test_an_unowned_noun_of_speech_is_no_cue_of_the_clause_after_it() -> None:
    # "a claim that X disputes": the relative clause of the noun, cued by nobody's claim
    text = "Headline\n\nJohn Roe alleges he was fired unfairly, a claim that the firm strongly disputes.\n"
    rows = analysis.analyze(text).quotes
    assert list(zip(rows["text"], rows["speaker"])) == [("he was fired unfairly", "John Roe")]


def test_a_possessive_owner_with_a_curly_apostrophe_is_the_speaker() -> None:
    text = "Headline\n\nThe chair dismissed Bernie Sanders\u2019 accusations that the campaign broke the law.\n"
    rows = analysis.analyze(text).quotes
    assert list(zip(rows["text"], rows["speaker"])) == [("the campaign broke the law", "Bernie Sanders")]
    assert text[rows["mention_start"][0] : rows["mention_end"][0]] == "Bernie Sanders"  # (not its apostrophe)


def test_each_phrase_of_speech_is_found_even_close_together_or_across_a_line_break() -> None:
    got = reports("The chairman made it clear that he expressed concern that the plan would fail.")
    assert "the plan would fail" in [r[0] for r in got]
    assert [r[0] for r in reports("The minister expressed concern\nthat the plan would fail.")] == [
        "the plan would fail"
    ]


def test_a_clause_before_another_reports_quote_is_a_report_of_its_own() -> None:
    """ "X said A, although she wrote "…"": the quote has a cue of its own after the comma; A is reported speech."""
    text = 'The mayor said the bridge would reopen in May, although she later wrote that it was "far from certain".'
    quoted = [(text.index('"'), text.rindex('"') + 1)]
    got = reported.find_reported(text, [(0, len(text))], quoted)
    assert [text[r.start : r.end] for r in got] == ["the bridge would reopen in May"]
    text = 'The police said the march passed off without trouble, a protest she described as "peaceful".'
    quoted = [(text.index('"'), text.rindex('"') + 1)]
    got = reported.find_reported(text, [(0, len(text))], quoted)
    assert [text[r.start : r.end] for r in got] == ["the march passed off without trouble"]
    # With no cue between the comma and the quote, the quote is the clause's own: left to the quote's row.
    text = 'The mayor said the bridge would reopen in May, a "far from certain" date.'
    quoted = [(text.index('"'), text.rindex('"') + 1)]
    assert reported.find_reported(text, [(0, len(text))], quoted) == []


@pytest.mark.parametrize("joiner", [", while", ", whereas", ", but", ", and", ";"])
def test_two_coordinated_reports_each_keep_their_own_clause_and_subject(joiner: str) -> None:
    # "X said A, while Y said B": the first clause ends before the second report, which has its own subject
    got = reports(f"The mayor said the bridge would reopen in May{joiner} Ms Patel said that it was unsafe.")
    assert got == [
        ("the bridge would reopen in May", "The mayor", "said"),
        ("it was unsafe", "Ms Patel", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a name inside a relative clause on the subject is not the cue's subject
        ("Farmers who sold grain to Harold Finch said the prices had collapsed.", "Farmers"),
        ("Residents who know Harold Finch say he was always kind.", "Residents"),
        ("Ann Lowe, who lost her home near Dover, Kent, in 2019, said the council had failed her.", "Ann Lowe"),
        # the name is the relative clause's own subject and the cue its verb: it speaks
        ("The plan which Harold Finch says is too costly was approved.", "Harold Finch"),
    ],
)
def test_a_name_inside_a_relative_clause_is_not_the_cue_subject(text: str, source: str) -> None:
    assert reports(text)[0][1] == source


@pytest.mark.parametrize(
    "after",
    [
        "an economist at Acme Bank",
        "who works for Acme Bank",
        "the chief economist of Acme Bank",
        "director of the Acme Survey Centre",
    ],
)
def test_according_to_a_described_source_ends_the_clause_before_the_cue(after: str) -> None:
    # The words after the source's comma describe the source (an appositive, a relative clause): the reported
    # clause is the whole one before the cue, not the sentence through the description.
    got = reports(f"The housing market will recover next spring, according to Jane Doe, {after}.")
    assert got == [("The housing market will recover next spring", "Jane Doe", "according to")]


def test_according_to_between_a_subject_and_its_verb_keeps_the_sentence() -> None:
    # "The bridge, according to the council, will reopen": the clause's verb follows the source.
    got = reports("The bridge, according to Jane Doe of the council, will reopen in May.")
    assert got == [("The bridge, according to Jane Doe of the council, will reopen in May", "Jane Doe of the council",
                    "according to")]  # fmt: skip
    # "Since March, according to X, prices have …": an opening adverbial, the clause after the source
    got = reports("Since March, according to the agency, prices have risen by a fifth.")
    assert got == [("Since March, according to the agency, prices have risen by a fifth", "the agency", "according to")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Prices will rise sharply next year, say analysts at the bank.", "analysts at the bank"),
        ("Prices will rise sharply next year, say senior economists.", "senior economists"),
        ("The ferry will stop running in May, says analyst Jane Doe of Acme.", "analyst Jane Doe of Acme"),
        ("The suspect was arrested at his home on Friday, say police.", "police"),
    ],
)
def test_an_inverted_lower_case_subject_after_a_trailing_cue_reports(text: str, source: str) -> None:
    # British copy: ", say analysts" inverts a bare plural or a described role as it inverts a name.
    assert reports(text) == [(text[: text.index(", s")], source, text.split(", ")[-1].split()[0])]


def test_a_participle_before_a_noun_is_no_trailing_cue() -> None:
    # "pledged delegates": a participle as the noun's adjective, no cue with an inverted subject
    assert reports("By the evening she had clinched a majority of the regular, pledged delegates.") == []


def test_a_noun_like_cue_before_a_verb_is_the_subject_not_an_inverted_cue() -> None:
    # ", reports claim": "reports" is the subject of "claim", not a cue with the subject "claim"
    got = reports("The firm could sell its media business, reports claim.")
    assert got == [("The firm could sell its media business", "reports", "claim")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a place after a comma goes on the place before it: the name before the appositive speaks
        ("Ann Berg, a teacher from Albany, New York, said the school would close.", "Ann Berg"),
        ("Tom Dale, a Reno, Nev., pastor, said the church had been sold.", "Tom Dale"),
        (
            "Ella Hart of the University of Wales, Bangor, said the study was flawed.",
            "Ella Hart of the University of Wales",
        ),
        # a person's name after a capitalised word is still the appositive that speaks
        ("The head of Acme, Mary Jones, said profits would rise.", "Mary Jones"),
        # after a common noun, any capitalised appositive is the name
        ("The firm's pollster, Doug Shoe, said the race was close.", "Doug Shoe"),
    ],
)
def test_a_place_after_a_comma_is_no_appositive_name(text: str, source: str) -> None:
    assert reports(text)[0][1] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a name that ends the sentence's opening adverbial is no subject: the name after it speaks
        ("In a speech in Paris, Ann Cole, the French minister, said the plan would fail.", "Ann Cole"),
        ("Speaking in Leeds, Tom Dale, without naming him, said the plan would fail.", "Tom Dale"),
        ("In a court in Reno, Nev., Hart, in a grey suit, said he was guilty.", "Hart"),
        # with no adverbial, the name before the appositives still speaks
        ("Ann Cole, a teacher, said the plan would fail.", "Ann Cole"),
    ],
)
def test_a_name_in_an_opening_adverbial_is_no_subject(text: str, source: str) -> None:
    assert reports(text)[0][1] == source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister recalled that the plan had failed in 2010.",
            ("the plan had failed in 2010", "The minister", "recalled"),
        ),
        ("Lee countered that the figures were wrong.", ("the figures were wrong", "Lee", "countered")),
        ("The chief underlined that safety came first.", ("safety came first", "The chief", "underlined")),
        ("Brown blogged that the vote was rigged.", ("the vote was rigged", "Brown", "blogged")),
    ],
)
def test_recall_counter_underline_and_blog_are_reporting_verbs(text: str, expected: tuple[str, str, str]) -> None:
    # "recall" as "recount", "counter" as "retort", "underline" as "underscore" (the say class); "blog" publishes a
    # message as "tweet" and "post" do (their instrument class, whose rare verbs are kept; "phone" and "email" are not).
    assert reports(text) == [expected]


def test_recall_and_question_as_nouns_are_no_cues() -> None:
    # A noun form of a reporting verb with a relative clause after it: "recalls that led to …" reports nothing.
    assert reports("Toyota has struggled with recalls that led to a stoppage of production.") == []
    assert reports("It is the answer to that one question that will decide the election.") == []


def test_a_past_verb_after_that_is_a_feature() -> None:
    # "that" followed by a past tense or participle is often a relative clause ("recalls that led to …").
    def feats(text: str) -> set[str]:
        return {f for g in reported.candidates(text, [(0, len(text))]) for _, fs in g for f in fs}

    assert "that_then_past" in feats("The mayor cited the reports that surfaced last week about the bridge.")
    assert "that_then_past" not in feats("The mayor said that the bridge was safe.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As reported by the Daily Post, the factory will close in May.",
            ("the factory will close in May", "the Daily Post", "reported by"),
        ),
        (
            "Borrowing fell to £35bn last year, as already announced by the Treasury.",
            ("Borrowing fell to £35bn last year", "the Treasury", "announced by"),
        ),
        (
            "The council will sell the park, as first reported by the Evening Star.",
            ("The council will sell the park", "the Evening Star", "reported by"),
        ),
    ],
)
def test_as_reported_by_cites_its_source_as_according_to_does(text: str, expected: tuple[str, str, str]) -> None:
    # "as (already) announced by X": the agent is the source and the clause around the phrase what it reported.
    assert reports(text) == [expected]
    assert reports("The bill was passed in March as required by law.") == []


def test_an_as_by_phrase_is_no_other_cues_content() -> None:
    # "the £37bn predicted in March, as already announced by X": the source phrase is not what was predicted.
    text = "Borrowing was £35bn, less than the £37bn predicted in March, as already announced by the Treasury."
    got = reports(text)
    assert [g for g in got if g[0].startswith("as already")] == []
    assert ("Borrowing was £35bn, less than the £37bn predicted in March", "the Treasury", "announced by") in got


def participle_sources(text: str) -> list[str | None]:
    """The source of each candidate reading of a participle cue ("saying", "citing") whose clause follows the cue,
    whether or not the model keeps it."""
    out = []
    for group in reported.candidates(text, [(0, len(text))]):
        for rep, _ in group:
            if text[rep.cue[0] : rep.cue[1]].endswith("ing") and rep.start >= rep.cue[1]:
                out.append(text[rep.source[0] : rep.source[1]] if rep.source else None)
    return out


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a fronted subordinate clause, participle or adverb + preposition holds no subject of the participle
        ("As the results came in from Leeds, she gave a speech in Hull, predicting that she would win.", "she"),
        ("But when Ms Varga asked Tollund Press for a reprint, it declined, citing the cost of paper.", "it"),
        (
            "Facing anger from farmers and Tom Reilly, Anna Kovac gave a statement, insisting the plan was fair.",
            "Anna Kovac",
        ),
        ("Once he was elected, Mr Odum made a Baltic treaty his aim, announcing that talks would start.", "Mr Odum"),
        ("Shortly after the vote in Derby, Ruth Amsel spoke to the press, saying the result was fair.", "Ruth Amsel"),
        # after "by" the participle is the one who acted
        ("The Grenfell union hit Pia Nord back by accusing her of lying to the members.", "The Grenfell union"),
        # a verb and a message it sent ran into the subject
        ("Senator Liam Dorsey (D-Ore.) issued a statement saying that the bill was dead.", "Senator Liam Dorsey"),
        ("The Mendel campaign sent an email Tuesday saying that the count was wrong.", "The Mendel campaign"),
        ("She also posted a tweet saying that she would run again.", "She"),
        # the phrase before it stays: the adverbial rule of earlier rounds, people right before the participle
        ("In radio interviews on Monday, Ann Lee defended the budget, saying it would balance.", "Ann Lee"),
        (
            "The floods have left 40 percent of farmers saying the aid came too late.",
            "The floods have left 40 percent of farmers",
        ),
    ],
)
def test_participle_reports_for_the_sentence_subject(text: str, source: str) -> None:
    """Round 28: ``…, saying``/``by accusing``/``sent an email saying``: the participle's source is its sentence's
    subject, not a name in an opening adverbial, the object of "by", or the verb phrase before it."""
    assert participle_sources(text)[:1] == [source], participle_sources(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an appositive or relative clause longer than the appositives read back over: the name before it speaks
        (
            "Mara Lind, a Kent county councillor who is part of the campaign against the new bypass, said the road "
            "would ruin the valley.",
            "Mara Lind",
        ),
        (
            "On Monday, Tomas Brenner, who ran the Essex branch of the union when the strike over pensions began, "
            "conceded that the talks had failed.",
            "Tomas Brenner",
        ),
        (
            "And retired Gen. Ian Pole, who led the forces in Basra and later ran the training effort in Kabul, "
            "said the war could not be won.",
            "retired Gen. Ian Pole",
        ),
        (
            "Rep. Nia Cole (D-Calif.), who introduced a bill this month aimed at cutting the fees of students, "
            "said the loans were unfair.",
            "Rep. Nia Cole",
        ),
        # an aside in brackets, however long, belongs to the name before it
        (
            "Sen. Ada Quill (a Vermont Democrat so young she has been mistaken for an intern) says she was lost at "
            "first.",
            "Sen. Ada Quill",
        ),
    ],
)
def test_long_modifier_between_name_and_cue(text: str, source: str) -> None:
    """Round 28: "Name, <a long appositive or relative clause>, said …" and "Name (<a long aside>) says …": the
    source is the name, not nobody (then the speaker stage took a name from inside the clause)."""
    found = [r for r in reports(text) if r[2] in ("said", "says", "conceded")]
    assert found and found[0][1] == source, reports(text)


def test_long_modifier_needs_the_opening_noun_phrase() -> None:
    """Round 28: the words before the long clause must be the clause's opening noun phrase, with no verb."""
    text = (
        "Inflation fell and Anna Berg, who ran the bank for a decade until the crisis over its bonds broke, "
        "said the rise in prices was over."
    )
    assert all(src != "Inflation" and "fell" not in (src or "") for _, src, cue in reports(text) if cue == "said")


@pytest.mark.parametrize(
    "text",
    [
        "OSLO \u2015 The Norwegian fisheries board announced on Tuesday that quotas would be cut.",
        "OSLO \u2014 The Norwegian fisheries board announced on Tuesday that quotas would be cut.",
    ],
)
def test_dateline_dash_ends_the_source(text: str) -> None:
    """Round 28: a dateline before a horizontal bar (U+2015) or an em dash is no part of the source."""
    assert [src for _, src, _ in reports(text)] == ["The Norwegian fisheries board"], reports(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("One of the farmers, Ida Brandt, 64, had sold her herd and said the price was too low.", "Ida Brandt"),
        ("The firm's economist, Paul Orme, flew to Berlin and said the deal was close.", "Paul Orme"),
        ("The farmers went to Berlin and said the price was too low.", "The farmers"),
    ],
)
def test_coordinated_report_takes_the_name_in_apposition(text: str, source: str) -> None:
    """Round 28: "One of the men, Jessie Elkins, 70, served … and said": the sentence's subject is the person the
    appositive names, not the description before it."""
    found = [r for r in reports(text) if r[2] == "said"]
    assert found and found[0][1] == source, reports(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Daily Post quoted Ann Reed as saying the bridge would close in May.",
            ("the bridge would close in May", "Ann Reed", "saying"),
        ),
        (
            "The station cited one of the mayor's aides as saying that the budget was spent.",
            ("the budget was spent", "one of the mayor's aides", "saying"),
        ),
        ("The paper quoted him as saying that the budget was spent.", ("the budget was spent", "him", "saying")),
    ],
)
def test_the_object_of_quoted_as_saying_is_the_source(text: str, expected: tuple[str, str, str]) -> None:
    # the outlet passes on the object's words: the clause after "saying" is theirs, not "X as saying …"
    assert reports(text) == [expected]


def test_a_passive_quoted_as_keeps_its_subject() -> None:
    assert [r[0] for r in reports("Ann Reed was quoted as saying the bridge would close in May.")] == [
        "the bridge would close in May"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Reporters heard the harbour master say that the bridge would close.", "the harbour master"),
        ("Residents watched Tom Reed tell the crowd that the bridge would close.", "Tom Reed"),
        ("Residents who saw the crash said that the driver was fast.", "Residents"),
    ],
)
def test_the_object_of_a_perception_verb_says_a_bare_infinitive_report(text: str, source: str) -> None:
    # "heard X say": the one heard speaks; a finite cue ("who saw …, said") keeps the sentence's subject
    assert [r[1] for r in reports(text)] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Reed was asked by host Tom Black whether the bridge would close.",
            ("the bridge would close", "host Tom Black", "asked"),
        ),
        ("The mayor was told by engineers that the bridge was unsafe.", ("the bridge was unsafe", "engineers", "told")),
        (
            "The council acted after being warned by the police that the bridge was unsafe.",
            ("the bridge was unsafe", "the police", "warned"),
        ),
    ],
)
def test_the_agent_of_a_passive_speech_verb_said_the_clause(text: str, expected: tuple[str, str, str]) -> None:
    # "X was asked by Y whether …": the question is Y's; the passive's subject only heard it
    assert reports(text) == [expected]


def test_a_passive_agent_with_an_appositive_is_left_alone() -> None:
    assert reports("Ann Reed was asked by Tom Black, who hosts the show, whether the bridge would close.") == []


def test_quoted_by_an_outlet_as_saying_keeps_the_passive_subject() -> None:
    # the outlet is the agent of "quoted", not of the words: no source written here (the sentence's subject speaks)
    text = "Ann Reed was quoted by the Daily Post as saying that the bridge would close."
    assert [(clause, source) for clause, source, _ in reports(text)] == [("the bridge would close", None)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Maria Lopez posted a Facebook comment of her own, saying", "Maria Lopez"),
        ("As Ann Lee spoke, the union was busy, calling", "the union"),
        ("Tom Baker stunned the committee members and the mayor with a sharp reply on Tuesday, saying", "Tom Baker"),
        # a town's state after the opening adverbial's comma is where, not who
        ("Speaking at a town hall in Dover, Delaware, Tom Baker went after the mayor, calling", "Tom Baker"),
        ("At a rally in Dover, Del., on Sunday, Ann Lee thanked the crowd, saying", "Ann Lee"),
        ("Early in the campaign, Ann Lee attacked the mayor, calling", "Ann Lee"),
    ],
)
def test_a_participle_cue_reads_the_subject_of_its_clause(text: str, source: str) -> None:
    span = reported.participle_subject(text, 0, len(text))
    assert span is not None and text[span[0] : span[1]] == source


@pytest.mark.parametrize(
    "text",
    [
        "Calling",  # a participle opening its sentence has the main clause's subject, read after it
        "Tom Baker was calling",  # with an auxiliary: a finite verb, not a participle of the clause
        'The committee has rolled out a "Party of Harlow" campaign dubbing',  # a bare common noun names no one
    ],
)
def test_a_participle_with_no_clause_subject_here_reads_none(text: str) -> None:
    assert reported.participle_subject(text, 0, len(text)) is None


def test_an_adjective_after_a_possessive_stays_in_the_opening_noun_phrase() -> None:
    # "The party's presumed nominee, Tom Baker, …": "presumed" is no verb after a possessive; the name in
    # apposition to the whole phrase is who speaks
    text = "The Harlow Party's presumed nominee, Tom Baker, has won support by echoing"
    span = reported.participle_subject(text, 0, len(text))
    assert span is not None and text[span[0] : span[1]] == "Tom Baker"
    curly = text.replace("'", "\u2019")  # (read as three tokens: past the longest opening subject, no reading)
    span = reported.participle_subject(curly, 0, len(curly))
    assert span is None or curly[span[0] : span[1]] == "Tom Baker"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council has also cut its bus budget, the paper said.",
            ("The council has also cut its bus budget", "the paper", "said"),
        ),
        (
            "The ferry plan, both papers said, would be dropped in May.",
            ("The ferry plan, both papers said, would be dropped in May", "both papers", "said"),
        ),
        ("The two papers said the mayor had resigned.", ("the mayor had resigned", "The two papers", "said")),
    ],
)
def test_a_newspaper_named_again_is_a_source(text: str, expected: tuple[str, str, str]) -> None:
    # "the paper", "both papers": the press named again by its common noun, cited as the paper itself is.
    assert reports(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A paper said the glacier had shrunk by a third.",
        "The research paper said the glacier had shrunk by a third.",
        "The papers show the glacier had shrunk by a third.",
    ],
)
def test_a_study_paper_stays_a_document(text: str) -> None:
    # An indefinite or modified "paper" is a study, and "the papers show" are documents: nobody is quoted.
    assert reports(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Officials said sales grew 5% last year.", "sales grew 5% last year"),
        ("The mayor said the river rose overnight.", "the river rose overnight"),
        ("Analysts said the bank sought new buyers in March.", "the bank sought new buyers in March"),
        ("The coach said the team withdrew from the cup.", "the team withdrew from the cup"),
    ],
)
def test_an_irregular_past_tense_makes_a_clause(text: str, clause: str) -> None:
    # Irregular pasts come from the Brill lexicon's VBD words, not a hand list: the words after "said" are a clause.
    assert [r[0] for r in reports(text)] == [clause]


def test_irregular_pasts_come_from_the_lexicon() -> None:
    forms = reported.past_forms()
    assert {"grew", "sought", "withdrew", "held", "made", "cut", "can"} <= forms
    # A participle in "-n" is not a past tense; regular pasts are read by their "-ed" ending.
    assert not {"taken", "shown", "been", "walked"} & forms


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("said record profits earlier this year", False),
        ("said new models for the first time", False),
        ("said new models were still selling", True),
        ("said it had already left", True),
    ],
)
def test_an_adverb_is_no_verb_of_a_clause(text: str, clause: bool) -> None:
    # Adverbs that stand between a subject and its verb ("also", "earlier", "first") are read back from a cue
    # but are no verb: the words after "said" are a clause only when a verb or an auxiliary follows.
    toks = reported._tokens(text, 0, len(text))
    assert reported._finite_follows(toks, 1) is clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Many of the local party leaders who would rather be working now said they were tired.",
            ("they were tired", "Many of the local party leaders", "said"),
        ),
        (
            "Some of the nurses who spoke to reporters said the ward had closed.",
            ("the ward had closed", "Some of the nurses", "said"),
        ),
        ("Farmers who are angry say the levy is unfair.", ("the levy is unfair", "Farmers", "say")),
    ],
)
def test_a_relative_clause_with_no_name_before_the_cue_leaves_its_head_the_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    # The words right before the cue are the clause's verb phrase, no subject: the phrase the clause modifies is.
    assert reports(text) == [expected]


def test_a_cue_inside_a_relative_clause_keeps_the_clause_subject() -> None:
    # "the minister said" inside "which …" is the clause's own subject and verb: no report of the plan.
    assert reports("It was the plan which the minister said had failed.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Several councils have started asking whether the levy is fair.", "Several councils"),
        ("The residents kept saying the bridge was unsafe.", "The residents"),
        ("Two unions began warning that the mill would close.", "Two unions"),
    ],
)
def test_an_aspect_verb_before_a_participle_cue_is_part_of_its_verb(text: str, source: str) -> None:
    # "have started asking": the participle is the object of "started", whose subject speaks; the verb is no
    # part of the source.
    assert [r[1] for r in reports(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Hale's efforts to draw the rebels into talks have failed, with the rebels saying they will fight.",
            "the rebels",
        ),
        ("The vote was close, with Sen. Ann Cole warning that the bill would fail.", "Sen. Ann Cole"),
    ],
)
def test_an_absolute_with_clause_has_its_own_speaker(text: str, source: str) -> None:
    # "with X saying …": the noun phrase after "with" is the participle's subject, not the sentence's subject
    assert [r[1] for r in reports(text)] == [source]


def test_a_participle_after_a_comma_still_reads_the_sentence_subject() -> None:
    assert [r[1] for r in reports("The mayor continued, saying the bridge was unsafe.")] == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Two of the drivers, who asked not to be named, said the depot had closed.", "Two of the drivers"),
        ("The councillor, who represents a ward in the north, said the depot had closed.", "The councillor"),
    ],
)
def test_a_description_before_a_relative_clause_in_commas_is_the_subject(text: str, source: str) -> None:
    # As a name before ", who …," is ("Jane Roe, who …, said"), a description opening the sentence is its subject.
    assert [r[1] for r in reports(text)] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The papers report that the mayor has resigned.", ("the mayor has resigned", "The papers", "report")),
        ("Supporters claim that the count was rigged.", ("the count was rigged", "Supporters", "claim")),
    ],
)
def test_a_base_form_after_a_plural_noun_and_before_that_is_a_verb(text: str, expected: tuple[str, str, str]) -> None:
    # "report", "claim" after a plural agree with it as its verb; a "that" opening a clause follows.
    assert reports(text) == [expected]


def test_a_noun_like_cue_before_a_relative_that_stays_a_noun() -> None:
    # "the sales report that was leaked": "that" opens a relative clause with its verb, the cue is a noun.
    assert reports("The sales report that was leaked showed a loss.") == []


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Each pair of straight quotation marks in a text, as the quote finder hands them on (opening mark to past the
    closing one)."""
    marks = [i for i, c in enumerate(text) if c == '"']
    return list(zip(marks[::2], [m + 1 for m in marks[1::2]]))


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            'Jobs announced that the "Lion" release will include a desktop App Store.',
            'the "Lion" release will include a desktop App Store',
        ),
        (
            'He said the store would open for the current OS "Snow Leopard" within 90 days.',
            'the store would open for the current OS "Snow Leopard" within 90 days',
        ),
        (
            'The so-called "death grip" has not been an issue for other phones, said Mike Gikas.',
            'The so-called "death grip" has not been an issue for other phones',
        ),
    ],
)
def test_a_clause_holding_a_quoted_name_is_still_a_report(text: str, clause: str) -> None:
    # A product or a term in quotation marks is nobody's words: the clause around it is the report.
    got = reported.find_reported(text, [(0, len(text))], _quoted_spans(text))
    assert [text[r.start : r.end] for r in got] == [clause]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            'The agency said lenders must pass certain "stress tests." Results follow.',
            'lenders must pass certain "stress tests',
        ),
        (
            'Officials told reporters that the "panic button" app is being built.',
            'the "panic button" app is being built',
        ),
        (
            'She said buyers would get a free case, or "bumper," to fix it.',
            'buyers would get a free case, or "bumper," to fix it',
        ),
        (
            'Critics say users should hold out for the first "point" release.',
            'users should hold out for the first "point" release',
        ),
    ],
)
def test_a_clause_holding_a_quoted_lower_case_term_is_still_a_report(text: str, clause: str) -> None:
    # A term by its shape (a noun modifying the noun after the marks, a noun head after an adjective or ", or"
    # outside them) is nobody's words: the annotators mark it nonspeech and the clause indirect.
    got = reported.find_reported(text, [(0, len(text))], _quoted_spans(text))
    assert [text[r.start : r.end] for r in got] == [clause]


@pytest.mark.parametrize(
    "text",
    [
        'He said the plan was "a disaster" for the town.',
        'She said the ruling was "deeply unfair" to tenants.',
        'He said the deal was "the best we could get."',
        'He said the mayor would "reassure" residents soon.',
        'He said the plan was a "disaster."',
    ],
)
def test_a_clause_holding_a_lower_case_fragment_of_speech_is_the_fragments(text: str) -> None:
    # A determiner inside the marks or before a lone noun, an adjective or a verb at the end: words said, whose
    # partial quote carries the report.
    assert reported.find_reported(text, [(0, len(text))], _quoted_spans(text)) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            'The network said new episodes of ""Harbour Lights"" will not return until next spring.',
            'new episodes of ""Harbour Lights"" will not return until next spring',
        ),
        (
            'Producers said Ann Lee will team up with director Tom Gale on ""Paper Lanterns.""',
            'Ann Lee will team up with director Tom Gale on ""Paper Lanterns',
        ),
    ],
)
def test_a_clause_holding_a_name_in_doubled_csv_marks_is_still_a_report(text: str, clause: str) -> None:
    # A spreadsheet export doubles the marks; the quote finder hands on the first mark of each pair as the quote's.
    marks = [i for i in range(len(text)) if text.startswith('""', i) and (i == 0 or text[i - 1] != '"')]
    got = reported.find_reported(text, [(0, len(text))], [(marks[0], marks[1] + 1)])
    assert [text[r.start : r.end] for r in got] == [clause]


@pytest.mark.parametrize(
    "text",
    [
        'He said the plan was "a disgrace" and should be dropped.',
        'She said the offer provided "significant value" for shareholders.',
        '"Never Again", he said of the plan.',
    ],
)
def test_a_clause_holding_a_quoted_fragment_of_speech_is_the_fragments(text: str) -> None:
    # A fragment of what was said carries the report as a partial quote (the guidelines: one record); a capitalised
    # quote that opens the sentence before a comma is a quote of its own, not a name inside a clause.
    assert reported.find_reported(text, [(0, len(text))], _quoted_spans(text)) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Police urged residents never to approach the animal.", "never to approach the animal"),
        ("He said not to worry about the delay.", "not to worry about the delay"),
        ("Apple told customers to hold the phone differently.", "to hold the phone differently"),
    ],
)
def test_a_negated_infinitive_keeps_its_negation(text: str, clause: str) -> None:
    # What was asked is "never to approach": the addressee is skipped, the negation is not.
    assert [c for c, _, _ in reports(text)] == [clause]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Humphrey, who calls Trump a "sociopath," said he does not believe the effort will work.',
            ("he does not believe the effort will work", "Humphrey", "said"),
        ),
        (
            'Gilley, author of the article "The Case for Colonialism," argued that the empire was benevolent.',
            ("the empire was benevolent", "Gilley", "argued"),
        ),
        (
            'Jobs dismissed the existence of an "Antennagate," saying that similar problems plague all phones.',
            ("similar problems plague all phones", "Jobs", "saying"),
        ),
    ],
)
def test_a_short_quote_inside_the_subject_does_not_hide_it_from_the_cue(
    text: str, expected: tuple[str, str, str]
) -> None:
    # The closing mark before the cue is no quote the cue introduces: the subject is before the quote.
    got = reported.find_reported(text, [(0, len(text))], _quoted_spans(text))
    assert [
        (text[r.start : r.end], text[r.source[0] : r.source[1]] if r.source else None, text[r.cue[0] : r.cue[1]])
        for r in got
    ] == [expected]


def test_a_quote_the_cue_introduces_keeps_its_marks() -> None:
    # '"We will win," said Smith': the quote opens the sentence; nothing after the cue is reported.
    text = '"We will win," said Smith, who leads the party.'
    assert reported.find_reported(text, [(0, len(text))], _quoted_spans(text)) == []


def test_a_relative_clause_report_ends_before_the_main_clause_cue() -> None:
    # The comma before "said" closes the relative clause: its report ends there, and the main clause reports too.
    text = "Mullin, a senator who said he backs more aid if it is tied to border policy, said the talks went well."
    assert [(c, s) for c, s, _ in reports(text)] == [
        ("he backs more aid if it is tied to border policy", "a senator"),
        ("the talks went well", "Mullin"),
    ]


@pytest.mark.parametrize(("low", "stem"), [("he's", "he"), ("we've", "we"), ("they'd", "they"), ("she", "she")])
def test_a_contracted_pronoun_reads_as_its_pronoun(low, stem) -> None:
    assert reported.pronoun_stem(low) == stem


@pytest.mark.parametrize(
    "text",
    [
        # "the authorised biography": an -ed word after an article is an adjective before its noun, so what was
        # written is a noun phrase, no report
        pytest.param(
            "The book was praised by Jane Smith, who wrote the authorised biography of the singer.", id="ed-adjective"
        ),
        pytest.param(
            "Officials at the firm wrote the revised rules for new staff, and the union agreed.", id="ed-adjective-2"
        ),
        # "are all predicted to": the copula still makes the participle a passive; the subject is not who spoke
        pytest.param(
            "Chennai and Mumbai are all predicted to reach temperatures of 34 degrees.", id="floating-quantifier"
        ),
        pytest.param("The two men were both told to leave the room.", id="floating-quantifier-2"),
    ],
)
def test_reports_nothing(text: str) -> None:
    assert reports(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith said the revised plan would cut costs.", ("the revised plan would cut costs", "Smith", "said")),
        ("He said some argued the plan was dead.", ("some argued the plan was dead", "He", "said")),
    ],
)
def test_an_ed_word_after_a_clause_subject_is_still_a_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert reports(text) == [expected]


@pytest.mark.parametrize(
    ("text", "cue", "shape"),
    [
        # "that" past the comma closing the cue's own words is another clause's subject, not the cue's "that".
        ("It would not be means tested, say the Tories, because that would create more bureaucracy.", "say", "object"),
        ("The talks failed, Smith told reporters that a deal was still possible.", "told", "that"),
    ],
)
def test_a_that_tail_is_read_in_the_cues_own_words(text: str, cue: str, shape: str) -> None:
    toks = reported._tokens(text, 0, len(text))
    k = next(i for i, t in enumerate(toks) if t.low == cue)
    assert reported._tail_shape(toks, k) == shape


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The next few model runs will be very telling about what the storm might do.", []),
        ("The most telling sign was that the firm had stopped hiring.", []),
        ("It was a most promising start, the coach said.", [("It was a most promising start", "the coach", "said")]),
        # "so" also joins clauses: the -ing word after it is a cue
        ("The minister walked out, so saying the deal was dead.", [("the deal was dead", None, "saying")]),
    ],
)
def test_an_ing_word_after_a_degree_adverb_is_an_adjective(text: str, expected: list) -> None:
    assert reports(text) == expected


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("She's said she gets her ideas from the street.", "she gets her ideas from the street"),
        ("She's told reporters the plan failed.", "the plan failed"),
    ],
)
def test_a_pronoun_with_a_contracted_has_reports(sentence: str, content: str) -> None:
    """ "He's said …" is "he has said …": a report of the pronoun's antecedent, not a possessive before a noun."""
    text = f"Headline\n\nJane Smith is a painter. {sentence}\n"
    rows = analysis.analyze(text).quotes
    assert list(zip(rows["text"], rows["speaker"])) == [(content, "Jane Smith")]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Jane Smith, who's said the plan would fail, spoke on Monday.", "the plan would fail"),
        ("Jane Smith, who\u2019s told reporters the plan would fail, spoke on Monday.", "the plan would fail"),
    ],
)
def test_who_with_a_contracted_has_reports_for_the_name_before_it(sentence: str, content: str) -> None:
    """ "X, who's said …" is "who has said": a relative clause's report by the name before it."""
    rows = analysis.analyze(f"Headline\n\n{sentence}\n").quotes
    assert list(zip(rows["text"], rows["speaker"])) == [(content, "Jane Smith")]


def test_it_is_said_stays_a_passive_without_a_source() -> None:
    assert analysis.analyze("Headline\n\nIt's said that the king is ill.\n").quotes.empty


@pytest.mark.parametrize(
    ("low", "plural", "pronoun_has", "expected"),
    [
        ("trump's", False, True, True),  # an owner's "'s"
        ("it's", False, True, True),  # "it's said" stays a passive: only he/she/who's "'s" is "has"
        ("who's", False, True, False),  # "who's said" = "who has said"
        ("he's", False, True, False),  # "he's said" = "he has said": the cue after it is a verb
        ("he's", False, False, True),  # read where a phrase ends, every "'s" counts
        ("ministers'", False, True, False),  # a plural's "s'" only with ``plural``
        ("ministers'", True, False, True),
        ("james", True, False, False),
    ],
)
def test_one_possessive_reading_with_its_two_options(low: str, plural: bool, pronoun_has: bool, expected: bool) -> None:
    """One string-level reading of a possessive serves the cue finder (a pronoun's "'s" is "has") and the speaker
    stage's phrase ends (a plural's "s'" too)."""
    assert reported.possessive(low, plural=plural, pronoun_has=pronoun_has) is expected


def test_per_sentence_subject_memos_answer_as_a_fresh_read() -> None:
    """speed31b's per-sentence memos (``_loose_subject``, ``_subject`` on a ``_Sentence``) give the answer of a
    plain token list, which is read afresh, and each sentence keeps its own memo (a cue at the same index of
    another sentence has another subject)."""
    texts = ("Anna Lee said the plan was sound.", "Lee also said the plan was late.")
    sentences = [reported._tokens(text, 0, len(text)) for text in texts]
    for toks in sentences:
        for k in range(len(toks)):
            for _ in range(2):  # (the second ask reads the memo)
                assert reported._loose_subject(toks, k) == reported._loose_subject(list(toks), k)
                assert reported._subject(toks, k) == reported._subject(list(toks), k)
    first, second = sentences
    assert first.subjects is not second.subjects and first.checked is not second.checked
    said = 2  # ("said" is token 2 of both)
    assert [reported._subject(toks, said) for toks in sentences] == [(0, 2), (0, 1)]


def test_a_document_a_participle_modifies_is_no_source() -> None:
    # "published in", "cited in", "filed Thursday": the names after the participle are where the document appeared
    # or who cited it; the phrase is still a document, no one who speaks.
    assert reports("According to a study published in Harwell Review, most ferries run late.") == []
    assert reports("According to a survey cited in the Tobel report, most ferries run late.") == []
    assert reports("A study published in Harwell Review suggests that most ferries run late.") == []
    # Its author after "by" stays the source, and a participle with an object is the sentence's verb.
    got = reports("According to a survey released by Harwell Council, most ferries run late.")
    assert got == [("most ferries run late", "Harwell Council", "According to")]
    # A news report so modified is the press, cited as a paper is.
    got = reports("A news report published Wednesday said the ferry would stop in May.")
    assert [(c, s) for c, s, _ in got] == [("the ferry would stop in May", "A news report published Wednesday")]


@pytest.mark.parametrize(
    "text",
    [
        "According to a Harwell Council notice, the ferry will stop in May.",
        "According to a police database, 300 ferries ran late.",
        "The ransom note warns that the files will be lost after three days.",
    ],
)
def test_notices_databases_and_notes_are_documents(text: str) -> None:
    # A notice, a database or a note is a document: alone it quotes nobody (and "note" before "warns" is its
    # subject, no cue of its own).
    assert reports(text) == []


def test_a_noun_cue_before_a_reporting_verb_is_its_subject() -> None:
    got = reports("The Tobel report states that the ferry lost power.")
    assert got == []  # (a document, as "the report states" is)
    got = reports("Analysts note that the ferry lost power.")
    assert got == [("the ferry lost power", "Analysts", "note")]
    got = reports("The spokesman said reported cases rose.")
    assert got == [("reported cases rose", "The spokesman", "said")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Prelogar was an assistant arguing cases before the judges and was later sent to Harwell.", "arguing"),
        ("She was an assistant arguing minor cases before the judges, and was later sent to Harwell.", "arguing"),
        ("The official was talking about one town, but he summed up the storm.", "talking"),
    ],
)
def test_an_object_before_a_second_predicate_is_no_clause(text: str, cue: str) -> None:
    # The finite verb after "and was" / ", and was" / ", but he" is a second predicate's or clause's: the words
    # after the cue are its object (or its topic), not a reported clause.
    at = text.index(cue)
    shapes = {
        f
        for group in reported.candidates(text, [(0, len(text))])
        for rep, feats in group
        if rep.cue[0] == at and "reading=lead" in feats
        for f in feats
        if f.startswith("content=")
    }
    assert shapes and "content=clause" not in shapes


def test_a_clause_keeps_its_verb_across_an_aside() -> None:
    # A verbless aside (", while troublesome,") joins no clause; an adverbial opening ("on Twitter, as it happens")
    # is read past.
    got = reports("He also says the scandal, while troublesome, was dealt with properly.")
    assert got == [("the scandal, while troublesome, was dealt with properly", "He", "says")]
    got = reports("The minister said the plan and its costs were wrong.")
    assert got == [("the plan and its costs were wrong", "The minister", "said")]


def test_a_participle_inside_an_according_phrase_is_no_cue() -> None:
    # "posted" modifies the source's document; a name after the participle (a weekday) is when it appeared.
    text = "The panel will meet in May, according to a Harwell Council notice for the meeting posted Wednesday."
    assert reports(text) == []
    got = reports("The panel will meet in May, according to Harwell officials quoted by Reuters.")
    assert got == [("The panel will meet in May", "Harwell officials quoted by Reuters", "according to")]
    # A participle with an object is the sentence's verb, not a modifier of the document.
    got = reports("A Harwell poll showed a majority of registered Tobel voters say the ferry should stop.")
    assert [c for c, _, _ in got] == ["the ferry should stop"]


@pytest.mark.parametrize(
    "text",
    [
        "Repeat observations could allow scientists to learn about the blasts.",
        "Labels such as Harwell and Tobel are now commanding high prices.",
        "Reports of a ferry strike have been denied by Harwell Council.",
    ],
)
def test_a_base_or_s_form_opening_a_sentence_is_no_cue(text: str) -> None:
    # A plural noun ("Labels", "Reports") or a command ("Repeat …"): no subject before it to be a speaker.
    assert reports(text) == []


def test_a_participle_opening_a_sentence_still_reports() -> None:
    got = reports("Asked about the plan, Smith said it would fail.")
    assert [(c, s) for c, s, _ in got] == [("it would fail", "Smith")]
    got = reports("Speaking on Monday, Smith said it would fail.")
    assert [(c, s) for c, s, _ in got] == [("it would fail", "Smith")]


@pytest.mark.parametrize(
    "text",
    [
        "Wikipedia is a resource written and edited by people around the world.",
        "The increase was better than analysts had predicted, and the stock rose to a high.",
        "Photos of the arrest were quickly posted and reposted online.",
    ],
)
def test_what_follows_a_cue_with_and_is_no_content(text: str) -> None:
    # "and"/"or" after the cue joins a second verb or clause to it: nothing was reported there.
    assert reports(text) == []


def test_an_attributive_participle_after_and_joins_no_clause() -> None:
    # ", and his alleged deputy …" holds no finite verb ("alleged" after a possessive is an adjective), so the
    # relative clause's report is read as before.
    text = (
        "The regulator filed charges against James Tobel, who it says headed the firm's sales operations, "
        "and his alleged deputy Robert Harwell."
    )
    assert [c.split(",")[0] for c, _, _ in reports(text)] == ["headed the firm's sales operations"]


@pytest.mark.parametrize(
    "text",
    [
        "The Tobel report, drawing on census data, said most ferries run late.",
        "The research, carried out by Jane Doe, says most ferries run late.",
        "A previous estimate, contained in a 2001 council paper, suggested most ferries run late.",
    ],
)
def test_a_document_behind_an_aside_is_no_source(text: str) -> None:
    # The phrase before the aside is the cue's subject: a document, as in "the report said", quotes nobody.
    assert reports(text) == []


def test_a_name_behind_an_aside_still_speaks() -> None:
    got = reports("Jane Doe, speaking at a rally in Harwell, said most ferries run late.")
    assert got == [("most ferries run late", "Jane Doe", "said")]
    # A participle's subject is its sentence's, and an opening adverbial holding a document is no subject.
    got = reports("Despite the polls, Jane Doe was ready, quickly reminding voters that the ferry had sunk.")
    assert [c for c, _, _ in got] == ["the ferry had sunk"]


@pytest.mark.parametrize(
    "text",
    [
        "The data protection watchdog, which fined the firm, said the breach was serious.",
        "The records office, run by the council, said the breach was serious.",
        "The Ferry Research charity, based in Harwell, said the breach was serious.",
    ],
)
def test_a_document_word_modifying_a_bodys_noun_before_an_aside_still_speaks(text: str) -> None:
    # "data", "records", "Research" modify the phrase's head, a body's noun: no document behind the aside.
    assert [c for c, _, _ in reports(text)] == ["the breach was serious"]


def test_a_relative_clause_verb_makes_no_clause() -> None:
    # The verb after "which"/"who" is the relative clause's own: the words are a noun phrase, no clause reported.
    toks = reported._tokens(*(lambda t: (t, 0, len(t)))("Smith conceded a goal which the referee awarded late."))
    assert not reported._finite_follows(toks, 2)
    # A clause's own verb after the relative clause still makes one.
    got = reports("Smith said the man who was arrested was innocent.")
    assert got == [("the man who was arrested was innocent", "Smith", "said")]
    got = reports("Smith said the ferry which runs at night would stop in May.")
    assert got == [("the ferry which runs at night would stop in May", "Smith", "said")]


@pytest.mark.parametrize(
    "text",
    [
        "When it was first announced some critics thought the ferry was too slow.",
        "The rise is partly explained by the fact that ferries run late.",
        "Passengers are being told that the ferry will stop in May.",
    ],
)
def test_a_passive_past_an_adverb_or_being_reports_nothing(text: str) -> None:
    # "was first announced", "is partly explained", "are being told": the subject is not who speaks, and "the
    # fact that …" is the noun's own clause, no agent's words.
    assert reports(text) == []


def test_a_passive_agent_past_an_adverb_still_speaks() -> None:
    got = reports("Smith was later told by the board that the ferry would stop.")
    assert got == [("the ferry would stop", "the board", "told")]


def test_a_participle_after_a_comma_with_only_a_time_is_no_report() -> None:
    # ", announced last November": a participle on the noun before the comma, no inverted subject after it.
    assert reports("The new ferry will be the basis for a cargo version, announced last November.") == []
    got = reports("The ferry will stop in May, said Jane Doe.")
    assert got == [("The ferry will stop in May", "Jane Doe", "said")]
    got = reports("The ferry will stop in May, a spokeswoman, Jane Doe, said on Monday, and fares will rise.")
    assert [c.startswith("The ferry will stop in May") for c, _, _ in got] == [True]  # (a subject before the cue)


@pytest.mark.parametrize("when", ["on Monday", "yesterday", "on Monday morning"])
def test_an_inverted_subject_after_a_time_still_speaks(when: str) -> None:
    # ", said on Monday the union's leader": the time, then the inverted subject: a report, not a participle.
    got = reports(f"The ferry will stop in May, said {when} the union's leader, Tom Reed.")
    assert [c for c, _, _ in got] == ["The ferry will stop in May"]


def test_an_object_before_a_subordinate_clause_is_no_clause() -> None:
    # "as Harwell kept …" opens a clause of its own: the words before it are the cue's object, no report.
    assert reports("Jon Doe added four tries as Harwell kept their fine start to the season.") == []
    # A clause before the subordinator, and "as" in a comparison, still report.
    got = reports("Jon Doe said fares would rise as fuel costs climbed.")
    assert got == [("fares would rise as fuel costs climbed", "Jon Doe", "said")]
    got = reports("Jon Doe said Acme as well as Ferrico were bidding.")
    assert got == [("Acme as well as Ferrico were bidding", "Jon Doe", "said")]


def test_let_us_say_is_the_writer() -> None:
    # "Let us say …": the writer's own words, as "we said" is.
    assert reports("Let us say then that the ferry is not perfect.") == []


@pytest.mark.parametrize(
    "text",
    [
        "According to the Harwell Gazette, quoting the local council, the ferry will stop in May.",
        "According to Jane Doe, an economist at the port, the ferry will stop in May.",
        "According to Jane Doe, who was born in Harwell, the ferry will stop in May.",
    ],
)
def test_an_aside_on_the_according_to_source_is_no_content(text: str) -> None:
    # The description, relative clause or participle after the source is the source's, not what it reported.
    assert [c for c, _, _ in reports(text)] == ["the ferry will stop in May"]


def test_the_subject_of_the_according_to_clause_keeps_its_aside() -> None:
    got = reports("According to police, a man, 35, was arrested at the port.")
    assert [c for c, _, _ in got] == ["a man, 35, was arrested at the port"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferries run according to rules devised by the harbour master.",
        "The new guidelines say that ferries must slow down near the port.",
        "According to the initial schedule published Thursday, the ferry will stop in May.",
    ],
)
def test_rules_guidelines_and_schedules_are_documents(text: str) -> None:
    # What rules, guidelines or a schedule lay down is nobody's speech, as with "the report said".
    assert reports(text) == []


def test_a_noun_like_cue_after_a_preposition_is_a_noun() -> None:
    # "despite calls", "with recalls": a noun (no verb follows a preposition but "to"), so no speaker's report.
    assert reports("The ferry will run on, despite calls for the council to close it.") == []
    got = reports("Jane Doe calls for the council to close the ferry.")
    assert [(c, s) for c, s, _ in got] == [("for the council to close the ferry", "Jane Doe")]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Jane Doe, who has accused the council of lying, may stand for mayor next year.", "the council of lying"),
        ("The ferry plan, which Jane Doe has said was a big mistake, was dropped in May.", "was a big mistake"),
        (
            "Jane Doe, who said the ferry, the bus and the tram were unsafe, has resigned.",
            "the ferry, the bus and the tram were unsafe",
        ),
    ],
)
def test_a_report_in_a_relative_clause_ends_where_the_clause_closes(text: str, clause: str) -> None:
    # The comma and the finite verb after it go back to the main clause: its predicate is not what was said.
    assert [c for c, _, _ in reports(text)] == [clause]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "The minister, who said the ferry plan, if approved, would cut costs, was booed.",
            "the ferry plan, if approved, would cut costs",
        ),
        (
            "Jane Doe, who said fares, which rose sharply last year, will fall, is an economist.",
            "fares, which rose sharply last year, will fall",
        ),
    ],
)
def test_an_aside_in_the_content_does_not_close_the_relative_clause(text: str, clause: str) -> None:
    # The last comma before a finite verb closes the relative clause; an earlier one closes an aside in the content.
    assert [c for c, _, _ in reports(text)] == [clause]


def test_a_relative_clause_inside_the_content_stays() -> None:
    got = reports("Jane Doe said the ferry, which runs at night, would stop in May.")
    assert [c for c, _, _ in got] == ["the ferry, which runs at night, would stop in May"]
    # An aside inside a said-clause is no close: the content's verb follows it.
    got = reports("Jane Doe, who said the two men, and Lee in particular, must do more, has resigned.")
    assert [c for c, _, _ in got] == ["the two men, and Lee in particular, must do more"]


def test_all_told_opening_a_sentence_is_no_cue() -> None:
    # "All told," is "in all": no one told anything.
    assert reports("All told, the charity raised $3 million in March.") == []
    assert reports("All told, about 40 families could lose their homes.") == []
    assert reports("They were all told that the road would close.") != []


def test_a_report_in_a_relative_clause_without_a_pronoun() -> None:
    # The cue's subject stands after "what" or after the noun the clause modifies, and the reported clause opens
    # with its verb: the gap is its subject ("a move ministers say should …").
    assert [(c, s) for c, s, _ in reports("He pointed to what he said were the failures of the old board.")] == [
        ("were the failures of the old board", "he")
    ]
    assert [(c, s) for c, s, _ in reports("The fine follows a probe the agency said was still under way.")] == [
        ("was still under way", "the agency")
    ]
    # A fronted phrase ends at its comma; the main clause's report after it is its own.
    got = reports("In a step ministers say should keep fares low, the mayor said the tax would go.")
    assert [(c, s) for c, s, _ in got] == [("should keep fares low", "ministers"), ("the tax would go", "the mayor")]
    # The phrase opening its clause is the subject of the verb after the cue, whose gap is its object.
    assert reports("While not everything Smith says is true, the poll showed a shift.") == []
    assert reports("Much of what he says is true.") == []


def test_a_participle_reports_for_the_subject_of_the_clause_it_hangs_on() -> None:
    # A present-tense verb ends the subject ("remain", "reject"), not a noun the lexicon also reads as a verb.
    assert [(c, s) for c, s, _ in reports("The unions remain angry, claiming that the deal will cost jobs.")] == [
        ("the deal will cost jobs", "The unions")
    ]
    assert [(c, s) for c, s, _ in reports("The rescue teams worked all night, saying the odds were poor.")] == [
        ("the odds were poor", "The rescue teams")
    ]
    # "by" (means), "after" and "while" (time) open a participle as a comma does.
    assert [(c, s) for c, s, _ in reports("Jane Smith ended the speech by saying she would stand again.")] == [
        ("she would stand again", "Jane Smith")
    ]
    # After ", but" the second main clause's subject speaks, not the first's.
    got = reports("It was quickly denied, but the unions remain angry, claiming that the deal will cost jobs.")
    assert [(c, s) for c, s, _ in got] == [("the deal will cost jobs", "the unions")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The last name of a serial list is no clause's subject: the list's own clause speaks.
        ("The mayor met Vale, Quint, and Moss on Friday, saying the talks had been useful.", "The mayor"),
        ("Councillors Vale, Quint, and Moss opposed the plan, saying it would raise rents.", "Councillors Vale"),
        # A contraction holds the first clause's verb: the clause after ", but" still speaks.
        ("It's a long shot, but Moss was in Leeds on Monday, saying voters would back her.", "Moss"),
    ],
)
def test_a_serial_list_before_a_participle_is_no_clause(text: str, source: str) -> None:
    assert [s for _, s, _ in reports(text)] == [source]


def test_a_discourse_adverbial_between_a_subject_and_its_cue_is_skipped() -> None:
    # ", however," / ", for his part," set off by commas is no appositive: the subject is read before it.
    got = reports("Managers at several steel mills, however, said that prices would rise.")
    assert [(c, s) for c, s, _ in got] == [("prices would rise", "Managers at several steel mills")]
    got = reports("The minister, for his part, said that the plan would go ahead.")
    assert [(c, s) for c, s, _ in got] == [("the plan would go ahead", "The minister")]
    # An appositive stays one: the name before it speaks.
    got = reports("Jane Roe, a local councillor, said the plan would go ahead.")
    assert [(c, s) for c, s, _ in got] == [("the plan would go ahead", "Jane Roe")]


def test_a_missed_break_after_an_abbreviation_is_found_before_an_opener_only() -> None:
    # (speed33: the openers are found first, then the abbreviation before each; same indices as a full scan)
    text = "The firm moved to the U.S. He says the U.S. economy grew. It is fine."
    toks = reported._tokens(text, 0, len(text))
    assert reported._breaks(toks) == [5]  # after the first "U.S." ("He" opens a sentence), not the second
    assert reported._breaks(list(toks)) == [5]  # a plain token list reads the same
    assert reported.pronoun_stem("she's") == "she" and reported.pronoun_stem("plain") == "plain"
    # ... also with a discourse adverbial after the appositive; after an opening adverbial the subject follows it.
    got = reports("Jane Roe, a local councillor, however, said the plan would go ahead.")
    assert [(c, s) for c, s, _ in got] == [("the plan would go ahead", "Jane Roe")]
    got = reports("In Leeds, local officials, however, said the plan would go ahead.")
    assert [(c, s) for c, s, _ in got] == [("the plan would go ahead", "local officials")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As the Daily Planet reported just today, the council issued new rules for the port.",
            ("the council issued new rules for the port", "the Daily Planet", "reported"),
        ),
    ],
)
def test_an_adverb_before_a_day_or_a_name_closing_an_adverbial_is_no_content(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert reports(text) == [expected]


def test_a_name_closing_an_adverbial_is_no_content() -> None:
    # The candidate's content starts after the comma that closes "in a column on Daily Planet News", not inside the
    # name.  (Whether the model keeps "as Jane Doe points out, …" is its own call: after the round-34 refit the
    # reading scores just under the threshold, as the plain "as Jane Doe points out, …" does.)
    from analysis.quotes import quote_blocks

    text = "T\n\nBut as Jane Doe points out in a column on Daily Planet News, doing interviews gives the mayor an edge."
    art = analysis.read_article(text)
    spans = [art.text[r.start : r.end] for group in reported.candidates(art.text, quote_blocks(art)) for r, _ in group]
    assert spans == ["doing interviews gives the mayor an edge"]


def test_an_s_form_after_a_singular_noun_and_before_a_subject_is_a_verb() -> None:
    # "The candidate claims his …": the noun-like cue agrees with the singular subject before it
    assert reports("The candidate claims his net worth is over ten billion dollars.") == [
        ("his net worth is over ten billion dollars", "The candidate", "claims")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The candidate claims were rejected by the court.",
        "The insurance claims process was slow.",
        # (review34) a noun phrase with no verb after it is the -s form's object, no clause's subject
        "The council reports the figures every spring.",
    ],
)
def test_an_s_form_after_a_singular_noun_before_a_verb_or_noun_stays_a_noun(text: str) -> None:
    assert reports(text) == []


def test_a_that_after_a_participle_of_speech_is_the_participles_not_the_earlier_verbs() -> None:
    # "urged … to act, saying that …": the clause after "that" is what was said, not what was urged
    assert reports("Critics urged the board to act, saying that the town was broke.") == [
        ("the board to act", "Critics", "urged"),
        ("the town was broke", "Critics", "saying"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics decried John Roe's repeated calls to ban all imports.", ("to ban all imports", "John Roe", "calls")),
        (
            "Jane Doe has gained ground with her promise to build a bridge between the towns.",
            ("to build a bridge between the towns", "her", "promise"),
        ),
        (
            "Fans cheered the Labour candidate's vow to cut fares for everyone.",
            ("to cut fares for everyone", "the Labour candidate", "vow"),
        ),
    ],
)
def test_an_owned_noun_of_a_request_or_promise_reports_its_infinitive(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert reports(text) == [expected]


def test_a_noun_of_a_request_with_no_owner_reports_nothing() -> None:
    assert reports("The plan to build a bridge between the towns was rejected.") == []


def test_a_described_owner_of_a_promise_is_the_person_it_describes() -> None:
    text = "Headline\n\nThe candidate, Jane Doe, spoke in Leeds. Fans cheered the candidate's vow to cut fares for everyone.\n"
    rows = analysis.analyze(text).quotes
    assert list(zip(rows["text"], rows["speaker"])) == [("to cut fares for everyone", "Jane Doe")]


def test_an_unnamed_described_owner_is_named_without_its_possessive_ending() -> None:
    text = "Headline\n\nVoters doubted the senator's repeated claims that taxes would fall.\n"
    rows = analysis.analyze(text).quotes
    assert list(zip(rows["text"], rows["speaker"])) == [("taxes would fall", "the senator")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her promise to build a bridge between the towns was popular with voters.",
            ("to build a bridge between the towns", "Her", "promise"),
        ),
        ("Jane Doe's pledge to raise and cut fares was mocked.", ("to raise and cut fares", "Jane Doe", "pledge")),
    ],
)
def test_an_owned_infinitive_in_subject_position_ends_before_the_main_verb(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert reports(text) == [expected]


def test_a_titled_agent_after_by_owns_the_noun_of_speech() -> None:
    assert reports("The mayor took aim at comments by Labour council leader Jane Doe that the port might close.") == [
        ("the port might close", "Labour council leader Jane Doe", "comments")
    ]


def test_a_long_agent_with_a_verb_owns_no_noun_of_speech() -> None:
    assert reports("The 2012 request by the group was sparked by the discovery that the files were lost.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebel group claimed responsibility for the raid on the depot.",
        "Ms Grant claimed victory in the race for the seat on Tuesday.",
        "Jones claimed the title with a win over Smith in the final.",
        "The flood claimed the lives of twelve people in the valley.",
        # (rep36) a thing ordered: a command or a purchase, no reported clause
        "The council has ordered an inquiry into the collapse of the bridge.",
        "The general ordered the destruction of the rebel airstrip.",
    ],
)
def test_a_thing_claimed_is_no_report(text: str) -> None:
    assert reports(text) == []


def test_an_order_with_a_clause_or_an_addressee_is_a_report() -> None:
    assert reports("The mayor ordered that all parks be closed.") == [("all parks be closed", "The mayor", "ordered")]
    assert [c for c, _, _ in reports("The judge ordered the bakery to pay damages.")] == ["the bakery to pay damages"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the retailer reported a third-quarter loss of $4.2 million, or 9 cents a share.",
        "Acme posted record profits of $51m last year, and is opening new stores.",
        "The carmaker reported a $2.3 billion annual loss, although it has not asked for aid.",
        "Rival brewers announced their March sales today, most of them up on the year.",
        # a period's participle or a subordinate clause after the figures is no clause of the report
        "The brewer reported a loss of $7 million in the quarter ended March 31.",
        "The chain posted a profit of $3 billion for the year as rents fell.",
    ],
)
def test_a_companys_results_are_figures_not_a_report(text: str) -> None:
    assert reports(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("The retailer reported that sales fell 3% in the quarter.", "sales fell 3% in the quarter"),
        ("The bakery reported sales rose sharply in May.", "sales rose sharply in May"),
        ("The mayor announced her profits would go to the shelter.", "her profits would go to the shelter"),
        # that-less clauses whose subject's complement or time comes before the verb
        (
            "The bakery reported sales in its northern shops fell by a tenth.",
            "sales in its northern shops fell by a tenth",
        ),
        ("The toy maker announced profits at its Asian arm had doubled.", "profits at its Asian arm had doubled"),
        ("Shopkeepers reported sales on Sunday were the best in years.", "sales on Sunday were the best in years"),
        (
            "The minister announced sales of council land would start in June.",
            "sales of council land would start in June",
        ),
    ],
)
def test_a_clause_about_results_is_still_a_report(text: str, clause: str) -> None:
    assert [c for c, _, _ in reports(text)] == [clause]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry estimates that a fifth of the harvest is lost to pests.",
            ("a fifth of the harvest is lost to pests", "The ministry", "estimates"),
        ),
        (
            "He estimates the number of families displaced was close to 3,000.",
            ("the number of families displaced was close to 3,000", "He", "estimates"),
        ),
    ],
)
def test_an_estimate_aloud_is_a_report(text: str, expected: tuple[str, str, str]) -> None:
    assert reports(text) == [expected]


def test_an_agent_after_a_participle_is_no_candidate() -> None:
    # "proposed Friday by …": the participle modifies "requirements"; the phrase after it names who proposed them.
    text = "Shoppers will know more about what they buy under labeling requirements proposed Friday by the Consumer Safety Agency."
    assert [text[r.start : r.end] for group in reported.candidates(text, [(0, len(text))]) for r, _ in group] == []


def test_a_clause_after_a_by_phrase_is_still_a_report() -> None:
    text = "Aides argue that by the end of the month, the senator will have enough votes."
    assert [c for c, _, _ in reports(text)] == ["by the end of the month, the senator will have enough votes"]


def test_an_estimated_figure_is_no_report() -> None:
    assert reports("An estimated 3,000 people attended the fair in the park.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Fans mocked Jane Doe's threat to Portugal over the fishing rights.",
        "The coach's call to his agent lasted an hour.",
        "Her pledge to the miners of the valley moved the hall.",
        "The captain's call to arms rallied the squad.",
    ],
)
def test_a_noun_of_request_before_a_prepositions_to_reports_no_infinitive(text: str) -> None:
    # "to" before a name, a determiner, a pronoun or a plural noun is a preposition: nothing was promised or asked
    assert reports(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jones claimed the money was never paid.", "the money was never paid"),
        ("The party is claiming that the seat was stolen.", "the seat was stolen"),
        ("Smith has claimed to have won the vote.", "to have won the vote"),
        ("Lee claimed the count, which ended in May, was rigged.", "the count, which ended in May, was rigged"),
    ],
)
def test_a_clause_or_infinitive_claimed_is_still_a_report(text: str, expected: str) -> None:
    assert [clause for clause, _, _ in reports(text)] == [expected]


def test_a_thing_claimed_before_a_participle_adjunct_is_no_report() -> None:
    assert (
        reports("No group has claimed responsibility for the blast, leading police to ask whether it was a hoax.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The bank sent her repeated warnings that the loan was overdue.",
        "Officials made her promises to fix the roof before winter.",
    ],
)
def test_her_after_a_verb_of_giving_is_the_recipient_not_the_owner_of_the_noun_of_speech(text: str) -> None:
    # (review34) "gave her assurances that …": the assurances are the giver's, her the one who got them
    assert all(source != "her" for _, source, _ in reports(text))


def test_her_before_a_noun_of_speech_after_another_verb_owns_it() -> None:
    assert reports("Ministers ignored her warning that the dam would fail.") == [
        ("the dam would fail", "her", "warning")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, would you say the new menu is better than the old one?",
        "Whatever happens next, please say the garden will stay open.",
        "By some measures one could say the town has grown too fast.",
    ],
)
def test_a_question_request_or_supposition_to_the_reader_is_no_report(text: str) -> None:
    # (repfp35) nobody said these: the reader is asked, or anyone at all is supposed to say them
    assert reports(text) == []


def test_a_modal_with_a_named_subject_is_still_a_report() -> None:
    assert reports("The mayor would say only that the bridge will reopen in May.") == [
        ("the bridge will reopen in May", "The mayor", "say")
    ]


def test_a_name_with_an_apposition_before_its_cue_is_its_subject_not_a_report() -> None:
    # (repfp35) the words before ", said" name the source; its clause is the one after the cue
    assert reports(
        "Maria Lopez, a chemistry teacher who has written about exams, said pupils, like their parents, had worries."
    ) == [("pupils, like their parents, had worries", "Maria Lopez", "said")]


def test_a_description_with_its_name_in_apposition_before_its_cue_is_its_subject_not_a_report() -> None:
    # (round 35, after the refit) the name may stand second: "The director of the FBI, James Comey, said …"
    assert reports("The head of the water board, Ann Hale, said the pipes were old.") == [
        ("the pipes were old", "Ann Hale", "said")
    ]


def test_a_clause_before_its_cue_is_still_a_report() -> None:
    assert reports("Tom Reed, the new coach, was pleased with the result, said a club spokesman.") == [
        ("Tom Reed, the new coach, was pleased with the result", "a club spokesman", "said")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The driver pleaded guilty to careless driving and was fined.",
        "Both brothers have pleaded not guilty to theft.",
        "The two clerks were charged last year but have pleaded their innocence.",
        "The builder pleaded no contest to the charge.",
    ],
)
def test_a_plea_entered_in_court_is_no_report(text: str) -> None:
    # (rep36) a plea is a legal act with a fixed object, no reported clause
    assert reports(text) == []


def test_a_clause_after_plead_is_still_a_report() -> None:
    assert reports("His lawyers pleaded that the case should be dropped.") == [
        ("the case should be dropped", "His lawyers", "pleaded")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The singer admitted the offence and was given a fine.",
        "The bakery denied the claims and is weighing legal action.",
        "The clerk, who has admitted theft and will give evidence in May, was not in court.",
    ],
)
def test_a_second_predicate_of_the_cues_subject_is_no_reported_clause(text: str) -> None:
    # (rep36) "and was given …" is the subject's second predicate: no verb of a clause the cue reports
    second = text.index(" and ")
    assert all(r.end <= second for r in reported.find_reported(text, [(0, len(text))]) if r.start < second)


def test_a_clause_with_its_own_verb_keeps_its_second_predicate() -> None:
    assert reports("She admitted the plan was flawed and would be dropped.") == [
        ("the plan was flawed and would be dropped", "She", "admitted")
    ]
    assert reports("Officials said the two banks and their owners are under investigation.") == [
        ("the two banks and their owners are under investigation", "Officials", "said")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Music sales rose in May, according to new research by the Lark Institute.",
        "Factory output rose in May, according to the latest survey from the Bay Trade Council.",
        "Most voters back the bypass, according to a poll by Norbury Research.",
        "A study by Leeds researchers says tea is good for you.",
    ],
)
def test_a_document_with_its_author_is_still_a_document(text: str) -> None:
    # (rep36) the guidelines count a document as no source, whoever made it
    assert reports(text) == []


def test_a_report_by_a_paper_is_the_papers() -> None:
    assert reports("Prices will rise, according to a report by the Daily Post.") == [
        ("Prices will rise", "the Daily Post", "according to")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan drew accusations from rival firms that it favoured the incumbent.",
            ("it favoured the incumbent", "rival firms", "accusations"),
        ),
        (
            "The rule sparked complaints from local traders that it would hurt sales.",
            ("it would hurt sales", "local traders", "complaints"),
        ),
    ],
)
def test_a_noun_of_speech_with_from_and_its_source_reports_the_source(
    text: str, expected: tuple[str, str, str]
) -> None:
    # rep38: "accusations from X that …" is X's report, as "accusations by X that …" is.
    assert reports(text) == [expected]


def test_clarified_is_a_reporting_verb() -> None:
    # rep38: "clarify" states as "explain" does; rare in PolNeAR, weighed as its class.
    assert reported._weight_keys()["clarify"] == ("@say",)
    assert reports("The firm clarified that no staff would lose their jobs.") == [
        ("no staff would lose their jobs", "The firm", "clarified")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "She implored the council to keep the library open.",
            ("to keep the library open", "She", "implored"),
            marks=pytest.mark.xfail(
                reason="round-40 refit: the candidate scores -1.004 against the threshold -1.0 (-0.95 before): a "
                "rare verb's reading sits on the scorer's margin; the candidate itself is still proposed",
                strict=False,
            ),
        ),
        ("He begged his captors to let him go.", ("to let him go", "He", "begged")),
        (
            "Residents begged the planning committee not to approve the tower.",
            ("not to approve the tower", "Residents", "begged"),
        ),
    ],
)
def test_a_rare_verb_of_pleading_reports_the_infinitive_after_its_addressee(
    text: str, expected: tuple[str, str, str]
) -> None:
    # rep38: read as "urged voters to act" is; no addressee, no request ("I beg to differ"), nor a preposition.
    assert reports(text) == [expected]


@pytest.mark.parametrize("text", ["I beg to differ.", "He begged for mercy.", "They begged, to no avail."])
def test_a_verb_of_pleading_without_an_addressee_and_infinitive_reports_nothing(text: str) -> None:
    assert reports(text) == []


def test_a_sentence_inside_a_quote_is_not_read_for_reported_speech() -> None:
    """A quoted sentence holds no report of its own (its clauses overlap the quote): the finder skips it unread,
    and the sentence after the quote is read as before."""
    text = 'Mayor Ann Vale spoke on Friday. "We said the bridge would open. Critics claimed it never would." Tom Reed said the bridge would open in May.'
    o = text.index('"')
    z = text.index('"', o + 1) + 1
    assert reported._inside_quote([(o, z)], [o], o, text.index(" Critics"))
    assert reported._inside_quote([(o, z)], [o], text.index("Critics"), z)
    assert not reported._inside_quote([(o, z)], [o], text.index("Tom"), len(text))
    assert not reported._inside_quote([(o, z)], [o], 0, o - 1)
    groups = reported.candidates(text, [(0, len(text))], [(o, z)])
    assert all(rep.start >= z for g in groups for rep, _ in g)
    assert [text[r.start : r.end] for r in reported.find_reported(text, [(0, len(text))], [(o, z)])] == [
        "the bridge would open in May"
    ]


# ---------------------------------------------------------------- marks spelled as entities (round 39, spell39)

#: The spellings of a pair of double marks an export or a scrape leaves, each read as the plain pair.
_SPELLED_PAIRS = [
    ("\u201c", "\u201d"),
    ('"', '"'),
    ("&quot;", "&quot;"),
    ("&#8220;", "&#8221;"),
    ("&ldquo;", "&rdquo;"),
    ("\u00e2\u20ac\u0153", "\u00e2\u20ac\x9d"),  # UTF-8 read as Windows-1252
    ('""', '""'),  # an export's doubled marks
]


def _spelled_rows(text: str, opening: str, closing: str) -> list[tuple[str, str, str | None]]:
    """(kind, words, speaker) of every row of ``text`` with its ``«``/``»`` written as ``opening``/``closing``."""
    import re

    from analysis import attribution

    written = text.replace("\u00ab", opening).replace("\u00bb", closing)
    art = analysis.read_article(written)
    return [
        (
            a.kind,
            " ".join(re.findall(r"\w+", re.sub(r"&\w+;|&#\w+;|\u00e2\u20ac.|\"", " ", written[a.start : a.end]))),
            a.speaker,
        )
        for a in attribution.attribute(art).attributions
        if a.kind != "nonspeech"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a term in marks inside a reported clause keeps the clause (names_a_thing reads the text as written)
        "Headline\n\nThe bank said on Monday it would let some lenders pay more if they passed certain «stress tests.»\n",
        # a term in marks before a cue: the cue's clause is read past the marks, all of each spelling dropped
        "Headline\n\nThe paper mocked Tom Reed for calling himself the «king of debt,» noting that his tax cuts "
        "would make the debt soar.\n",
        "Headline\n\nAnn Lee said that is a «distortion,» describing the guards as highly skilled.\n",
        # a NAME: label before a quote is no transcript turn, whatever the marks' spelling
        "Headline\n\nAnn Lee and Tom Reed reject the plan.\n\nLee: «Our aim is to end it, not to hold it.» "
        "Reed: «The task is to end it -- not to hold it.»\n\nMore text follows here.\n",
    ],
)
def test_a_spelled_mark_reads_as_the_plain_mark(text: str) -> None:
    """A plain sentence and its spelled twins (``&quot;``, ``&#8220;``, ``â€œ``, ``""``) give the same rows."""
    plain = _spelled_rows(text, "\u201c", "\u201d")
    assert any(kind == "indirect" for kind, _, _ in plain) or len(plain) == 2
    for opening, closing in _SPELLED_PAIRS[1:]:
        assert _spelled_rows(text, opening, closing) == plain, opening


def test_mark_start_finds_a_spelled_closing_mark() -> None:
    """A span's end past its closing mark: the mark's first character, however the mark is spelled."""
    from analysis.quotes import mark_start

    for mark in ('"', "\u201d", '""', "''", "&quot;", "&#8221;", "&#x201D;", "\u00e2\u20ac\x9d", '\\"'):
        text = f"a “term{mark} here"
        end = text.index(" here")
        assert mark_start(text, end) == end - len(mark), mark


def test_a_mojibake_apostrophe_after_a_name_is_no_letter_of_it() -> None:
    """ "Sandersâ€™ campaign" (’ as UTF-8 read as Windows-1252) names "Sanders", as "Sanders’ campaign" does: the
    "â" that opens the spelling is not the name's last letter."""
    from analysis import attribution

    speakers = []
    for apostrophe in ("\u2019", "\u00e2\u20ac\u2122", "&rsquo;"):
        text = f"Headline\n\nThe Reeds{apostrophe} campaign said it raised more than $21 million in May.\n"
        speakers.append([a.speaker for a in attribution.attribute(analysis.read_article(text)).attributions])
    assert speakers[0] == speakers[1] == speakers[2] and speakers[0] and speakers[0][0] is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with no determiner after the cue ends at the lower-case word after it
        ("Jo Hale said on Twitter yoga should be taught in schools.", "yoga should be taught in schools"),
        ("Jo Hale said on Facebook late Friday the road would close.", "the road would close"),
        ("Jo Hale said in Ottawa last week the road would close.", "the road would close"),
        ("Jo Hale said on Monday night the road would close.", "the road would close"),
        # a medium's head ends the adverbial too, but not before a participle on it
        ("Jo Hale said in a statement hunt supporters were in tears.", "hunt supporters were in tears"),
        ("Jo Hale said in a statement released Friday the road would close.", "the road would close"),
        ("Jo Hale said in a press release the road would close.", "the road would close"),
        # a number word opens the content
        ("Jo Hale said on Twitter three men were hurt.", "three men were hurt"),
        ("Jo Hale said in a statement two bridges would close.", "two bridges would close"),
    ],
)
def test_a_short_adverbial_after_the_cue_ends_before_the_content_subject(text: str, expected: str) -> None:
    # "said on Twitter …", "said in a statement …" with no "that": the adverbial is the cue's, the words after it
    # the report's (its subject not swallowed as part of the adverbial)
    assert [r[0] for r in reports(text)] == [expected]


def test_a_medium_noun_before_a_verb_is_a_subject_not_an_adverbial() -> None:
    # "in Tom Barr's tweet does not …": the possessive's noun and the verb after it are the sentence's, no report
    assert reports("The Crime Bureau cited in Tom Barr's tweet does not exist.") == []


def _marked_quotes(text: str) -> list[tuple[int, int]]:
    """The spans of a text's straight-quoted passages (opening mark to just past the closing one)."""
    marks = [i for i, ch in enumerate(text) if ch == '"']
    return list(zip(marks[::2], [m + 1 for m in marks[1::2]]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause ends at a colon that introduces a quote of its own, attributed after it
        (
            'The mayor said she was too busy to attend the hearing: "I have a council to run," she added.',
            ("she was too busy to attend the hearing", "said"),
        ),
        (
            'Ms Lane insisted that the harbour had lost its trade: "The port is no longer a port," she said.',
            ("the harbour had lost its trade", "insisted"),
        ),
        # an adverbial clause before a comma: the report runs on to the colon, not to the comma
        (
            'Mr Dale said that if judged by its budget, the plan might work: "The money is there," he added.',
            ("if judged by its budget, the plan might work", "said"),
        ),
        # a mark, then words that introduce the quote with a colon (no reporting verb among them)
        (
            'When the minister suggested that the union would strike again, her rival fired back: "Let them try."',
            ("the union would strike again", "suggested"),
        ),
    ],
)
def test_a_clause_before_a_colon_introduced_quote_is_a_report(text: str, expected: tuple[str, str]) -> None:
    found = reported.find_reported(text, [(0, len(text))], _marked_quotes(text))
    assert [(text[r.start : r.end], text[r.cue[0] : r.cue[1]]) for r in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # an addressee or an adverbial before the colon: the quote is the cue's own words
        'The mayor told the crowd in the square: "We will win."',
        'The mayor said at a rally in Leeds on Friday: "We will win."',
        # a clause before a colon with no cue after its quote may announce it: no report of its own
        'The mayor said she had one message for the council: "Fix the roads."',
        # a partial quote inside the clause stays the quote's
        'The coach said the team had trained hard: it was "a good week" for them.',
    ],
)
def test_a_colon_before_the_cues_own_quote_makes_no_report(text: str) -> None:
    assert reported.find_reported(text, [(0, len(text))], _marked_quotes(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The coach conceded that the referee had been fair but implied that the crowd was "out of control".',
            ("the referee had been fair", "conceded"),
        ),
        (
            'She defended her brother, saying he had always paid his staff well and calling him "a fair boss".',
            ("he had always paid his staff well", "saying"),
        ),
        (
            'The mayor said the library would stay open, but warned that the budget was "under real strain".',
            ("the library would stay open", "said"),
        ),
    ],
)
def test_a_clause_before_a_second_predicate_holding_a_quote_is_a_report(text: str, expected: tuple[str, str]) -> None:
    # the quote is the second predicate's ("but implied …", "and calling him …"): the clause before is a report
    found = reported.find_reported(text, [(0, len(text))], _marked_quotes(text))
    assert expected in [(text[r.start : r.end], text[r.cue[0] : r.cue[1]]) for r in found]


def test_a_coordinated_noun_phrase_is_no_second_predicate() -> None:
    # "and his cronies": a noun phrase, no verb; the clause holds the partial quote and stays the quote's
    text = 'He said the mayor and "his cronies" were to blame.'
    assert reported.find_reported(text, [(0, len(text))], _marked_quotes(text)) == []


@pytest.mark.parametrize(
    "subject",
    [
        "Regional Health Ministry spokesman Adam Abu Sami of the Harwick Lake First Nation",
        "Greenfield Student Association president Sara Memon of the Harwick Lake First Nation",
        "Speaking at a summit in Ohio Mr Barr of the Harwick Lake First Nation",
        "County Fire Service deputy chief officer Tom Barr with the regional health agency",
    ],
)
def test_a_titled_name_with_its_affiliation_is_one_subject(subject: str) -> None:
    # longer than a subject's core may be, but the body after the name only says whom the person speaks for
    text = f"Headline\n\nTroops moved north in the night. {subject} said that three of the men had been killed.\n"
    rows = analysis.analyze(text).quotes
    assert list(rows["text"]) == ["three of the men had been killed"]
    assert rows["speaker"].iloc[0] in ("Adam Abu Sami", "Sara Memon", "Barr", "Tom Barr")


def test_a_long_subject_without_an_affiliation_stays_bounded() -> None:
    # thirteen words and no body after a name: a clause or a description, not a speaker's noun phrase
    text = "the early results of the exit polls conducted for the county papers and the radio said"
    toks = list(reported._tokens(text, 0, len(text)))
    assert reported._named(toks, 0, len(toks) - 1) is None
    assert reported._core_end(toks, 0, len(toks) - 1) == len(toks) - 1


@pytest.mark.parametrize("prep", ["of", "from", "with"])
def test_after_an_opening_adverbial_the_subject_is_the_name_its_affiliation_follows(prep: str) -> None:
    # no comma after "In a panel … in Ohio": the adverbial's own names ("Harwick", "Ohio") are no subject
    text = (
        "Headline\n\nIn a panel discussion at a Harwick summit in Ohio Mr Barr "
        f"{prep} the county council said that patents were a problem for the movement.\n"
    )
    rows = analysis.analyze(text).quotes
    assert list(zip(rows["text"], rows["speaker"])) == [("patents were a problem for the movement", "Barr")]
