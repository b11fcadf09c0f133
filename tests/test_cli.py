"""The command line: help, tables, and one-line errors with status 2."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.__main__ import main


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "notebooks" in out and "tables" in out


def test_tables_prints_a_table(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tables", str(sample_path), "--table", "sections"]) == 0
    assert "n_sentences" in capsys.readouterr().out


def test_tables_writes_csv(sample_path: Path, tmp_path: Path) -> None:
    assert main(["tables", str(sample_path), "--out", str(tmp_path)]) == 0
    assert (tmp_path / f"{sample_path.stem}.sentences.csv").is_file()


def test_bad_path_is_one_line_and_status_2(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "tables", str(tmp_path / "missing.txt")], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr
    assert "Traceback" not in proc.stderr


# ---------------------------------------------------------------- report


@pytest.mark.parametrize("command", ["notebooks", "tables", "report"])
def test_every_subcommand_has_complete_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: python -m analysis " + command) and "--out" in out
    assert len(out.split("\n\n")[1]) > 60, "a description, not just the usage line"


def test_top_level_help_names_the_report_and_the_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "report" in out and "news-analysis" in out and "status 2" in out


def test_report_writes_one_self_contained_page_per_article(sample_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "in" / sample_path.name  # same file name from another folder: no overwrite
    other.parent.mkdir()
    other.write_text("Another headline\n\nA calm, pleasant paragraph. Another sentence.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["report", str(sample_path), str(other), "--out", str(out)]) == 0
    pages = sorted(p.name for p in out.glob("*.html"))
    assert pages == [sample_path.stem + "-2.html", sample_path.stem + ".html"]
    page = (out / pages[1]).read_text(encoding="utf-8")
    assert "Macron and Putin have agreed" in page and "na-article" in page and "Plotly.newPlot" in page
    assert re.search(r"<(script|link)[^>]+(src|href)=\"?https?://", page) is None


def test_report_png_writes_chart_images(sample_path: Path, tmp_path: Path) -> None:
    from analysis.charts import find_browser

    if find_browser() is None:
        pytest.skip("no Chrome/Chromium found (Debian: apt-get install chromium): PNG export skipped")
    assert main(["report", str(sample_path), "--out", str(tmp_path), "--format", "png", "--scale", "1"]) == 0
    images = sorted((tmp_path / sample_path.stem).glob("*.png"))
    assert {p.stem for p in images} >= {"tone_arc", "section_tone", "keyword_heatmap"}
    assert (tmp_path / f"{sample_path.stem}.html").exists(), "--format png writes the HTML report too"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True)


@pytest.mark.parametrize(
    ("make_input", "message"),
    [
        (lambda d: d / "missing.txt", "no such article file"),
        (lambda d: d, "is a folder"),
        (lambda d: (d / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256))) and d / "photo.txt", "PNG"),
        (lambda d: (d / "empty.txt").write_text("  \n") and d / "empty.txt", "empty"),
    ],
    ids=["missing", "folder", "binary", "empty"],
)
def test_report_bad_input_is_one_line_and_status_2(tmp_path: Path, make_input, message: str) -> None:
    proc = _run("report", str(make_input(tmp_path)), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("error: ") and message in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "out").exists()


def test_report_into_a_file_instead_of_a_folder_is_status_2(sample_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("")
    proc = _run("report", str(sample_path), "--out", str(blocker))
    assert proc.returncode == 2 and "not a folder" in proc.stderr and "Traceback" not in proc.stderr


def test_the_news_analysis_entry_point_runs(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("news-analysis")
    if not script.exists():
        pytest.skip(f"the package is not installed with its scripts next to {sys.executable}")
    proc = subprocess.run([str(script), "report", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "OUT/<article>.html" in proc.stdout
