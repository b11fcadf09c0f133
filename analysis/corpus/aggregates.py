"""Corpus aggregates: tone and voices per period, per outlet and per person, and key-term trends."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from analysis.corpus.tables import CorpusAnalysis

__all__ = [
    "SOURCE_KINDS",
    "choose_frequency",
    "extremes",
    "people_by_outlet",
    "GENDERS",
    "gender_by_outlet",
    "gender_by_period",
    "sources_by_outlet",
    "speakers_by_period",
    "term_trends",
    "tone_by_outlet",
    "tone_by_period",
    "tone_toward",
    "tone_toward_by_period",
    "top_people",
]


# ---------------------------------------------------------------- over time


def choose_frequency(dates: pd.Series) -> str:
    """A readable period for a date range: days, weeks, months, quarters or years.

    Args:
        dates: Article dates (NaT ignored).

    Returns:
        A pandas frequency alias: ``"D"``, ``"W"``, ``"MS"``, ``"QS"`` or ``"YS"``.
    """
    valid = dates.dropna()
    span = (valid.max() - valid.min()).days if len(valid) else 0
    for limit, freq in ((45, "D"), (365, "W"), (5 * 365, "MS"), (12 * 365, "QS")):
        if span <= limit:
            return freq
    return "YS"


# Timestamp frequencies → the period aliases of Series.dt.to_period.
_PERIOD_ALIASES = {"MS": "M", "QS": "Q", "YS": "Y", "ME": "M", "QE": "Q", "YE": "Y"}


def _periods(dates: pd.Series, freq: str) -> pd.Series:
    return dates.dt.to_period(_PERIOD_ALIASES.get(freq, freq)).dt.start_time


def _mean_band(frame: pd.DataFrame, keys: list[str], value: str) -> pd.DataFrame:
    """Mean of ``value`` per group with a 95 % band: mean ± 1.96 standard errors.

    Each row is one observation (an article), so the band reflects how much
    articles differ, not how many sentences they have.  A group with one
    observation has no band (low = high = mean).  Returns ``*keys,
    n_articles, <value>, low, high``, groups in key order.
    """
    grouped = frame.dropna(subset=[value]).groupby(keys, sort=True)[value]
    out = grouped.agg(n_articles="size", mean="mean", sd="std").reset_index()
    sem = (out["sd"] / out["n_articles"].pow(0.5)).fillna(0.0)
    out["low"] = (out["mean"] - 1.96 * sem).clip(-1, 1)
    out["high"] = (out["mean"] + 1.96 * sem).clip(-1, 1)
    return out.drop(columns="sd").rename(columns={"mean": value})


def _with_outlet(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles that name their outlet (stripped; blank and missing left out)."""
    outlet = articles["outlet"].astype("string").str.strip()
    return articles.assign(outlet=outlet.astype(object)).loc[outlet.fillna("").ne("").to_numpy()]


def tone_by_period(corpus: CorpusAnalysis, freq: str = "auto", *, by: Literal["outlet"] | None = None) -> pd.DataFrame:
    """Mean article tone per period, with a 95 % confidence band.

    Args:
        corpus: The corpus analysis.
        freq: A pandas frequency (``"D"``, ``"W"``, ``"MS"``…) or ``"auto"``.
        by: ``"outlet"`` for one series per outlet (articles without an
            outlet are then left out); ``None`` for the whole corpus.

    Returns:
        DataFrame ``period[, outlet], n_articles, compound, low, high`` (the
        band is mean ± 1.96 standard errors of the article means; a single
        article has no band), one row per period (and outlet) with articles,
        in time order.  Undated articles and articles without a tone (no
        sentences) are left out.

    Raises:
        ValueError: If ``by`` is neither ``None`` nor ``"outlet"``.
    """
    return _band_by_period(corpus.articles, "compound", freq, by)


def _band_by_period(rows: pd.DataFrame, value: str, freq: str, by: str | None) -> pd.DataFrame:
    """:func:`_mean_band` of per-article ``value`` per period (and outlet); undated rows left out."""
    import pandas as pd

    if by not in (None, "outlet"):
        raise ValueError(f"by must be None or 'outlet', not {by!r}")
    keys = ["period"] if by is None else ["period", "outlet"]
    rows = rows.dropna(subset=["date", value])
    if by == "outlet":
        rows = _with_outlet(rows)
    if rows.empty:
        return pd.DataFrame(columns=[*keys, "n_articles", value, "low", "high"])
    freq = choose_frequency(rows["date"]) if freq == "auto" else freq
    return _mean_band(rows.assign(period=_periods(rows["date"], freq)), keys, value)


def speakers_by_period(corpus: CorpusAnalysis, freq: str = "auto", *, top: int = 5) -> pd.DataFrame:
    """Tone and share of voice of the most-quoted people per period.

    Args:
        corpus: The corpus analysis.
        freq: A pandas frequency or ``"auto"``.
        top: How many people (by quoted words over the whole corpus); the rest
            are pooled as ``"others"`` in ``quoted_words``/``share``.

    Returns:
        DataFrame ``period, person, n_articles, quoted_words, share, compound``:
        ``share`` is the person's part of all quoted words in that period,
        ``compound`` the mean tone of what they said (NaN for ``"others"``).
    """
    import pandas as pd

    columns = ["period", "person", "n_articles", "quoted_words", "share", "compound"]
    sp = corpus.speakers
    if sp.empty or "person" not in sp.columns:
        return pd.DataFrame(columns=columns)
    dated = sp.merge(corpus.articles[["article_id", "date"]], on="article_id").dropna(subset=["date", "person"])
    if dated.empty:
        return pd.DataFrame(columns=columns)
    freq = choose_frequency(dated["date"]) if freq == "auto" else freq
    dated = dated.assign(period=_periods(dated["date"], freq), quoted_words=pd.to_numeric(dated["quoted_words"]))
    leaders = dated.groupby("person")["quoted_words"].sum().nlargest(top).index
    dated["who"] = dated["person"].where(dated["person"].isin(leaders), "others")
    totals = dated.groupby("period")["quoted_words"].sum()
    out = (
        dated.groupby(["period", "who"])
        .agg(n_articles=("article_id", "nunique"), quoted_words=("quoted_words", "sum"), compound=("compound", "mean"))
        .reset_index()
        .rename(columns={"who": "person"})
    )
    out["share"] = out["quoted_words"] / out["period"].map(totals).where(lambda t: t > 0)
    out.loc[out["person"] == "others", "compound"] = float("nan")
    return out[columns]


def term_trends(corpus: CorpusAnalysis, *, n: int = 10) -> pd.DataFrame:
    """Key terms rising and falling: the later half of the corpus against the earlier.

    Articles are split at the median date; the article key terms of each half
    are compared by the log-odds ratio with an informative Dirichlet prior
    (Monroe et al. 2008), so a term counts once per article that has it.

    Args:
        corpus: The corpus analysis.
        n: Terms per direction.

    Returns:
        DataFrame ``term, z, direction`` (``'rising'`` or ``'falling'``),
        strongest first; empty with fewer than two dated articles.
    """
    import pandas as pd

    from analysis import keywords as kw

    columns = ["term", "z", "direction"]
    arts = corpus.articles.dropna(subset=["date"]).sort_values(["date", "article_id"])
    if len(arts) < 2:
        return pd.DataFrame(columns=columns)
    half = len(arts) // 2
    early_ids, late_ids = set(arts["article_id"].iloc[:half]), set(arts["article_id"].iloc[half:])
    terms = corpus.keywords[corpus.keywords["scope"] == "article"]

    def counts(ids: set[int]) -> kw.TermCounts:
        rows = terms[terms["article_id"].isin(ids)]
        keys = rows["term"].str.lower()
        c = Counter(keys)
        surface = dict(zip(keys, rows["term"], strict=True))
        return kw.TermCounts(c, dict(c), surface, sum(c.values()))

    early, late = counts(early_ids), counts(late_ids)
    rising = kw.distinctive_terms(late, early, n=n, min_count=2)
    falling = kw.distinctive_terms(early, late, n=n, min_count=2)
    rows = [(t, z, "rising") for t, z in rising] + [(t, -z, "falling") for t, z in falling]
    return pd.DataFrame(rows, columns=columns)


def extremes(corpus: CorpusAnalysis, *, n: int = 5, reports_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The most negative and most positive articles.

    Args:
        corpus: The corpus analysis.
        n: Articles at each end.
        reports_dir: Folder where per-article reports (``<file stem>.html``)
            are written; when given, a ``report`` column links to them.

    Returns:
        DataFrame ``end ('most negative'|'most positive'), article_id, date,
        headline, outlet, compound, top_terms, source[, report]``.
    """
    import pandas as pd

    arts = corpus.articles.dropna(subset=["compound"])
    cols = ["article_id", "date", "headline", "outlet", "compound", "top_terms", "source"]
    low = arts.nsmallest(n, "compound")[cols].assign(end="most negative")
    high = arts.nlargest(n, "compound")[cols].assign(end="most positive")
    out = pd.concat([low, high], ignore_index=True)[["end", *cols]]
    if reports_dir is not None:
        out["report"] = [str(Path(reports_dir) / f"{Path(str(s).split(':')[0]).stem}.html") for s in out["source"]]
    return out


# ---------------------------------------------------------------- across outlets


def tone_by_outlet(corpus: CorpusAnalysis) -> pd.DataFrame:
    """Mean article tone per outlet, with a 95 % confidence band.

    The outlet is what each article names: the ``outlet`` column of a
    JSONL/CSV source, an ``outlet …`` header line (written by ``python -m
    analysis fetch``), or an HTML page's site name.  Names are compared as
    given (after trimming spaces), so "NYT" and "The New York Times" are two
    outlets: make them one in the source.

    Args:
        corpus: The corpus analysis.

    Returns:
        DataFrame ``outlet, n_articles, n_quotes, compound, low, high,
        subjectivity, certainty``: the mean of the articles' tone (each
        article counts once), its band (mean ± 1.96 standard errors; none for
        a single article), all the outlet's direct quotes, and the tone
        beyond polarity of its own voice — the narration's sentences, not its
        sources' quotes — aggregated as for sections
        (:func:`analysis.sentiment.aggregate_features`: mean subjectivity;
        certainty from summed boosters and hedges; NaN when the sentences
        table lacks them); most articles first.  Articles without an outlet or
        without a tone are left out.
    """
    import pandas as pd

    from analysis import sentiment

    columns = ["outlet", "n_articles", "n_quotes", "compound", "low", "high", "subjectivity", "certainty"]
    arts = _toned_outlet_articles(corpus)
    if arts.empty:
        return pd.DataFrame(columns=columns)
    out = _mean_band(arts, ["outlet"], "compound")
    quotes = pd.to_numeric(arts["n_quotes"]).groupby(arts["outlet"]).sum()
    out["n_quotes"] = out["outlet"].map(quotes).astype("int64")
    sents = corpus.sentences
    if {"article_id", "speaker", "subjectivity", "hedges", "boosters"} <= set(sents.columns):
        # The outlet's own voice: sentences that are no speaker's (mostly outside quotes).
        narration = sents.loc[sents["speaker"].isna(), ["article_id", "subjectivity", "hedges", "boosters"]]
        outlets = narration.merge(arts[["article_id", "outlet"]], on="article_id")
        style = (
            sentiment.aggregate_features(outlets, "outlet")
            if len(outlets)
            else pd.DataFrame(columns=["subjectivity", "certainty"])
        )
        out = out.join(style[["subjectivity", "certainty"]], on="outlet")
    else:
        out = out.assign(subjectivity=float("nan"), certainty=float("nan"))
    rank = _outlet_rank(arts)
    return out.sort_values("outlet", key=lambda o: o.map(rank))[columns].reset_index(drop=True)


def _toned_outlet_articles(corpus: CorpusAnalysis) -> pd.DataFrame:
    """The articles that count per outlet: with an outlet and a tone."""
    return _with_outlet(corpus.articles.dropna(subset=["compound"]))


def _outlet_rank(articles: pd.DataFrame) -> dict[str, int]:
    """Outlets most articles first (name order on ties), the order of every by-outlet table.

    Args:
        articles: :func:`_toned_outlet_articles`.
    """
    counts = articles["outlet"].value_counts()
    return {outlet: i for i, outlet in enumerate(sorted(counts.index, key=lambda o: (-counts[o], o)))}


def top_people(corpus: CorpusAnalysis, n: int = 6, *, kinds: Sequence[str] | None = ("person",)) -> list[str]:
    """The speakers who appear in the most articles (quoted, or named outside quotes).

    Args:
        corpus: The corpus analysis.
        n: How many.
        kinds: Speaker kinds to keep (the speakers table's ``kind``:
            ``'person'``, ``'organisation'``, ``'role'``); ``None`` keeps all.
            Unnamed sources ("the campaign") are no one to follow across
            articles, hence people only by default.  A dataset written before
            speakers had a ``kind`` is not filtered.

    Returns:
        ``person`` keys (see :func:`link_speakers`), ranked by the number of
        articles, then by mentions outside quotes, then by name.
    """
    import pandas as pd

    sp = corpus.speakers
    if sp.empty or not {"person", "n_mentions", "quoted_words"} <= set(sp.columns):
        return []
    if kinds is not None and "kind" in sp.columns:
        sp = sp[sp["kind"].isin(list(kinds))]
    mentions = pd.to_numeric(sp["n_mentions"]).fillna(0)
    present = sp[(mentions > 0) | (pd.to_numeric(sp["quoted_words"]).fillna(0) > 0)].assign(n_mentions=mentions)
    reach = (
        present.dropna(subset=["person"])
        .groupby("person")
        .agg(articles=("article_id", "nunique"), mentions=("n_mentions", "sum"))
    )
    return [str(p) for p in reach.sort_values(["articles", "mentions"], ascending=False, kind="stable").index[:n]]


def people_by_outlet(corpus: CorpusAnalysis, *, top: int = 6) -> pd.DataFrame:
    """How each outlet treats the people the corpus quotes most widely, and how much it quotes them.

    The comparison media researchers make between outlets: for each of the
    ``top`` people (speakers of kind ``'person'``, quoted directly or in
    reported speech, linked across articles by ``person``; see
    :func:`top_people`) appearing in the most articles, per
    outlet, the tone *toward* them in the narration
    (:func:`analysis.toward.score_toward` over their mentions outside
    quotes, the ``tone_toward`` of ``ArticleAnalysis.speakers``), the tone of
    their own words, and their share of the outlet's quoted words.

    Args:
        corpus: The corpus analysis.
        top: How many people (:func:`top_people`).

    Returns:
        DataFrame ``outlet, person, n_articles, n_mentions, n_toward,
        tone_toward, low, high, quoted_words, share, compound``, one row per
        outlet and person that appears in it (``n_articles``: quoted or named
        there); outlets with most articles first, people in rank order.
        ``tone_toward`` is the mean over the ``n_toward`` articles of the
        outlet that name the person outside quotes (each article counts once;
        NaN when none does; ``n_mentions`` such mentions in all),
        ``low``/``high`` its 95 % band (mean ± 1.96 standard errors);
        ``share`` is the person's part of all words the outlet quotes (NaN
        when it quotes nobody); ``compound`` the mean tone of what they say
        in that outlet (NaN when never quoted there).
    """
    import pandas as pd

    columns = [
        "outlet", "person", "n_articles", "n_mentions", "n_toward", "tone_toward", "low", "high", "quoted_words", "share", "compound",
    ]  # fmt: skip
    sp = corpus.speakers
    needed = {"person", "n_mentions", "tone_toward", "quoted_words", "compound"}
    if sp.empty or not needed <= set(sp.columns):
        return pd.DataFrame(columns=columns)
    arts = _with_outlet(corpus.articles)[["article_id", "outlet"]]
    rows = sp.merge(arts, on="article_id").dropna(subset=["person"])
    rows = rows.assign(
        n_mentions=pd.to_numeric(rows["n_mentions"]).fillna(0).astype("int64"),
        quoted_words=pd.to_numeric(rows["quoted_words"]).fillna(0).astype("int64"),
    )
    leaders = top_people(corpus, n=top)
    chosen = rows[rows["person"].isin(leaders) & ((rows["n_mentions"] > 0) | (rows["quoted_words"] > 0))]
    if chosen.empty:
        return pd.DataFrame(columns=columns)
    out = chosen.groupby(["outlet", "person"]).agg(
        n_articles=("article_id", "nunique"),
        n_mentions=("n_mentions", "sum"),
        quoted_words=("quoted_words", "sum"),
        compound=("compound", "mean"),
    )
    # A speaker's compound exists for reported speech too; "their own words" here means direct quotes.
    spoken = chosen[chosen["quoted_words"] > 0].groupby(["outlet", "person"])["compound"].mean()
    out["compound"] = spoken.reindex(out.index)
    toward = _mean_band(chosen, ["outlet", "person"], "tone_toward").set_index(["outlet", "person"])
    out = out.join(
        toward.rename(columns={"n_articles": "n_toward"})[["n_toward", "tone_toward", "low", "high"]]
    ).reset_index()
    out["n_toward"] = out["n_toward"].fillna(0).astype("int64")
    outlet_words = rows.groupby("outlet")["quoted_words"].sum()
    out["share"] = out["quoted_words"] / out["outlet"].map(outlet_words).where(lambda w: w > 0)
    outlet_rank = _outlet_rank(_toned_outlet_articles(corpus))
    person_rank = {p: i for i, p in enumerate(leaders)}
    out = out.assign(_o=out["outlet"].map(outlet_rank), _p=out["person"].map(person_rank))
    return out.sort_values(["_o", "_p"], kind="stable")[columns].reset_index(drop=True)


#: Speaker kinds in the order sourcing tables and charts list them.
SOURCE_KINDS = ("person", "organisation", "role")


def sources_by_outlet(corpus: CorpusAnalysis) -> pd.DataFrame:
    """Who each outlet quotes: named people, organisations, unnamed sources.

    Reliance on unnamed sources ("a senior official said") is a standard
    measure of sourcing practice; the speakers table's ``kind`` gives it
    (``'role'`` is a source the article never names).

    Args:
        corpus: The corpus analysis (speakers with a ``kind`` column).

    Returns:
        DataFrame ``outlet, kind, n_speakers, n_quotes, quoted_words, share``,
        one row per outlet and kind (in :data:`SOURCE_KINDS` order) with
        quotes there: ``n_speakers`` counts speakers per article (the same
        person in two articles counts twice), ``share`` is the kind's part of
        the outlet's directly quoted words (NaN when it quotes none).
        Outlets with most articles first; empty when the articles name no
        outlet or the speakers carry no ``kind``.
    """
    import pandas as pd

    columns = ["outlet", "kind", "n_speakers", "n_quotes", "quoted_words", "share"]
    sp = corpus.speakers
    if sp.empty or not {"kind", "n_quotes", "quoted_words"} <= set(sp.columns):
        return pd.DataFrame(columns=columns)
    rows = sp.merge(_with_outlet(corpus.articles)[["article_id", "outlet"]], on="article_id")
    rows = rows[rows["kind"].isin(SOURCE_KINDS)].assign(
        n_quotes=lambda t: pd.to_numeric(t["n_quotes"]), quoted_words=lambda t: pd.to_numeric(t["quoted_words"])
    )
    if rows.empty:
        return pd.DataFrame(columns=columns)
    out = (
        rows.groupby(["outlet", "kind"])
        .agg(n_speakers=("speaker", "size"), n_quotes=("n_quotes", "sum"), quoted_words=("quoted_words", "sum"))
        .reset_index()
    )
    totals = out.groupby("outlet")["quoted_words"].transform("sum")
    out["share"] = out["quoted_words"] / totals.where(totals > 0)
    outlet_rank = _outlet_rank(_toned_outlet_articles(corpus))
    out = out.assign(_o=out["outlet"].map(outlet_rank), _k=out["kind"].map(SOURCE_KINDS.index))
    return out.sort_values(["_o", "outlet", "_k"], kind="stable")[columns].reset_index(drop=True)


# ---------------------------------------------------------------- one person across the corpus


def tone_toward(corpus: CorpusAnalysis, person: str, *, aliases: Iterable[str] | None = None) -> pd.DataFrame:
    """How each article's narration treats one person, whether or not they are quoted.

    Follows a politician through an outlet's coverage: every mention of the
    person outside quotation marks is scored with
    :func:`analysis.toward.score_toward` in its sentence (as
    ``tone_toward`` in ``ArticleAnalysis.speakers``, but also in articles
    where the person never speaks), from the corpus's sentence and quote
    tables, so a corpus read back from Parquet needs no new analysis.

    Args:
        corpus: The corpus analysis.
        person: The name to follow, e.g. ``"Donald J. Trump"``.
        aliases: The forms that name the person.  By default: the name, the
            names and aliases the articles' speaker tables link to it
            (``person`` column: "Donald Trump", "Trump", "Mr. Trump"…), and
            the last word of the name.  Where the person speaks, their name
            and aliases in that article are used instead, so the article's
            value is its speakers-table ``tone_toward``.  Elsewhere one-word
            forms count only in articles that also use a fuller form, so
            "May" is Theresa May only where the article names her, and a
            form another speaker of the article owns ("Clinton" where Bill
            Clinton speaks) is theirs.

    Returns:
        DataFrame ``article_id, date, outlet, n_mentions, tone_toward``, one
        row per article that names the person outside quotes (in the body;
        headlines carry no sentence), in ``article_id`` order; ``tone_toward``
        is the mean over that article's mentions, in [-1, 1].
    """
    import pandas as pd

    from analysis import names as _names
    from analysis import toward

    columns = ["article_id", "date", "outlet", "n_mentions", "tone_toward"]
    forms = _names.person_forms(corpus.speakers, person) if aliases is None else {person, *aliases}
    forms = {f.strip() for f in forms if isinstance(f, str) and f.strip()}
    pattern = _names.forms_pattern(forms)
    sents = corpus.sentences
    if pattern is None or sents.empty:
        return pd.DataFrame(columns=columns)
    # Only sentences naming the person take part (a vectorised filter: the
    # scoring below is per mention, the filter per sentence of the corpus).
    hits = sents.loc[sents["text"].str.contains(pattern, na=False), ["article_id", "start", "end", "text"]]
    ids = set(hits["article_id"])
    quotes = corpus.quotes
    if len(quotes):  # marked quotes only: reported speech is the narration's own words
        quotes = quotes[quotes["article_id"].isin(ids) & (quotes["kind"] != "indirect")]
    quote_spans = (
        {aid: list(zip(g["start"], g["end"], strict=True)) for aid, g in quotes.groupby("article_id")}
        if len(quotes)
        else {}
    )
    sp = corpus.speakers
    sp = sp[sp["article_id"].isin(ids)] if "article_id" in sp.columns else sp
    speakers_of = {aid: g for aid, g in sp.groupby("article_id")} if len(sp) and "speaker" in sp.columns else {}
    rows = []
    for article_id, group in hits.sort_values(["article_id", "start"]).groupby("article_id", sort=True):
        # The article's own speakers compete for the forms, as in its speakers table; where the
        # person speaks, their name there and its aliases are the forms (so the result is that row's).
        here = speakers_of.get(article_id)
        names = _names.speaker_names(here) if here is not None else {}
        linked = (
            [] if here is None or "person" not in here.columns else list(here.loc[here["person"] == person, "speaker"])
        )
        target = linked[0] if linked and aliases is None else person
        if target not in names or aliases is not None:
            names[target] = sorted(forms - {target})
        texts = (list(group["start"]), list(group["end"]), list(group["text"]))
        tones = toward.mention_tones(*texts, quote_spans.get(article_id, []), names, target, speaks=bool(linked))
        if tones:
            rows.append((article_id, len(tones), sum(t for *_, t in tones) / len(tones)))
    out = pd.DataFrame(rows, columns=["article_id", "n_mentions", "tone_toward"])
    out = out.merge(corpus.articles[["article_id", "date", "outlet"]], on="article_id", how="left")
    return out.astype({"n_mentions": "int64", "tone_toward": "float64"})[columns]


def tone_toward_by_period(
    corpus: CorpusAnalysis,
    person: str,
    freq: str = "auto",
    *,
    by: Literal["outlet"] | None = None,
    aliases: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Tone toward one person per period (and outlet), with a 95 % band.

    Args:
        corpus: The corpus analysis.
        person: The name to follow (see :func:`tone_toward`).
        freq: A pandas frequency or ``"auto"``.
        by: ``"outlet"`` for one series per outlet.
        aliases: Forms that name the person (see :func:`tone_toward`).

    Returns:
        DataFrame ``period[, outlet], n_articles, tone_toward, low, high``:
        the mean of the articles' tone toward the person (each article counts
        once), mean ± 1.96 standard errors.  Undated articles (and, by
        outlet, articles without one) are left out.

    Raises:
        ValueError: If ``by`` is neither ``None`` nor ``"outlet"``.
    """
    return _band_by_period(tone_toward(corpus, person, aliases=aliases), "tone_toward", freq, by)


# ---------------------------------------------------------------- gender of sources

#: Values of the speakers table's ``gender``, in display order.
GENDERS = ("female", "male", "unknown")


def _people_with_gender(corpus: CorpusAnalysis) -> pd.DataFrame | None:
    """Speaker rows of people (``kind == 'person'`` where known) with numeric ``quoted_words``, or ``None``."""
    import pandas as pd

    sp = corpus.speakers
    if sp.empty or not {"gender", "quoted_words"} <= set(sp.columns):
        return None
    if "kind" in sp.columns:
        sp = sp[sp["kind"] == "person"]
    return sp.assign(quoted_words=pd.to_numeric(sp["quoted_words"]), gender=sp["gender"].fillna("unknown"))


def _gender_shares(rows: pd.DataFrame, key: str, keys: list) -> pd.DataFrame:
    """``key, gender, n_speakers, quoted_words, share`` for every key and gender (zeros kept)."""
    import pandas as pd

    out = rows.groupby([key, "gender"]).agg(n_speakers=("speaker", "size"), quoted_words=("quoted_words", "sum"))
    full = pd.MultiIndex.from_product([keys, list(GENDERS)], names=[key, "gender"])
    out = out.reindex(full, fill_value=0).reset_index()
    totals = out.groupby(key)["quoted_words"].transform("sum")
    out["share"] = out["quoted_words"] / totals.where(totals > 0)
    return out


def gender_by_outlet(corpus: CorpusAnalysis) -> pd.DataFrame:
    """Whose words each outlet quotes, by gender: the Gender Gap Tracker's headline figure.

    The share of the words quoted from people that come from women, men and
    people whose gender the article does not show (``res.speakers.gender``:
    honorifics, pronouns, a given-name table; Asr et al. 2021 report the same
    figure for Canadian outlets).  Organisations and unnamed roles are left
    out, gendered ones too ("a spokeswoman" has a gender in ``res.speakers``):
    the figure is about named people, as the tracker's is.

    Args:
        corpus: The corpus analysis (speakers with ``gender`` and ``kind``).

    Returns:
        DataFrame ``outlet, gender, n_speakers, quoted_words, share``: one row
        per outlet and gender (``female, male, unknown``, zeros kept);
        ``n_speakers`` counts speaker rows (a person in two articles counts
        twice), ``quoted_words`` their directly quoted words, ``share`` the
        gender's part of the outlet's words quoted from people (NaN when
        none).  Outlets with most articles first; empty when the articles
        name no outlet or the speakers carry no gender.
    """
    import pandas as pd

    columns = ["outlet", "gender", "n_speakers", "quoted_words", "share"]
    people = _people_with_gender(corpus)
    if people is None:
        return pd.DataFrame(columns=columns)
    rows = people.merge(_with_outlet(corpus.articles)[["article_id", "outlet"]], on="article_id")
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rank = _outlet_rank(_toned_outlet_articles(corpus))
    outlets = sorted(rows["outlet"].unique(), key=lambda o: (rank.get(o, len(rank)), o))
    return _gender_shares(rows, "outlet", outlets)[columns]


def gender_by_period(corpus: CorpusAnalysis, freq: str = "auto") -> pd.DataFrame:
    """Whose words the corpus quotes, by gender, per period.

    Args:
        corpus: The corpus analysis (speakers with ``gender``; dated articles).
        freq: A pandas frequency (``"D"``, ``"W"``, ``"MS"``…) or ``"auto"``.

    Returns:
        DataFrame ``period, gender, n_speakers, quoted_words, share`` (as
        :func:`gender_by_outlet`, per period), in time order; undated
        articles are left out.
    """
    import pandas as pd

    columns = ["period", "gender", "n_speakers", "quoted_words", "share"]
    people = _people_with_gender(corpus)
    if people is None:
        return pd.DataFrame(columns=columns)
    dated = people.merge(corpus.articles[["article_id", "date"]], on="article_id").dropna(subset=["date"])
    if dated.empty:
        return pd.DataFrame(columns=columns)
    freq = choose_frequency(dated["date"]) if freq == "auto" else freq
    dated = dated.assign(period=_periods(dated["date"], freq))
    return _gender_shares(dated, "period", sorted(dated["period"].unique()))[columns]
