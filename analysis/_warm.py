"""Preloaded by the fork server local corpus workers start from.

Importing this module imports the pipeline and warms it (lexicons, models,
caches of first use) by analysing a tiny article, so every worker forked
from the server starts ready instead of paying that per worker.  Nothing
else imports it: :func:`analysis.corpus.warm_pipeline` is the function.
"""

from __future__ import annotations

from analysis.corpus import warm_pipeline

try:
    warm_pipeline()
except Exception:  # noqa: BLE001 - warming is an optimisation; a real failure shows in the worker's first task
    pass
