"""The notebooks run end to end in a Jupyter kernel, on the bundled article and others."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.notebooks import run_notebook

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

pytestmark = pytest.mark.notebook


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_committed_clean_with_a_parameters_cell(notebook: Path) -> None:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), "strip outputs"
    assert "parameters" in nb["cells"][0]["metadata"].get("tags", [])
    source = "".join(nb["cells"][0]["source"])
    assert "article_path" in source or "corpus_path" in source


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_on_the_bundled_article_and_exports_offline_html(
    notebook: Path, tmp_path: Path, sample_path: Path
) -> None:
    run = run_notebook(notebook, tmp_path, {"article_path": str(sample_path)})
    executed = json.loads(run.executed.read_text(encoding="utf-8"))
    errors = [o for c in executed["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    bundles = [o.get("data", {}) for c in executed["cells"] for o in c.get("outputs", [])]
    # JupyterLab draws plotly's own MIME type natively: no blank figures for want of plotly.js.
    assert any("application/vnd.plotly.v1+json" in b for b in bundles)
    html = run.html.read_text(encoding="utf-8")
    assert "plotly-graph-div" in html
    assert re.search(r"<script[^>]+src=\"https?://", html) is None, "the HTML must not load scripts from a CDN"
    assert "Macron and Putin have agreed" in html


def test_first_notebook_runs_on_other_articles(tmp_path: Path, polnear_articles: list[Path]) -> None:
    for i, article in enumerate(polnear_articles[:: max(1, len(polnear_articles) // 3)][:3]):
        run = run_notebook(NOTEBOOKS[0], tmp_path / str(i), {"article_path": str(article)})
        assert run.html.exists()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_opens_with_what_it_shows_and_how_to_use_another_article(notebook: Path) -> None:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    intro = next(c for c in cells if c["cell_type"] == "markdown")
    assert cells.index(intro) == 1, "the cell after the parameters says what the notebook shows"
    assert "".join(intro["source"]).startswith("# ")
    opening = "".join(cells[0]["source"]) + "".join(intro["source"])
    assert re.search(r"another article|own article", opening, re.IGNORECASE)
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert "%load_ext autoreload" in code and "%autoreload 2" in code


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_an_up_to_date_py_percent_twin(notebook: Path) -> None:
    import jupytext

    twin = notebook.with_suffix(".py")
    assert twin.is_file(), f"{twin.name} missing: run `make pair` (jupytext --sync) and commit it"
    paired = jupytext.read(twin, fmt="py:percent")
    nb = jupytext.read(notebook)
    assert [(c.cell_type, c.source) for c in paired.cells] == [(c.cell_type, c.source) for c in nb.cells], (
        f"{notebook.name} and {twin.name} differ: run `make pair` and commit both"
    )
    assert paired.cells[0].metadata.get("tags") == ["parameters"]


def test_outputs_are_stripped_on_commit() -> None:
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "nbstripout" in config and "jupytext --sync" in config
    assert "nbstripout --install" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_jupyterlab_lists_the_notebooks_and_starts_a_kernel(tmp_path: Path) -> None:
    """A real JupyterLab server on loopback: the notebooks are listed and a kernel starts."""
    import os
    import secrets
    import socket
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    pytest.importorskip("jupyterlab")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = secrets.token_hex(16)
    env = {
        **os.environ,
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip", "127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT / 'notebooks'}",
         # offline: no extension index, no news or update checks
         "--LabApp.extension_manager=readonly", "--LabApp.news_url=None",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else [])],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"

    def call(method: str, path: str) -> dict | list:
        request = urllib.request.Request(f"{base}{path}", method=method, headers={"Authorization": f"token {token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
            return json.loads(body) if body else {}

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                call("GET", "/api/status")
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.stderr.read().decode(errors="replace")[-2000:]
                assert time.monotonic() < deadline, "JupyterLab did not answer within 60 s"
                time.sleep(0.5)
        with pytest.raises(urllib.error.HTTPError):  # the token is required
            urllib.request.urlopen(f"{base}/api/contents", timeout=10)
        listed = {item["name"] for item in call("GET", "/api/contents")["content"]}
        assert {p.name for p in NOTEBOOKS} <= listed
        lab = urllib.request.Request(f"{base}/lab", headers={"Authorization": f"token {token}"})
        with urllib.request.urlopen(lab, timeout=10) as response:  # the JupyterLab page itself is served
            assert response.status == 200 and b"JupyterLab" in response.read()
        kernel = call("POST", "/api/kernels")
        try:
            assert _run_in_kernel(f"ws://127.0.0.1:{port}/api/kernels/{kernel['id']}/channels", token,
                                  "import analysis; analysis.__version__") == repr(analysis_version())  # fmt: skip
            assert call("GET", f"/api/kernels/{kernel['id']}")["execution_state"] in ("idle", "busy")
        finally:
            call("DELETE", f"/api/kernels/{kernel['id']}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


def analysis_version() -> str:
    import analysis

    return analysis.__version__


def _run_in_kernel(url: str, token: str, code: str, timeout: float = 60) -> str:
    """Execute code in a running kernel over JupyterLab's websocket; return the result's text."""
    import time
    import uuid

    websocket = pytest.importorskip("websocket", reason="websocket-client (a jupyter-server dependency) missing")
    session, msg_id = uuid.uuid4().hex, uuid.uuid4().hex
    conn = websocket.create_connection(url, header=[f"Authorization: token {token}"], timeout=timeout)
    try:
        header = {"msg_id": msg_id, "session": session, "username": "test", "msg_type": "execute_request",
                  "version": "5.3", "date": ""}  # fmt: skip
        conn.send(json.dumps({"header": header, "parent_header": {}, "metadata": {}, "channel": "shell",
                              "content": {"code": code, "silent": False, "store_history": False,
                                          "user_expressions": {}, "allow_stdin": False}}))  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = json.loads(conn.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "execute_result":
                return msg["content"]["data"]["text/plain"]
            if msg["msg_type"] == "error":
                raise AssertionError(f"kernel error: {msg['content']['ename']}: {msg['content']['evalue']}")
        raise AssertionError("no result from the kernel")
    finally:
        conn.close()


def test_hostile_article_stays_text_in_the_executed_notebook(tmp_path: Path) -> None:
    """The notebook view (ArticleAnalysis._repr_html_ and the charts) of hostile text, as exported HTML."""
    from html.parser import HTMLParser

    from tests.test_report import HOSTILE

    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    run = run_notebook(NOTEBOOKS[0], tmp_path / "out", {"article_path": str(article)})
    executed = json.loads(run.executed.read_text(encoding="utf-8"))
    assert not [o for c in executed["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    views = [o["data"]["text/html"] for c in executed["cells"] for o in c.get("outputs", [])
             if "na-article" in "".join(o.get("data", {}).get("text/html", ""))]  # fmt: skip
    assert views, "the notebook shows the annotated article"

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[tuple[str, list]] = []

        def handle_starttag(self, tag: str, attrs: list) -> None:
            self.found.append((tag, attrs))

    for markup in ["".join(v) for v in views] + [run.html.read_text(encoding="utf-8")]:
        parser = Tags()
        parser.feed(markup)
        assert not [(t, a) for t, a in parser.found if t in {"img", "iframe", "svg"} and ("src", "x") in a or
                    any(k in {"onerror", "onload", "onmouseover"} for k, _ in a)]  # fmt: skip
        assert "<script>alert(" not in markup


def test_corpus_notebook_compares_outlets_and_follows_a_person(tmp_path: Path) -> None:
    rows = [
        {
            "text": 'Ann Lee praised the deal. "It is a wonderful result," Lee said.',
            "outlet": "Daily A",
            "date": "2024-01-01",
        },
        {
            "text": 'Critics attacked Ann Lee. "The deal is a disaster," said Bo Chan.',
            "outlet": "Weekly B",
            "date": "2024-01-09",
        },
        {"text": 'Ann Lee defended the deal. "We won," Lee said.', "outlet": "Daily A", "date": "2024-01-15"},
    ]
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    # The command-line path: analyse to Parquet, then notebook 04 reads the dataset back (no second analysis).
    out = tmp_path / "results"
    args = ["corpus", str(source), "--out", str(out), "--workers", "1", "--quiet", "--report", "--person", "Ann Lee"]
    assert main([*args, "--notebooks", str(ROOT / "notebooks")]) == 0
    report = out / "report" / "04-corpus-over-time.html"
    assert "Tone toward Ann Lee" in report.read_text(encoding="utf-8")
    executed = json.loads(report.with_suffix(".ipynb").read_text(encoding="utf-8"))
    assert any("load_corpus" in "".join(c["source"]) for c in executed["cells"])
    figures = [
        o["data"]["application/vnd.plotly.v1+json"]
        for c in executed["cells"]
        for o in c.get("outputs", [])
        if "application/vnd.plotly.v1+json" in o.get("data", {})
    ]
    heatmaps = [f for f in figures if any(t.get("type") == "heatmap" for t in f["data"])]
    assert heatmaps and heatmaps[-1]["data"][0]["y"] == ["Daily A", "Weekly B"]
    assert "Ann Lee" in heatmaps[-1]["data"][0]["x"]
    toward = [f for f in figures if f["layout"]["title"]["text"].startswith("Tone toward Ann Lee over time")]
    assert len(toward) == 2 and [t["name"] for t in toward[1]["data"]] == ["Daily A", "Weekly B"]
