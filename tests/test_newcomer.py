"""What a first-time user tries first must work, or fail at once saying what to write (issue 16)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import analysis.corpus
import analysis.corpus.run
from analysis.__main__ import TABLES, main

ROOT = Path(__file__).resolve().parents[1]
BODY = "The minister said the plan was good. Critics were angry about it.\n"


def _folder(tmp_path: Path, n: int = 3) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i}.txt").write_text(f"Headline {i}\n\n{BODY}", encoding="utf-8")
    return folder


def _script(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "run_corpus.py"
    script.write_text(textwrap.dedent(body), encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300
    )


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_plain_script_without_a_main_guard_fails_at_once_saying_what_to_write(tmp_path: Path, engine: str) -> None:
    _folder(tmp_path)
    start = time.monotonic()
    done = _script(
        tmp_path,
        f"""\
        import analysis.corpus
        corpus = analysis.corpus.analyze_corpus("articles", workers=2, engine="{engine}", progress=False)
        print("analysed", len(corpus.articles))
    """,
    )
    assert done.returncode != 0
    assert "MainGuardError" in done.stderr and 'if __name__ == "__main__":' in done.stderr, done.stderr[-2000:]
    assert "workers=1" in done.stderr
    assert "BrokenProcessPool" not in done.stderr and "Nanny failed" not in done.stderr
    assert time.monotonic() - start < 60


def test_the_same_script_under_a_main_guard_works(tmp_path: Path) -> None:
    _folder(tmp_path)
    done = _script(
        tmp_path,
        """\
        import analysis.corpus

        def run():
            return analysis.corpus.analyze_corpus("articles", workers=2, progress=False)

        if __name__ == "__main__":
            print("analysed", len(run().articles))
    """,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "analysed 3" in done.stdout


def test_the_guard_check_passes_in_process_runs_and_this_test_process() -> None:
    assert analysis.corpus.run._unguarded_main() is None  # pytest's own main: nothing to run again


def test_tables_without_table_prints_every_table(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tables", str(sample_path)]) == 0
    out = capsys.readouterr().out
    for name in TABLES:
        assert f"## {name} (" in out, f"{name} table missing"
    assert main(["tables", str(sample_path), "--table", "quotes"]) == 0
    only = capsys.readouterr().out
    assert "## quotes (" in only and "## sentences (" not in only


def test_report_png_writes_the_html_report_too(sample_path: Path, tmp_path: Path) -> None:
    from analysis.export import find_browser

    if find_browser() is None:
        pytest.skip("no Chrome/Chromium found (Debian: apt-get install chromium): PNG export skipped")
    assert main(["report", str(sample_path), "--out", str(tmp_path), "--format", "png", "--scale", "1"]) == 0
    assert (tmp_path / f"{sample_path.stem}.html").is_file()
    assert (tmp_path / sample_path.stem / "tone_arc.png").is_file()


def _with_metadata(tmp_path: Path, table_name: str, rows: list[dict[str, str]]) -> Path:
    folder = _folder(tmp_path, 2)
    (folder / "README.md").write_text("About this corpus\n\nWhere the articles come from.\n", encoding="utf-8")
    (folder / "LICENSE").write_text("CC BY 4.0\n", encoding="utf-8")
    (folder / "sources.txt").write_text("https://a.example/1\nhttps://b.example/2\n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    table = folder / table_name
    if table_name.endswith(".csv"):
        keys = list(rows[0])
        table.write_text(
            ",".join(keys) + "\n" + "".join(",".join(r[k] for k in keys) + "\n" for r in rows), encoding="utf-8"
        )
    else:
        table.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


@pytest.mark.parametrize("table_name", ["index.csv", "metadata.jsonl"])
def test_a_folder_reads_its_metadata_table_and_lists_skipped_files(tmp_path: Path, table_name: str) -> None:
    rows = [
        {"file": "a0.txt", "url": "https://a.example/1", "outlet": "Daily A", "date": "2024-01-02"},
        {"file": "a1.txt", "url": "https://b.example/2", "outlet": "Weekly B", "date": "2024-02-03"},
        {"file": "gone.txt", "url": "https://c.example/3", "outlet": "C", "date": "2024-03-04"},
    ]
    folder = _with_metadata(tmp_path, table_name, rows)
    corpus = analysis.corpus.analyze_corpus(folder, progress=False)
    arts = corpus.articles.set_index(corpus.articles["source"].map(lambda s: Path(s).name))
    assert arts.loc["a0.txt", "url"] == "https://a.example/1" and arts.loc["a1.txt", "outlet"] == "Weekly B"
    assert str(arts.loc["a0.txt", "date"].date()) == "2024-01-02"
    assert len(corpus.articles) == 2, "README, LICENSE, sources and the table are not articles"
    notes = corpus.warnings[corpus.warnings["article_id"] == analysis.corpus.FOLDER_NOTE_ID]
    skipped = {Path(s).name for s in notes["source"]}
    assert {"README.md", "LICENSE", "sources.txt", "notes.pdf"} <= skipped
    assert table_name not in {
        Path(s).name for s, w in zip(notes["source"], notes["warning"], strict=True) if "skipped" in w
    }
    assert any("gone.txt" in w for w in notes["warning"]), "a row naming a missing file is reported"


def test_a_metadata_table_without_a_file_column_says_so(tmp_path: Path) -> None:
    folder = _with_metadata(tmp_path, "index.csv", [{"url": "https://a.example/1", "outlet": "Daily A"}])
    corpus = analysis.corpus.analyze_corpus(folder, progress=False)
    assert corpus.articles["url"].isna().all()
    assert any("no file-name column" in w for w in corpus.warnings["warning"])


def test_the_corpus_command_counts_skipped_files_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"file": "a0.txt", "url": "https://a.example/1", "outlet": "Daily A", "date": "2024-01-02"}]
    folder = _with_metadata(tmp_path, "index.csv", rows)
    assert main(["corpus", str(folder), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "2 articles analysed (0 with warnings" in out and "notes on other files" in out
    warnings = analysis.corpus.read_table(tmp_path / "out", "warnings")
    assert (warnings["article_id"] == -1).sum() >= 4
