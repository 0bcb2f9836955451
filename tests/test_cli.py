"""The command line: formats, stdin, errors without tracebacks."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from articlekit.cli import main

ARTICLE = "Storm hits coast\n\nMIAMI (AP) — A storm hit the coast on Sunday.\n"


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(article_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "Storm hits coast"
    assert data["dateline"]["location"] == "MIAMI"


def test_jsonl_many_files(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "jsonl", str(article_file), str(article_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["headline"] for line in lines] == ["Storm hits coast"] * 2


def test_jobs(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jobs", "2", "--format", "jsonl", str(article_file), str(article_file)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_text_format(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "text", str(article_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Storm hits coast")
    assert "A storm hit the coast on Sunday." in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-"]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == "Storm hits coast"


def test_missing_file_is_one_line_and_non_zero(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(article_file), "/no/such/file.txt"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["headline"] == "Storm hits coast"
    assert captured.err.count("\n") == 1
    assert "/no/such/file.txt" in captured.err
    assert "Traceback" not in captured.err


def test_undecodable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"caf\xe9")
    assert main([str(path)]) == 1
    assert "UTF-8" in capsys.readouterr().err


def test_bad_jobs(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jobs", "0", str(article_file)]) == 2


def test_python_dash_m(article_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "articlekit", "--format", "jsonl", str(article_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["paragraphs"] == ["A storm hit the coast on Sunday."]


PAGE = (
    "<html><head><title>Storm hits coast</title></head><body><article><h1>Storm hits coast</h1>"
    "<p>MIAMI (AP) — A storm hit the coast on Sunday, flooding streets and cutting power to "
    "thousands of homes along the shore, officials said.</p></article></body></html>"
)


def test_html_is_sniffed_and_can_be_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["--format", "jsonl", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["dateline"]["location"] == "MIAMI"
    assert main(["--html", "--format", "jsonl", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == "Storm hits coast"
    assert main(["--text", "--format", "jsonl", str(path)]) == 0
    as_text = json.loads(capsys.readouterr().out)
    assert "<html>" in " ".join(as_text["paragraphs"])


def test_html_and_text_flags_exclude_each_other(article_file: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--html", "--text", str(article_file)])
