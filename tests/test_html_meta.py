"""HTML page metadata: headline, published date, authors and byline."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from articlekit.readers.html import read_html
from articlekit.readers.html_meta import parse_date, strip_site

LIMIT = 1 << 25

BODY = (
    "<p>The council voted on Tuesday to close the old bridge to traffic while engineers study "
    "the cracks that were found in two of its supports during a routine inspection.</p>"
)


def _page(head: str, body: str = BODY) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _json_ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_json_ld_news_article() -> None:
    head = _json_ld({
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "Home"},
            {
                "@type": "NewsArticle",
                "headline": "Bridge to close",
                "datePublished": "2024-03-05T09:30:00Z",
                "author": [{"@type": "Person", "name": "Jane Doe"}, "John Roe"],
                "publisher": {"@type": "Organization", "name": "The Daily Example"},
            },
        ],
    })
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert meta.headline == "Bridge to close"
    assert meta.published == dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.timezone.utc)
    assert meta.authors == ("Jane Doe", "John Roe")


def test_publisher_is_not_an_author() -> None:
    head = _json_ld({"@type": "Article", "author": {"@type": "Organization", "name": "Reuters"}})
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert meta.authors == ()


def test_opengraph_and_meta_tags() -> None:
    head = (
        '<meta property="og:title" content="Bridge to close for repairs">'
        '<meta property="article:published_time" content="2024-03-05T09:30:00+0100">'
        '<meta name="author" content="Jane Doe and John Roe">'
    )
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert meta.headline == "Bridge to close for repairs"
    assert meta.published == dt.datetime(
        2024, 3, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert meta.authors == ("Jane Doe", "John Roe")


def test_on_page_heading_wins_where_it_agrees_with_the_declared_title() -> None:
    head = '<meta property="og:title" content="Bridge to close for repairs - The Daily Example">'
    _, meta = read_html(_page(head, "<h1>Bridge to close for repairs</h1>" + BODY), max_size=LIMIT)
    assert meta.headline == "Bridge to close for repairs"


def test_title_without_site_name() -> None:
    _, meta = read_html(_page("<title>Bridge to close | The Daily Example</title>"), max_size=LIMIT)
    assert meta.headline == "Bridge to close"


def test_heading_before_body_over_a_site_title() -> None:
    body = "<div class='story'><h2>Bridge to close for repairs</h2>" + BODY + "</div>"
    _, meta = read_html(_page("<title>The Daily Example</title>", body), max_size=LIMIT)
    assert meta.headline == "Bridge to close for repairs"


def test_time_element_in_article() -> None:
    body = f'<article><time datetime="2024-03-05">March 5</time>{BODY}</article>'
    _, meta = read_html(_page("", body), max_size=LIMIT)
    assert meta.published == dt.date(2024, 3, 5)


def test_no_date_from_body_text_or_copyright() -> None:
    body = "<p>Posted March 5, 2024.</p>" + BODY + "<footer>Copyright 2024 Example</footer>"
    _, meta = read_html(_page("", body), max_size=LIMIT)
    assert meta.published is None


def test_bad_json_ld_is_ignored() -> None:
    _, meta = read_html(_page('<script type="application/ld+json">{oops</script>'), max_size=LIMIT)
    assert meta.published is None


def test_byline_element() -> None:
    body = '<p class="byline">By Jane Doe, Staff Writer</p>' + BODY
    _, meta = read_html(_page("", body), max_size=LIMIT)
    assert meta.byline == "By Jane Doe, Staff Writer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-01-03T07:00:02.000Z", dt.datetime(2019, 1, 3, 7, 0, 2, tzinfo=dt.timezone.utc)),
        ("2021-11-01T10:52:50+0100",
         dt.datetime(2021, 11, 1, 10, 52, 50, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
        ("2017-11-03 03:01:00.000000", dt.datetime(2017, 11, 3, 3, 1)),
        ("2019-10-18T17:23:34.8162Z",
         dt.datetime(2019, 10, 18, 17, 23, 34, 816200, tzinfo=dt.timezone.utc)),
        ("2024-06-25", dt.date(2024, 6, 25)),
        ("March 3, 2024", dt.date(2024, 3, 3)),
        ("", None),
        ("yesterday", None),
        ("0000-00-00", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Storm hits coast | Daily News", None, "Storm hits coast"),
        ("Daily News: Storm hits the coast tonight", "Daily News", "Storm hits the coast tonight"),
        ("Storm hits coast - Weather - Daily News", "Daily News", "Storm hits coast"),
        ("Just a headline", None, "Just a headline"),
    ],
)
def test_strip_site(title: str, site: str | None, expected: str) -> None:
    assert strip_site(title, site) == expected
