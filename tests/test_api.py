"""The public API: types, errors, limits, and the parse of whole articles."""

from __future__ import annotations

import datetime as dt

import pytest

import articlekit
from articlekit import ParseError, parse, parse_text

WIRE = (
    "BAHIA COCOA REVIEW\n"
    "    SALVADOR, Feb 26 - Showers continued throughout the week in\n"
    "the Bahia cocoa zone, alleviating the drought since early\n"
    "January and improving prospects for the coming temporao.\n"
    "    The dry period means the temporao will be late this year.\n"
    " Reuter\n"
)


def test_public_names_are_sorted_and_exported() -> None:
    # The order is ruff's (RUF022: constants, classes, then functions, each sorted).
    assert len(articlekit.__all__) == len(set(articlekit.__all__))
    for name in articlekit.__all__:
        assert hasattr(articlekit, name)
    assert isinstance(articlekit.__version__, str)


def test_parse_error_is_a_value_error() -> None:
    assert issubclass(ParseError, ValueError)


@pytest.mark.parametrize("bad", [None, 12, ["text"], bytearray(b"x")])
def test_wrong_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        parse_text(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str or bytes"):
        parse(bad)  # type: ignore[arg-type]


def test_reference_date_of_the_wrong_type() -> None:
    with pytest.raises(TypeError, match="reference_date"):
        parse_text("x", reference_date="2024-01-01")  # type: ignore[arg-type]


def test_undecodable_bytes() -> None:
    with pytest.raises(ParseError, match="UTF-8"):
        parse(b"caf\xe9 au lait")


def test_utf8_bytes_and_bom() -> None:
    assert parse(b"Title\n\nBody text.").paragraphs == ("Body text.",)
    assert parse("\ufeffTitle\n\nBody text.".encode()).headline == "Title"


def test_size_limit_is_configurable() -> None:
    with pytest.raises(ParseError, match="over the limit"):
        parse_text("x" * 101, max_size=100)
    assert parse_text("x" * 100, max_size=100).paragraphs == ("x" * 100,)
    assert articlekit.DEFAULT_MAX_SIZE >= 10_000_000


def test_empty_text_gives_an_empty_article() -> None:
    assert parse_text("") == articlekit.Article()


def test_wire_story() -> None:
    article = parse_text(WIRE, reference_date=dt.date(1987, 2, 26))
    assert article.headline == "BAHIA COCOA REVIEW"
    assert article.dateline is not None
    assert article.dateline.location == "SALVADOR"
    assert article.dateline.date == dt.date(1987, 2, 26)
    assert article.published == dt.date(1987, 2, 26)
    assert article.paragraphs[0].startswith("Showers continued")
    assert article.paragraphs[-1] == "The dry period means the temporao will be late this year."
    assert article.boilerplate == ("Reuter",)


def test_no_reference_date_no_date() -> None:
    article = parse_text(WIRE)
    assert article.dateline is not None
    assert article.dateline.date is None
    assert article.published is None


def test_spans_cover_the_source_in_order() -> None:
    article = parse_text(WIRE)
    roles = [span.role for span in article.spans]
    assert roles == ["headline", "dateline", "body", "body", "boilerplate"]
    assert WIRE[article.spans[1].start : article.spans[1].end] == "SALVADOR, Feb 26 -"
    assert WIRE[article.spans[0].start : article.spans[0].end] == "BAHIA COCOA REVIEW"


def test_parse_is_deterministic() -> None:
    assert parse_text(WIRE) == parse_text(WIRE)


PAGE = (
    "<!DOCTYPE html><html><head><title>Storm hits coast | Daily Bugle</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Storm hits coast</h1>"
    "<p>MIAMI (AP) — A storm hit the coast on Sunday, flooding streets and cutting power to "
    "thousands of homes along the shore, officials said.</p><p>“We have never seen water this "
    "high,” said Mayor Jane Doe, who toured the area on Monday.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (PAGE, True),
        ("  \ufeff<html><body>x</body></html>", True),
        ("<p>One paragraph.</p><p>Two.</p>", True),
        (b"<?xml version='1.0'?>\n<html><body>x</body></html>", True),
        ("Storm hits coast\n\nMIAMI (AP) — A storm hit the coast.", False),
        ("The tag <p> means paragraph, the article said.", False),
        ("", False),
    ],
)
def test_looks_like_html(source: str | bytes, expected: bool) -> None:
    assert articlekit.looks_like_html(source) is expected


def test_parse_html_and_parse_sniffing_agree() -> None:
    article = articlekit.parse_html(PAGE)
    assert article == parse(PAGE) == parse(PAGE.encode())
    assert article.headline == "Storm hits coast"
    assert article.dateline is not None and article.dateline.location == "MIAMI"
    assert article.paragraphs[0].startswith("A storm hit the coast")
    assert all("Home" not in paragraph for paragraph in article.paragraphs)
    assert article.spans == ()
    assert [q.speaker for q in article.quotes] == ["Jane Doe"]


def test_parse_html_errors() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        articlekit.parse_html(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="url"):
        articlekit.parse_html(PAGE, url=3)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="over the limit"):
        articlekit.parse_html(PAGE, max_size=10)
