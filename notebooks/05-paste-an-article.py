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
# Parameters: the article the box starts with. Point it at another file here, or paste any text into the box below.
# From a shell:  papermill notebooks/05-paste-an-article.ipynb out.ipynb -p article_path my-article.txt
article_path = "../data/articles/2022-02-08-macron-putin-talks.txt"

# %% [markdown]
# # 05 · Paste an article: tone and speakers without editing code
#
# For when the article is on a web page or in an e-mail rather than in a file. Paste its text into the box, press **Analyse**, and the box shows:
#
# 1. **the article, annotated**: every sentence tinted by its tone (red = negative, grey = neutral, blue = positive), quotes underlined in their speaker's colour (hover a quote for the speaker, a sentence for its tone), dashed rules where the topic shifts;
# 2. **every chart** of the kit for that text: the tone arc, tone per section or segment, the keyword heatmap, and the speaker and topic charts as they join the kit.
#
# **Another article:** paste it into the box and press **Analyse** — nothing to edit. Paragraphs are separated by blank lines and the first line is the headline; a first line `date YYYY-MM-DD headline` (the kit's file format) also sets the date. The box starts with the article named by `article_path` in the first cell.
#
# The cells after the box work on the last article analysed (`box.result`): rerun them after pressing **Analyse**. To send the result to someone who has no Jupyter, the last cell writes the same self-contained HTML report as `python -m analysis report`.

# %%
# %load_ext autoreload
# %autoreload 2

from pathlib import Path

import analysis
from analysis import charts
from analysis.export import setup_notebook
from analysis.widgets import PasteBox

setup_notebook()  # plotly renders in JupyterLab and in exported HTML, offline

# %% [markdown]
# ## The box
# Analysed once on opening, so it is never empty; paste and press **Analyse** to replace it.

# %%
box = PasteBox(Path(article_path).read_text(encoding="utf-8"))
box.analyse()
box

# %% [markdown]
# ## The last article analysed, as ordinary cells
# `box.result` is an `ArticleAnalysis` like the one `analysis.analyze()` returns: its tables (`sentences`, `paragraphs`, `sections`, `quotes`, `speakers`, `keywords`) are pandas DataFrames. Displaying it shows the annotated article.

# %%
res = box.result
res.summary()

# %%
res

# %%
charts.tone_arc(res)

# %% [markdown]
# ## Share it
# One self-contained HTML file (plotly.js embedded, no network needed to open it) in `reports/`.

# %%
from analysis.report import write_report

write_report(res, Path("../reports"), name="pasted-article.html")
