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
# Parameters: point the notebook at another article by changing this line,
# or from a shell:  papermill notebooks/02-speakers.ipynb out.ipynb -p article_path my-article.txt
article_path = "../data/articles/2022-02-08-macron-putin-talks.txt"
person = None  # anyone the article names, quoted or not, e.g. "Joe Biden" (None: the first speaker)

# %% [markdown]
# # 02 · Speakers: who is quoted, how much, and in what tone
#
# This notebook finds every quote in one news article and who said it, then compares the speakers. It shows:
#
# 1. **the quotes table**: each quote's text, kind (`full` sentence, `partial` fragment inside the writer's sentence, or `indirect` reported speech without quote marks), the speaker, the words that name the speaker at that point (`mention`: "he", "the French president") and the speech cue (`said`, `according to`, `:`);
# 2. **the speakers table**: one row per speaker with the canonical name (full name as the article first gives it, titles stripped), other names the article uses, the title, how many quotes and quoted words, the mean tone of their sentences, the tone toward them in the narration, and their kind (a named person, an organisation, or an unnamed source);
# 3. **three charts**: share of voice, tone per speaker, and where each speaker appears along the article. Each speaker keeps one colour in every chart.
# 4. **tone toward one person** (`person` in the first cell): every mention of anyone the article names, quoted or not, with the tone toward them in that sentence.
#
# How it works: rules read the quotation marks, the speech verbs next to them, names and titles, and the article's structure (pronouns, quote paragraphs that continue the previous speaker); small models shipped with the kit (no downloads) choose among the candidate speakers and score how sure each attribution is (`confidence`). Its measured accuracy is in the README (*How accurate*). Scare quotes, titles and nicknames nobody is said to have said are left out.
#
# **Your own article:** change `article_path` in the first cell and rerun all cells, or run `papermill notebooks/02-speakers.ipynb out.ipynb -p article_path my-article.txt`.

# %%
# %load_ext autoreload
# %autoreload 2

import pandas as pd

import analysis
from analysis import charts, toward
from analysis.export import setup_notebook

setup_notebook()  # plotly renders in JupyterLab and in exported HTML, offline

# %%
res = analysis.analyze(analysis.load_article(article_path))
res.summary()

# %% [markdown]
# ## Quotes
# One row per quote, in reading order; `start`/`end` are character offsets into the article text (the quotation marks excluded), so every quote can be found again in the source.

# %%
with pd.option_context("display.max_colwidth", 90):
    display(res.quotes)

# %% [markdown]
# ### Which speakers to check first
# `confidence` is the probability that a row's speaker is the person the text means, learned from how the attribution was made (a name beside a speech verb is safer than a quote carried over from the paragraph before, or a "he" in an article that quotes several men). On labelled articles the model never saw, the least confident fifth of rows held about half of the wrong speakers: before publishing a chart, read these rows against the text.

# %%
with pd.option_context("display.max_colwidth", 90):
    display(
        res.quotes.sort_values("confidence")[["quote_id", "text", "speaker", "mention", "cue", "confidence"]].head(5)
    )

# %% [markdown]
# ## Speakers
# `n_quotes` and `quoted_words` count direct quotes only; `compound` is the mean tone (−1 to +1, VADER) of the sentences that carry the speaker's words.

# %%
res.speakers

# %% [markdown]
# And the sentences with their speaker: a sentence belongs to a speaker when most of it is their quote, or when it reports their words with a speech verb; everything else is narration (`speaker` empty).

# %%
res.sentences[["sentence_id", "paragraph_id", "quote_id", "speaker", "compound", "text"]]

# %% [markdown]
# ## Share of voice
# Words in direct quotes per speaker. Who gets to speak, and at what length, is the first thing quote studies compare.

# %%
charts.share_of_voice(res)

# %% [markdown]
# ## Tone per speaker
# Each point is a sentence carrying the speaker's words; the box spans the middle half, the dashed line is the mean. Narration is in grey for comparison.

# %%
charts.speaker_tone(res)

# %% [markdown]
# ## How they speak, and how they are treated
# For each speaker, the tone of their own quoted words (`compound`) beside the tone of the narration's sentences that name them outside any quote (`tone_toward`, a model trained on NewsMTSC sentences about a named person). A speaker who sounds upbeat but is written about darkly shows as a long line.

# %%
charts.speaker_tone_contrast(res.speakers)

# %% [markdown]
# ## Tone toward one person, mention by mention
# Every mention of `person` outside quotation marks, with the tone toward them in that sentence — for anyone the article names, whether or not they speak (a surname alone counts once the article has used the full name). For a speaker, the mean of these rows is their `tone_toward` above; `analysis.sentiment.explain(sentence)` shows which words moved a sentence.

# %%
toward.tone_toward_mentions(res, person or next(iter(res.speakers["speaker"]), ""))

# %% [markdown]
# ## Where each speaker appears
# One marker per quote at its paragraph, numbered by `paragraph_id` as in the tables (0 = the first paragraph after the standfirst; a quote in the standfirst sits at *standfirst*). The key under the chart: filled circle = full quote, open circle = partial quote, open square = reported speech; bigger = longer. Quotes one speaker has in one paragraph are drawn side by side. Hover to read the quote and its cue.

# %%
charts.speaker_timeline(res)
