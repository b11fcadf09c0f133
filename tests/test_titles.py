"""Titles, ranks and descriptors before a name (analysis.speakers, read by both engines): the words that say who
the person is are not part of their name, and a title's portfolio is no speaker of its own."""

from __future__ import annotations

import pytest

import analysis
from analysis import attribution, speakers


def _speakers(text: str) -> list[str | None]:
    """The speaker of each direct quote of a small article, as the learned engine (the pipeline's) gives it."""
    art = analysis.read_article("Headline\n\n" + text)
    return [a.speaker for a in attribution.attribute(art).attributions if a.kind in ("full", "partial")]


def _rule_speakers(text: str) -> list[str | None]:
    art = analysis.read_article("Headline\n\n" + text)
    return [a.speaker for a in speakers.attribute(art).attributions if a.kind in ("full", "partial")]


@pytest.mark.parametrize(
    ("words", "title", "name"),
    [
        ("Vermonter Bernie Sanders", ("Vermonter",), ("Bernie", "Sanders")),
        ("Briton Tom Hale", ("Briton",), ("Tom", "Hale")),
        ("New Yorker Jane Roe", ("New", "Yorker"), ("Jane", "Roe")),
        ("Russian Anna Petrova", ("Russian",), ("Anna", "Petrova")),
        ("Ukrainian Anna Petrova", ("Ukrainian",), ("Anna", "Petrova")),
        ("Kenyan Jane Roe", ("Kenyan",), ("Jane", "Roe")),
        ("Then-Governor Jane Roe", ("Then-Governor",), ("Jane", "Roe")),
        ("Air Force 1st Lt. Jane Roe", ("Air", "Force", "1st", "Lt."), ("Jane", "Roe")),
        ("Chancellor of the Exchequer Gordon Brown", ("Chancellor", "of", "the", "Exchequer"), ("Gordon", "Brown")),
        ("Secretary of State for Health John Reid", ("Secretary", "of", "State", "for", "Health"), ("John", "Reid")),
    ],
)
def test_a_descriptor_or_rank_before_a_name_is_its_title(words: str, title: tuple[str, ...], name: tuple[str, ...]):
    parsed = speakers._split_title(words.split())
    assert parsed is not None and parsed[:3] == (title, name, "person")


def test_one_demonym_table_serves_both_engines():
    # The nationalities WordNet files as adjectives or under "native" are learned too, and attribution's table
    # is the learned one but for the forms that are also a plural or a people
    assert {"Russian", "Ukrainian", "Nigerian", "Saudi", "Palestinian", "Serbian"} <= speakers.PLACE_PEOPLE
    assert attribution.DEMONYMS <= speakers.PLACE_PEOPLE
    assert {"Russian", "Scot", "Texan"} <= attribution.DEMONYMS
    assert not {"Swiss", "Chinese", "Portuguese", "New Yorker"} & attribution.DEMONYMS


@pytest.mark.parametrize(
    "words", ["Robert Kilroy-Silk", "Roman Abramovich", "Indian Ocean Tsunami Centre", "American Renewable Future"]
)
def test_a_name_that_opens_with_a_demonym_or_has_a_hyphen_stays_whole(words: str):
    parsed = speakers._split_title(words.split())
    assert parsed is not None and parsed[0] == ()


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("co-host", "host"),
        ("Vice-chairman", "chairman"),
        ("ex-minister", "minister"),
        ("Then-Governor", "governor"),
        ("co-founder", "founder"),
        ("Kilroy-Silk", "kilroy-silk"),  # a double surname
        ("vice-chancellor", "vice-chancellor"),  # a title of its own
        ("anti-government", "anti-government"),  # no title word
        ("front-runner", "front-runner"),  # a person noun, but no title: a front-runner is no runner
        ("co-workers", "co-workers"),
    ],
)
def test_a_hyphened_role_is_read_by_its_head(word: str, base: str):
    assert speakers._base(word) == base


@pytest.mark.parametrize(
    "text",
    [
        '"It is over," said Blaze co-host Tom Hale.',
        '"It is over," said vice-chairman Tom Hale.',
        '"It is over," said former co-chief executive Tom Hale.',
        '"It is over," said Briton Tom Hale.',
        'Vermonter Tom Hale said "it is over".',
        '"It is over," said Air Force 1st Lt. Tom Hale.',
        '"It is over," said Army 2nd Lt. Tom Hale.',
        '"It is over," said Det. Insp. Tom Hale.',
        '"It is over," said Marine Cpl. Tom Hale.',
        '"It is over," said Chancellor of the Exchequer Tom Hale.',
    ],
)
def test_the_person_after_a_title_speaks(text: str):
    assert _speakers(text) == ["Tom Hale"]
    assert _rule_speakers(text) == ["Tom Hale"]


def test_a_titles_portfolio_with_a_determiner_is_a_role_not_the_place():
    # "The Minister for Europe": the holder of the title, never "Europe".
    alone = 'The Minister for Europe said the plan was "dead".'
    assert _speakers(alone) == ["The Minister for Europe"]
    named = 'Minister for Europe Tom Hale spoke on Monday.\n\nThe Minister for Europe said: "It is dead."'
    assert _speakers(named) == ["Tom Hale"]
    # Contrasts: a portfolio before a name is the title; a place before a role noun modifies it.
    assert _speakers('"It is dead," said Minister for Europe Tom Hale.') == ["Tom Hale"]
    assert _speakers('The Europe minister said: "It is dead."') == ["The Europe minister"]
    assert _speakers('Britain\'s Tom Hale said: "It is dead."') == ["Tom Hale"]


def test_a_title_with_an_of_the_complement_keeps_the_person_whole():
    # Before its cue, "Chancellor of the Exchequer Tom Hale": the title's complement is no place of a description.
    assert _speakers('Chancellor of the Exchequer Tom Hale said he would "act".') == ["Tom Hale"]
    assert _speakers('Secretary of the Air Force Tom Hale said "we fly".') == ["Tom Hale"]
    assert _rule_speakers('Chancellor of the Exchequer Tom Hale said he would "act".') == ["Tom Hale"]
    # The same title with a determiner is a role: the person given it earlier, else the description.
    assert _speakers('The Chancellor of the Exchequer said "no".') == ["The Chancellor of the Exchequer"]
    named = 'Chancellor of the Exchequer Tom Hale spoke.\n\n"No," the Chancellor of the Exchequer said.'
    assert _speakers(named) == ["Tom Hale"]


def test_coordinated_complements_belong_to_one_description():
    # "officials in the FBI and at the Justice Department": the officials speak, not the last body.
    before = 'Officials in the FBI and at the Justice Department said the plan was "dead".'
    assert _speakers(before) == ["Officials in the FBI and at the Justice Department"]
    after = '"It is dead," said officials in the FBI and at the Justice Department.'
    assert _speakers(after) == ["officials in the FBI and at the Justice Department"]
    # Contrast: a person of a body and a second person are the first person.
    assert _speakers('Tom Hale of the FBI and Jane Roe said "ok".') == ["Tom Hale"]


def test_the_mention_of_a_rank_keeps_its_ordinal():
    art = analysis.read_article("Headline\n\n" + 'Air Force 1st Lt. Tom Hale said "we flew".')
    (q,) = [a for a in attribution.attribute(art).attributions if a.kind == "partial"]
    assert (q.speaker, q.mention) == ("Tom Hale", "Air Force 1st Lt. Tom Hale")


def test_a_hyphened_role_resolves_to_its_holder_but_keeps_its_rank():
    text = 'Blaze co-host Tom Hale spoke on Monday.\n\n"It is over," the co-host said.'
    assert _speakers(text) == ["Tom Hale"]
    text = 'Acme vice-chairman Tom Hale spoke on Monday.\n\n"It is over," the vice-chairman said.'
    assert _speakers(text) == ["Tom Hale"]
    # Contrast: the vice-chairman is another office than the chairman the article named.
    text = 'Acme chairman Tom Hale spoke on Monday.\n\n"It is over," the vice-chairman said.'
    assert _speakers(text) == ["the vice-chairman"]


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("co-chairman", "chairman"),
        ("vice-president", "president"),
        ("Then-Governor", "governor"),
        ("co-owner", "owner"),
        ("Kilroy-Silk", None),
        ("front-runner", None),
        ("Haji-Ioannou", None),
    ],
)
def test_attribution_reads_a_hyphened_title_as_speakers_does(word: str, head: str | None):
    # one reading of a hyphened role (speakers._hyphened_role); before a name a role noun is a head too
    assert attribution._title_head(word) == head
    if head is not None and head in speakers._TITLE_WORDS:
        assert speakers._base(word) == head


@pytest.mark.parametrize(
    ("words", "title", "name"),
    [
        ("President of the United States Kelemund", ("President", "of", "the", "United", "States"), ("Kelemund",)),
        ("Chancellor of the Exchequer Tavinna", ("Chancellor", "of", "the", "Exchequer"), ("Tavinna",)),
        ("Minister for the Interior Orunabe", ("Minister", "for", "the", "Interior"), ("Orunabe",)),
    ],
)
def test_a_single_name_after_a_titles_complement_is_the_person(
    words: str, title: tuple[str, ...], name: tuple[str, ...]
):
    parsed = speakers._split_title(words.split())
    assert parsed is not None and parsed[:3] == (title, name, "person")


@pytest.mark.parametrize("words", ["Chairman of the Federal Reserve", "Coach of the Boston Celtics"])
def test_a_complement_ending_in_a_common_word_or_a_plural_gives_no_single_name(words: str):
    parsed = speakers._split_title(words.split())
    assert parsed is None or len(parsed[1]) != 1


def test_a_single_name_after_a_titles_complement_speaks_and_is_met_again():
    text = (
        "President of the United States Kelemund explained the plan on Monday. He said the state would "
        '"act quickly" on the loans. Kelemund added: "We are ready."'
    )
    assert _speakers(text) == ["Kelemund", "Kelemund"]
    assert _speakers('"We played well," said Chancellor of the Exchequer Tavinna.') == ["Tavinna"]


@pytest.mark.parametrize("rank", ["Const.", "Cst.", "Coun.", "Ald.", "Det.-Sgt.", "Staff Sgt."])
def test_a_canadian_rank_abbreviated_with_a_period_is_a_title_not_a_sentence_end(rank: str):
    # Canadian police and city copy abbreviates the rank before a name; its full stop ends no sentence, so the
    # person after it is the speaker, not the rank ("Const" alone).
    text = f'"The road will stay shut until noon," said {rank} Nora Pellow, a spokeswoman for the service.'
    assert _speakers(text) == ["Nora Pellow"]
    assert _speakers(f'{rank} Nora Pellow said the road would reopen. "It is safe now," she said.') == ["Nora Pellow"]


@pytest.mark.parametrize("rank", ["Constable", "Chief Constable", "Police Constable"])
def test_the_rank_const_spells_written_out_is_a_title(rank: str):
    # British copy writes the rank out: the person after it speaks, and "the constable" / "the chief constable" is
    # that person (the rank was no title word, so "Constable Nora Pellow" was one name and the role stayed unresolved).
    text = f'{rank} Nora Pellow attended the scene. The {rank.lower()} said the driver "fled on foot."'
    assert _speakers(text) == ["Nora Pellow"]
    assert _speakers(f'"The road is shut," said {rank} Nora Pellow.') == ["Nora Pellow"]


@pytest.mark.parametrize(("rank", "role"), [("PC", "constable"), ("DS", "sergeant"), ("DI", "inspector")])
def test_a_british_police_rank_in_initials_is_a_title_before_a_full_name(rank: str, role: str):
    # "PC Nora Pellow" is the constable Nora Pellow; her role resolves to her.
    assert _speakers(f'"The road is shut," said {rank} Nora Pellow.') == ["Nora Pellow"]
    text = f'{rank} Nora Pellow attended the scene. The {role} said the driver "fled on foot."'
    assert _speakers(text) == ["Nora Pellow"]


@pytest.mark.parametrize("firm", ["PC World", "DC United", "DS Smith"])
def test_the_same_initials_before_no_full_name_stay_a_name(firm: str):
    # The letters name firms and clubs too: only a full name opening with a given name makes them a rank.
    assert _speakers(f'{firm} said its shops would "stay open."') == [firm]


def test_a_hyphened_compound_rank_is_one_token_and_its_head_the_title():
    from analysis import tokenize

    assert tokenize.SPEAKER_TOKEN.findall("by Det.-Sgt. Nora Pellow")[:2] == ["by", "Det.-Sgt."]
    assert speakers._base("Det.-Sgt.") == "sgt"
    assert speakers._split_title(["Det.-Const.", "Nora", "Pellow"])[:3] == (
        ("Det.-Const.",),
        ("Nora", "Pellow"),
        "person",
    )


@pytest.mark.parametrize("letters", ["MNA", "MPP", "MLA", "MP"])
def test_a_members_post_nominal_letters_are_no_part_of_the_name(letters: str):
    # Quebec's MNAs, Ontario's MPPs, the provinces' MLAs: "Nora Pellow MNA" is Nora Pellow.
    text = f'"The bill is a mistake," Nora Pellow {letters} said on Tuesday. "We will vote against it," she added.'
    assert _speakers(text) == ["Nora Pellow", "Nora Pellow"]


def test_post_nominal_letters_leave_a_run_of_a_body_and_a_name_too():
    # "Harbour Radio Nora Pellow MPP": a run the readers take apart later; the letters are no part of the name.
    parsed = speakers._split_title("Harbour Radio Nora Pellow MPP".split())
    assert parsed is not None and parsed[1][-2:] == ("Nora", "Pellow")
    assert _speakers('"The bill is a mistake," Harbour Radio Nora Pellow MPP said on Tuesday.')[0].endswith("Pellow")


def test_an_age_description_is_the_person_given_that_age_in_apposition():
    # British copy meets a person again by the age it gave them ("Nora Pellow, 45," … "the 45-year-old said"),
    # even with someone else named in between.
    text = (
        "Nora Pellow, 45, runs the bakery on the corner. Her landlord, Tom Fisher, wants to double the rent.\n\n"
        '"We will not leave without a fight," the 45-year-old said.'
    )
    assert _speakers(text) == ["Nora Pellow"]
    inverted = text.replace("the 45-year-old said", "said the 45-year-old")
    assert _speakers(inverted) == ["Nora Pellow"]


def test_an_age_no_one_was_given_or_two_were_given_names_no_one_by_age():
    # No apposition age: the phrase is left to the readers as before (not a role of its own); two people of that
    # age: the age names neither.
    doc_free = "Nora Pellow runs the bakery.\n\n" + '"We will stay," the 45-year-old said.'
    assert _speakers(doc_free) == ["Nora Pellow"]
    art = analysis.read_article(
        'Headline\n\nNora Pellow, 45, and Tom Fisher, 45, run the bakery.\n\n"We will stay," the 45-year-old said.'
    )
    doc = speakers._Doc(art.text, art.paragraphs, [])
    role = speakers._NP("role", doc.n - 4, doc.n - 2, ("45-year-old",))
    assert attribution.apposed_person(doc, role) is None
    art = analysis.read_article(art.text.replace("Tom Fisher, 45,", "Tom Fisher"))
    doc = speakers._Doc(art.text, art.paragraphs, [])
    assert attribution.apposed_person(doc, role).name == "Nora Pellow"


def test_a_parent_counted_by_children_is_the_person_so_described_in_apposition():
    text = (
        "Nora Pellow, a mother-of-two, runs the bakery on the corner. Her landlord, Tom Fisher, wants to double "
        'the rent.\n\n"We will not leave without a fight," the mother-of-two said.'
    )
    assert _speakers(text) == ["Nora Pellow"]


@pytest.mark.parametrize(
    ("words", "title", "name"),
    [
        ("Greenfield City Public Advocate Jane Marsh", "Greenfield City Public Advocate", "Jane Marsh"),
        ("Harwick County Public Defender Tom Barr", "Harwick County Public Defender", "Tom Barr"),
    ],
)
def test_a_person_noun_after_a_places_body_word_is_a_title(words: str, title: str, name: str) -> None:
    # "City"/"County" is a body's word, but the person noun after it names the person's role there
    assert speakers._split_title(words.split()) == (tuple(title.split()), tuple(name.split()), "person", None)


@pytest.mark.parametrize("words", ["Harwick City Museum Jane Marsh", "Greenfield City Council"])
def test_a_body_without_a_person_noun_stays_one_name(words: str) -> None:
    assert speakers._split_title(words.split())[2] == "organisation"


def test_a_long_place_title_before_a_name_after_a_quote_gives_the_person() -> None:
    text = 'Headline\n\n"The dealers must answer for it," Greenfield City Public Advocate Jane Marsh said.\n'
    assert list(analysis.analyze(text).quotes["speaker"]) == ["Jane Marsh"]


@pytest.mark.parametrize(
    "tag", [", NDP-Harbour East,", ", SNP-Glenmorrow,", " (pictured)", " (Lab)", " (Harbour—Glenmorrow)"]
)
def test_a_party_riding_or_bracketed_tag_after_a_name_is_transparent(tag: str):
    # A comma-delimited party-riding tag or a short bracket after a name dresses it: it names no one, and the
    # name before it stays the speaker through a role in apposition and a cue after the tag (round 40, tags40).
    text = f'"We will appeal," the club\'s lawyer, Nora Pellow{tag} said after the hearing.'
    assert _speakers(text) == ["Nora Pellow"]
    text = f'On Tuesday, Harbour Council leader Nora Pellow{tag} said that "the vote was a mistake."'
    assert _speakers(text) == ["Nora Pellow"]


def test_a_party_riding_tag_needs_its_comma_a_capitalised_compound_stays_a_name():
    assert speakers.is_party_tag("NDP-Harbour") and speakers.is_party_tag("D-N.Y.", opened=False)
    assert not speakers.is_party_tag("US-Korea", opened=False)
    assert not speakers.is_party_tag("AFL-CIO") and not speakers.tag_run(
        [",", "NDP-Harbour", "leader", "Jo", "Hale", "felt"], 1
    )
    assert _speakers('"Trade is up," the US-Korea Trade Council said.') == ["US-Korea Trade Council"]


@pytest.mark.parametrize(("rank", "role"), [("Cllr", "councillor"), ("Cllr.", "councillor"), ("DCI", "inspector")])
def test_a_british_councillor_or_police_rank_without_a_period_is_a_title(rank: str, role: str):
    # British copy writes "Cllr Nora Pellow", "DCI Nora Pellow": the rank is no part of her name, and a later
    # "the councillor"/"the inspector" is she.
    text = f'{rank} Nora Pellow spoke at the meeting. "It is a disgrace," the {role} said.'
    assert _speakers(text) == ["Nora Pellow"]


@pytest.mark.parametrize("org", ["PC World", "DC United"])
def test_a_two_letter_rank_that_is_also_a_firms_letters_stays_in_the_firms_name(org: str):
    assert _speakers(f'"We are pleased," {org} said in a statement.') == [org]


def test_the_words_of_a_bracketed_riding_are_no_speaker():
    # "(Harbour—Glen Abbey)": the riding's second capitalised run is no name the nearest-mention readers may take.
    text = (
        "The firm's press secretary, Nora Pellow (Harbour\u2014Glen Abbey), told the paper that "
        '"the policy was a mistake."'
    )
    assert _speakers(text) == ["Nora Pellow"]
    assert speakers.tag_run(["Jo", "Hale", "(", "Harbour", "\u2014", "Glen", "Abbey", ")"], 5)
    assert not speakers.tag_run(["General", "Motors", "(", "GM", ")"], 3)


def test_a_name_with_a_tag_before_its_role_apposition_is_the_holder():
    # "Nora Pellow (Lab), the president of Acme announced …": the name before the tag holds the role.
    art = analysis.read_article(
        "Headline\n\nAs part of the plan, Nora Pellow (Lab), the president of Acme announced that the plant would close."
    )
    assert [a.speaker for a in attribution.attribute(art).attributions] == ["Nora Pellow"]
