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
# or from a shell:  papermill notebooks/01-article-tone.ipynb out.ipynb -p article_path my-article.txt
article_path = "../data/articles/2022-02-08-macron-putin-talks.txt"

# %% [markdown]
# # 01 · Article tone: how the tone moves through one article
#
# This notebook reads one news article, splits it into sentences, scores each sentence's tone and finds the terms that characterise each part. It shows:
#
# 1. **the article's header** (date, headline, standfirst, dateline) and which language resources are in use;
# 2. **the tables** the kit builds (sentences, paragraphs, sections, keywords) — each is a pandas DataFrame you can sort, filter and export;
# 3. **three charts**: the tone arc, tone per section or paragraph, and a keyword heatmap.
#
# **Your own article:** change `article_path` in the first cell (a `.txt`, `.md` or `.html` file) and rerun all cells — or run `papermill notebooks/01-article-tone.ipynb out.ipynb -p article_path my-article.txt`. A plain text file whose first line is the headline and whose paragraphs are separated by blank lines works; the kit's own format adds a first line `date YYYY-MM-DD headline`.

# %%
# %load_ext autoreload
# %autoreload 2

import pandas as pd

import analysis
from analysis import charts
from analysis.export import setup_notebook

setup_notebook()  # plotly renders in JupyterLab and in exported HTML, offline

# %% [markdown]
# ## The article
# The header as parsed, and where the kit's language data comes from (it never downloads anything: without installed NLTK data it uses its built-in offline path).

# %%
res = analysis.analyze(analysis.load_article(article_path))
res.summary()

# %%
pd.Series(analysis.resources.status(), name="in use").to_frame()

# %% [markdown]
# ## The article, annotated
# Every sentence tinted by its tone (red = negative, grey = neutral, blue = positive) and every quote underlined in its speaker's colour; hover a sentence for its score, a quote for its speaker. Dashed rules mark where the topic shifts. This is what a notebook shows for `res` itself.

# %%
res

# %% [markdown]
# ## The tables
# One row per sentence, with its offsets into the article text and its tone: `compound` runs from −1 (most negative) to +1 (most positive); `pos`/`neu`/`neg` are the shares of positive, neutral and negative wording (the kit's `news` method: VADER's rules, Hutto & Gilbert 2014, with news corrections and a small learned word model; `analyze(..., tone_method="vader")` gives plain VADER). Paragraph, section and article tone are means of their sentences.
#
# After the tone columns come `subjectivity` (0 factual … 1 opinionated wording), `hedges` and `boosters` (counts of cues such as "may", "reportedly" / "clearly", "in fact") and `certainty` (−1 all hedged … +1 all boosted).

# %%
res.sentences.head(8)

# %%
res.paragraphs.head(8)

# %%
res.sections

# %% [markdown]
# Key terms: `scope='article'` ranks terms by how often they occur, weighted by how unusual they are in general English; `section`/`segment` rows list the terms that set each part apart from the rest of the article.

# %%
res.keywords.pivot_table(index="rank", columns=["scope", "scope_id"], values="term", aggfunc="first").head(10)

# %% [markdown]
# ## Tone arc
# Each dot is a sentence in reading order, coloured by its tone; the grey line is a moving average. Shaded bands are the article's sections — or, when it has no sub-heads, the topic segments the kit found. Hover over a dot to read the sentence.

# %%
charts.tone_arc(res)

# %% [markdown]
# ## Why is a sentence negative?
# The most negative sentence, and the words that moved its score: `lexicon` is the word's VADER valence, `rules` what VADER's rules did to it (negation, intensifier, a nearby "but", capitals; `name` when the word is part of a name such as "United Nations"), `learned` the weight the news model learned for it, `contribution` its share of the score. The tone-arc hover shows the top three words for every sentence.

# %%
most_negative = res.sentences.loc[res.sentences["compound"].idxmin(), "text"]
most_negative

# %%
analysis.sentiment.explain(most_negative)

# %% [markdown]
# ## Tone beyond polarity, and the two tone methods
# Per section: mean subjectivity, hedge and booster counts, and certainty. Then the sentences where the `news` method and plain VADER disagree most: news copy uses words such as "United", "support" or "crisis" differently from the social-media text VADER was built on.

# %%
res.sections[["section_id", "title", "n_sentences", "compound", "subjectivity", "hedges", "boosters", "certainty"]]

# %%
compare = pd.DataFrame(
    {
        "text": res.sentences["text"],
        "news": res.sentences["compound"],
        "vader": analysis.sentiment.score(res.sentences["text"], method="vader")["compound"],
    }
)
compare.assign(gap=(compare["news"] - compare["vader"]).abs()).nlargest(5, "gap")

# %% [markdown]
# ## Tone per section
# The spread of sentence tone in each section (or each paragraph, when the article has no sub-heads): every sentence is a point, the box spans the middle half, the dashed line marks the mean. A wide box means mixed tone; a box away from zero means a consistently positive or negative passage.

# %%
charts.section_tone(res)

# %% [markdown]
# ## Keyword heatmap
# Where the article's key terms are used: occurrences per 100 words in each section or topic segment. A term that lights up in one column only is what that part is about.

# %%
charts.keyword_heatmap(res)
