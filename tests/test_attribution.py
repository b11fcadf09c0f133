"""analysis.attribution: candidate mentions, the learned choice, and who a mention is.

Each failure class seen on unseen British/Canadian copy (issue 13) has a small literal article here.
"""

from __future__ import annotations

import numpy as np
import pytest

import analysis
from analysis import attribution
from analysis import speakers as sp


def _quotes(text: str) -> list[attribution.Attribution]:
    art = analysis.read_article("Headline\n\n" + text)
    return [a for a in attribution.attribute(art).attributions if a.kind in ("full", "partial")]


def test_weights_ship_as_plain_arrays():
    weights = attribution._weights()
    assert weights is not None, "analysis/data/attribution.npz is missing or for another feature set"
    coef, _, pron, role, rep = weights
    assert coef.shape == (len(attribution.FEATURES),)
    assert rep is not None and rep.shape == (len(attribution.FEATURES),)
    assert pron is not None and pron.shape == (len(attribution.PRONOUN_FEATURES),)
    assert role is not None and role.shape == (len(attribution.ROLE_FEATURES),)


def test_mention_offsets_point_at_the_mention():
    text = '"We will win," said Senator Jane Smith.'
    (q,) = _quotes(text)
    art_text = "Headline\n\n" + text
    assert q.speaker == "Jane Smith"
    assert art_text[q.mention_start : q.mention_end] == q.mention


def test_pronoun_is_not_resolved_to_the_object_of_by():
    text = (
        'Tory leader Michael Howard will appeal to voters who feel "taken for granted" by Tony Blair.\n\n'
        'He will say Conservatives "share the same values" as those voters.'
    )
    assert _quotes(text)[-1].speaker == "Michael Howard"


def test_she_after_an_unnamed_spokeswoman_is_the_spokeswoman():
    text = (
        "The Commons Work and Pensions committee heard evidence on Tuesday.\n\n"
        "A Department for Work and Pensions spokeswoman confirmed the figures. "
        '"We are looking at the changes carefully," she said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "A Department for Work and Pensions spokeswoman"
    assert q.mention == "she"


@pytest.mark.parametrize(
    ("intro", "role", "holder"),
    [
        ("Prime Minister Tony Blair visited the school on Monday.", "the prime minister", "Tony Blair"),
        ("Tory leader Michael Howard attacked the plans.", "the Tory leader", "Michael Howard"),
        ("Gordon Brown, the chancellor, set out the figures.", "the chancellor", "Gordon Brown"),
        # the role before the name, an abbreviated title, a British synonym, an appositive with "for"
        ("The chancellor, Gordon Brown, set out the figures.", "the chancellor", "Gordon Brown"),
        ("New Jersey Gov. Chris Christie spoke on Monday.", "the governor", "Chris Christie"),
        ("Health Secretary Patricia Hewitt set out the figures.", "the minister", "Patricia Hewitt"),
        ("Jane Doe, a spokeswoman for the department, spoke.", "the spokeswoman", "Jane Doe"),
    ],
)
def test_role_is_the_person_the_article_gave_it(intro, role, holder):
    (q,) = _quotes(f'{intro}\n\n"They have failed," {role} said.')
    assert q.speaker == holder


@pytest.mark.parametrize(
    ("intro", "role", "holder"),
    [
        # a person noun of no hand list (learned: analysis/data/noun_kinds.txt), given in apposition; another
        # person named in between is no holder of it
        ("Ann Lee, a lecturer at York, spoke on Monday. Tom Green disagreed.", "The lecturer", "Ann Lee"),
        ("Donald Trump, the real-estate mogul, held a rally. Ted Cruz spoke too.", "The mogul", "Donald Trump"),
    ],
)
def test_an_epithet_in_apposition_is_that_person(intro, role, holder):
    (q,) = _quotes(f'{intro}\n\n{role} said it was "a disgrace".')
    assert (q.speaker, q.mention) == (holder, role)


def test_capitalised_title_is_not_a_speaker():
    text = 'MPs debated the Bill on Monday. "It is a disgrace," said Labour MP Diane Abbott.\n\n"We will fight it," she added.'
    assert [q.speaker for q in _quotes(text)] == ["Diane Abbott", "Diane Abbott"]


def test_person_of_a_newspaper_is_the_person():
    (q,) = _quotes('"Newspapers are in trouble," said Matthew Ingram of The Globe and Mail.')
    assert q.speaker == "Matthew Ingram"


def test_surname_that_is_a_month():
    quotes = _quotes('Labour MSP Christine May said the plans were wrong. "This is not the way forward," Ms May said.')
    assert quotes[-1].speaker is not None and quotes[-1].speaker.endswith("May")


def test_a_surname_spelt_like_a_modal_stays_in_the_mention():
    (q,) = _quotes('Labour MSP Christine May said the plans were "wrong".')
    assert (q.speaker, q.mention) == ("Christine May", "Labour MSP Christine May")


def test_a_given_name_spelt_like_a_modal_before_a_past_verb_is_a_name():
    # A modal governs only a base verb: "Will wrote", "Will Smith said" name a person; "Will he run?" does not.
    (q,) = _quotes('The columnist disagreed. "They are wrong," Will wrote.')
    assert q.speaker == "Will"
    (q,) = _quotes('Will Smith said: "I am here."')
    assert q.speaker == "Will Smith"
    (q,) = _quotes('"It is," George Will wrote.')
    assert q.speaker == "George Will"
    (q,) = _quotes('"Fine," said Will.')
    assert q.speaker == "Will"


def test_a_capitalised_modal_before_a_base_verb_stays_a_modal():
    (q,) = _quotes('Will Trump win? "No," Jane Doe said.')
    assert q.speaker == "Jane Doe"
    (q,) = _quotes('Will he run? "No," she said.')
    assert q.speaker != "Will"
    # a headline's Title Case ("Breton Will Welcome") keeps the modal; a title before "Will" opens a name
    assert all("Will" not in (q.speaker or "") for q in _quotes('Cape Breton Will Welcome Americans, he said "today".'))
    (q,) = _quotes('Polk County GOP Chairman Will Rogers said it was "huge".')
    assert q.speaker == "Will Rogers"


def test_a_title_for_a_portfolio_stays_in_the_title():
    # "Minister for Europe", "Commissioner for Competition": the portfolio is the title's, not the name's.
    (q,) = _quotes('Minister for Europe Denis MacShane said "we will act".')
    assert (q.speaker, q.mention) == ("Denis MacShane", "Minister for Europe Denis MacShane")
    (q,) = _quotes('"We will act," said European Commissioner for Competition Neelie Kroes.')
    assert q.speaker == "Neelie Kroes"
    (q,) = _quotes('Secretary of State for Scotland Alistair Darling said it was "fine".')
    assert q.speaker == "Alistair Darling"


def test_a_web_address_is_one_speaker():
    (q,) = _quotes('Traffic rose, according to OneStat.com. "It is big," OneStat.com said.')
    assert q.speaker == "OneStat.com"


def test_an_acronym_spelt_like_a_month_is_a_name():
    # "DEC" (Disasters Emergency Committee) is no December; "DEC 25" is.
    (q,) = _quotes('"We will cut jobs," DEC says.')
    assert q.speaker == "DEC"
    (q,) = _quotes('Ms Sanders said DEC had contacted registrars, and DEC said it was "a fraud".')
    assert q.speaker == "DEC"
    (q,) = _quotes('ON DEC 25 the firm said it was "a fraud".')
    assert q.speaker != "DEC"


def test_the_person_an_outlet_quotes_as_saying_is_the_speaker():
    (q,) = _quotes('The ban stays. "We do not need aircraft," Reuters quoted Jusman Djamal as saying.')
    assert q.speaker == "Jusman Djamal"
    (q,) = _quotes('Reuters quoted Jusman Djamal as saying: "We do not need aircraft."')
    assert q.speaker == "Jusman Djamal"
    (q,) = _quotes('Jusman Djamal spoke. "We do not need aircraft," Reuters quoted him as saying.')
    assert q.speaker == "Jusman Djamal"


def test_a_lone_surname_is_not_the_first_word_of_a_thing():
    # "the Trump Train", "Trump Tower" end in a common noun: "Trump" alone is the man, not them.
    (q,) = _quotes('For those not yet on the Trump Train, fine. Trump told Newsmax that Romney "had a crazy policy".')
    assert q.speaker == "Trump"
    (q,) = _quotes('Fans went to Trump Tower. Trump said "we win".')
    assert q.speaker == "Trump"


def test_a_lone_given_name_or_family_name_first_still_reaches_the_full_name():
    (q,) = _quotes('Ban Ki-moon spoke. Ban said "we win".')
    assert q.speaker == "Ban Ki-moon"
    (q,) = _quotes('Hillary Clinton spoke in Iowa. Hillary said "we win".')
    assert q.speaker == "Hillary Clinton"


def test_a_month_abbreviation_with_its_full_stop_ends_a_name():
    (q,) = _quotes('Carrier Feb. 10 said it was "awful".')
    assert q.speaker == "Carrier"
    (q,) = _quotes('"We lost," said Jock A. Finlayson, head of policy.')
    assert q.speaker == "Jock A. Finlayson"


def test_a_name_modifying_a_thing_after_an_indefinite_article_is_no_speaker():
    # "a Mercedes convertible": the prize, not the speaker; a role noun after the name still heads a source.
    text = (
        "Roger Federer won. Shortly after collecting a trophy, a Mercedes convertible and a cheque, Federer "
        'addressed the crowd and concluded by saying "thanks for having me".'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Roger Federer"
    (q,) = _quotes('"It is bad," said a Delhi auto parts supplier.')
    assert q.speaker == "a Delhi auto parts supplier"


def test_an_ampersand_inside_a_body_name_keeps_the_name_whole():
    (q,) = _quotes(
        "There was more good news from Bank of America Corp. and JPMorgan Chase & Co., who announced that "
        'they were "profitable".'
    )
    assert q.speaker == "JPMorgan Chase & Co."


def test_party_state_tag_does_not_break_the_cue():
    (q,) = _quotes('Senate Majority Leader Chuck Schumer, D-N.Y., said the bill was "a step forward for workers."')
    assert q.speaker == "Chuck Schumer"


def test_and_inside_a_capitalised_name_does_not_cut_a_description():
    (q,) = _quotes('"We were surprised," said a spokeswoman for the Department for Work and Pensions.')
    assert q.speaker == "a spokeswoman for the Department for Work and Pensions"


def test_a_pronoun_after_an_unnamed_description_is_the_same_source():
    got = _quotes('"We were surprised," said a spokeswoman for the Home Office. "It was unexpected," she added.')
    assert [q.speaker for q in got] == ["a spokeswoman for the Home Office"] * 2


def test_a_past_form_after_a_plural_noun_is_a_verb_not_a_modifier():
    (q,) = _quotes('Reporters heard students chant "we want change" outside.')
    assert q.speaker == "students"
    (q,) = _quotes('Some retired teachers said the plan was "a disgrace".')
    assert q.speaker == "Some retired teachers"


@pytest.mark.parametrize("tag", [", D-N.Y.,", ", R-S.C.,", " (D-N.Y.)"])
def test_initialism_party_tag_keeps_a_short_fragment_a_quote(tag):
    # The tag's full stops once ended the engine's sentence between the name and its cue, so a short
    # fragment lost its cue and was read as a scare quote.
    (q,) = _quotes(f'Chuck Schumer{tag} said the bill was "a disgrace" and a shame.')
    assert (q.kind, q.speaker) == ("partial", "Chuck Schumer")


def test_new_speaker_after_a_colon_is_not_the_previous_one():
    text = (
        'Industry experts said the plane was unsafe. "It cannot fly," one said.\n\n'
        "At the hearing, Senator John McCain asked about the tanker deal.\n\n"
        ': Secretary of the Air Force James Roche: "No, Sir, we did not."'
    )
    assert _quotes(text)[-1].speaker.endswith("James Roche")


def test_live_blog_speaker_again_on_stage():
    text = (
        'Anna Svensson spoke first. "We are ready," she said.\n\nLindqvist again, now on stage: "This is our moment."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Anna Svensson", "Lindqvist"]


def test_candidates_include_continuity_and_features_are_finite():
    from analysis import speakers as sp
    from analysis.quotes import find_quotes, quote_blocks

    art = analysis.read_article('Headline\n\nJane Smith spoke. "We are ready," she said.')
    blocks = quote_blocks(art)
    doc = sp._Doc(art.text, blocks, find_quotes(art.text, blocks))
    att = sp._Attributor(doc)
    ti = next(i for i, t in enumerate(doc.tok) if t == sp.QUOTE_TOKEN)
    cands = attribution.quote_candidates(att, attribution._Index(doc), ti, None)
    assert cands[0].np is None  # continuity
    kinds = {c.np.kind for c in cands[1:]}
    assert {"name", "pronoun"} <= kinds
    assert all(np.isfinite(c.features).all() for c in cands)


def _doc(text: str):
    from analysis import speakers as sp
    from analysis.quotes import find_quotes, quote_blocks

    art = analysis.read_article("Headline\n\n" + text)
    blocks = quote_blocks(art)
    doc = sp._Doc(art.text, blocks, find_quotes(art.text, blocks))
    return doc, attribution._Index(doc)


@pytest.mark.parametrize(("word", "common"), [("Search", True), ("KCNA", False), ("Bornstein", False)])
def test_capitalised_word_written_in_lower_case_elsewhere_is_no_name(word, common):
    from analysis import speakers as sp

    doc, idx = _doc(f"The search went on. {word} said it was over. KCNA agreed with Bornstein.")
    k = doc.tok.index(word)
    assert attribution._common_word(idx, doc, sp._NP("name", k, k + 1, (word,))) is common


def test_parliamentary_title_and_a_surname_that_is_also_a_month() -> None:
    # "MSP" is a title, and "May" after a given name is a surname, not the month or the modal verb.
    res = analysis.analyze(
        'Headline here\n\nLabour MSP Christine May said the plan was "a disgrace" and would cost jobs.\n\n'
        'In May, the council voted. "We will not accept it," Ms May said.\n'
    )
    assert set(res.quotes["speaker"]) == {"Christine May"}
    row = res.speakers.set_index("speaker").loc["Christine May"]
    assert "MSP" in row["title"] and row["gender"] == "female"


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        # nobody was given the role, or the one who was is another person: the role stays a role
        ("Prime Minister Tony Blair visited the school on Monday.", "a spokeswoman"),
        ("President Barack Obama spoke on Monday.", "its senior vice president"),
        ("Hillary Clinton's aide Huma Abedin spoke on Monday.", "one longtime aide"),
    ],
)
def test_role_without_a_holder_stays_a_role(intro, role):
    (q,) = _quotes(f'{intro}\n\n"They have failed," {role} said.')
    assert q.speaker == role


def test_report_source_at_the_end_of_the_text_does_not_crash():
    # the source span of a report can end where the text ends
    art = analysis.read_article("Headline\n\nThe senator said the bill would pass, according to aides")
    attribution.attribute(art)


def test_sentence_opening_word_of_general_english_is_no_speaker():
    # "Hours" is capitalised only where it opens a sentence, and is a word of general English, not a given name
    text = (
        'Sheldon Adelson praised Donald Trump in Macau. "He was very charming," Adelson said.\n\n'
        'Hours later, Trump returned the compliment, telling Reuters, "Sheldon and I have been friends for a long time."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Sheldon Adelson", "Donald Trump"]


def test_role_held_as_a_predicate_is_no_mention():
    art = analysis.read_article("Headline\n\nTrump knocked her record while secretary of state and said it was weak.")
    doc, idx = _doc(art.text.split("\n\n", 1)[1])
    assert not [m for m in idx.mentions(0, doc.n) if m.kind == "role"]


def test_reported_speech_role_source_is_its_holder():
    text = (
        "Founder Stelios Haji-Ioannou has pledged to contest the claim.\n\n"
        "The Easyjet founder also said he planned to add a disclaimer to the site."
    )
    art = analysis.read_article("Headline\n\n" + text)
    rows = [a for a in attribution.attribute(art).attributions if a.kind == "indirect"]
    assert rows and rows[0].speaker == "Stelios Haji-Ioannou"


def test_given_name_gives_a_pronoun_antecedent_its_gender():
    from analysis import speakers as sp

    assert attribution._np_gender(sp._NP("name", 0, 2, ("Michael", "Howard")), None) is None
    doc, _ = _doc("Michael Howard spoke on Monday.")
    ent = doc.lookup(("Michael", "Howard"), 0, create=False)
    assert attribution._np_gender(sp._NP("name", 0, 2, ("Michael", "Howard")), ent) == "m"


def test_role_with_a_name_in_apposition_is_that_person():
    text = '"The attacks draw us together," Ms. Merkel\'s spokesman, Steffen Seibert, wrote on Twitter.'
    (q,) = _quotes(text)
    assert q.speaker == "Steffen Seibert"


def test_a_name_only_ever_after_a_preposition_of_place_is_no_pronoun_antecedent():
    from analysis import speakers as sp

    doc, _ = _doc("Ms. Olivieri has lived in Washington Heights all her life. Trump spoke in Salem, New Hampshire.")
    ents = {e.name: e for e in doc.entities.values()}
    assert attribution._place_evidence(doc, ents["Washington Heights"])
    assert attribution._place_evidence(doc, ents["New Hampshire"])
    assert not attribution._place_evidence(doc, ents["Olivieri"])
    assert sp  # the module the entities come from


def _reports(text: str) -> list[attribution.Attribution]:
    art = analysis.read_article("Headline\n\n" + text)
    return [a for a in attribution.attribute(art).attributions if a.kind == "indirect"]


def test_report_source_in_apposition_before_the_cue_is_found():
    # the detector writes no source for "X's press secretary, Peter Cook, told …": the report ranker finds it
    text = (
        "Former Defense Secretary Ash Carter used a private account.\n\n"
        "Carter's press secretary, Peter Cook, told the Times that Carter believed the account was secure."
    )
    (row,) = _reports(text)
    assert row.speaker == "Peter Cook" and row.mention_start is not None


def test_group_is_a_reported_source_not_nobody():
    (row,) = _reports("The poll was taken last week.\n\nStill, 52 percent of registered voters say they would vote.")
    assert row.speaker == "52 percent of registered voters"


def test_sentence_opening_role_noun_is_a_group_source():
    # "Voters", "Critics": a role noun capitalised by position, not a name and not an ordinary word to drop
    assert [r.speaker for r in _reports("Critics say the plan will fail.")] == ["Critics"]


def test_reported_source_is_the_subject_not_the_addressee():
    text = "Senator Jane Smith spoke in Ohio on Monday.\n\nSmith told reporters that the bill would pass next week."
    assert [r.speaker for r in _reports(text)] == ["Jane Smith"]


def test_reported_pronoun_source_is_its_antecedent():
    text = "Governor Tom Brown visited the plant.\n\nHe said the factory would reopen in the spring."
    assert [r.speaker for r in _reports(text)] == ["Tom Brown"]


@pytest.mark.parametrize("opening", ["Gates said", "Gates also said", "Gates, 45, said"])
def test_surname_that_is_a_word_of_general_english_before_its_cue_is_the_speaker(opening):
    # "Gates" opens every sentence it is in and is a word of general English, but it stands as the cue's
    # subject: evidence of a name that the sentence-opening rule ("Hours later, …") must not veto
    text = f'Gates spoke first.\n\n"We are late," Jane Doe said.\n\n{opening} the plan "would fail in a week" and left.'
    assert [q.speaker for q in _quotes(text)] == ["Jane Doe", "Gates"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Sanders gained. Six in 10 say he is at least somewhat decisive.", "Six in 10"),
        ("Around that time, 47 percent said they would vote for him.", "47 percent"),
        ("Many back the ban, but majorities in all five say they want immigrants to stay.", "majorities in all five"),
    ],
)
def test_quantity_of_people_is_a_reported_source(text, group):
    # a poll's respondents are the source the detector writes no words for: a group label, not nobody
    (row,) = _reports(text)
    assert row.speaker == group and row.mention == group


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Half of the members said the club should close.", "Half of the members"),
        (
            "Just 12 percent of farmers questioned in mid-June said prices had risen.",
            "Just 12 percent of farmers questioned in mid-June",
        ),
        ("Twelve Acme 100 firms said they would cut jobs.", "Twelve Acme 100 firms"),
        ("Some 40 banks in the Zeta Bourse index said they would pay more.", "Some 40 banks in the Zeta Bourse index"),
        ("Lawyers for both women said they would appeal.", "Lawyers for both women"),
    ],
)
def test_a_counted_or_shared_group_is_the_source_whole(text, group):
    # a share word or adverb capitalised as the sentence's first word ("Half", "Just") is no name, and a count's
    # plural noun heads the group, not the name inside it ("Acme", "Zeta Bourse")
    assert [r.speaker for r in _reports(text)] == [group]


def test_a_count_after_of_completes_a_noun_and_is_no_group():
    text = "Half the town backs the plan, the Acme survey of 2,000 adults for Zeta's programme suggests."
    assert [r.speaker for r in _reports(text)] == ["Acme"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The river is rising, the Northern Committee of the Blue Shield said.",
            "Northern Committee of the Blue Shield",
        ),
        (
            "The bees are dying, the Royal Society for the Study of Insects said.",
            "Royal Society for the Study of Insects",
        ),
        ("Sugar is a risk, the Center for Food in the Common Good said.", "Center for Food in the Common Good"),
    ],
)
def test_a_body_name_runs_over_of_the_and_in_the(text, body):
    assert [r.speaker for r in _reports(text)] == [body]


def test_a_doubled_closing_mark_is_no_word_of_the_next_source():
    # copy exported through CSV doubles its quote marks (""like this""): the second closing mark must not stand
    # between the quote and the description that opens the next sentence
    text = (
        'Ben Roe spoke first. ""That is how we did it."" The 41-year-old singer, who has toured Zeta towns, admits'
        " he would like to act."
    )
    assert [r.speaker for r in _reports(text)] == ["Ben Roe"]
    assert [r.mention for r in _reports(text)] == ["The 41-year-old singer"]


def test_a_name_that_modifies_a_role_noun_is_no_source_of_its_own():
    text = "Jane Roe, 31, met the man in May. The shaken Zeta City tour guide said he was a fraud."
    (row,) = _reports(text)
    assert row.mention == "The shaken Zeta City tour guide" and row.speaker != "Zeta City"


@pytest.mark.parametrize("verb", ["e-mailed", "emailed", "faxed"])
def test_who_sent_a_document_is_the_source_not_the_verb_phrase(verb):
    text = f"Jane Roe, a spokeswoman for the Acme district, {verb} a statement on Friday confirming that the class was shut."
    assert [r.speaker for r in _reports(text)] == ["Jane Roe"]


def test_in_the_after_a_body_without_complement_is_a_place():
    text = "Acme Corp. in the United States said sales had fallen."
    assert [r.speaker for r in _reports(text)] == ["Acme Corp."]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Top Republican Party donor Sheldon Adelson said on Friday he met the candidate.", "Sheldon Adelson"),
        (
            "Vatican spokesman the Rev. Federico Lombardi told reporters that the pope has no plans.",
            "Federico Lombardi",
        ),
        ("Republican Rep. Lee Zeldin of New York, a Trump supporter, said it will help the party.", "Lee Zeldin"),
    ],
)
def test_report_source_is_the_name_its_role_words_lead_to(text, who):
    # not the body before the role noun ("Top Republican Party", "Vatican spokesman")
    assert [r.speaker for r in _reports(text)] == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a first name that is also a title word is a first name before a lone surname (gender table) …
        ('Dean Parrish, an economist at the bank, called the plan "a giveaway to landlords."', "Dean Parrish"),
        ('Economist Dean Parrish spoke on Friday. "It is a giveaway," Parrish said.', "Dean Parrish"),
        # … but stays a title where the article writes it as a role, and a role noun stays a title
        ('The dean of the faculty, Dean Parrish, was angry. "It is a giveaway," Dean Parrish said.', "Parrish"),
        ('Judge Parrish heard the case. "It is a giveaway," Judge Parrish said.', "Parrish"),
    ],
)
def test_given_name_that_is_also_a_title_word(text, who):
    assert _quotes(text)[-1].speaker == who


@pytest.mark.parametrize(
    ("intro", "role", "holder"),
    [
        # a role in apposition without an article, and a role before the name with an "of" complement
        ("John Smith, chief executive of Acme, spoke on Monday.", "The chief executive", "John Smith"),
        ("The boss of Acme, John Smith, spoke on Monday.", "The boss", "John Smith"),
        ("Acme boss John Smith spoke on Monday.", "The Acme boss", "John Smith"),
    ],
)
def test_reported_role_is_the_person_the_article_gave_it(intro, role, holder):
    (r,) = _reports(f"{intro}\n\n{role} said the firm would hire more staff.")
    assert (r.speaker, r.mention) == (holder, role)


def test_clause_after_a_name_is_no_role():
    # ", who runs Acme," gives no role: the chief executive stays unnamed
    (r,) = _reports("John Smith, who runs Acme, spoke on Monday.\n\nThe chief executive said the firm would hire more.")
    assert r.speaker == "The chief executive"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a title word after a given name or an initial is the surname …
        ('"It is hard," said Representative Paul T. King of Ohio.', "Paul T. King"),
        ('Rep. Walter Bishop said the wall was "needed now."', "Walter Bishop"),
        # … and stays a title before a name
        ('King Harald said it was "a great day."', "Harald"),
    ],
)
def test_surname_that_is_a_title_word(text, who):
    assert _quotes(text)[-1].speaker == who


def test_name_modifying_a_role_before_another_name_is_no_antecedent():
    # "Obama consultant Cornell Belcher": "he" after it is Belcher, not the modifier
    text = (
        "Barack Obama won in 2008.\n\nSan Diego chapter president Luis Osuna spoke next."
        ' "We have 300 members," he said.\n\nObama pollster Jane Doe agreed. "It holds," she said.'
    )
    assert [q.speaker for q in _quotes(text)] == ["Luis Osuna", "Jane Doe"]


# ---- attribution round 4 (issue 13): named failure classes, one literal sentence each


def test_person_of_an_organisation_with_and_in_its_name_is_the_speaker():
    # the body's name holds "for" and "and": the person before "of the" speaks, not "Economic"
    text = 'Economist Dean Baker of the Center for Economic and Policy Research said the plan "will not add jobs."'
    assert _quotes(text)[-1].speaker == "Dean Baker"


def test_person_of_a_town_and_its_state_is_the_speaker():
    text = 'Mary Jones of Dayton, Ohio says the mayor "has done nothing."'
    assert _quotes(text)[-1].speaker == "Mary Jones"


@pytest.mark.parametrize("opener", ["Later", "Meanwhile", "Still", "Despite that,"])
def test_sentence_opening_adverb_is_not_part_of_a_name(opener):
    text = f'Barack Obama spoke in Ohio on Monday.\n\n{opener} Obama said the plan "will not add jobs."'
    assert _quotes(text)[-1].speaker == "Barack Obama"


def test_given_name_ending_in_ly_opens_a_sentence_as_a_name():
    # "Carly" is not a participle like "Following": the full name is the person
    text = 'Carly Brown joined the race on Monday. "I am running," Brown said.'
    assert _quotes(text)[-1].speaker == "Carly Brown"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"Sales are down," said the vice president and chairman of Acme Motors LLC Jim Stone.', "Jim Stone"),
        ('"Sales are down," said former secretary of state Jane Miller, who praised the plan.', "Jane Miller"),
        ('"It was a mistake," said former Ohio Gov. and party chairman Ed Brown.', "Ed Brown"),
        ('The chief executive of Acme Corp Jane Doe said the plan "will fail."', "Jane Doe"),
    ],
)
def test_long_role_phrase_before_a_name_gives_the_name(text, who):
    assert _quotes(text)[-1].speaker == who


def test_full_name_only_in_the_headline_reaches_the_body_surname():
    art = analysis.read_article(
        "Elizabeth Warren says Democrats will win\n\nThe senator spoke on Monday. "
        '"We will win," Warren said. "It is time," she added.'
    )
    got = [a.speaker for a in attribution.attribute(art).attributions if a.kind in ("full", "partial")]
    assert got == ["Elizabeth Warren", "Elizabeth Warren"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"It was a long night," said the Daily Ledger\'s Chris Walton.', "Chris Walton"),
        ('Ohio State University’s Dana Brooks said the race "is wide open."', "Dana Brooks"),
        # a body's name with a possessive stays whole
        ('America\'s Renewable Future said the plan "is good."', "America's Renewable Future"),
    ],
)
def test_owner_before_a_possessive_is_the_affiliation_not_part_of_the_name(text, who):
    assert _quotes(text)[-1].speaker == who


def test_name_modifying_a_noun_after_a_role_is_not_the_speaker():
    # "the Acme Jane Doe brand": the name modifies "brand"; the representative stays unnamed
    text = 'A representative for the Jane Doe brand noted that the firm offers "the best leave in town."'
    assert _quotes(text)[-1].speaker != "Jane Doe"


def _report_speakers(text: str) -> list[str | None]:
    art = analysis.read_article("Headline\n\n" + text)
    return [a.speaker for a in attribution.attribute(art).attributions if a.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a role in apposition after a name: the name speaks, not the body after "of"
        (
            "Talks resumed on Monday. Marta Ellroy, the president of Northern Steel Workers said the deal was fair.",
            "Marta Ellroy",
        ),
        # the body after "of" is the affiliation; the name after it is who speaks
        (
            "The vote was close. Lake County Supervisor of Elections Alma Reyes said the count would be checked.",
            "Alma Reyes",
        ),
    ],
)
def test_person_beside_a_body_in_the_source_phrase_is_the_speaker(text, who):
    assert _report_speakers(text)[-1] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a body headed by a common noun after the person's name is her affiliation, before the cue or after it
        ('Tom Varley of Harwick police said officers "found nothing."', ["Tom Varley"]),
        ('Tom Varley from the county council said the road would "stay shut."', ["Tom Varley"]),
        ('Insp. Varley with Harwick police said the road was "closed."', ["Varley"]),
        ("Tom Varley of the county council said the road would close next week.", ["Tom Varley"]),
        ('"We found nothing," said Tom Varley of Harwick police. "It was quiet."', ["Tom Varley", "Tom Varley"]),
        ('"We found nothing," Dr Tom Varley from the health agency said.', ["Tom Varley"]),
        ('"We found nothing," Tom Varley of Harwick city council said.', ["Tom Varley"]),
        # a capitalised stop word inside the body's name ("First") is crossed to the person before it
        ('Chief Ada Rennick of the Harwick Lake First Nation said the water was "unsafe."', ["Ada Rennick"]),
        # and the nation's name, a body, is no speaker of her next quote
        ('"We will act," Dr Rennick of the Harwick Lake First Nation said. "Soon."', ["Rennick", "Rennick"]),
        # no person before "of": a share of a group, a body's own "of"
        ("Half of the members said the club should close.", ["Half of the members"]),
    ],
)
def test_a_persons_affiliation_after_the_name_is_no_speaker(text, who):
    assert _speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # an office nobody holds by name: the previous sentence's subject holds it
        (
            "Helen Marsh is to cut fuel duty. The chancellor also praised the "
            '"strongest growth in decades" in her speech.',
            "Helen Marsh",
        ),
        # the office after an opening phrase is still the sentence's subject
        (
            "Helen Marsh is to cut fuel duty. In a move that surprised many, the chancellor said the cut "
            "would start in April.",
            "Helen Marsh",
        ),
        # the role's own "of" phrase, then the name in apposition
        (
            "The vote was close.\n\nAlso the president of the northern region, Carlo Benedetti, has replied that "
            "schools need new rules.",
            "Carlo Benedetti",
        ),
    ],
)
def test_office_is_linked_to_its_holder(text, who):
    art = analysis.read_article("Headline\n\n" + text)
    rows = [a for a in attribution.attribute(art).attributions if a.kind != "nonspeech"]
    assert rows[-1].speaker == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a modifier the article never wrote with the holder's title: the topic holds it all the same
        (
            "Sen. Dana Whitlock spoke in Tampa on Tuesday.\n\n"
            'The Florida senator told reporters the race was "far from over".',
            "Dana Whitlock",
        ),
        # a learned person noun that is no office ("magnate"), never given to anyone
        (
            'Rex Hallam spoke in Reno on Sunday.\n\nThe billionaire property magnate says a hit "used to be a tackle".',
            "Rex Hallam",
        ),
        # the description after the quote that opens its sentence
        (
            "Ben Alder says he is under attack because of his rise in the polls.\n\n"
            '"There is no question I am getting scrutiny," the Republican presidential candidate told CBS.',
            "Ben Alder",
        ),
        # a standing in a race is no other office than the senator's own
        (
            "Sen. Mara Quill says she opposes the plan. "
            'The GOP presidential candidate says she will work to "overturn" it.',
            "Mara Quill",
        ),
        # a party member's noun after the state
        (
            'House Speaker Paul Rider says the order "does not trump the Constitution".\n\n'
            "The Wisconsin Republican says in a statement that the steps are wrong.",
            "Paul Rider",
        ),
        # an appositive "an Oklahoma Republican" describes someone named: it brings in no unnamed Republican
        (
            "Sen. Mark Dunn, an Oklahoma Republican, said aid was needed. Sen. Tom Tull was blunt about aid.\n\n"
            '"We are out of money," the Alabama Republican said.',
            "Tom Tull",
        ),
        # a state and party describe the elected politician named before in the sentence, not its subject
        (
            'Tom Hale once had "a brief meeting" with Rep. Ed Rowan, the chairman of the House Foreign Affairs '
            "Committee, the California Republican said in a statement.",
            "Ed Rowan",
        ),
        # … or in the previous sentence, past a president named since
        (
            "Sen. Jim Vale of Ohio left the meeting with President Ivan Petrenko early. He said the talks were "
            "useful, but the Ohio Republican said his mind remained unchanged.",
            "Jim Vale",
        ),
        # … whose state, written before the title, is the description's
        ("Tom Hale once met New York Sen. Ann Cole, the New York Republican said.", "Ann Cole"),
        # another person named with that noun in apposition ("a Utah Republican") brought in no newcomer
        (
            "Sen. Ada Fenn, a Utah Republican, said the bill would pass.\n\n"
            "Sen. Tom Pryor was blunt about the bill.\n\n"
            '"We are out of money," the Ohio Republican said.',
            "Tom Pryor",
        ),
        # the previous sentence opens with a quote: its speaker is the topic
        (
            'Jacob Lenz visited Tunis on Monday. "We are pleased," Mr. Lenz said. '
            'The Treasury secretary also lauded the talks, saying "this is progress".',
            "Jacob Lenz",
        ),
        # after an opening phrase that names no one
        (
            "On Thursday, Tom Reeve announced a new manager. "
            'In a statement, the business mogul said he was "consolidating" the campaign.',
            "Tom Reeve",
        ),
    ],
)
def test_definite_description_continues_the_previous_subject(text, who):
    art = analysis.read_article("Headline\n\n" + text)
    rows = [a for a in attribution.attribute(art).attributions if a.kind != "nonspeech"]
    assert rows[-1].speaker == who


@pytest.mark.parametrize(
    ("text", "not_who"),
    [
        # the article brought in a judge without a name: "the judge" is that one
        (
            "Mara Quill met a judge in Ohio on Monday. Mara Quill praised the ruling.\n\n"
            'The judge said the rule was "fair".',
            "Mara Quill",
        ),
        # another party than the one the article gave the person
        (
            'Democratic Sen. Claire Moss spoke on Monday.\n\nThe Missouri Republican said the plan was "dead".',
            "Claire Moss",
        ),
        # another state than the one the article places the person in
        (
            "Sen. Jim Vale of Texas spoke first. Tom Hale once met Sen. Ann Cole of Ohio, the Texas Republican said.",
            "Ann Cole",
        ),
        ("Tom Hale once met Sen. Ann Cole (R-Ohio), the Texas Republican said.", "Ann Cole"),
        ("Tom Hale once met Ohio Sen. Ann Cole, the Texas Republican said.", "Ann Cole"),
        ("Tom Hale once met Sen. Ann Cole, R-New York, on a visit, the Ohio Republican said.", "Ann Cole"),
        # another office than the one the person holds
        ('Gov. Tom Pryor met the press on Monday.\n\nThe senator said the plan was "dead".', "Tom Pryor"),
        # a role that brings in someone new, and a generic noun
        ('Helen Marsh is to cut fuel duty. The analyst said the cut was "long overdue".', "Helen Marsh"),
        ('Helen Marsh is to cut fuel duty. The woman said the cut was "long overdue".', "Helen Marsh"),
        # many people are not the one named before
        ('Jim Bent runs a shop in Manchester. The two voters said they "want change".', "Jim Bent"),
        # an agent noun the article brought in with "an": that newcomer, not the person named beside it
        (
            "Tom Ebeling and his wife were greeted by an organizer at a field office.\n\n"
            '"You are the best messengers," the organizer told them.',
            "Tom Ebeling",
        ),
    ],
)
def test_definite_description_stays_unresolved(text, not_who):
    art = analysis.read_article("Headline\n\n" + text)
    rows = [a for a in attribution.attribute(art).attributions if a.kind != "nonspeech"]
    assert rows[-1].speaker != not_who


@pytest.mark.parametrize("subject", ["We\u2019ve", "We've", "They've", "I'd"])
def test_contracted_pronoun_is_no_name(subject):
    # the tokenizer keeps "We've" whole: a capitalised contraction is the pronoun, never a speaker's name
    text = f'Storms are hard to call. {subject} told you before that it is most likely a "fantasy storm".'
    assert _quotes(text)[-1].speaker is None


@pytest.mark.parametrize(
    "text",
    [
        'Judge Ray Berman asked me why. The judge then turned to me. "Your Honor," I said, "I can answer that."',
        'Tom Lee spoke on Monday. "It is over," he said. "It is not," I replied.',
        'Ann Roe endorsed him on Monday. I told Roe later that her "endorsement" came late.',
    ],
)
def test_first_person_narrator_is_no_one_named(text):
    # outside a quote "I" is the writer: not whoever spoke last, nor the person "I" spoke to
    rows = _quotes(text)
    assert all(a.speaker is None for a in rows if a.mention == "I")
    assert any(a.mention == "I" for a in rows)


def test_spokesman_is_not_the_previous_subject():
    text = 'Helen Marsh is to cut fuel duty. The spokesman said the cut was "long overdue".'
    assert _quotes(text)[-1].speaker != "Helen Marsh"


def test_acronym_in_parentheses_is_the_full_name():
    text = (
        "Shares fell after Northwind Motors (NWM) said on Friday it would close 40 plants. "
        'NWM said the plants were "no longer viable".'
    )
    art = analysis.read_article("Headline\n\n" + text)
    speakers = {a.speaker for a in attribution.attribute(art).attributions}
    assert speakers == {"Northwind Motors"}


def test_name_with_every_word_cut_short_is_the_full_name():
    assert attribution._abbreviates(["Lib", "Dems"], ["Liberal", "Democrats"])
    assert attribution._abbreviates(["Soc", "Dems"], ["Social", "Democrats"])
    assert not attribution._abbreviates(["United", "States"], ["United", "States-Mexico"])
    assert not attribution._abbreviates(["Liberal", "Democrats"], ["Liberal", "Democrats"])


def test_person_after_a_place_in_the_source_phrase_is_the_speaker():
    text = "At a Kestrel conference in Oslo Ms Varga said the new rules would help small firms."
    art = analysis.read_article("Headline\n\n" + text)
    rows = [a for a in attribution.attribute(art).attributions if a.kind == "indirect"]
    assert rows[-1].speaker == "Varga"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # an Arabic article or kinship word joined to the surname by a hyphen
        ('"The wounded are in hospital," said Karim al-Nouri, a spokesman.', ["Karim al-Nouri"]),
        # two particles before the surname; the surname with its particles is the same person later
        (
            "Greta van der Berg said the plan was ready. Mrs van der Berg added that it would work.",
            ["Greta van der Berg", "Greta van der Berg"],
        ),
        ("Mr de Laval said the plan was ready. Henri de Laval added that it would work.", ["Henri de Laval"] * 2),
    ],
)
def test_names_keep_their_lower_case_particles(text, who):
    art = analysis.read_article("Headline\n\n" + text)
    assert [a.speaker for a in attribution.attribute(art).attributions if a.kind != "nonspeech"] == who


def test_the_party_reads_back_past_a_person_to_the_party():
    # "the party" cannot be the person who spoke in between: it is the body the sentences before were about
    text = (
        "The Greens say they want to keep the tax on homes. Economist Gareth Lloyd has said the tax is unfair. "
        "The party says the rises will be the lowest in a decade."
    )
    assert _reports(text)[-1].speaker == "Greens"


def test_plural_party_name_is_a_body_for_they():
    # "Independent" reads as a title word; a plural proper noun after it is still a party, no person
    text = (
        "The Independent Greens want to scrap the levy. The rate would be set by the regions and they say "
        "it would save money."
    )
    assert _reports(text)[-1].speaker in ("Independent Greens", "Greens")


def test_the_company_is_not_its_product():
    # "the company" after a sentence whose subject is a product is the firm the article calls a company
    text = (
        "Security firm Lockwell said its new PinShield software would stop most attacks. "
        "PinShield is expected to ship in May, the company said."
    )
    assert _reports(text)[-1].speaker == "Lockwell"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The bond sale was oversubscribed nine times, dealers said on Monday.", "dealers"),
        ("The old mill has been moved once and county planners now say it must be moved again.", "planners"),
    ],
)
def test_source_phrase_that_names_no_one_is_kept(text, who):
    # no person or body to resolve: the phrase as written is the source, not None
    speaker = _reports(text)[-1].speaker
    assert speaker is not None and speaker.endswith(who)


def test_name_shaped_like_a_participle_opens_a_report():
    # "Corning" ends in -ing but is no English word: a name, the subject of "says"
    text = "Corning says it has 300 orders for the new glass.\n\nCorning says they must double production."
    assert [a.speaker for a in _reports(text)] == ["Corning", "Corning"]


def test_they_after_a_joint_subject_is_both_sources():
    text = (
        "The Greens want a new levy on flights.\n\n"
        "The Nationalists and the Liberals have attacked the plan as unworkable.\n\n"
        "Inevitably they insist there is no need to raise taxes."
    )
    assert _reports(text)[-1].speaker == "Nationalists and the Liberals"


def test_second_source_of_a_pair_keeps_its_nouns():
    text = (
        "The concert has moved to June. Stagepass and the Arena box office will write to customers who bought "
        "tickets for the May show asking if they want to attend the new date."
    )
    rows = [a.speaker for a in _reports(text)]
    assert "Stagepass and the Arena box office" in rows


@pytest.mark.parametrize(
    ("intro", "description", "holder"),
    [
        # a description as the next sentence's subject stands for the person just named; a title inside it
        # ("Dancing in the Rain") or a country ("Belgium") is no speaker
        ("Labour backbencher Tom Braddock criticised the scheme.", "The MP for Westbury South", "Tom Braddock"),
        (
            "Rock star Mary Lenton will host the festival.",
            "The 54-year-old singer of Dancing in the Rain",
            "Mary Lenton",
        ),
        ("Rovers have signed Luc Morand.", "The 29-year-old former Belgium international", "Luc Morand"),
    ],
)
def test_description_is_the_person_just_named(intro, description, holder):
    (q,) = _quotes(f'{intro} {description} said the move was "a great honour".')
    assert q.speaker == holder
    assert q.mention == description


def test_description_with_no_one_named_before_stays_as_written():
    (q,) = _quotes(
        'The festival opens in June. The 54-year-old singer of Dancing in the Rain called it "a great honour".'
    )
    assert q.speaker != "Rain"


def test_description_of_a_relative_is_not_the_person_named():
    (q,) = _quotes('Tom Brady was arrested on Monday. The wife of the 40-year-old driver said he was "innocent".')
    assert q.speaker != "Tom Brady"


def test_press_reports_stay_the_source_not_a_name_in_the_clause():
    # "Reports suggest Tom Halvers will retire": the press reports it, not the person the clause is about.
    art = analysis.read_article(
        "Headline\n\nReports suggest Tom Halvers will retire from the team at the end of the year."
    )
    rows = attribution.attribute(art).attributions
    assert [(r.speaker, r.mention) for r in rows] == [("Reports", "Reports")]
    art = analysis.read_article("Headline\n\nBrenna Olt could leave the club in May, according to local media reports.")
    rows = attribution.attribute(art).attributions
    assert [(r.speaker, r.mention) for r in rows] == [("local media reports", "local media reports")]


def test_the_newspaper_is_the_paper_the_article_named():
    # "the newspaper said" reads back to the newspaper named before, not the last person who spoke.
    art = analysis.read_article(
        "Headline\n\nThe ferry firm will close two routes, the Westbury Gazette reported. "
        'Its owner, Carla Brenn, said: "We have no choice."\n\n'
        "The firm will also sell its port offices, the newspaper said."
    )
    rows = attribution.attribute(art).attributions
    assert [(r.speaker, r.mention) for r in rows if r.kind == "indirect"] == [
        ("Westbury Gazette", "the Westbury Gazette"),
        ("Westbury Gazette", "the newspaper"),
    ]
    # "both newspapers": the two the article named, as one source.
    art = analysis.read_article(
        "Headline\n\nThe Daily Courier and the Eastfield Times say the mayor will quit. "
        "The council, both newspapers said, will meet on Monday."
    )
    rows = attribution.attribute(art).attributions
    assert (rows[-1].speaker, rows[-1].mention) == ("Daily Courier and Eastfield Times", "both newspapers")


# --- a body's descriptions and short forms resolve to the body the article named (orgs10) ---


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # an acronym of the name's initials, no brackets needed
        (
            "The Northern Water Authority raised its charges on Monday.\n\nThe NWA said costs had risen sharply.",
            "Northern Water Authority",
        ),
        # joiners are skipped and a number is kept ("Movimento 5 Stelle (M5S)")
        (
            "Villagers met the Party for Rural Affairs on Monday.\n\nThe PRA said the road would be repaired.",
            "Party for Rural Affairs",
        ),
        # the acronym of a name's words up to its body word, the rest a qualifier
        (
            "A report in the Evening Times Scotland appeared on Friday.\n\nThe ET said the mill would close.",
            "Evening Times Scotland",
        ),
        # an acronym that keeps the "of" ("Department of Justice": DOJ)
        (
            "The Department of Rural Roads closed the bridge on Monday.\n\nThe DORR said repairs would take a month.",
            "Department of Rural Roads",
        ),
    ],
)
def test_acronym_is_the_body_whose_initials_it_is(text, who):
    assert [r.speaker for r in _reports(text)] == [who]


def test_description_opened_by_a_bracketed_acronym_is_that_body():
    text = (
        "Members of Lista 3 Valli (L3V) met in Como on Monday.\n\n"
        "In a statement the L3V party said the new tax was unfair."
    )
    assert [r.speaker for r in _reports(text)] == ["Lista 3 Valli"]


def test_short_name_opening_a_body_name_is_that_body():
    text = (
        "A bid came from the investment firm Corrigan Partners Management on Monday.\n\n"
        "Corrigan said it would raise its offer if needed."
    )
    assert [r.speaker for r in _reports(text)] == ["Corrigan Partners Management"]


def test_generic_description_is_the_body_just_named_with_its():
    # "Harmon" opens with a given name, yet "its" right after it shows a body
    text = "Shipping supplier Harmon Lattice Oil cut its forecast on Monday.\n\nThe firm said demand had fallen."
    assert [r.speaker for r in _reports(text)] == ["Harmon Lattice Oil"]


def test_generic_description_is_no_person_nearby():
    text = "Local farmer Maria Lopez spoke on Monday.\n\nThe firm said demand had fallen."
    assert [r.speaker for r in _reports(text)] != ["Maria Lopez"]


def test_body_named_by_its_own_word_is_not_a_longer_body():
    text = "The Senate Finance Committee met on Monday.\n\nThe Senate said the bill would be debated next week."
    assert [r.speaker for r in _reports(text)] != ["Senate Finance Committee"]


@pytest.mark.parametrize(
    ("lead", "named", "holder"),
    [
        # a description that opens its sentence, with no one named before, is the person the next sentence names
        ("Meanwhile, Italy's economy minister has said", "Marco Bellini said he would act.", "Marco Bellini"),
        ("A retired train driver has said", "Tom Harris, who drove for ten years, will sue.", "Tom Harris"),
    ],
)
def test_description_is_the_person_the_next_sentence_names(lead, named, holder):
    (q,) = _quotes(f'The euro rose on Monday. {lead} the plan was "real trouble". {named}')
    assert q.speaker == holder


def test_unnamed_voice_is_not_the_person_the_next_sentence_names():
    # "a spokesman said … Tom Harris said": an unnamed voice, then someone else
    (q,) = _quotes('A spokesman for the firm said the plan was "real trouble". Tom Harris said he would sue.')
    assert q.speaker != "Tom Harris"
    # a description that names its own person in apposition does not read forward
    (q,) = _quotes('His son, Grant, said the plan was "real trouble". Jane Harris said she would sue.')
    assert q.speaker != "Jane Harris"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a nationality noun stands for the person just named: in its own sentence, else the previous one
        ('When Tom Walker shook his hand after the final, the Canadian said: "You are simply the best."', "Tom Walker"),
        (
            'Andy Moray beat Rob Fenn in four sets on Sunday. The Scot said he was "delighted" with the win.',
            "Andy Moray",
        ),
    ],
)
def test_nationality_noun_is_the_person_just_named(text, holder):
    (q,) = _quotes(text)
    assert q.speaker == holder


def test_nationality_noun_is_not_a_person_of_another_nationality():
    # "Briton Tim Hale … Australian Lee Ross": the Australian is Ross, never the Briton named first
    (q,) = _quotes('Briton Tim Hale beat Australian Lee Ross on Sunday. The Australian said it was "a tough day".')
    assert q.speaker is not None and q.speaker.endswith("Lee Ross")


def test_role_with_coordinated_modifiers_is_one_phrase():
    # "sales, service, and marketing vice president": the list modifies the role noun, not a group "sales"
    (q,) = _quotes('"We are losing money," said Acme\'s sales, service, and marketing vice president on Monday.')
    assert q.mention == "Acme's sales, service, and marketing vice president"
    assert q.speaker == "Acme's sales, service, and marketing vice president"


def test_role_complement_keeps_what_its_owner_owns():
    # "a spokesman for Acme's music service": the owner's nouns belong to the complement
    assert _report_speakers("A spokesman for Acme's music service said it would close in May.") == [
        "A spokesman for Acme's music service"
    ]


def test_capitalised_title_before_a_name_is_that_person_later():
    # "the Bishop of Westbury, Dr Alan Kemp," … "The Bishop of Westbury said": the whole title is his
    (q,) = _quotes(
        "The service will be held in the chapel, where the Bishop of Westbury, Dr Alan Kemp, will preside.\n\n"
        'The Bishop of Westbury said: "I am pleased for them both."'
    )
    assert q.speaker == "Alan Kemp"


def _speakers(text: str) -> list[str | None]:
    """Every row's speaker (quotes and reported speech) of a small article."""
    art = analysis.read_article("Headline\n\n" + text)
    return [a.speaker for a in attribution.attribute(art).attributions]


def test_a_verb_and_its_object_are_no_speaker():
    # A speaker heads a noun phrase: "help", "irritates" are verbs whose object follows, never its modifiers.
    text = (
        '"Smart keys" will help drivers lock their cars from a phone, said Acme.\n\n'
        "The fee rise irritates parish councillors, who say it was never debated."
    )
    assert not any(s and s.split()[0] in ("help", "irritates") for s in _speakers(text))


def test_a_role_noun_modifying_a_plural_noun_heads_no_phrase():
    # "source" in "open source developers" modifies the group that speaks; the "and" before it joins clauses.
    text = "Thousands of patents were filed in the UK and open source developers argue that most are invalid."
    assert _speakers(text) == ["open source developers"]


def test_a_role_noun_modifying_a_singular_noun_before_a_verb_is_no_one():
    # names36: "general" of "The general election would be" modifies the thing the clause is about; the pronoun
    # goes on with the leader who spoke before, not a general nobody named
    text = (
        "Voters will have a clear choice at the next poll, said Tom Reed.\n\n"
        "In his message the party leader said the rivals were weak. He said his party was ready.\n\n"
        'The general election would be a close race, as the other party "fades away" as a force, he said. '
        '"We are ready to win," he said. He said the government was wrong.'
    )
    assert set(_speakers(text)) == {"Tom Reed"}
    # a role noun for a person, body or document after it heads the phrase as before
    assert _speakers("The party spokesman would not comment, but the police chief said the road would close.") == [
        "the police chief"
    ]


def test_a_nationality_adjective_is_no_owner_or_body():
    # names36: "South African" of "a South African report" modifies the document; the document keeps its own
    # description, and the country named later is who "It" means
    text = (
        "Shares fell after a South African report suggested the country would sell its gold. On Monday, however, "
        'South Africa moved to calm the markets. It issued a statement that "The central bank will keep its gold '
        'for now".'
    )
    assert _speakers(text) == ["a South African report", "South Africa"]
    text = "Shares fell after a Kenyan parliamentary report suggested the country would sell its gold."
    assert _speakers(text) == ["a Kenyan parliamentary report"]
    assert _speakers("The IMF report said growth would slow.") == ["IMF"]  # a body's document is still its own


def test_a_bare_role_and_its_described_form_are_one_source():
    # names36: headline style drops the article ("said chairman of …"); the next quote's "chairman" is the same
    # unnamed source, named by its full description as the guidelines give it
    text = (
        'The guild said orders rose. "This was a strong year for us," said chairman of the guild\'s survey committee. '
        '"While prices are rising, the pace is slowing."'
    )
    assert [q.speaker for q in _quotes(text)] == ["chairman of the guild's survey committee"] * 2


def test_a_surname_typed_with_a_space_after_its_apostrophe_is_one_word():
    text = 'Shipping firm chief Maeve O\' Driscoll said: "The new boats are faster."'
    assert [q.speaker for q in _quotes(text)] == ["Maeve O' Driscoll"]


def test_a_verb_capitalised_at_a_sentence_start_opens_no_name():
    text = "The new phone is small. Let us say then that it is a fine phone. Prompts tell buyers that it breaks."
    assert not any(s in ("Let", "Let us", "Prompts") for s in _speakers(text))
    assert _speakers("Burns said the plan would fail.") == ["Burns"]  # a surname the lexicon reads as a name


def test_an_opening_adverbial_is_no_part_of_the_source():
    # "In 2001" and "With" open adverbials before the subject; "About" is part of a quantity subject.
    text = "The fair will not be held in Leeds. In 2001 the council said it would never return to the town."
    assert not any(s and s.startswith("In ") for s in _speakers(text))
    assert _speakers("With 40 percent of parents saying fees are too high, the vote is close.")[0] == (
        "40 percent of parents"
    )
    assert _speakers("About 6 in 10 parents say fees are too high.") == ["About 6 in 10 parents"]


def test_party_is_the_party_named_not_a_town_that_hosted_it():
    # role13: a definite "the party" reads back to the body the article calls a party, not a place that was
    # a subject on the way ("… rotated between Seaton, Bude and Looe" makes no town a party)
    text = (
        "The Green Party will meet in Leeds this year, it has been confirmed.\n\n"
        "For years the parties have rotated between Seaton, Bude and Looe. And the news will be a blow in Seaton. "
        "In 2001 the party said it would never return to Seaton."
    )
    assert [r.speaker for r in _reports(text)] == ["Green Party"]


@pytest.mark.parametrize(
    ("named", "head"),
    [
        ("The Federal Transport Agency", "agency"),
        ("The Water Ministry", "ministry"),
        ("The Trade Commission", "commission"),
    ],
)
def test_definite_office_description_is_the_office_named_before(named, head):
    # role13: "the agency", "the ministry", "the commission" are the body the article named as its subject before
    text = f"{named} opened an inquiry into the crash on Monday.\n\nThe {head} said the report would be published."
    assert [r.speaker for r in _reports(text)] == [named.removeprefix("The ")]


def test_description_introduced_indefinitely_is_not_an_earlier_body():
    # role13: "a Vermont ballot commission" introduces a new body: "the commission" is not the board named before
    text = (
        "The Ohio Board of Elections rejected the challenge on Monday.\n\n"
        "A Vermont ballot commission was more cautious. The commission said a court should decide."
    )
    assert "Ohio Board of Elections" not in [r.speaker for r in _reports(text)]


@pytest.mark.parametrize("head", ["department", "bureau"])
def test_department_or_bureau_is_a_source_and_the_body_named_before(head):
    # role13: "the department said …" names its source (not "the report" after the cue, nor nobody), and that
    # source is the department the article named before
    text = f"The Energy {head.title()} opened an inquiry on Monday.\n\nThe {head} said the report would be published."
    assert [r.speaker for r in _reports(text)] == [f"Energy {head.title()}"]


def test_coordinated_reports_each_go_to_their_own_subject():
    # "X said A, while Y said B": each report's speaker is the subject of its own clause, not the other's
    text = "Mr Okafor said the line would reopen in May, while Ms Patel said that it was still unsafe."
    assert _report_speakers(text) == ["Okafor", "Patel"]


def test_a_name_inside_a_relative_clause_on_the_subject_does_not_speak():
    text = "Ann Lowe, who lost her home near Dover, Kent, in 2019, said the council had failed her."
    assert _report_speakers(text) == ["Ann Lowe"]


def test_a_quote_paragraph_with_no_cue_continues_the_reported_speaker_before_it():
    text = 'Mr Smith said the plan was flawed.\n\n"We will fight it all the way."'
    assert [q.speaker for q in _quotes(text)] == ["Smith"]


def test_a_quote_paragraph_with_no_cue_takes_the_person_a_narration_paragraph_introduces():
    said = '"It is fine," said Mr Brown.\n\n'
    narration = "Ann Lee, who chairs the group, was furious.\n\n"
    quote = '"This is a disgrace."'
    assert [q.speaker for q in _quotes(said + narration + quote)] == ["Brown", "Ann Lee"]
    # contrast: with nobody new in between, the quote continues the last speaker
    assert [q.speaker for q in _quotes(said + quote)] == ["Brown", "Brown"]


def test_a_quote_paragraph_with_no_cue_goes_back_to_a_person_quoted_before_the_last_one():
    text = (
        '"It is bad," said Tom Jones.\n\n"It is good," said Ann Lee.\n\n'
        "Mr Jones was not convinced.\n\n"
        '"We will fight it all the way."'
    )
    assert [q.speaker for q in _quotes(text)][-1] == "Tom Jones"


def test_the_fragment_after_he_said_continues_him():
    text = '"It is bad," said Ann Lee.\n\nPeter Hill defended the cut. "It is right," he said. "Nobody likes it."'
    assert [q.speaker for q in _quotes(text)] == ["Ann Lee", "Peter Hill", "Peter Hill"]


def test_a_sign_off_paragraph_names_the_quote_paragraph_before_it():
    text = (
        '"We will win," said Harry Reid.\n\n"Taxes are too high."\n\n- Jane Smith.\n\n'
        '"The plan is fair."\n\nsaid Tom Reed, the mayor.\n\n"It will pass."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Harry Reid", "Jane Smith", "Tom Reed", "Tom Reed"]


@pytest.mark.parametrize(("issuer", "verb"), [("The Home Office", "issued"), ("The RCMP", "put out")])
def test_a_quote_paragraph_after_a_statement_is_the_words_of_who_put_it_out(issuer, verb):
    text = f'"It is bad," said Tom Jones.\n\n{issuer} {verb} a short statement on Monday.\n\n"We apologise."'
    assert [q.speaker for q in _quotes(text)] == ["Tom Jones", issuer.removeprefix("The ")]
    # contrast: the quote's own cue names its speaker
    cued = f'{issuer} {verb} a statement on Monday.\n\n"We apologise," said Jane Hill.'
    assert [q.speaker for q in _quotes(cued)] == ["Jane Hill"]


def test_a_proper_noun_after_an_owners_possessive_is_no_name_of_its_own():
    # "Bush's Facebook post", "Trump's Virginia state director": no person "Bush Facebook" or "Trump Virginia"
    text = 'Jeb Bush spoke on Monday. Bush\'s Twitter message: "Go."'
    assert [a.speaker for a in _quotes(text)] == ["Jeb Bush"]
    text = 'In May, Alan Roe\'s Ohio state director, Jane Doe, reached out to voters, writing in an email: "Now."'
    assert [a.speaker for a in _quotes(text)] == ["Jane Doe"]


def _reported_sources(text: str) -> list[str | None]:
    art = analysis.read_article("Headline\n\n" + text)
    return [a.speaker for a in attribution.attribute(art).attributions if a.kind == "indirect"]


def test_an_owner_is_not_the_named_head_of_a_source():
    # the name before a possessive owns the head: the reporters speak, the administration speaks
    text = "Reporters covering singer Jane Roe's trial in Ohio have asked to see the notes of the jurors."
    assert _reported_sources(text) == ["Reporters"]
    text = "U.S. President Alan Roe's administration said it would give no more aid to the firm."
    assert _reported_sources(text) == ["U.S. President Alan Roe's administration"]
    assert _reported_sources("Acme's board announced that it would look for a successor.") == ["Acme's board"]
    # a body after a preposition is the complement of the group before it, not the source
    text = "More than half of those in the nation's rising generation predict they will do well."
    assert _reported_sources(text) == ["half of those in the nation's rising generation"]


def test_a_persons_office_is_a_candidate_of_its_own():
    # "Powell's office, when contacted by Reuters, said": the owner's body, not the owner, is the ranker's candidate
    intro = "Colin Powell spoke on Monday. "
    text = intro + "Powell's office, when contacted by Reuters, said it would wait for the vote."
    assert _reported_sources(text) == ["Powell's office"]
    # the office goes on speaking in the next quote, as a named speaker would
    text = intro + '"He wrote a memo," Powell\'s office said in a statement. "There was no other system."'
    assert [a.speaker for a in _quotes(text)] == ["Powell's office", "Powell's office"]
    # contrast: the owner's document is the owner's speech
    assert [a.speaker for a in _quotes(intro + 'Powell\'s statement said: "We will act."')] == ["Colin Powell"]


def test_a_role_after_its_owners_possessive_and_the_person_it_names():
    # "said Clinton's top foreign policy aide Jake Sullivan": four modifiers after the owner, then the named aide
    text = '"This is serious," said Alan Roe\'s top foreign policy aide Jane Doe.'
    assert [a.speaker for a in _quotes(text)] == ["Jane Doe"]
    assert [a.speaker for a in _quotes('"This is serious," said Alan Roe\'s top foreign policy aide.')] == [
        "Alan Roe's top foreign policy aide"
    ]
    # "Jane Doe, Acme's chief executive," gives her that role: "the chief executive" is Jane Doe later
    text = 'Jane Doe, Acme\'s chief executive, spoke on Monday. "We are back," the chief executive said.'
    assert [a.speaker for a in _quotes(text)] == ["Jane Doe"]
    # contrast: the owner's lawyer is someone else, not the owner
    assert [a.speaker for a in _quotes('Alan Roe spoke. "He is innocent," Roe\'s lawyer said.')] == ["Roe's lawyer"]


_LEE = 'The council met on Monday.\n\n"We will rebuild," said Ann Lee, the mayor. "It will take years."\n\n'


def test_a_pull_quote_takes_the_speaker_of_the_quote_it_repeats():
    # A quoted sub-head between paragraphs repeats Hill's words: not a continuation of Lee.
    text = (
        _LEE + "'A long road ahead.'\n\nTom Hill was less sure. \"It is a long road ahead for all of us,\" he said.\n"
    )
    assert [(q.speaker, q.mention) for q in _quotes(text)][2] == ("Tom Hill", None)


def test_a_pull_quote_of_narration_names_no_one():
    text = _LEE + "'Nobody came to help.'\n\nFor three days, nobody came to help the families on the hill.\n"
    assert _quotes(text)[2].speaker is None


def test_a_quote_paragraph_repeated_nowhere_still_continues():
    text = _LEE + '"Nobody came to help."\n\nThe water rose for three days.\n'
    assert _quotes(text)[2].speaker == "Ann Lee"


def test_a_report_inside_a_relative_clause_is_not_continued():
    # "the emails, which included staff members suggesting …": told in passing; the next cue-less quote
    # continues the sentence's own subject, not the staff members
    text = (
        "At its chair's request, the Acme Party issued a statement apologising for the emails, which included"
        " staff members suggesting the mayor should resign.\n\n"
        '"On behalf of everyone at the party, we offer a sincere apology to the mayor."'
    )
    rows = attribution.attribute(analysis.read_article("Headline\n\n" + text)).attributions
    assert [(a.kind, a.speaker) for a in rows] == [("indirect", "staff members"), ("full", "Acme Party")]
    # contrast: a relative clause on the speaker ("Jane Roe, who spoke …, said") leaves her the speaker
    text = 'Jane Roe, who spoke to reporters on Monday, said the plan was dead.\n\n"We are done with it."'
    assert [a.speaker for a in _quotes(text)] == ["Jane Roe"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a name in "'s" that owns nothing (a verb or the clause's end follows) is a firm's name, written in full
        ('Brightmoor\'s said the prices were "far too high".', "Brightmoor's"),
        ('"The prices are too high," Brightmoor\'s said.', "Brightmoor's"),
        ('"We are pleased," said Kettleby\'s.', "Kettleby's"),
        ('Kettleby\'s says the outlook is "negative".', "Kettleby's"),
        ('Kettleby\'s, the grocer, said the prices were "far too high".', "Kettleby's"),
        # an "'s" inside a name is the name's
        ('"It is a scandal," said the Women\'s Guild.', "Women's Guild"),
        # real possessives stay possessives
        ('Jane Roe\'s spokesman said the plan was "dead".', "Jane Roe's spokesman"),
        ('Acme\'s chief executive, Tim Dale, said the phone was "great".', "Tim Dale"),
        ('Britain\'s biggest union said the deal was "poor".', "Britain's biggest union"),
    ],
)
def test_a_name_ending_in_possessive_s_that_owns_nothing_is_a_firm(text, who):
    assert _quotes(text)[-1].speaker == who


def test_a_firm_named_by_its_possessive_keeps_the_apostrophe_in_speakers():
    res = analysis.analyze('Headline\n\nBrightmoor\'s said the prices were "far too high".\n')
    row = res.speakers.set_index("speaker").loc["Brightmoor's"]
    assert (row["kind"], row["gender"]) == ("organisation", "unknown")


@pytest.mark.parametrize(
    "text",
    [
        'Roe\'s report said the plan was "dead".',  # "report" is read first as a noun: the owner's report
        'Critics attacked Roe\'s proposed plan as "dead".',  # a participle modifies the owner's noun
        'Jane Roe spoke. Critics said Roe\'s calls were "rude".',  # the article names the owner alone
        'Jane Roe spoke on Monday. Roe\'s said the wall is "a must".',  # "Roe has said", not a firm
    ],
)
def test_a_possessive_before_a_noun_or_of_a_name_written_alone_is_still_an_owner(text):
    names = set(analysis.analyze("Headline\n\n" + text + "\n").speakers["speaker"])
    assert "Roe's" not in names


def test_a_pronoun_contraction_is_no_possessive_name():
    res = analysis.analyze("Headline\n\nIt's estimated that two billion people will own a mobile phone by 2006.\n")
    assert "It's" not in set(res.quotes["speaker"].dropna())


def test_training_cv_pools_the_subset_over_folds_and_keeps_the_strongest_l2(training_script) -> None:  # type: ignore[no-untyped-def]
    ta = training_script("train_attribution")

    class _Pick:
        """A "ranker" scoring a candidate by its first feature."""

        def decision_function(self, x: np.ndarray) -> np.ndarray:
            return x[:, 0]

    # Five quotes of two candidates, one per fold; the right one scores higher in all but the last.
    x = np.array([[1.0], [0.0]] * 4 + [[0.0], [1.0]])
    y = np.array([1, 0] * 5)
    groups = np.repeat(np.arange(5), 2)
    folds = groups.copy()
    subset = np.array([False, False] * 3 + [True, True] * 2)  # only folds 3 and 4 hold subset quotes
    acc, base, sub = ta.cv_top1(x, y, groups, folds, x[:, 0], lambda *_: _Pick(), subset)
    assert acc == [1.0, 1.0, 1.0, 1.0, 0.0] and base == acc
    # Folds 3 and 4 score 1 and 0; folds without a subset quote add nothing (counted as 0, the mean was 0.2).
    assert sub == 0.5
    # The strongest L2 (smallest C) within one fold SE of the best top-1.
    table = [(0.1, 0.930, 0.004, 0.9, 0.0), (1.0, 0.933, 0.004, 0.9, 0.0), (10.0, 0.920, 0.004, 0.9, 0.0)]
    assert ta.choose_c(table) == 0.1
    assert ta.choose_c([(c, a, 0.001, b, s) for c, a, _, b, s in table]) == 1.0


@pytest.mark.parametrize(
    ("word", "heads"),
    [("waiter", True), ("Plumber", True), ("drivers", False), ("spokesman", False), ("team", False)],
)
def test_a_person_description_head_is_read_by_its_word(word: str, heads: bool) -> None:
    # (speed33: cached per word across articles) a learned person noun for one person heads a description; a
    # plural, a role noun (a mention already) or a body's word does not
    assert attribution._person_description_head(word) is heads


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The group paid for a video about the mayor.\n\n"The bins were all full," says the video\'s narrator.',
            "the video's narrator",
        ),
        (
            'The ward closed last year.\n\n"We were never told," said the retired midwife in a statement.',
            "the retired midwife",
        ),
        ('Tom Hale spoke first.\n\n"It was awful," said one of two witnesses who saw the row.', "one of two witnesses"),
    ],
)
def test_an_inverted_cue_names_a_described_person_after_it(text: str, speaker: str) -> None:
    # (uswho34) a learned person noun after a cue verb turned before its subject is the speaker, not a name before
    (q,) = _quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tom Reed blamed reporters for making an issue of Ann Hale\'s claim that the mayor "stole the vote."',
            "Ann Hale",
        ),
        ('Tom Reed rejected Ann Hale\'s claim that the mayor had "stolen the vote."', "Ann Hale"),
        # the claim is the subject of its own verb: the quote is the speaker's verdict on it
        ('Tom Reed said Ann Hale\'s claim that Bob Dunn is a crook is "simply untrue."', "Tom Reed"),
    ],
)
def test_a_quote_in_a_named_owners_claim_clause_is_the_owners(text: str, speaker: str) -> None:
    # (uswho34) "X's claim that … "…"": the claim's owner said the quoted words, not the subject of the verb
    (q,) = _quotes(text)
    assert q.speaker == speaker


def test_a_description_after_an_inverted_cue_continues_the_person_named_before() -> None:
    # (uswho34) ""…," said the giant winger": the description re-describes the person the article is about
    text = (
        "Star winger Jonah Kale says he cannot wait to play again.\n\n"
        'The 29-year-old had surgery in July. "I started training early," said the giant winger.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jonah Kale"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tom Baker won the race at Ascot.\n\nThe going was soft. "He deserved it," said the veteran trainer.',
            "the veteran trainer",
        ),
        (
            'Sarah Cole joined the firm in 2010.\n\nProfits doubled. "She has been superb," said the former banker.',
            "the former banker",
        ),
    ],
)
def test_a_description_after_an_inverted_cue_is_not_the_person_its_quote_speaks_of(text: str, speaker: str) -> None:
    # (review34) the quote speaks of him or her in the third person and never of "I": someone else is describing
    (q,) = _quotes(text)
    assert q.speaker == speaker


def test_a_description_opening_its_own_clause_after_a_sentence_naming_no_one_is_someone_new() -> None:
    # (review34) only an inverted cue's description reaches back past a sentence that names no one
    text = 'Tom Reed won gold in Paris.\n\nIt rained all day. The race organiser said it was "a triumph".'
    (q,) = _quotes(text)
    assert q.speaker == "The race organiser"


def test_a_description_after_an_inverted_cue_continues_a_person_who_speaks_of_herself() -> None:
    # (review34) "I" in the quote keeps the reading back, however it names others
    text = 'Sarah Cole joined the firm in 2010.\n\nProfits doubled. "I told him it would work," said the former banker.'
    (q,) = _quotes(text)
    assert q.speaker == "Sarah Cole"


def test_a_quote_after_an_earlier_quotes_cue_subject_goes_on_with_it() -> None:
    # (uswho34) a body the rules read only as a cue's subject is a candidate for the quote that goes on after it
    text = (
        'Ann Cole said Governor Jo Hale should resign, and Tom Reed later called Hale "weak."\n\n'
        '"Are we talking about the same Jo Hale?" the editorial board writes. "The woman who signed the law?"'
    )
    assert [q.speaker for q in _quotes(text)][-2:] == ["the editorial board", "the editorial board"]


def test_a_capitalised_name_word_before_a_quote_in_running_text_is_no_cue() -> None:
    # (uswho34) "the United States "must …"": "States" is the name's word, not a Title Case cue ("Ann Lee Says "…"")
    text = (
        'Tom Reed released a statement, insisting that the United States "must stop treating the island like a colony."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tom Reed"
    (q,) = _quotes('Ann Lee Says "We Will Win"')
    assert q.speaker == "Ann Lee"


def test_a_name_right_before_a_quoted_predicate_is_its_subject_not_its_speaker() -> None:
    # (uswho34) "Lee "thus confirmed …"": the name is the quoted predicate's subject; the source is who wrote it
    text = (
        '"Ann Lee wrote to me about her email," Tom Hale writes in his book.\n\n'
        '"She used it for years," Lee "thus confirmed a decision she had made earlier."'
    )
    assert [q.speaker for q in _quotes(text)][-1] == "Tom Hale"


def test_a_quote_opening_in_lower_case_after_its_subject_goes_on_with_the_paragraphs_source() -> None:
    # (cont38) a name, role or pronoun right before a quote that opens in lower case is the subject of the
    # quoted words ("kind of", a noun, opens a predicate as well as a verb does), never a cue's: the source
    # who spoke earlier in the paragraph goes on
    text = (
        '"We never expected this from a neighbour," said Ana Ruiz, who wrote a book about the town. '
        'Tom Hale "kind of forgot where he came from. He should say sorry."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Ana Ruiz", "Ana Ruiz"]
    text = '"This was a choice of the mayor" and his team "just quietly deciding to act," said Ana Ruiz, an aide.'
    assert [q.speaker for q in _quotes(text)] == ["Ana Ruiz", "Ana Ruiz"]
    text = 'But as the Evening Post noted on Monday, the leading candidate "has quietly won a few fans in the north."'
    assert [q.speaker for q in _quotes(text)] == ["Evening Post"]


def test_a_subject_before_a_lower_case_quote_keeps_it_where_no_one_spoke_in_the_paragraph() -> None:
    # (cont38) only a source who spoke in the quote's own paragraph takes the quoted predicate; after a paragraph
    # of narration the rules' reading of the subject stands
    text = (
        '"We never expected this," said Ana Ruiz.\n\n'
        "The town voted on Sunday.\n\n"
        'Tom Hale "wants a second vote on the plan."'
    )
    assert [q.speaker for q in _quotes(text)][-1] == "Tom Hale"


def test_a_sentence_opening_tenure_word_keeps_its_subject() -> None:
    # (uswho34) "Former …" opening the sentence modifies the title after it: the name is the subject, so the
    # description in the next sentence and the pronoun after it go on with that person
    text = (
        "Former Democratic candidate Tom Reed said on Monday he agrees.\n\n"
        'The Ohio senator declined to say more. But he said it was "a farce."'
    )
    assert [q.speaker for q in _quotes(text)][-1] == "Tom Reed"
    for opening, name in (("Former Vice President Ann Lee", ("Ann", "Lee")), ("Former aides", ("aides",))):
        art = analysis.read_article("Headline\n\n" + opening + " said it.")
        doc = sp._Doc(art.text, attribution.quote_blocks(art), [])
        a = doc.tok.index("Former")
        assert sp._np_at(doc, a, doc.n).head == name


def test_a_who_clause_without_its_comma_still_speaks_for_the_name_before_it() -> None:
    # (uswho34) "… echoed by director Sir Tom Hale who called it "…"": the name is the clause's subject
    text = (
        '"It is the best book," said Ann Lee, chair of the judges.\n\n'
        'Her words were echoed by stage director Sir Tom Hale who called the work "deeply moving".'
    )
    assert [q.speaker for q in _quotes(text)][-1] == "Tom Hale"


def test_a_newcomer_brought_in_unnamed_is_read_the_same_however_often_asked() -> None:
    """Each definite description asks whether an indefinite one brought in its head before it: the remembered
    scan answers as a fresh one for every position, in any order."""
    text = (
        "The judge spoke first. Later a judge in Ohio ruled on the case. The judge said it was over. "
        "Sen. Jo Hale, an Ohio lawyer, agreed. The lawyer said so."
    )
    doc, _ = _doc(text)
    heads = ("judge", "lawyer")
    fresh = {(h, p): attribution._first_introduced(doc, h, 0, p) is not None for h in heads for p in range(doc.n + 1)}
    idx = attribution._Index(doc)
    order = [(h, p) for h in heads for p in (3, 0, 8, doc.n // 2, doc.n - 1, doc.n)]
    order += [(h, p) for h in heads for p in range(doc.n + 1)]
    assert all(attribution._introduced_unnamed(idx, h, p) is fresh[h, p] for h, p in order)
    first_judge = doc.tok.index("judge", doc.tok.index("a"))
    assert not fresh["judge", first_judge] and fresh["judge", first_judge + 1]
    assert not fresh["lawyer", doc.n]  # an indefinite apposition to a name brings in no one


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # (roles36) a BBC lede gives the role alone and names its holder by the same words a sentence or two later
        (
            'The "best plan" is to wait, the transport minister has told MPs.\n\n'
            'The bill was read on Monday. "Roads are full," said transport minister Ann Marlow.',
            "Ann Marlow",
        ),
        # (roles36) a hyphened modifier belongs to the description; a sports boss is an office like a manager
        (
            "Leeds legend Tom Reeve has urged fans to stay calm.\n\n"
            'The ex-Leeds assistant boss also warned that "money is not everything".',
            "Tom Reeve",
        ),
    ],
)
def test_definite_description_is_the_person_named_before_or_after(text, who):
    art = analysis.read_article("Headline\n\n" + text)
    rows = [a for a in attribution.attribute(art).attributions if a.kind != "nonspeech"]
    assert rows[0 if "best plan" in text else -1].speaker == who


@pytest.mark.parametrize(
    ("report", "speaker"),
    [
        ("Voters face a hard choice, said Tom Reeve.", "Tom Reeve"),
        ("Voters face a hard choice, Tom Reeve said.", "Tom Reeve"),
        # a sentence that opens with an adjunct reports nothing fronted
        ("After the vote, Tom Reeve said voters face a hard choice.", None),
    ],
)
def test_a_report_fronted_before_its_cue_has_its_speaker_for_topic(report, speaker):
    # (roles36) "…, said Tom Reeve. In his New Year message the party leader said": the leader is Tom Reeve, not
    # "Voters", the subject of the clause reported; the opener without a comma names no one ("New Year" modifies)
    doc, idx = _doc(f"{report} In his New Year message the party leader said so.")
    att = sp._Attributor(doc)
    said = doc.tok.index("said")
    reeve = doc.lookup(("Tom", "Reeve"), doc.tok.index("Reeve"), create=False)
    att.record(said, reeve)
    lo, z = doc.sentence_start[said], doc.tok.index("In", said)
    assert attribution._fronted_speaker(att, lo, z) is (reeve if speaker else None)
    leader = next(m for m in idx.mentions(z, doc.n) if m.kind == "role")
    assert attribution._continues_topic(att, leader)
    if speaker:
        assert attribution._subject_holder(att, idx, leader) is reeve


@pytest.mark.parametrize(
    ("text", "not_who"),
    [
        # (roles36) a body's report gives no person for topic
        ('Fares will rise in June, the council said. The transport minister warned of "hard times".', "the council"),
        # (roles36) an unnamed voice named with the same word later is not read forward
        (
            'The plan is "a fraud", the spokesman said.\n\n'
            'The bill was read on Monday. "Roads are full," said spokesman Tom Reeve.',
            "Tom Reeve",
        ),
        # (roles36) a later title with a rank the role lacks is another office
        (
            'The plan is "a fraud", the transport secretary has told MPs.\n\n'
            'The bill was read on Monday. "Roads are full," said shadow transport secretary Tom Reeve.',
            "Tom Reeve",
        ),
        # (review36) a later title with a tenure word the role lacks is another holder of the office
        (
            'The plan is "a fraud", the transport secretary has told MPs.\n\n'
            'The bill was read on Monday. "Roads are full," said former transport secretary Tom Reeve.',
            "Tom Reeve",
        ),
        # (review36) one more of the kind: "a previous transport secretary" is not the lede's
        (
            'The plan is "a fraud", the transport secretary has told MPs.\n\n'
            'The bill was read on Monday. "Roads are full," said Tom Reeve, a previous transport secretary.',
            "Tom Reeve",
        ),
    ],
)
def test_definite_description_named_nowhere_near_stays_apart(text, not_who):
    art = analysis.read_article("Headline\n\n" + text)
    rows = [a for a in attribution.attribute(art).attributions if a.kind != "nonspeech"]
    assert rows[0 if "fraud" in text else -1].speaker != not_who


def test_a_role_word_before_a_singular_noun_and_its_verb_is_no_person():
    # (roles36) "The general election would be …": "general" modifies the election, so "he" is the speaker before
    text = (
        "Jo Hale, the party's leader, spoke in Leeds on Monday.\n\n"
        'The general election would be a close race as the Tories "fade away", he said.'
    )
    speakers = _speakers(text)
    assert "The general" not in speakers and speakers[-1] == "Jo Hale"


def test_a_description_is_not_the_person_its_report_names_as_subject():
    # (roles36) "But the chancellor said Ms Marlow was never …": a speaker is not the subject named in their report
    text = (
        "Tom Reeve has criticised a union leader who said the plan was failing.\n\n"
        'Ann Marlow, of the teachers\' union, spoke of "rival plans" in government. '
        "But the chancellor said Ms Marlow was never at the meetings."
    )
    assert _speakers(text)[-1] != "Ann Marlow"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The courts minister spoke on Monday. The bill was read. Courts minister Tom Reeve voted.", "Tom Reeve"),
        # a name in the role's own sentence is its complement or someone else, not the holder named later
        ("The chief adviser to Tom Reeve spoke on Monday.", None),
        ("Voters like the chancellor more than the party nominee or Tom Reeve.", None),
    ],
)
def test_a_role_is_the_person_named_with_its_words_in_a_later_sentence(text, holder):
    # (roles36) the cataphoric reading (``titled_later``) of the text's last role before the name
    doc, idx = _doc(text)
    att = sp._Attributor(doc)
    role = [m for m in idx.mentions(0, doc.tok.index("Tom")) if m.kind == "role"][-1]
    found = attribution.titled_later(att, idx, role)
    assert (found.name if found is not None else None) == holder


def test_training_labels_antecedents_from_our_annotators_resolved_speakers(training_script) -> None:  # type: ignore[no-untyped-def]
    # (round 37) readable labelled sets train the rankers beside PolNeAR: a he/she source's antecedent is right
    # when it is the gold record's speaker, or a mention the annotators gave that speaker ("the minister")
    from types import SimpleNamespace

    ta = training_script("train_attribution")

    def ant(name: str) -> SimpleNamespace:
        return SimpleNamespace(entity=SimpleNamespace(name=name), features=np.array([float(len(name))]))

    recs = [
        {"speaker": "Jo Hale", "alt_speakers": [], "mention_start": 40, "mention_end": 42},  # "She said …"
        {"speaker": "Jo Hale", "alt_speakers": [], "mention_start": 10, "mention_end": 22},  # "the minister said"
    ]
    surname = lambda a, b: a.split()[-1] == b.split()[-1]  # noqa: E731 - the scorer's matching, simplified
    pronoun_rows, role_rows = ta._speaker_labellers(recs, surname)
    rows = {"x": [], "y": [], "groups": [], "arts": []}
    pronoun_rows(
        [(ant("Tom Barr"), (0, 8)), (ant("Jo Hale"), (25, 32)), (ant("the minister"), (10, 22))], (40, 42), rows, 0, 7
    )
    assert rows["y"] == [0, 1, 1] and rows["arts"] == [7, 7, 7] and len(set(rows["groups"])) == 1
    # A group with no right antecedent (or only right ones) teaches nothing and is left out.
    pronoun_rows([(ant("Tom Barr"), (0, 8))], (40, 42), rows, 0, 7)
    pronoun_rows([(ant("Jo Hale"), (25, 32))], (40, 42), rows, 0, 7)
    assert len(rows["y"]) == 3
    # A role phrase the annotators resolved: the one holder who is that speaker among several.
    role_rows(
        (10, 22),
        [SimpleNamespace(entity=SimpleNamespace(name=n), features=np.zeros(1)) for n in ("Jo Hale", "Tom Barr")],
        rows,
        7,
    )
    assert rows["y"][-2:] == [1, 0] and rows["groups"][-1] == rows["groups"][0] + 1


def test_training_never_reads_a_measure_only_set(training_script) -> None:  # type: ignore[no-untyped-def]
    labelled = training_script("labelled")
    with pytest.raises(ValueError, match="not a readable"):
        next(labelled.records(("leadheld",)))
    assert "us1" not in labelled.TRAIN_SETS  # its articles are PolNeAR train articles already


# A body flattened onto one line (a scraper's copy): invented filler long enough that no real paragraph is as long.
_FLAT_FILLER = (
    "The river town of Eastbrook has waited nine years for a crossing that does not flood each spring. "
    "Work on the span began in March after a long dispute over the budget and the route of the approach road. "
    "Engineers from three firms took part in the design, and the steel came by barge from the coast. "
    "Traffic on the old ferry fell by a third last year as families moved to villages on the far bank. "
    "Shops near the quay have closed one by one, and the market now opens only on Saturdays. "
    "The county has set aside money for a cycle lane and lights along the new road to the school."
)


@pytest.mark.parametrize("join", ["\n\n", " "])
def test_a_quote_closing_its_sentence_ends_a_virtual_paragraph_in_a_flattened_body(join):
    # Paragraphed or flattened, the quote after "saying:" is the council leader's: the next sentence is the
    # mayor's own (its cue is far from the closed quote), not a cue looking back across the quote's close.
    paras = [
        _FLAT_FILLER,
        'Council leader Tom Baker praised the builders at a meeting on Monday, saying: "It will change this town."',
        'Mayor Ann Lee, who also spoke at the meeting, wrote on her page, "We are proud of every worker."',
        '"The first buses will cross in June," Mr Baker said. Residents hope the crossing will bring the shops back.',
        '"We have waited long enough."',
        _FLAT_FILLER,
        _FLAT_FILLER,
    ]
    text = join.join(paras)
    assert len(" ".join(paras)) > sp.FLAT_BLOCK_CHARS
    assert [a.speaker for a in _quotes(text)] == ["Tom Baker", "Ann Lee", "Tom Baker", "Tom Baker"]
    art = analysis.read_article("Headline\n\n" + text)
    assert len(art.paragraphs) == (len(paras) if join == "\n\n" else 1)  # the reader's paragraphs stay the text's


def test_a_closed_quote_keeps_its_trailing_cue_in_a_flattened_body():
    # The cue right after a quote that closes its sentence is the quote's own: no virtual break stands before it.
    text = " ".join(
        [
            _FLAT_FILLER,
            '"The old ferry will stop in May." Harbour master Joan Price said this on Friday.',
            'Council leader Tom Baker said the road would open first. "It will change this town," he said.',
            _FLAT_FILLER,
            _FLAT_FILLER,
        ]
    )
    assert [a.speaker for a in _quotes(text)] == ["Joan Price", "Tom Baker"]


@pytest.mark.parametrize("join", ["\n\n", " "])
def test_a_cue_opening_its_own_report_is_no_tag_of_the_closed_quote_before_it_in_a_flattened_body(join):
    # A cue-less quote after a cued one goes on with its speaker; the next sentence's "Acme says they …" reports a
    # clause of its own, as it does in a paragraph of its own, and does not take the quote.
    paras = [
        _FLAT_FILLER,
        '"We are launching the first ferry of six," said Carl Brandt, the yard\'s manager and a director of Acme.',
        '"It is a great day for everyone who has worked on the boats."',
        "Acme says they must build four boats a year to meet demand.",
        _FLAT_FILLER,
        _FLAT_FILLER,
    ]
    text = join.join(paras)
    assert [a.speaker for a in _quotes(text)] == ["Carl Brandt", "Carl Brandt"]


def test_only_a_tag_keeps_a_closed_quote_from_ending_a_virtual_paragraph(make_doc):
    # After a quote that closes its sentence in a flattened body, a cue with a clause of its own ("Acme says they
    # …") starts a virtual paragraph; a tag ("Jo Hale said.", "Lee told the paper.", "asked the mayor") does not.
    sentences = [
        '"It is a great day for the yard." Acme says they must build four boats a year.',
        '"The boats are late." Jo Hale said.',
        '"The boats are late again." Lee told the paper.',
        '"Will they run in winter?" Ann Lee asked the mayor.',
        '"They will." The mayor said the first boat would sail in May.',
    ]
    doc = make_doc("Headline\n\n" + " ".join([_FLAT_FILLER, *sentences, _FLAT_FILLER, _FLAT_FILLER]))
    after = [doc.tok[i + 1] for i, t in enumerate(doc.tok) if t == sp.QUOTE_TOKEN]
    assert after == [sp.PARA_TOKEN, "Jo", "Lee", "Ann", sp.PARA_TOKEN]


@pytest.mark.parametrize("join", ["\n\n", " "])
def test_a_sign_off_ends_with_its_sentence_in_a_flattened_body(join):
    # A fact-check list signs each claim on a line of its own ("- Name."); flattened, the sign-off is read up to
    # its sentence's end, not up to the next quote's close, and the narration after it is no part of it.
    paras = [
        _FLAT_FILLER,
        '"The bridge cost twice what the county promised."',
        "- Tom Baker.",
        "The county says the budget rose by a fifth, not a half, once the approach road is left out.",
        '"Nobody on the far bank was asked about the route."',
        "- Ann Lee.",
        _FLAT_FILLER,
        _FLAT_FILLER,
    ]
    text = join.join(paras)
    speakers = [a.speaker for a in _quotes(text) if a.kind != "indirect"]
    assert speakers == ["Tom Baker", "Ann Lee"]


@pytest.mark.parametrize("join", ["\n\n", " "])
def test_an_interview_flattened_onto_one_line_keeps_its_speakers(join):
    # Written a paragraph a turn or on one line, the questions are the interviewer's and the answers the interviewee's.
    turns = [
        "Actress Jo Hale spoke to us about her new film and the years after her parents left.",
        "Q: What did you find when you came home that day?",
        "A: My parents were gone, and a neighbour took me in for the night.",
        "Q: Did anyone from the council help you?",
        "A: No, no one did. No one called, and no one came to the door.",
    ]
    art = analysis.read_article("Headline\n\n" + join.join(turns))
    speakers = [a.speaker for a in attribution.attribute(art).attributions]
    assert speakers == ["interviewer", "Jo Hale", "interviewer", "Jo Hale"]


@pytest.mark.parametrize("join", ["\n\n", " "])
def test_a_pull_quote_in_a_flattened_body_takes_the_speaker_of_the_words_it_repeats(join):
    # A pull-quote has no line of its own once the body is on one line: a cue-less quote that is a sentence of
    # its own and repeats a cued quote's words is still the repeat, not the previous speaker's next words.
    paras = [
        _FLAT_FILLER,
        '"The new school will open in the autumn, and every child will have a desk," said head teacher Maria Okafor.',
        _FLAT_FILLER,
        '"We need more buses before then," said parent Dan Reid.',
        "'Every child will have a desk.'",
        _FLAT_FILLER,
    ]
    speakers = [a.speaker for a in _quotes(join.join(paras))]
    assert speakers == ["Maria Okafor", "Dan Reid", "Maria Okafor"]
