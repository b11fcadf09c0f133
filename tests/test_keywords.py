"""analysis.keywords: top terms, phrases, distinctive terms, packaged stopwords."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import keywords, resources
from analysis.tokenize import is_word

TEXT = (
    "The central bank raised interest rates on Tuesday. Interest rates are now at their highest level "
    "in a decade, the central bank said. Economists expect interest rates to rise again. "
    "Finance Minister Maria Lopez welcomed the decision."
)


def test_top_terms_table_shape_and_order() -> None:
    df = keywords.top_terms(TEXT, n=5)
    assert list(df.columns) == ["term", "score"]
    assert len(df) == 5
    assert df["score"].is_monotonic_decreasing


def test_recurring_phrases_beat_their_parts_and_are_deduplicated() -> None:
    terms = [t.lower() for t in keywords.top_terms(TEXT, n=8)["term"]]
    assert "interest rates" in terms and "central bank" in terms
    assert "interest" not in terms and "rates" not in terms


def test_stopwords_and_clitics_never_are_terms() -> None:
    terms = [
        t.lower() for t in keywords.top_terms("We won't stop. They'll say it's the end, but we don't.", n=20)["term"]
    ]
    assert not set(terms) & (resources.stopwords() | {"n't", "wo", "ll", "s"})


def test_n_must_be_positive() -> None:
    for bad in (0, -1, 2.5, True):
        with pytest.raises(ValueError, match="positive integer"):
            keywords.top_terms(TEXT, n=bad)  # type: ignore[arg-type]


def test_empty_text_gives_empty_table() -> None:
    assert keywords.top_terms("", n=5).empty


def test_background_makes_common_words_less_specific() -> None:
    assert keywords.specificity("the") < keywords.specificity("government") < keywords.specificity("escalation")


def test_distinctive_terms_find_what_sets_a_part_apart() -> None:
    a = keywords.count_terms("Tariffs on steel. Steel tariffs hurt farmers. Farmers fear tariffs and steel duties.")
    b = keywords.count_terms("The election was close. Voters chose a new mayor. The mayor thanked voters.")
    best = [t.lower() for t, z in keywords.distinctive_terms(a, b, n=3)]
    assert set(best) <= {"tariffs", "steel", "farmers", "steel tariffs"} and best
    assert all(z > 0 for _, z in keywords.distinctive_terms(a, b))


def test_packaged_stopwords_are_scikit_learns_minus_the_listed_content_words() -> None:
    sklearn_words = pytest.importorskip("sklearn.feature_extraction._stop_words").ENGLISH_STOP_WORDS
    text = (resources.Path(resources.__file__).parent / "data" / "stopwords-en.txt").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    removed = set(header[header.index("# (scikit-learn's own documentation warns about this list):") + 1][2:].split())
    assert {"interest", "fire", "bill"} <= removed
    assert set(resources.packaged_lines("stopwords-en.txt")) == set(sklearn_words) - removed


# --- phrases, names, inflections ------------------------------------------------------------


def test_names_are_phrases_even_once_but_not_in_title_case_headlines() -> None:
    text = "Talks Yield Hope For Peace Deal\n\nRussian President Vladimir Putin met reporters in Moscow on Monday."
    terms = keywords.count_terms(text)
    assert "vladimir putin" in terms.counts  # title words dropped from the front of the name
    assert "russian president vladimir" not in terms.counts
    assert "hope for peace" not in terms.counts and "peace deal" not in terms.counts  # headline capitals say nothing


def test_inflections_share_one_place_in_the_list() -> None:
    text = "The movie opened. Movies like this movie draw crowds. Critics loved the movies and the movie."
    terms = [t.lower() for t in keywords.top_terms(text, n=5)["term"]]
    assert sum(t in {"movie", "movies"} for t in terms) == 1


def test_a_phrase_takes_its_parts_occurrences() -> None:
    text = "The Air Force said the Air Force tanker deal is off. Air Force officials declined to comment."
    terms = [t.lower() for t in keywords.top_terms(text, n=6)["term"]]
    assert "air force" in terms and "air" not in terms and "force" not in terms


# --- log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) -----------


def _counts(**kw: int) -> keywords.TermCounts:
    from collections import Counter

    return keywords.TermCounts(Counter(kw), {}, {t: t for t in kw}, sum(kw.values()))


def test_log_odds_z_matches_a_hand_computation() -> None:
    # part: a=3, b=1 (n_i=4); rest: a=1, b=3 (n_j=4); uniform prior, a_0=2 → a_w=1.
    # delta_a = log((3+1)/(4+2-3-1)) - log((1+1)/(4+2-1-1)) = log 2 - log 0.5 = 2 ln 2
    # var_a = 1/(3+1) + 1/(1+1) = 0.75;  z_a = 2 ln 2 / sqrt(0.75) = 1.600755
    z = keywords.log_odds_z(
        _counts(a=3, b=1), _counts(a=1, b=3), prior_strength=2.0, prior_floor=0.0, background={"a": 0.5, "b": 0.5}
    )
    assert z["a"] == pytest.approx(1.600755, abs=1e-6)
    assert z["b"] == pytest.approx(-z["a"])


def test_the_prior_shrinks_common_words_and_the_floor_keeps_rare_ones_finite() -> None:
    part, rest = _counts(the=10, donbas=2), _counts(the=10, kyiv=2)
    z = keywords.log_odds_z(part, rest)
    assert abs(z["the"]) < 0.5  # same rate on both sides
    assert z["donbas"] > 0 > z["kyiv"]
    assert all(v == v and abs(v) < 50 for v in z.values())  # no NaN, no blow-up


def test_distinctive_terms_skip_phrases_that_open_with_a_function_word() -> None:
    part = keywords.count_terms("in Europe we will act. In Europe we will act.", all_phrases=True, function_words=True)
    calm = "The weather was mild and the markets were calm."
    rest = keywords.count_terms(calm, all_phrases=True, function_words=True)
    terms = [t.lower() for t, _ in keywords.distinctive_terms(part, rest, n=20, min_count=1)]
    assert any("europe" in t for t in terms) and "in europe" not in terms
    assert not any(t.split()[0] in resources.stopwords() and " " in t for t in terms)


def test_characteristic_terms_favour_the_parts_own_subject() -> None:
    a = keywords.count_terms("Troops massed near the Donbas border. The Donbas front is tense, officials said.")
    b = keywords.count_terms("NATO expansion worries Moscow, officials said. NATO members disagree.")
    whole = keywords.merge_counts([a, b])
    assert keywords.characteristic_terms(a, whole, n=1)[0][0] == "Donbas"
    assert keywords.characteristic_terms(b, whole, n=1)[0][0] == "NATO"


@given(st.text(max_size=300))
@settings(max_examples=60, deadline=None)
def test_any_text_gives_a_well_formed_table(text: str) -> None:
    df = keywords.top_terms(text, n=5)
    assert list(df.columns) == ["term", "score"] and len(df) <= 5
    assert df["score"].is_monotonic_decreasing and (df["score"] > 0).all()
    lowered = [t.lower() for t in df["term"]]
    assert len(set(lowered)) == len(lowered)
    counts = keywords.count_terms(text, all_phrases=True, function_words=True)
    assert all(c > 0 for c in counts.counts.values()) and counts.n_words >= 0


def test_lone_function_words_need_a_significant_z() -> None:
    part = keywords.count_terms("The plan of the day and the Donbas border.", all_phrases=True, function_words=True)
    rest = keywords.count_terms("A plan for a day. Markets rose in Asia.", all_phrases=True, function_words=True)
    terms = [t.lower() for t, _ in keywords.distinctive_terms(part, rest, n=10, min_count=1)]
    assert "donbas" in terms or "donbas border" in terms
    assert not set(terms) & {"the", "of", "and"}


def test_background_frequency_equals_wordfreq() -> None:
    # The fast path for plain words and phrases must give wordfreq's own numbers.
    import wordfreq

    table = wordfreq.get_frequency_dict("en", "best")
    plain = [w for w in list(table)[:3000:7] if w.isascii() and w.isalpha() and w.islower()]
    terms = [
        *plain,
        "zzqxjv",
        "the zzqxjv",
        "vladimir putin",
        "of the",
        "air force one",
        "U.S.",
        "well-known",
        "o'brien",
    ]
    terms += ["rank-and-file", "grass-roots bid", "the well-known zzqxjv", "state-designated", "mid-1990s"]
    terms += ["covid-19"]
    terms += [f"{a} {b}" for a, b in zip(plain, plain[1:], strict=False)][:200]
    for term in terms:
        assert keywords.background_frequency(term) == wordfreq.word_frequency(term, "en"), term


def test_distinctive_terms_each_equals_each_part_against_the_merged_rest() -> None:
    texts = {
        "a": "Tariffs on steel hurt farmers. We will fight tariffs. Steel tariffs, steel duties.",
        "b": "The election was close. Voters chose a new mayor. We will serve the voters.",
        None: "Officials said the talks on steel and the election went on. The mayor said nothing new.",
    }
    counts = {k: keywords.count_terms(t, all_phrases=True, function_words=True) for k, t in texts.items()}
    each = keywords.distinctive_terms_each(counts, n=8, min_count=1, keys=["a", "b"])
    assert set(each) == {"a", "b"}
    for key in ("a", "b"):
        rest = keywords.merge_counts([c for k, c in counts.items() if k != key])
        expected = keywords.distinctive_terms(counts[key], rest, n=8, min_count=1)
        assert [t for t, _ in each[key]] == [t for t, _ in expected]
        assert [round(z, 9) for _, z in each[key]] == [round(z, 9) for _, z in expected]


def test_counting_given_sentences_equals_counting_their_joined_text() -> None:
    # The pipeline counts a speaker's sentences as they are; the result must
    # be count_terms of the sentences joined as paragraphs (runs of end
    # punctuation, which the splitter may cut again, included).
    sentences = [
        "\u201cWe will not back down,\u201d Mr. Smith said on Tuesday.",
        "The U.S. economy is great!!",
        "Is it?! We don't know... the Air Force said.",
        "Steel tariffs, steel tariffs and more Steel Tariffs.",
    ]
    for function_words in (False, True):
        for all_phrases in (False, True):
            joined = keywords.count_terms(
                "\n\n".join(sentences), all_phrases=all_phrases, function_words=function_words
            )
            given_ = keywords.count_sentence_terms(sentences, all_phrases=all_phrases, function_words=function_words)
            assert given_ == joined


def test_top_term_pairs_are_the_rows_of_top_terms() -> None:
    pairs = keywords.top_term_pairs(TEXT, 6)
    assert pairs == list(keywords.top_terms(TEXT, n=6).itertuples(index=False, name=None))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(
                [
                    "Air",
                    "Force",
                    "air force",
                    "Emmanuel Macron",
                    "said",
                    "the",
                    ".",
                    "\n",
                    "\n\n",
                    " \n ",
                    "\u00a0",
                    "\u2028",
                    " ",
                    "Mr.",
                    "movies",
                    "movie",
                ]
            ),
            max_size=12,
        ).map(" ".join),
        max_size=6,
    )
)
def test_counting_paragraphs_is_counting_their_joined_text(pieces: list[str]) -> None:
    # A list of paragraphs is counted as the text they make joined by blank lines.
    joined = keywords.count_terms("\n\n".join(pieces))
    for given_as in (keywords.count_terms(pieces), keywords.count_terms(tuple(pieces))):
        assert given_as == joined
        assert list(given_as.counts) == list(joined.counts) and list(given_as.surface) == list(joined.surface)
    assert keywords.top_term_pairs(pieces, 5) == keywords.top_term_pairs("\n\n".join(pieces), 5)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["a", "b", "air force", "force"]), st.sampled_from([0.0, -0.0, 1.0, 2.5, -1.0])))
def test_terms_come_best_first_as_a_sort_orders_them(scores: dict[str, float]) -> None:
    # The heap that ranks terms must give the order of a full sort: score descending, ties alphabetical.
    assert list(keywords._best_first(scores.items())) == sorted(scores, key=lambda t: (-scores[t], t))


def _content_grams_reference(tokens: tuple[str, ...]) -> list[tuple[str, str, int]]:
    """Content n-grams the plain way: windows of up to three words over the runs between stopwords and non-words."""
    stop = resources.stopwords()
    grams, run, n_words = [], [], 0
    for token in [*tokens, ""]:
        key, word = token.lower(), is_word(token)
        n_words += word
        if word and key not in stop:
            run.append((key, token))
            continue
        for i in range(len(run)):
            for j in range(i + 1, min(i + 3, len(run)) + 1):
                grams.append((" ".join(k for k, _ in run[i:j]), " ".join(f for _, f in run[i:j]), n_words))
        run = []
    return grams


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["Air", "Force", "the", "of", "said", "Putin", ",", "", "U.S", "n't", "We"]), max_size=14)
)
def test_content_grams_are_the_grams_with_function_words_less_those_with_a_stopword(words: list[str]) -> None:
    # Both kinds of n-grams come from one pass over the sentence; the content
    # ones (and the word count at the end of each run) must be what a pass
    # over the runs between stopwords gives.
    tokens = tuple(words)
    (content, n_words), (every, n_every) = keywords._sentence_grams(tokens)
    assert list(content) == _content_grams_reference(tokens)
    assert n_words == n_every == sum(is_word(t) for t in tokens)
    assert [(k, f) for k, f, _ in content] == [
        (k, f) for k, f, _ in every if not set(k.split(" ")) & resources.stopwords()
    ]


# --- no filler (issue 15) --------------------------------------------------------------------

COUNCIL = (
    "Council backs river park\n\n"
    "Councilmember James Porter said on Monday the river park would possibly open next year. "
    '"We are going to build the biggest park the city has seen," said Councilmember Porter, asking residents to '
    "back the river park plan. Mr Porter said the park would cost $4m. Porter said the city would plant 300 trees "
    "along the river, and residents said they welcomed the trees."
)


def test_reporting_verbs_fillers_and_bare_titles_are_never_key_terms() -> None:
    terms = [t.lower() for t in keywords.top_terms(COUNCIL, n=10)["term"]]
    for filler in ("said", "possibly", "going", "asking", "biggest", "councilmember", "mr", "welcomed"):
        assert filler not in terms
    assert not any(t.startswith(("mr ", "councilmember ", "said ")) for t in terms)
    assert "river park" in terms and "trees" in terms


def test_names_are_given_in_their_fullest_form() -> None:
    text = (
        "Tony Blair defended the pension plan on Tuesday. Mr Blair told MPs that pensions would rise. "
        "Blair said the pension plan was fair to pensioners."
    )
    terms = list(keywords.top_terms(text, n=5)["term"])
    assert terms[0] == "Tony Blair"
    assert not {"Mr Blair", "Blair"} & set(terms)
    assert "James Porter" in list(keywords.top_terms(COUNCIL, n=10)["term"])  # the title is not part of the name


def test_filler_comes_from_the_part_of_speech_lexicon() -> None:
    # Brill's lexicon (Penn Treebank tags): verbs, adverbs, superlatives and
    # closed classes are filler; nouns are not, nor are names written as such.
    assert all(keywords.is_filler(w) for w in ("said", "told", "possibly", "going", "asking", "biggest", "the"))
    assert not any(keywords.is_filler(w) for w in ("increase", "spending", "pension", "tariffs"))
    assert keywords.is_filler("may", "may") and not keywords.is_filler("may", "May")  # Theresa May
    assert keywords.is_filler("said mayor", "said Mayor") and keywords.is_filler("mr smith", "Mr Smith")
    assert not keywords.is_filler("prime minister", "Prime Minister")


def test_distinctive_terms_carry_no_filler() -> None:
    # A speaker's sentences carry the attribution around their quotes.
    mayor = keywords.count_sentence_terms(
        [
            '"The bridge will reopen," said Mayor Tom Lee.',
            '"The bridge is safe," said Mayor Tom Lee, adding that the bridge was inspected.',
        ],
        all_phrases=True,
        function_words=True,
    )
    rest = keywords.count_sentence_terms(
        ["The council met on Monday.", "Residents asked about the council budget."],
        all_phrases=True,
        function_words=True,
    )
    terms = [t.lower() for t, _ in keywords.distinctive_terms(mayor, rest, n=10, min_count=1)]
    assert "bridge" in terms
    assert not [t for t in terms if t.split()[0] in ("said", "the", "mayor") or t in ("adding", "will", "is")]


def test_headline_terms_are_reported_only_where_the_body_has_them() -> None:
    headline = "Ministers unveil rail timetable"
    body = [
        "The new rail timetables start in May, the transport ministry said.",
        "Rail unions welcomed the timetables.",
    ]
    terms = [t.lower() for t, _ in keywords.top_term_pairs([headline, *body], 10, lead=1)]
    assert "unveil" not in terms and "ministers" not in terms  # only in the headline
    assert any(t.startswith(("rail", "timetable")) for t in terms)
    counts = keywords.count_terms(body, all_phrases=True)
    assert keywords.term_occurrences("timetable", counts) == 2  # the body's inflections count
    names = keywords.count_terms("Tony Blair spoke. Mr Blair left.", all_phrases=True)
    assert keywords.term_occurrences("Tony Blair", names) == 2  # and a name's surname


def test_an_office_title_joined_by_and_is_not_cut_into_a_term() -> None:
    text = (
        "Trade and Industry Secretary Patricia Hewitt said the post office network would be protected. "
        "The Trade and Industry Secretary told MPs that rural post office branches would get extra funding."
    )
    counts = keywords.count_terms(text)
    assert counts.counts["trade and industry secretary"] == 2
    terms = list(keywords.top_terms(text, n=10)["term"])
    assert "Trade" not in terms and "Industry Secretary" not in terms
    assert "Patricia Hewitt" in terms


# --- event terms (issue 15) -------------------------------------------------------------------


def test_event_verbs_are_terms_as_the_noun_an_editor_would_tag() -> None:
    text = (
        "Police arrested two men after a shooting in the city centre. "
        "Detectives said the arrests followed a week of raids, and police said more men could be arrested."
    )
    terms = [t.lower() for t in keywords.top_terms(text, n=10)["term"]]
    assert "arrest" in terms and "shooting" in terms
    assert not {"said", "arrested", "arrests"} & set(terms)
    assert not any(keywords.is_filler(t) for t in terms)


def test_event_noun_shares_the_verbs_stem_and_skips_reporting_and_light_verbs() -> None:
    nouns = {w: keywords.event_noun(w) for w in ("arrested", "elected", "resigned", "charged", "sentenced")}
    assert nouns == {
        "arrested": "arrest",
        "elected": "election",
        "resigned": "resignation",
        "charged": "charge",
        "sentenced": "sentence",
    }
    assert all(keywords.stem(n) == keywords.stem(v) for v, n in nouns.items())  # one term to a stemmer
    for verb in ("said", "told", "announced", "going", "make", "used", "found", "provided", "according", "aged"):
        assert keywords.event_noun(verb) is None, verb
    assert keywords.event_noun("arrest") is None  # already a noun: counted as it is


def test_only_the_leads_event_verbs_become_terms() -> None:
    lead = "The council approved the budget for the new library. " * 2
    filler = "The library will open in the spring with a reading room and a cafe for the town. " * 4
    late = "Residents were delighted, and the mayor was thanked for the library."
    terms = [t.lower() for t in keywords.top_terms(lead + filler + late, n=20)["term"]]
    assert "approval" in terms  # "approved" in the lead: the story's event
    assert "delight" not in terms  # "delighted" past the lead is not


def test_web_addresses_and_weekdays_give_no_terms() -> None:
    text = (
        "Zappos opened a new raincoat shop on Friday at www.zappos.com, and the raincoat sold out by Sunday. "
        "Shoppers can write to help@zappos.com or visit http://www.zappos.com/raincoats for the raincoat range."
    )
    terms = [t.lower() for t in keywords.top_terms(text, n=10)["term"]]
    assert "raincoat" in terms and "zappos" in terms  # the site's own name is still a word of the text
    assert not {"www", "com", "http", "raincoats", "friday", "sunday"} & set(terms)
    assert keywords.is_filler("friday") and not keywords.is_filler("good friday", "Good Friday")


def test_a_name_keeps_its_leading_common_words_unless_they_stand_before_a_title() -> None:
    text = (
        "The New York Times reported that the International Monetary Fund would lend more. "
        "Russian President Vladimir Putin said the International Monetary Fund was wrong, "
        "and the New York Times printed his reply."
    )
    terms = list(keywords.top_terms(text, n=10)["term"])
    assert {"New York Times", "International Monetary Fund", "Vladimir Putin"} <= set(terms)
    assert not {"York Times", "Monetary Fund", "President Vladimir Putin"} & set(terms)


# --- names and roles (issue 15, round 3) ------------------------------------------------------


def test_a_name_joined_by_of_is_one_term() -> None:
    text = (
        "The Bank of England kept its rate at four per cent. Economists had expected the Bank of England "
        "to wait, and the House of Lords debated the decision on Thursday."
    )
    terms = list(keywords.top_terms(text, n=10)["term"])
    assert "Bank of England" in terms and "House of Lords" in terms
    assert not {"England", "Bank", "House", "Lords"} & set(terms)
    # A role before "of" is not an institution: "Chairman of Chrysler" gives no name.
    counts = keywords.count_terms("Vice Chairman of Chrysler Tom Lasorda spoke.")
    assert not any(" of " in t for t in counts.counts)


def test_a_four_word_name_is_one_term() -> None:
    text = (
        "Shares in the chipmaker rose on the New York Stock Exchange on Monday, "
        "and the Dow Jones Industrial Average closed higher as the chipmaker gained."
    )
    terms = list(keywords.top_terms(text, n=10)["term"])
    assert {"New York Stock Exchange", "Dow Jones Industrial Average"} <= set(terms)
    assert not {"Stock Exchange", "York Stock", "Dow Jones", "Dow", "Stock"} & set(terms)


def test_a_role_is_not_a_term_its_holder_is() -> None:
    text = (
        "The Russian president met farmers in Kursk. Vladimir Putin promised the farmers cheaper fuel, "
        "and the Russian president later flew to Moscow. The foreign secretary was not there."
    )
    terms = [t.lower() for t in keywords.top_terms(text, n=10)["term"]]
    assert "vladimir putin" in terms
    assert not {"russian president", "foreign secretary", "president", "secretary"} & set(terms)
    assert "Steve Jobs" in list(keywords.top_terms("Apple CEO Steve Jobs showed a phone. Steve Jobs smiled.")["term"])


def test_a_verb_that_frames_a_clause_or_modifies_a_noun_is_no_event() -> None:
    lead = (
        "The carmaker is poised to cut jobs, and its operating system for dealers failed after "
        "police arrested a manager. "
    )
    rest = "The carmaker said the manager had been arrested at home and the dealers were told on Friday. " * 2
    terms = [t.lower() for t in keywords.top_terms(lead + rest, n=20)["term"]]
    assert "arrest" in terms  # "arrested": the event
    assert not {"poise", "operation"} & set(terms)  # "poised to cut", "operating system"


def test_a_name_whose_first_word_is_also_a_verb_is_kept_whole() -> None:
    text = (
        "Jack Straw flew to North Korea on Monday. Mr Straw met officials in North Korea, "
        "and Straw later spoke to Harry Redknapp about football."
    )
    terms = list(keywords.top_terms(text, n=10)["term"])
    assert {"Jack Straw", "North Korea", "Harry Redknapp"} <= set(terms)
    assert not {"Straw", "Korea", "North", "Redknapp"} & set(terms)
    assert keywords.is_filler("said mayor", "Said Mayor")  # a verb's capital at a sentence start is no name


def test_a_base_form_states_no_event() -> None:
    # "to prevent a collapse", "a new monitor": the infinitive or a noun, not what happened.
    assert keywords.event_noun("prevent") is None and keywords.event_noun("monitor") is None
    assert keywords.event_noun("prevented") == "prevention"
    text = "The bank plans to restructure its loans and prevent a collapse. The bank and its loans are safe. " * 2
    terms = [t.lower() for t in keywords.top_terms(text, n=10)["term"]]
    assert not {"prevention", "restructuring"} & set(terms)


def test_a_vocabulary_of_one_word_has_no_distinctive_terms() -> None:
    # "Smith. 'Smith": the speaker's part and the rest share their only word; its odds are undefined, not an error.
    part = keywords.count_terms("Smith")
    assert keywords.distinctive_terms_each({"quote": part, "rest": keywords.count_terms("Smith.")}) == {
        "quote": [],
        "rest": [],
    }
    assert keywords.distinctive_terms(part, keywords.count_terms("Smith.")) == []


def test_inline_page_furniture_gives_no_terms() -> None:
    # A flattened scrape's "Story continues below" and "Advertisement" are the page's words, not the story's.
    terms = keywords.count_terms("Steel tariffs rose. Story continues below Farmers fear it. Advertisement Mills shut.")
    assert not {"story", "advertisement", "story continues", "continues"} & set(terms.counts)
    assert {"farmers", "mills"} <= set(terms.counts)
