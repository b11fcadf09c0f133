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
# or from a shell:  papermill notebooks/03-topic-shifts.ipynb out.ipynb -p article_path my-article.txt
article_path = "../data/articles/2022-02-08-macron-putin-talks.txt"

# %% [markdown]
# # 03 · Topic shifts: where the story turns, and who sets each part apart
#
# Most news articles have no sub-heads, yet they move — from diplomacy to troops at a border, from a summit to a threat. This notebook finds those turns and names each stretch by its words:
#
# 1. **topic segments**: runs of paragraphs about one thing, found without being told how many (C99, Choi 2000, on paragraph vectors weighted by how unusual each word is in general English); sub-heads, where the article has them, are always boundaries;
# 2. **the topic timeline**: each segment shaded and labelled with its top terms, and the *shift* at every paragraph — 0 when it carries on the words before it, 1 when it shares none;
# 3. **a keyword heatmap** across segments, and **who talks** in each segment;
# 4. **speaker-distinctive terms**: the words each quoted person over-uses compared with everyone else and the narration (log-odds with an informative Dirichlet prior, Monroe, Colaresi & Quinn 2008), as z-scores.
#
# **Your own article:** change `article_path` in the first cell and rerun all cells. How well the methods do on benchmark data is in the README (section *Topics and keywords*).

# %%
# %load_ext autoreload
# %autoreload 2

import analysis
from analysis import charts
from analysis.export import setup_notebook

setup_notebook()  # plotly renders in JupyterLab and in exported HTML, offline

# %% [markdown]
# ## The article and its key terms
# The article's terms rank words and real phrases (recurring ones, and names such as "Emmanuel Macron") by how often they occur, weighted by how unusual they are in general English.

# %%
res = analysis.analyze(analysis.load_article(article_path))
res.summary()

# %%
res.keywords.query("scope == 'article'")

# %% [markdown]
# ## Topic segments
# One row per paragraph: its segment and the shift at the gap before it. The table below lists each segment's characteristic terms (frequent in the segment, unusual in English, and concentrated there rather than spread over the article).

# %%
res.paragraphs[["paragraph_id", "section_id", "topic_segment", "shift", "text"]]

# %%
seg = res.keywords.query("scope == 'segment'")
seg.groupby("scope_id")["term"].apply(lambda t: ", ".join(t.head(6))).rename("top terms").to_frame()

# %% [markdown]
# ## Topic timeline
# Paragraphs in reading order. Shaded bands are segments, labelled with their top terms; the line is the shift before each paragraph (a high point that starts a band is a clear turn; a high point inside a band is a turn the method judged too small or too brief). Dashed lines mark sub-heads. Hover to read a paragraph.

# %%
charts.topic_timeline(res)

# %% [markdown]
# ## Keyword heatmap across segments
# Occurrences per 100 words. Rows are ordered by the segment where each term peaks, so a story that moves from one subject to the next reads as a diagonal.

# %%
charts.keyword_heatmap(res, by="segment")

# %% [markdown]
# ## Who talks in which segment
# Words of each speaker's attributed sentences (narration in grey) per segment; speakers keep the same colour in every chart of the kit. An article with no attributed quotes shows narration only.

# %%
charts.speakers_by_segment(res)

# %% [markdown]
# ## Terms that set each speaker apart
# For each speaker, the terms they use more than everyone else in the article (other speakers and narration), as log-odds z-scores; function words are included, because *how* someone talks ("we", "I think") can set them apart too. With the few sentences a speaker has in one article, z-scores are small: read them as leads to check, not findings (beyond the dotted line at 1.96 a difference is unlikely by chance).

# %%
charts.speaker_terms(res)

# %%
speakers = analysis.results.speaker_order(res.sentences, res.speakers)
terms = res.keywords.query("scope == 'speaker'").copy()
terms.insert(1, "speaker", [speakers[i] for i in terms["scope_id"]])
terms
