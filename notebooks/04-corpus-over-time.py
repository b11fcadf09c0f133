# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% tags=["parameters"]
# Parameters: a folder of article files (.txt/.md/.html), a .jsonl/.csv file with a `text` column
# (optional columns: date, headline, outlet, url), or a results folder written by `python -m analysis corpus`. From a shell:
#   papermill notebooks/04-corpus-over-time.ipynb out.ipynb -p corpus_path my-articles/
corpus_path = "../data/articles/"
workers = None  # processes to use (None: all cores; 1: in this kernel)
person = None  # a person to follow, e.g. "Donald J. Trump" (None: the speaker in most articles)
reports_dir = "../reports"  # where `python -m analysis report` writes per-article reports, for the links below

# %% [markdown]
# # 04 · A corpus over time: tone, voices and terms across many articles
#
# Analyses every article in `corpus_path` — a story followed over weeks, an outlet's coverage of a politician, an archive — and shows:
#
# 1. **tone over time** (daily, weekly, monthly or yearly means, chosen from the date range, with a 95 % band);
# 2. **across outlets**: each outlet's tone, its tone over time, how it treats the most widely quoted people, and whom it quotes (named, organisations, unnamed sources);
# 3. **tone toward one person** (`person`) over time, overall and by outlet;
# 4. **tone of the most-quoted people** over time and their **share of voice** (who gets quoted);
# 5. **key terms rising and falling** between the earlier and the later half of the corpus;
# 6. **the most negative and most positive articles**, with links to their reports.
#
# **Your own articles:** set `corpus_path` in the first cell to a folder or a `.jsonl`/`.csv` file and rerun. For thousands of articles, the command line streams results to Parquet with a progress bar: `python -m analysis corpus my-articles/ --out results/` (add `--engine dask --scheduler tcp://host:8786` to use a Dask cluster), then set `corpus_path = "results/"` here: the stored tables are read back instead of analysing again (or add `--report` to that command for this notebook as an HTML page).

# %%
# %load_ext autoreload
# %autoreload 2

import analysis
from analysis import corpus, corpus_charts
from analysis.export import setup_notebook

setup_notebook()

# %% [markdown]
# ## The corpus
# One row per article; failed files are listed in `errors` and do not stop the run; files analysed with a best effort are listed in `warnings`.

# %%
result = corpus.load_corpus(corpus_path, workers=workers)
result

# %%
result.articles.drop(columns=["source"]).head(10)

# %%
result.errors

# %%
result.warnings  # analysed with a best effort: not English, Windows-1252, an impossible date line

# %% [markdown]
# ## Tone over time
# Each point is the mean tone of the articles in one period (bigger points: more articles); the band is a 95 % confidence interval of that mean. With a single article there is one point and no band.

# %%
corpus_charts.tone_over_time(result)

# %% [markdown]
# ## Across outlets
# The same story told by different outlets: each outlet's mean article tone (each article counts once; the whiskers are a 95 % confidence interval), its tone over time, and how its narration treats the most widely quoted people — the mean tone *toward* each person outside quotes, with the number of articles behind each cell (hover for the tone of their own quotes and their share of the outlet's quoted words).
#
# An article's outlet comes from an `outlet` column (JSONL/CSV), an `outlet …` header line (written by `python -m analysis fetch`) or an HTML page's site name; with none, the charts say so. Outlets are compared as named, so spell each one the same way in the source.

# %%
corpus.tone_by_outlet(result)

# %%
corpus_charts.outlet_tone(result)

# %%
corpus_charts.tone_over_time(result, by="outlet")

# %%
corpus_charts.outlet_people_tone(result)

# %% [markdown]
# Who each outlet quotes: the share of its directly quoted words from named people, organisations and unnamed sources ("a senior official said") — reliance on unnamed sources is a standard measure of sourcing practice.

# %%
corpus_charts.outlet_sources(result)

# %% [markdown]
# ## Tone toward one person
# How the coverage treats `person` over time — every mention outside quotation marks, scored in its sentence, whether or not the person is quoted in that article (their surname alone counts only in articles that also give a fuller name). Each article counts once; the band is a 95 % confidence interval. By outlet, the bands are in the hover.

# %%
corpus_charts.tone_toward_over_time(result, person)

# %%
corpus_charts.tone_toward_over_time(result, person, by="outlet")

# %% [markdown]
# ## Who speaks, and how
# The most-quoted people (linked across articles by name: "Putin" and "Vladimir Putin" are one person), the tone of what they say, and their share of all quoted words per period.

# %%
corpus_charts.speaker_tone_over_time(result)

# %%
corpus_charts.share_of_voice_over_time(result)

# %% [markdown]
# ## Terms rising and falling
# Key terms more typical of the later half of the corpus (blue) or of the earlier half (red), by log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008).

# %%
corpus_charts.term_trends_chart(result)

# %% [markdown]
# ## The most negative and most positive articles

# %%
corpus.extremes(result, n=5, reports_dir=reports_dir)
