"""Who ``he``/``she``/``they``/``it`` refer to when they are a quote's source (issue 13, pronoun classes).

Hand-written sentences, one per failure class: a gendered pronoun must refer to a person (never a club,
product or firm), the subject of the previous sentence beats a possessive object, and a role phrase
for a body, a document or many people is no antecedent of ``he``/``she``.
"""

from __future__ import annotations

import pytest

from analysis import attribution
from analysis.article import read_article


def _speakers(text: str) -> list[str | None]:
    return [a.speaker for a in attribution.attribute(read_article(text)).attributions if a.kind != "nonspeech"]


def test_he_never_refers_to_a_club_opening_with_an_acronym():
    text = (
        "Rinaldi returns\n\n"
        "Former defender Paolo Rinaldi joined FC Castello in 1996 and stayed nine seasons.\n\n"
        'FC Castello said the match would be "a celebration".\n\n'
        "Rinaldi still follows FC Castello closely. "
        '"I watch every game from my sofa and I still shout at the referee," he said.'
    )
    assert _speakers(text)[-1] == "Paolo Rinaldi"


def test_she_never_refers_to_a_firm_the_article_names_before_an_org_word():
    text = (
        "Pilot sues airline\n\n"
        "Maria Lopez worked as a pilot for Skyway Airlines for twelve years.\n\n"
        "She was dismissed by Skyway in May. Skyway said the dismissal was lawful.\n\n"
        'In a letter to staff, she said: "I loved flying and I will fight this decision in court."'
    )
    assert _speakers(text)[-1] == "Maria Lopez"


def test_subject_with_a_hyphenated_title_beats_a_possessive_object():
    # "Church" is also an organisation word: the title before the given name says it is a person.
    text = (
        "Conference opens\n\n"
        "Party co-chairman Tom Church opened the conference with a speech attacking Henry Wells's record. "
        'The government had "run out of ideas", he told delegates.'
    )
    assert _speakers(text)[-1] == "Tom Church"


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["a", "spokeswoman"], True),
        (["the", "chancellor"], True),
        (["the", "company"], False),
        (["a", "statement"], False),
        (["her", "blog"], False),
        (["analysts"], False),
        (["Tory"], False),
    ],
)
def test_only_a_role_for_one_person_can_be_he_or_she(words, person):
    assert attribution._person_role(words) is person


def test_they_refers_to_the_body_that_is_the_subject_not_the_one_that_spoke_last():
    text = (
        "Parties and tax\n\n"
        "Labour says it will keep the tax and reform it. The Greens have promised a cut for pensioners. "
        'They say they can save 2bn on "needless spending" in Whitehall.'
    )
    assert _speakers(text)[-1] == "Greens"


def test_it_refers_to_the_body_that_is_the_previous_subject():
    text = (
        "Apple in court\n\n"
        "Apple says the bloggers broke the law. The Privacy League has joined the fight on their side. "
        "It argues that the bloggers are protected by the constitution."
    )
    assert _speakers(text)[-1] == "Privacy League"


def test_the_company_refers_to_the_body_that_is_the_previous_subject():
    text = (
        "Job cuts at Globex\n\n"
        "Globex has cut 500 jobs at its plant in the north. "
        "The company said the cuts were painful but unavoidable."
    )
    assert _speakers(text)[-1] == "Globex"


def test_it_never_refers_to_one_person_who_spoke_for_a_body():
    text = "Job cuts\n\nA Globex spokesperson said the cuts were needed. It added that 200 jobs would go in the spring."
    assert _speakers(text)[-1] != "A Globex spokesperson"


def test_he_never_refers_to_a_name_the_article_writes_after_a_kind_of_body():
    # "water firm Aguas Argentinas"-like: a two-word name with no given name, written after "firm"
    text = (
        "Harbour row\n\n"
        "A dispute between the city and shipping firm Porto Vasco is delaying the new quay.\n\n"
        'Transport Minister Daniel Okafor has offered help but not for "nothing".\n\n'
        "Porto Vasco told a local paper it would not pay for the quay. "
        "The Transport Minister did not rule out ending the Porto Vasco harbour lease. "
        'Yet he added that he did not want to "speculate".'
    )
    assert _speakers(text)[-1] == "Daniel Okafor"


def test_the_bank_refers_to_the_body_the_article_calls_a_bank():
    # the subject just before "The bank" is no body: the description finds the bank named earlier
    text = (
        "Lender cuts jobs\n\n"
        "Brundtmeer Kas, the country's oldest bank, is to cut 900 jobs. "
        "Brundtmeer Kas has more than 20,000 staff.\n\n"
        "The restructuring is meant to lower costs. "
        "The bank said it expected profits to rise next year."
    )
    assert _speakers(text)[-1] == "Brundtmeer Kas"


def test_the_company_after_another_subject_refers_to_the_named_firm():
    text = (
        "Quarterly loss\n\n"
        "Shipping firm Norvale Lines reported a loss of $40m on Tuesday. "
        "Fuel prices were blamed for most of it. "
        "Recently the company said demand would recover by the summer."
    )
    assert _speakers(text)[-1] == "Norvale Lines"


def test_the_company_is_never_the_person_who_speaks_for_it():
    text = (
        "Plant closes\n\n"
        "The plant will shut in May, said Quillon Threde, a spokesman for the parent company.\n\n"
        "Local leaders have asked for talks. The company said the decision was final."
    )
    assert _speakers(text)[-1] != "Quillon Threde"


def test_they_after_an_opening_phrase_refers_to_the_previous_subject_body():
    text = (
        "New phones\n\n"
        "Globex Motors have redesigned their popular phone range.\n\n"
        "Alongside the Nova and the Pixie, they have announced a folding phone with a larger screen."
    )
    assert _speakers(text)[-1] == "Globex Motors"


def test_a_one_word_body_with_a_spokesperson_stays_a_body_whatever_she_was_read_as(make_doc):
    from analysis import speakers as sp

    text = (
        "Cabin crew row\n\n"
        "A Kestra spokesperson confirmed that she had left.\n\n"
        "Kestra has been hit by rising fuel costs. It has said it must cut 2,000 jobs."
    )
    doc = make_doc(text)
    att, idx = sp._Attributor(doc), attribution._Index(doc)
    k = doc.tok.index("Kestra", 2)
    ent = doc.lookup(("Kestra",), k)
    ent.gender_votes[1] += 1  # a "she" read as the body by mistake
    assert attribution._body(att, idx, sp._NP("name", k, k + 1, ("Kestra",)), "it")


_GRANT_AND_FINCH = (
    "Harbour plan approved\n\n"
    "Councillor Peter Grant has backed the harbour plan for years. Peter Grant said it would bring jobs. "
    "Mr Grant said the council would vote on Monday.\n\n"
    "His deputy, Laura Finch, has been less certain. Grant repeated that the plan was sound. "
)


@pytest.mark.parametrize(
    "last",
    ['"We have not seen the costs," she said.', "She said the costs had not been published."],
)
def test_she_never_refers_to_a_man_however_salient(last: str):
    # Gender agreement is a hard constraint: the man who spoke last and is the previous subject is
    # no antecedent of "she"; the one woman named (a female given name) is, in a quote or a report.
    assert _speakers(_GRANT_AND_FINCH + last)[-1] == "Laura Finch"


def test_agreement_keeps_every_antecedent_when_all_contradict_the_pronoun():
    import numpy as np

    from analysis import speakers as sp

    def person(first: str, last: str) -> attribution.Antecedent:
        ent = sp._Entity(f"{first} {last}", (first, last), None, "person", 0, [0], [0, 0])
        return attribution.Antecedent(None, ent, np.zeros(len(attribution.PRONOUN_FEATURES)))

    peter, laura = person("Peter", "Grant"), person("Laura", "Finch")
    assert attribution._agreeing([peter, laura], "she") == [laura]
    assert attribution._agreeing([peter], "she") == [peter]  # the gender evidence, not the text, is wrong


@pytest.mark.parametrize(
    "last",
    ['"Come together and protect our children," she posted.', "She added that the danger had been understated."],
)
def test_she_reaches_back_past_men_only_to_the_woman_who_spoke(last: str):
    # Every person in the pronoun's reach is a man by a firm given name (Jason, Donald); the woman who spoke is
    # named paragraphs before and only in a possessive since, so "she" reaches back to her, never to the nearest man.
    text = (
        "Palin on terror\n\n"
        'Former governor Sarah Palin said the group was "evil" and must be destroyed.\n\n'
        "The group was formed in 2014.\n\n"
        "An aide, Jason Reed, set up the page last year.\n\n"
        "Officials said the threat was growing.\n\n"
        "Palin's posts about the group include one last week on the debate over Donald Trump's immigration plan.\n\n"
        + last
    )
    assert _speakers(text)[-1] == "Sarah Palin"


def test_he_goes_on_with_the_he_before_it_not_the_last_speaker():
    # The "he" of the sentence before refers to its subject, Trump; the next "he" continues it (the resolver's
    # previous_pronoun feature), not Calderon, who spoke last and is named in between.
    text = (
        "Calderon speaks\n\n"
        'Former Mexican president Felipe Calderon said on Sunday that the plan was "stupid".\n\n'
        "Donald Trump has not yet responded to Calderon's remarks, although he did keep up his rhetoric over the "
        "weekend on Twitter.\n\n"
        '"The drug epidemic must stop," he tweeted on Saturday.'
    )
    assert _speakers(text)[-1] == "Donald Trump"


@pytest.mark.parametrize("cue", ["said", "went on to say"])
def test_a_role_phrase_never_swallows_the_name_and_verb_before_it(cue: str):
    # "Transport chief Carl Mason met ferry workers": the role read back from "workers" stops at the
    # finite verb "met", so the name stays a mention and "He" has its antecedent.
    text = (
        "Ferry plan\n\n"
        "Transport chief Carl Mason met ferry workers on Friday. "
        f"He {cue} that the service would run again in spring."
    )
    assert _speakers(text)[-1] == "Carl Mason"


def test_they_after_many_people_as_subject_is_that_group_not_a_body_named_before():
    # Plural group: "analysts" as the previous subject are who "they" are, never the firm named before
    # them as "the company" would be.
    text = (
        "Brightware results\n\n"
        "Brightware Holdings reported record profits on Monday. Retail analysts were less upbeat. "
        '"The margins are thin and the costs keep rising," they said.'
    )
    assert _speakers(text)[-1] == "Retail analysts"


@pytest.mark.parametrize("group", ["Protesters", "Companies", "People"])
def test_they_after_a_plural_noun_capitalised_only_by_the_sentence_is_that_group(group: str):
    # A plural common noun opening its sentence is read as a capitalised name; for "they" it is a group.
    text = (
        "Harbour plan\n\n"
        "Mayor Joan Webb presented the harbour plan on Friday.\n\n"
        f"{group} opposed to the plan met outside the town hall. "
        '"We were never asked what we wanted," they said.'
    )
    assert _speakers(text)[-1] == group


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The protesters paid tribute to the victims.", "protesters"),
        ("Local contractors were furious about the delay.", "Local contractors"),
        ("According to the minutes, the security guards refused to open the gates.", "security guards"),
    ],
)
def test_they_after_a_plural_description_of_people_as_subject_is_that_group(sentence: str, who: str):
    # Plural description: a subject headed by a learned person noun that is no role noun ("protesters",
    # "contractors", "guards") is the group "they" continues, not the firm named before it.
    text = (
        "Harbour plan\n\n"
        "Norcastle Foods presented the harbour plan on Friday. "
        f"{sentence} "
        'As they walked to the town hall, they chanted "no plan without us".'
    )
    assert _speakers(text)[-1] == who


def test_they_after_a_plural_subject_that_is_no_people_is_not_that_subject():
    # A plural subject that is no group of people ("The protests") is no one "they" can be a source for.
    text = (
        "Harbour plan\n\n"
        "Mayor Joan Webb presented the harbour plan on Friday. The protests were loud. "
        'As they walked to the town hall, they chanted "no plan without us".'
    )
    assert _speakers(text)[-1] != "protests"


@pytest.mark.parametrize(
    "question",
    [
        "Senator Tom Brown asked Bill Lee about the cost.",
        "Senator Tom Brown questioned Bill Lee on the cost.",
        "Senator Tom Brown pressed Bill Lee on the cost.",
        "A reporter asked Bill Lee whether the plan would cost more.",
    ],
)
def test_he_after_a_question_put_to_someone_is_the_one_asked(question: str):
    # Question and answer: the one asked answers, though the asker is the sentence's subject.
    text = f'Bridge plan\n\nBill Lee presented the bridge plan. {question} "It will be cheap," he said.'
    assert _speakers(text)[-1] == "Bill Lee"


@pytest.mark.parametrize(
    "question",
    [
        "Senator Tom Brown asked Bill Lee to check the cost.",  # a request: the one asked is not answering
        "Senator Tom Brown asked Bill Lee about the cost. Brown then turned to the crowd.",  # the asker again
        "Senator Tom Brown asked Bill Lee not to raise the cost.",  # a negated request
        "Senator Tom Brown asked Bill Jones' deputy about the cost.",  # the deputy was asked, not Jones
        "Senator Tom Brown asked Bill Lee about the cost. He then asked the mayor.",  # the asker asks again
    ],
)
def test_he_after_a_request_or_a_renamed_asker_stays_with_the_subject(question: str):
    text = f'Bridge plan\n\nBill Lee presented the bridge plan. {question} "It will be cheap," he said.'
    assert _speakers(text)[-1] == "Tom Brown"


@pytest.mark.parametrize("quote", ['"Will it be cheap?" he said.', 'He said, "Will it be cheap?"'])
def test_a_question_after_a_question_stays_with_the_asker(quote: str):
    # A quote that is itself a question continues the asker's turn; it is not the answer.
    text = (
        f"Bridge plan\n\nBill Lee presented the bridge plan. Senator Tom Brown asked Bill Lee about the cost. {quote}"
    )
    assert _speakers(text)[-1] == "Tom Brown"


def test_it_after_a_document_subject_is_that_document():
    # Document: "The letter said … It added …" — "it" in the next sentence is the same letter, not the firm named
    # before it; the letter is its issuer's words where the article names one (the firm that sent it), else the
    # letter itself.
    said = 'The letter said "no jobs are at risk this year". It added that "pay will rise in April".'
    sent = "Staff letter\n\nNorcastle Foods sent a letter to its staff on Monday. " + said
    assert _speakers(sent)[-2:] == ["Norcastle Foods", "Norcastle Foods"]
    leaked = "Staff letter\n\nNorcastle Foods cut jobs on Monday. A letter to staff was leaked. " + said
    assert _speakers(leaked)[-2:] == ["The letter", "The letter"]


@pytest.mark.parametrize(
    ("opening", "pron", "who"),
    [
        ("While many economists expect a cut,", "they", "many economists"),
        ("Although Norcastle Foods cut costs,", "it", "Norcastle Foods"),
    ],
)
def test_it_or_they_after_a_fronted_clause_is_that_clause_subject(opening: str, pron: str, who: str):
    # Fronted clause: the subordinate clause's subject is the only subject before the pronoun.
    text = f'Rate decision\n\nMayor Joan Webb spoke on Monday. {opening} {pron} said that "the outlook is weak".'
    assert _speakers(text)[-1] == who


def test_they_after_two_people_named_as_the_subject_is_both():
    # Person pair: "X and Y toured …" then "they said" — the two together, not nobody.
    text = (
        "Plant visit\n\n"
        "Senator Mark Hale and Mayor Joan Webb toured the plant on Monday. "
        '"We are proud of what the workers have built here," they said.'
    )
    assert _speakers(text)[-1] == "Senator Mark Hale and Mayor Joan Webb"


_NEWCOMER = (
    "Ferry timetable cut\n\n"
    "Councillor Tom Marsh said the winter timetable would start in October. "
    '"Fewer sailings are the price of keeping the route," he said.\n\n'
    "The sharpest criticism came from Peter Quinn, chairman of the island's business forum. "
    'He said: "Nobody asked the people who live here."'
)


def _newcomer_antecedents(make_doc) -> list:  # noqa: ANN001 - the conftest fixture
    from analysis import speakers as sp

    doc = make_doc(_NEWCOMER)
    att, idx = sp._Attributor(doc), attribution._Index(doc)
    k = doc.tok.index("He", doc.tok.index("Quinn"))
    return attribution.pronoun_antecedents(att, idx, k, "he")


def test_a_person_introduced_after_from_with_a_description_is_no_place(make_doc):
    # "came from Peter Quinn, chairman of …": "from" introduces a source here, not a place ("from Oslo").
    named = {a.entity.name for a in _newcomer_antecedents(make_doc) if a.np is not None and a.np.kind == "name"}
    assert "Peter Quinn" in named


@pytest.mark.parametrize(
    ("after", "person"),
    [
        (", a lawyer for the tenants, said", True),
        (", a senior lawyer for the tenants, said", True),
        (", vice-president of the trust, said", True),
        (", the capital, said", False),
        (", New Hampshire, said", False),
    ],
)
def test_a_description_after_a_name_marks_a_person_not_a_place(after: str, person: bool, make_doc):
    doc = make_doc("Visit\n\nThe letter came from Alder Brook" + after + " nothing.")
    end = doc.tok.index("Brook") + 1
    assert attribution._person_description_after(doc, end) is person


def test_a_name_coordinated_after_an_object_is_no_subject():
    # dq26: "behind A and B": B shares A's role (an object), though "and" before it reads like a new clause
    text = (
        "Walker misses the final\n\n"
        "Anna Walker will miss the indoor final in March.\n\n"
        "Walker finished second behind Clara Novak and Greta Holm last week but she prefers the track. "
        '"I was pleased with second, but I am wary of injuries," she said.'
    )
    assert _speakers(text)[-1] == "Anna Walker"


def test_two_names_joined_by_and_as_the_subject_keep_the_subject_role(make_doc):
    doc = make_doc("Talks\n\nFiona Grant and Peter Lang met the minister on Monday.")
    idx = attribution._Index(doc)
    ms = idx.mentions(0, doc.n)
    lang = next(m for m in ms if m.head[-1] == "Lang")
    grant, _ = attribution._first_conjunct(doc, lang, {m.b: m for m in ms})
    assert grant.head[-1] == "Grant"


def test_a_name_inside_the_clause_a_pronoun_reports_is_not_who_it_is():
    # Principle C: "Lena Ortiz would chair the panel, he said" is not Ortiz's own claim
    text = (
        "Council picks panel\n\n"
        'Councillor Tom Reeves spoke after the vote. "We had a long debate," he said. '
        "Lena Ortiz would chair the new panel from March, he said. "
        '"She has the experience we need," he added.'
    )
    assert _speakers(text)[-1] == "Tom Reeves"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Lena Ortiz would chair the panel, he said.", True),
        ("Lena Ortiz would chair the panel, he told reporters on Monday.", True),
        ("After meeting Lena Ortiz, he said that the panel would meet.", False),
        ("Lena Ortiz spoke first, he said he would chair the panel.", False),
    ],
)
def test_a_trailing_cue_reports_the_clause_before_it_only_when_nothing_follows(sentence: str, content: bool, make_doc):
    from analysis import speakers as sp

    att = sp._Attributor(make_doc("Headline\n\n" + sentence + "\n"))
    pos = next(i for i, t in enumerate(att.doc.tok) if t == "he")
    assert (attribution.own_content_start(att, pos) is not None) == content


_EARLIER = 'Council leader Tom Hale said the budget was "the fairest we could manage".\n\n'


_SPOKEN = 'Council leader John Hale spoke on Monday. "It is the fairest budget we could manage," he said. '


@pytest.mark.parametrize(
    ("earlier", "middle", "pron", "speaker"),
    [
        # an unnamed gendered role that opens the sentence before is the pronoun's antecedent, not the last speaker
        (_EARLIER, "A council spokesman defended the cut.", "he", "A council spokesman"),
        (_EARLIER, "A police spokeswoman defended the cut.", "she", "A police spokeswoman"),
        # a role named beside it is that person
        (_EARLIER, "The minister, John Reid, defended the cut.", "he", "John Reid"),
        # contrast: a named person subject after the role is nearer; a spokeswoman is no "he"
        (_EARLIER, "A council spokesman defended the cut. Tom Hale agreed.", "he", "Tom Hale"),
        (_EARLIER, "A police spokeswoman defended the cut.", "he", "Tom Hale"),
        # a newcomer brought in unnamed as the subject, with no gender word, is whom the pronoun continues
        (_SPOKEN, "A senior official defended the cut.", "he", "A senior official"),
        (_SPOKEN, "One resident disagreed.", "he", "One resident"),
        (_SPOKEN, "Later, a senior official defended the cut.", "he", "a senior official"),
        # a description headed by a learned person noun (not a hand-listed role) is a candidate too
        (_SPOKEN, "A local plumber agreed.", "he", "A local plumber"),
        (_SPOKEN, "A 58-year-old driver was unhurt.", "he", "A 58-year-old driver"),
        (_SPOKEN, "A 29-year-old waitress was fined.", "she", "A 29-year-old waitress"),
        # contrast: a named person subject after the newcomer is nearer
        (_SPOKEN, "A senior official defended the cut. John Hale agreed.", "he", "John Hale"),
    ],
)
def test_a_pronoun_after_an_unnamed_subject_is_that_person_not_the_last_speaker(
    earlier: str, middle: str, pron: str, speaker: str
):
    text = "Cuts defended\n\n" + earlier + middle + ' "It is the right thing to do," ' + pron + " said."
    assert _speakers(text)[-1] == speaker


def test_he_added_after_an_unnamed_role_in_a_new_paragraph_is_that_role():
    text = (
        "Talks over\n\n"
        + _EARLIER
        + "A Downing Street spokesman said the talks were over. "
        + 'He added: "We are disappointed but not surprised."'
    )
    assert _speakers(text)[-1] == "A Downing Street spokesman"


def test_a_description_subject_opens_with_its_determiner_past_its_modifiers(make_doc):
    doc = make_doc("Headline\n\n" + "A 29-year-old Berlin waitress was fined. Her father, Brad, was angry.")
    head = doc.tok.index("waitress")
    assert attribution._description_start(doc, head - 1) == doc.sentence_start[head]  # from "Berlin" back to "A"
    father = doc.tok.index("father")
    assert attribution._description_start(doc, father - 1) == father - 1  # "Her" is the determiner already


def test_person_descriptions_are_only_learned_person_nouns_no_mention_covers(make_doc):
    doc = make_doc(
        "Headline\n\n"
        "The waiter returned. A spokesman agreed. The actor Tom Hanks smiled. The drivers left. "
        "Gary Hufbauer, a senior fellow at the institute, disagreed."
    )
    taken = {t for m in attribution._mentions(doc, 0, doc.n) for t in range(m.a, m.b)}
    found = attribution._person_descriptions(doc, taken)
    assert [" ".join(doc.tok[m.a : m.b]) for m in found] == ["The waiter"]


_REID_QUOTE = '\n\n"It is a matter of diffuse costs," he said.'
_QUINN_QUOTE = ' "Voters were angry about it," he said.'
_QUOTED_HALE = 'Council leader Tom Hale defended the budget. "It is the fairest we could manage," he said.\n\n'


@pytest.mark.parametrize(
    ("earlier", "middle", "quote", "speaker"),
    [
        # a named person who opens the sentences after the last speaker is who the pronoun continues
        (_EARLIER, "Ed Reid, like most economists, still backs the budget.", _REID_QUOTE, "Ed Reid"),
        (
            _EARLIER,
            "Ed Reid, a former treasurer, agreed that the council has little power over the cuts.",
            _REID_QUOTE,
            "Ed Reid",
        ),
        # a named person opening the paragraph is its topic, whoever spoke in the paragraph before
        (
            _QUOTED_HALE,
            "Peter Quinn, a radio host, agreed with the analysis. In an interview that year, he was asked about it.",
            _QUINN_QUOTE,
            "Peter Quinn",
        ),
        # the name the role words modify still opens the sentence: "Hale adviser Peter Quinn"
        (
            _QUOTED_HALE,
            "Hale adviser Peter Quinn, a pollster, saw it differently at the time.",
            _QUINN_QUOTE,
            "Peter Quinn",
        ),
    ],
)
def test_a_pronoun_after_a_new_named_subject_is_that_person_not_the_last_speaker(
    earlier: str, middle: str, quote: str, speaker: str
):
    assert _speakers("Budget\n\n" + earlier + middle + quote)[-1] == speaker


def test_the_opener_of_a_paragraph_is_its_topic_only_when_it_opens_it_alone(make_doc):
    text = "Budget\n\n" + _QUOTED_HALE + 'Hale and Peter Quinn may blame the rules. "It is wrong," he said.'
    from analysis import speakers as sp

    doc = make_doc(text)
    att, idx = sp._Attributor(doc), attribution._Index(doc)
    k = doc.tok.index("he", doc.tok.index("blame"))
    ants = attribution.pronoun_antecedents(att, idx, k, "he")
    on = attribution.PRONOUN_FEATURES.index("paragraph_subject")
    assert not any(a.features[on] for a in ants if a.np is not None)


@pytest.mark.parametrize(
    ("sentence", "name", "subject"),
    [
        ("Hale adviser Peter Quinn saw it differently.", "Peter", True),
        ("Political analyst Peter Quinn agreed.", "Peter", True),
        ("Tom Hale told Peter Quinn about it.", "Peter", False),
        ("Peter Quinn agreed.", "Peter", False),  # nothing before the name: it opens the sentence itself
    ],
)
def test_role_words_before_a_name_only_modify_it(sentence: str, name: str, subject: bool, make_doc):
    doc = make_doc("Headline\n\n" + sentence)
    a = doc.tok.index(name)
    assert attribution._premodified(doc, doc.sentence_start[a], a) is subject


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The decision angered some teachers in the town.", "some teachers"),
        ("The mayor met elected officials on Monday.", "elected officials"),
        ("The minister was greeted by hundreds of farmers in the square.", "farmers"),
        ("The report drew on interviews with industry experts and officials.", "industry experts"),
    ],
)
def test_they_after_an_object_group_is_that_group(sentence: str, who: str):
    # Object group: the previous subject cannot be "they" (a thing, one person); the group its verb acts on is.
    text = f"Harbour plan\n\n{sentence} They said the harbour plan would cost the town its ferry."
    assert (_speakers(text)[-1] or "").startswith(who)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor met farmers and angered teachers.",  # two groups: which one is unclear
        "Six Marston newspapers condemned the plan.",  # no verb before the plural: the subject's own phrase
        "The plan drew many comments from the town.",  # "comments" are no people
    ],
)
def test_they_after_no_single_object_group_is_no_group(sentence: str):
    text = f"Harbour plan\n\n{sentence} They said the harbour plan would cost the town its ferry."
    assert _speakers(text)[-1] not in ("farmers", "teachers", "newspapers", "comments", "many comments")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Among the critics were local farmers.", "local farmers"),
        ("On one side of the debate are activists who want a new ferry.", "activists"),
    ],
)
def test_they_after_an_inverted_copula_is_the_group_after_the_verb(sentence: str, who: str):
    # Inverted copula: a fronted phrase and "were"/"are" put the subject after the verb, not in the phrase.
    text = f"Harbour plan\n\n{sentence} They said the harbour plan would cost the town its ferry."
    assert _speakers(text)[-1] == who


def test_they_after_two_people_and_their_appositive_is_both():
    # Person pair with an appositive ("…, economists at the university,"): still the two, not the thing after.
    text = (
        "Trade book\n\n"
        "Alice Marsh and Bob Quinn, economists at the university, published a book on trade. "
        "They argue that tariffs hurt the workers they are meant to protect."
    )
    assert _speakers(text)[-1] == "Alice Marsh and Bob Quinn"


def test_he_continues_the_reporter_not_the_subject_of_a_fronted_report():
    # "X would lead it, he said": X is the subject of what was said; the next "he" is who said it
    text = (
        "Campaign plans\n\n"
        "Party chief Tom Hale spoke on Monday. He said the campaign would be tough.\n\n"
        'And John Cole would lead that campaign, he said. "Between now and May the leader will travel more," '
        "he promised."
    )
    assert _speakers(text) == ["Tom Hale", "Tom Hale", "Tom Hale"]


def test_she_continues_the_person_an_age_description_opening_the_sentence_stands_for():
    # "The 29-year-old was second behind X and Y but she …": the age is Anna Reed, the subject; not the nearest
    text = (
        "Reed to rest\n\n"
        "Anna Reed will miss the indoor meeting to focus on the summer season.\n\n"
        "The 29-year-old was second behind Maria Lopez and Clara Diaz in last week's race but she prefers the "
        'track. "It was great to win silver but I must rest now," she said.'
    )
    assert _speakers(text)[-1] == "Anna Reed"


def test_an_age_before_a_noun_is_no_description_of_its_own():
    doc_text = "Anna Reed won.\n\nThe 29-year-old striker scored twice. The 29-year-old Briton scored."
    from analysis import speakers as sp

    art = read_article("Reed\n\n" + doc_text)
    blocks = attribution.quote_blocks(art)
    doc = sp._Doc(art.text, blocks, attribution.find_quotes(art.text, blocks))
    assert attribution._age_descriptions(doc, set()) == []


def test_every_age_opening_a_sentence_is_a_description_wherever_the_article_writes_it():
    # (the scan visits only the words that end in "-year-old": each such token is read, in order)
    doc_text = (
        "Anna Reed won.\n\nThe 29-year-old was second. Tom Hale, 31-year-old, ran.\n\n"
        "The 31-year-old will rest. The 29-year-old striker scored."
    )
    from analysis import speakers as sp

    art = read_article("Reed\n\n" + doc_text)
    blocks = attribution.quote_blocks(art)
    doc = sp._Doc(art.text, blocks, attribution.find_quotes(art.text, blocks))
    found = attribution._age_descriptions(doc, set())
    assert [m.head for m in found] == [("29-year-old",), ("31-year-old",)]
    assert all(doc.low[m.a] == "the" and m.b == m.a + 2 for m in found)


@pytest.mark.parametrize(
    "report",
    [
        "And Peter Lund would lead the campaign from the front, he said.",
        "Peter Lund may have more votes, but his plan is too costly, he says.",
    ],
)
def test_he_after_a_fronted_report_is_its_speaker_not_the_name_reported(report: str):
    # Fronted report: the name opening the clause "he said" reports is its content, not the sentence's topic.
    text = (
        "Harbour vote\n\n"
        "Tom Hale, who chairs the transport board, spoke to the council on Monday. "
        '"We need the ferry more than ever," Mr Hale said. '
        f"{report} "
        '"The town cannot wait another year for a decision," he added.'
    )
    assert _speakers(text)[-1] == "Tom Hale"


@pytest.mark.parametrize("group", ["Democrats", "Republican", "GOP", "Tories", "Americans"])
def test_he_never_refers_to_a_party_or_a_people_named_alone(group: str):
    # Animacy: a party or a people written alone is a group, never the one person "he" refers to.
    text = (
        "Harbour vote\n\n"
        "Mayor Tom Hale backed the plan on Monday. "
        f'According to {group}, the plan is "a disgrace". '
        'He said "the vote comes first".'
    )
    assert _speakers(text)[-1] == "Tom Hale"


def test_he_after_sentences_that_go_on_with_he_is_the_subject_they_continue():
    # Centering CONTINUE: "But he …" sentences between keep the subject two sentences back as the topic.
    text = (
        "Harbour vote\n\n"
        'Peter Lund spoke to the council first. "We need the ferry," Mr Lund said.\n\n'
        "Ed Reid, like most economists, still backs the plan. But he worries about the cost.\n\n"
        '"It is a matter of who pays," he said.'
    )
    assert _speakers(text)[-1] == "Ed Reid"


def test_he_never_refers_to_a_thing_named_after_its_owner():
    # Animacy: "Mr Reid's Budget" is the budget (its head is the last word), never the person "he" goes on with.
    text = (
        "Budget row\n\n"
        "Tory leader Tom Hale has dismissed the budget.\n\n"
        'Mr Reid\'s Budget was not about the country but "all about the party," the Tory leader said. '
        "He went on to accuse Mr Reid of giving with one hand. "
        'He urged the council to admit it had dragged "millions into the net".'
    )
    assert _speakers(text)[-1] != "Reid's Budget"


def test_a_firm_given_name_outweighs_pronoun_votes_from_a_story_a_woman_tells():
    # a woman tells of a man: her many "she"s near his name must not make "Philip Doe" a woman, so the "he" of a
    # clause about him is him, not her
    text = (
        "Escort recalls meeting\n\n"
        "An escort, Jade, met Philip Doe at a hotel in 2009. When Doe was later charged, she knew she was lucky. "
        "\u201cIt could have been me,\u201d said Jade. Doe called her twice, and she refused him. Doe fled, and she "
        "called security. Jade said she was wary of a \u201ccold\u201d Doe because he said he was from out of town."
    )
    rows = [a for a in attribution.attribute(read_article(text)).attributions if a.kind == "indirect"]
    assert [(a.mention, a.speaker) for a in rows][-1] == ("he", "Philip Doe")


@pytest.mark.parametrize(
    ("sentence", "head", "expected"),
    [
        ("An aide to the mayor who asked not to be named because he is not allowed to speak said so.", "aide", True),
        ("An aide to the mayor who asked not to be named because he is not allowed to speak said so.", "mayor", False),
        ("Tom Hale, who said he would run, lost.", "Hale", True),
        ("Tom Hale lost; he said he would run.", "Hale", False),
    ],
)
def test_relative_head_marks_the_phrase_whose_relative_clause_holds_the_pronoun(sentence, head, expected):
    # the learned pronoun feature relative_head (Hobbs: a pronoun's own clause's head first)
    from analysis import speakers as sp
    from analysis.quotes import find_quotes, quote_blocks

    art = read_article("Headline\n\n" + sentence)
    blocks = quote_blocks(art)
    doc = sp._Doc(art.text, blocks, find_quotes(art.text, blocks))
    idx = attribution._Index(doc)
    pos = doc.tok.index("he")
    m = next(m for m in idx.mentions(0, pos) if doc.tok[m.b - 1] == head)
    assert attribution._heads_relative_clause(doc, m, pos) is expected


def test_it_refers_to_a_firm_whose_chief_executive_the_he_before_it_was():
    # Possessor of a person: "Norcastle's chief executive … He added" gives Norcastle no gender, so a later "it"
    # still reads back to the firm as the previous subject.
    text = (
        "New phone\n\n"
        "Norcastle has launched a new phone. "
        '"It is our best phone yet," Anna Kerr, Norcastle\'s chief executive, told reporters. '
        'He added: "Sales will start in May." Norcastle said it was seeing strong demand. '
        "It said it would open 40 new shops."
    )
    assert _speakers(text)[-1] == "Norcastle"


def test_it_after_a_possessive_subject_is_the_owner():
    # Possessor subject: "Brewco's net income fell … It warned that …" — income does not speak, its owner does;
    # not the other firm named as subject before.
    text = (
        "Brewers' profits\n\n"
        "Brewco and Maltex have reported falling profits. Maltex suffered a 3% fall in profits. "
        "Brewco's net income fell to 500m euros. It warned that weak demand would hurt sales this year."
    )
    assert _speakers(text)[-1] == "Brewco"


def test_it_after_a_possessive_subject_that_owns_a_person_is_no_owner():
    # "Brewco's chief executive resigned. It said …": the subject is a person, so the owner is not read there.
    text = (
        "Boardroom\n\nBrewco's chief executive resigned on Monday. It is expected that the board will meet on Friday."
    )
    assert all(s != "Brewco" for s in _speakers(text))


def test_they_after_a_plural_body_description_as_subject_is_that_group():
    # Plural body noun: "The energy companies denied … They also said" — the companies, not the regulators before
    # them ("companies", "agencies": an "-ies" plural the role-noun reading misses).
    text = (
        "Energy prices case\n\n"
        "Regulators had argued that energy companies fixed prices for years. "
        "The energy companies denied the claims on Monday. "
        "They also said that they had cut prices for many customers since 2001."
    )
    assert _speakers(text)[-1] not in ("Regulators", None)


def test_it_never_refers_to_a_plural_proper_name_as_subject():
    # Number agreement: "Two Americans were hurt … '…,' it said" — a plural is never "it".
    text = (
        "Plant accident\n\n"
        "Norcastle Foods closed its plant in Ohio on Monday. Two Americans were hurt there last week.\n\n"
        '"Safety is our first concern and the plant will stay shut," it said.'
    )
    assert _speakers(text)[-1] != "Americans"


def _doc_index(text: str):
    from analysis import speakers as sp
    from analysis.quotes import find_quotes, quote_blocks

    art = read_article(text)
    blocks = quote_blocks(art)
    doc = sp._Doc(art.text, blocks, find_quotes(art.text, blocks))
    return doc, attribution._Index(doc)


@pytest.mark.parametrize(
    ("sentence", "role", "expected"),
    [
        ("The general election would be close, she said.", "general", False),
        ("The general manager would stay, she said.", "manager", True),
        ("The minister yesterday said it would stay.", "minister", True),
    ],
)
def test_a_role_noun_before_a_singular_noun_for_a_thing_is_no_one(sentence, role, expected):
    # round 36: "The general election …" read as a role subject passed the speaker a later "he" continues
    doc, idx = _doc_index("Headline\n\n" + sentence)
    found = any(m.kind == "role" and doc.low[m.b - 1] == role for m in idx.mentions(0, doc.n))
    assert found is expected


def test_she_after_the_general_election_is_the_speaker_before_it():
    text = (
        "Party leader sets out plans\n\n"
        "Voters face a clear choice next year, said Anna Moreton.\n\n"
        "The general election would be a close race between three parties, she said."
    )
    assert _speakers(text)[-1] == "Anna Moreton"


def _features(text: str, pron: str, nth: int = -1) -> dict[str, dict[str, float]]:
    doc, idx = _doc_index(text)
    att = attribution.sp._Attributor(doc)
    pos = [k for k, w in enumerate(doc.low) if w == pron][nth]
    out = {}
    for c in attribution.pronoun_antecedents(att, idx, pos, pron):
        key = "<last>" if c.np is None else " ".join(doc.tok[c.np.a : c.np.b])
        out.setdefault(key, dict(zip(attribution.PRONOUN_FEATURES, c.features)))
    return out


def test_the_person_a_pronouns_quote_talks_about_is_marked():
    # round 36: ""It's his first year …," he said" after "Coach Bob Dwyer warned that Sam Burton …": the quote speaks
    # of Burton (as "his", and by name), so he is what the speaker talks about, not the speaker
    text = (
        "Coach worried\n\n"
        "Coach Bob Dwyer warned that winger Sam Burton needed a rest. Burton, 21, has struggled lately. "
        '"It is his first year and Burton has played a lot," he said.'
    )
    x = _features(text, "he")
    assert x["Burton"]["spoken_of_in_quote"] == 1.0
    assert x["Burton"]["named_in_quote"] == 1.0
    assert x["Coach Bob Dwyer"]["named_in_quote"] == 0.0
    assert x["Coach Bob Dwyer"]["spoken_of_in_quote"] == 0.0


def test_a_quote_in_the_first_person_marks_no_one():
    text = (
        "Coach pleased\n\n"
        "Coach Bob Dwyer praised winger Sam Burton. Burton, 21, scored twice. "
        '"I am delighted with the whole squad," he said.'
    )
    x = _features(text, "he")
    assert all(f["spoken_of_in_quote"] == 0.0 and f["named_in_quote"] == 0.0 for f in x.values())


def test_a_subject_of_the_pronouns_own_sentence_ends_the_chain_of_he_before_it():
    # round 36: "He said: "…" ¶ Tory MP Dan Greer attacked plans to change what he called …": the new subject of the
    # pronoun's own sentence, not the one the "he"s before it continued
    text = (
        "Bill debated\n\n"
        'Minister Colin Lesley said the bill was fair. He said: "It is overdue."\n\n'
        "Tory MP Dan Greer attacked plans to change what he said was a fine office."
    )
    x = _features(text, "he")
    assert x["Minister Colin Lesley"]["continued_subject"] == 0.0
    assert x["Minister Colin Lesley"]["previous_pronoun"] == 0.0
    assert x["Tory MP Dan Greer"]["subject_same_sentence"] == 1.0
    # with no subject of its own before it, the pronoun goes on with the chain
    x = _features(text.replace("Tory MP Dan Greer attacked plans to change what", "Later"), "he")
    assert x["Minister Colin Lesley"]["continued_subject"] == 1.0
    assert x["Minister Colin Lesley"]["previous_pronoun"] == 1.0


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("But the mayor said Mr Hale was never at the meetings.", "Hale", True),
        ("He declared that as long as the vote stays split, Tom Hale would win.", "Hale", True),
        ("Mr Hale said the plan would fail.", "Hale", False),
        ("The plan would fail, said Mr Hale.", "Hale", False),
        ("The mayor told Mr Hale the plan would fail.", "Hale", False),
    ],
)
def test_in_earlier_report_marks_a_name_that_opens_a_reported_clause(sentence, name, expected):
    # round 36: "the chancellor said Mr Baume was never …" — the reported clause's subject is what was said about,
    # not the sentence's subject a later "He said" goes on with (learned pronoun feature in_earlier_report)
    doc, idx = _doc_index("Headline\n\n" + sentence)
    att = attribution.sp._Attributor(doc)
    m = next(m for m in idx.mentions(0, doc.n) if doc.tok[m.b - 1] == name)
    assert attribution.in_earlier_report(att, m) is expected


def test_according_to_him_never_refers_to_a_name_in_the_clause_it_reports():
    # "…, according to him." reports the clause before its comma as "…, he said." does (Principle C): a name
    # inside that clause is what he spoke of, and the rules' own reading of the phrase is no earlier speaker
    text = (
        "Reform plan\n\n"
        "Tom Brandel, the party leader, spoke in Leeds on Monday.\n\n"
        "The council was holding detainees without trial at Harwick Prison, according to him. "
        '"An overmighty state is a dangerous one," according to him.'
    )
    assert _speakers(text) == ["Tom Brandel", "Tom Brandel"]


def test_according_to_him_does_not_take_the_subject_of_the_clause_it_reports():
    text = (
        "Campaign begins\n\n"
        "Alan Fenwick, the campaign chief, met reporters on Tuesday.\n\n"
        "And Gordon Tarrow would be in the front line of that campaign, according to him."
    )
    assert _speakers(text) == ["Alan Fenwick"]
