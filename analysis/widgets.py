"""A paste-an-article box for notebooks: text area + button → the article annotated and charted.

For readers who would rather paste an article than edit a path in a cell:
:class:`PasteBox` shows an ``ipywidgets`` text area and an *Analyse* button;
pressing it analyses the text (:func:`analysis.read_article` reads it as an
article file would be read: a first line ``date YYYY-MM-DD headline`` is
optional) and draws, in the box's own output area, the annotated article and
the charts.  The last result stays on ``box.result`` for the cells below.

ipywidgets is imported on first use, so ``import analysis`` stays light.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from analysis.article import ArticleError

if TYPE_CHECKING:  # pragma: no cover
    from analysis.results import ArticleAnalysis

__all__ = ["PasteBox"]

_HELP = (
    "<b>Paste an article</b> below and press <b>Analyse</b>. Paragraphs are separated by blank lines; the first "
    "line is the headline. Optional, as in the kit's article files: a first line "
    "<code>date YYYY-MM-DD headline</code>, then the standfirst and a dateline such as <code>NEW YORK</code>."
)


class PasteBox:
    """Text area, *Analyse* button and output area, wired to :func:`analysis.analyze`.

    Attributes:
        result: The last successful :class:`~analysis.results.ArticleAnalysis`
            (``None`` before the first).
        error: The message of the last failed analysis, or ``None``.
        text, button, status, output: The widgets, for tests and tweaks.
        widget: The whole box (what a notebook cell displays).
    """

    def __init__(self, text: str = "", *, figures: Sequence[str] | None = None) -> None:
        """Build the box.

        Args:
            text: Initial text in the text area.
            figures: Names of :mod:`analysis.charts` functions drawn after the
                annotated article; default: every chart the report draws.
        """
        import ipywidgets as w

        self.result: ArticleAnalysis | None = None
        self.error: str | None = None
        self._figures = tuple(figures) if figures is not None else None
        self.text = w.Textarea(
            value=text,
            placeholder="Paste the article's text here …",
            layout=w.Layout(width="100%", height="18em"),
        )
        self.button = w.Button(description="Analyse", button_style="primary", icon="play", tooltip="Analyse the text")
        self.status = w.HTML()
        self.output = w.Output()
        self.widget = w.VBox([w.HTML(_HELP), self.text, w.HBox([self.button, self.status]), self.output])
        self.button.on_click(lambda _button: self.analyse())

    def analyse(self) -> ArticleAnalysis | None:
        """Analyse the text area's content and redraw the output area.

        Returns:
            The analysis, or ``None`` when the text is not a readable article
            (the reason is shown in the box and kept on :attr:`error`).
        """
        from analysis import charts
        from analysis.article import read_article
        from analysis.pipeline import analyze
        from analysis.report import report_charts

        self.status.value = "analysing …"
        try:
            res = analyze(read_article(self.text.value))
        except ArticleError as exc:
            self.error = str(exc)
            self.status.value = f'<span style="color:#b2182b">{html.escape(self.error)}</span>'
            return None
        self.error = None
        self.result = res
        if self._figures is None:
            figures = list(report_charts(res).values())
        else:
            figures = [getattr(charts, name)(res) for name in self._figures]
        # The output area is filled through the widget's state (outputs), not by printing inside
        # `with self.output:`: captured display messages (plotly's, and clear_output) leave papermill
        # waiting for its cell time-out, and the notebook must also run headless.
        article = {"text/html": res._repr_html_(), "text/plain": repr(res)}
        self.output.outputs = tuple(
            {"output_type": "display_data", "data": bundle, "metadata": {}}
            for bundle in (article, *(_figure_bundle(fig) for fig in figures))
        )
        self.status.value = (
            f"{len(res.sentences)} sentences, {len(res.paragraphs)} paragraphs, {len(res.quotes)} quotes"
        )
        return res

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any] | None:
        # Jupyter front-ends prefer this; delegate to the widget's own bundle.
        return self.widget._repr_mimebundle_(**kwargs)


def _figure_bundle(fig: Any) -> dict[str, Any]:
    """A plotly figure's MIME bundle, always with plotly's own type (JupyterLab draws it natively).

    Built here rather than by IPython's formatter: a figure has ``_ipython_display_``, which the
    formatter defers to, and that would print the chart below the cell instead of inside the box.
    """
    bundle = dict(fig._repr_mimebundle_() or {})
    if "application/vnd.plotly.v1+json" not in bundle:
        bundle["application/vnd.plotly.v1+json"] = {**json.loads(fig.to_json()), "config": {"displaylogo": False}}
    bundle.setdefault("text/plain", f"<plotly figure: {fig.layout.title.text or 'chart'}>")
    return bundle
