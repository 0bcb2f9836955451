"""HTML page metadata: headline, published date, authors and byline."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from articlekit.readers.html import parse_tree, read_html
from articlekit.readers.html_meta import (
    cut_glued_tail,
    is_date_only,
    page_elements,
    parse_date,
    read_metadata,
    strip_site,
)

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


def test_utc_time_given_in_the_zone_the_page_also_writes() -> None:
    head = '<meta property="article:published_time" content="2023-11-09T05:30:59+00:00">'
    body = f'<article><time datetime="2023-11-08 23:30:59">November 8, 2023</time>{BODY}</article>'
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.published == dt.datetime(
        2023, 11, 8, 23, 30, 59, tzinfo=dt.timezone(dt.timedelta(hours=-6))
    )


def test_same_instant_with_an_offset_preferred_to_utc() -> None:
    head = (
        _json_ld({"@type": "NewsArticle", "datePublished": "2017-02-24T01:18:13Z"})
        + '<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">'
    )
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert isinstance(meta.published, dt.datetime)
    assert meta.published.date() == dt.date(2017, 2, 23)


def test_unrelated_time_does_not_shift_the_date() -> None:
    head = '<meta property="article:published_time" content="2023-11-09T05:30:59Z">'
    body = f'<article><time datetime="2023-11-08 23:12:00">8 Nov</time>{BODY}</article>'
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.published == dt.datetime(2023, 11, 9, 5, 30, 59, tzinfo=dt.timezone.utc)


def test_hatom_published_abbr_title() -> None:
    body = (
        "<div class='post'>" + BODY + "<abbr class='published' itemprop='datePublished' "
        "title='2019-10-16T14:33:00-07:00'>2:33 PM</abbr></div>"
    )
    _, meta = read_html(_page("", body), max_size=LIMIT)
    assert meta.published == dt.datetime(
        2019, 10, 16, 14, 33, tzinfo=dt.timezone(dt.timedelta(hours=-7))
    )


def test_labelled_time_text_in_article() -> None:
    body = f"<article><time>Published on August 19, 2019</time>{BODY}</article>"
    _, meta = read_html(_page("", body), max_size=LIMIT)
    assert meta.published == dt.date(2019, 8, 19)


def test_comment_time_outside_the_article_is_not_the_date() -> None:
    body = (
        f"<article>{BODY}</article><div class='comments'><p>Great piece!</p>"
        '<time class="published" datetime="2020-12-24">December 24, 2020</time></div>'
    )
    _, meta = read_html(_page("", body), max_size=LIMIT)
    assert meta.published is None


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://news.example.org/2016/05/22/bridge-to-close/", dt.date(2016, 5, 22)),
        ("https://news.example.org/2016-05-22/bridge-to-close", dt.date(2016, 5, 22)),
        ("https://news.example.org/2020/09/bridge-to-close/", None),
        ("https://news.example.org/2016/02/31/bridge/", None),
        ("https://news.example.org/story/12345", None),
    ],
)
def test_permalink_date(address: str, expected: dt.date | None) -> None:
    head = f'<link rel="canonical" href="{address}">'
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert meta.published == expected


def test_metadata_date_before_the_permalink() -> None:
    head = (
        '<link rel="canonical" href="https://news.example.org/2016/05/22/bridge/">'
        '<meta property="article:published_time" content="2016-05-23T08:00:00+02:00">'
    )
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert isinstance(meta.published, dt.datetime)
    assert meta.published.date() == dt.date(2016, 5, 23)


def test_page_text_of_a_mangled_title() -> None:
    head = "<title>Pace Star Sajs Bollywood Adventure (from The Bolton Courier)</title>"
    body = "<div class='story'><b>Pace star Saj's Bollywood adventure</b>" + BODY + "</div>"
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.headline == "Pace star Saj's Bollywood adventure"


def test_site_name_logo_is_not_the_headline() -> None:
    head = "<title>Harbour Courier</title>"
    body = (
        "<div id='logo'><a href='/'>Harbour Courier</a></div>"
        "<h2>Council votes to close the old bridge</h2>" + BODY
    )
    root = parse_tree(_page(head, body))
    assert root is not None
    meta, _, _ = read_metadata(root)
    assert meta.headline is None  # not declared: the reader chooses from the blocks


def test_section_label_before_the_headline_is_cut() -> None:
    head = "<title>Courier &gt; World -- Judges allow video of the victims in trial</title>"
    body = (
        "<td><span>More World news</span> Judges allow video of the victims in trial</td>" + BODY
    )
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.headline == "Judges allow video of the victims in trial"


def test_site_name_parts_stripped_by_og_site_name() -> None:
    head = (
        '<meta property="og:site_name" content="Daily Example">'
        '<meta property="og:title" content="Penny - Daily Example">'
    )
    _, meta = read_html(_page(head, "<h1>Penny</h1>" + BODY), max_size=LIMIT)
    assert meta.headline == "Penny"


def test_site_only_declared_title_is_not_a_headline() -> None:
    head = '<meta property="og:site_name" content="Daily Example">'
    head += '<meta property="og:title" content="Daily Example">'
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert meta.headline != "Daily Example"


def test_json_ld_name_where_headline_is_a_description() -> None:
    head = "<title>New Harbour - Example Encyclopedia</title>" + _json_ld(
        {"@type": "Article", "name": "New Harbour", "headline": "port town on the east coast"}
    )
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert meta.headline == "New Harbour"


def test_declared_title_written_as_declared() -> None:
    head = '<meta property="og:title" content="Olive &amp;#038; Herb Focaccia &quot;Easy&quot;">'
    _, meta = read_html(_page(head, "<h1>Olive &amp; Herb Focaccia “Easy”</h1>" + BODY),
                        max_size=LIMIT)
    assert meta.headline == 'Olive & Herb Focaccia "Easy"'


def test_headline_with_a_byline_glued_after_it() -> None:
    head = "<title>Harry rubbishes slump theory - Example Sports</title>"
    body = "<div><b>Harry rubbishes slump theory by Chris Stanton, 30 December 2007</b></div>"
    _, meta = read_html(_page(head, body + BODY), max_size=LIMIT)
    assert meta.headline == "Harry rubbishes slump theory"


def test_the_declared_title_wins_over_an_h1_that_reads_differently() -> None:
    head = (
        '<meta property="og:title" content="Bridge over the river Wey to close for repairs">'
        '<meta property="og:site_name" content="The Daily Example">'
    )
    _, meta = read_html(
        _page(head, "<h1>Bridge to close</h1>" + BODY), max_size=LIMIT
    )
    assert meta.headline == "Bridge over the river Wey to close for repairs"


def test_a_declared_title_that_is_only_the_site_name_gives_way_to_the_next() -> None:
    head = (
        '<meta property="og:title" content="The Daily Example">'
        '<meta property="og:site_name" content="The Daily Example">'
        '<meta name="twitter:title" content="Bridge to close for repairs">'
    )
    _, meta = read_html(_page(head, BODY), max_size=LIMIT)
    assert meta.headline == "Bridge to close for repairs"


def test_a_relative_canonical_link_names_no_site() -> None:
    head = (
        '<link rel="canonical" href="council-closes-the-old-bridge.html">'
        '<meta property="og:title" content="Council closes the old bridge">'
    )
    # The declared title wins over the shorter <h1>: it is not taken for the site's name.
    _, meta = read_html(_page(head, "<h1>Bridge to close</h1>" + BODY), max_size=LIMIT)
    assert meta.headline == "Council closes the old bridge"


def test_application_name_that_is_the_headline_names_no_site() -> None:
    head = (
        "<title>Council closes the old bridge - Example News</title>"
        '<meta name="application-name" content="Council closes the old bridge">'
        '<meta property="og:title" content="Council closes the old bridge">'
    )
    # The declared title wins over the shorter <h1>: it is not taken for the site's name.
    _, meta = read_html(_page(head, "<h1>Bridge to close</h1>" + BODY), max_size=LIMIT)
    assert meta.headline == "Council closes the old bridge"


def test_application_name_still_names_the_site_when_title_differs() -> None:
    head = (
        "<title>Council closes the old bridge</title>"
        '<meta name="application-name" content="Example News - Latest Headlines">'
        '<meta property="og:title" content="Example News - Latest Headlines">'
    )
    _, meta = read_html(_page(head, "<h1>Council closes the old bridge</h1>" + BODY),
                        max_size=LIMIT)
    assert meta.headline == "Council closes the old bridge"


def test_trailing_punctuation_after_a_title_separator_is_kept() -> None:
    head = (
        "<title>Screens : «Night Shift», «Harbour»… - Culture</title>"
        '<meta property="og:title" content="Screens : «Night Shift», «Harbour»…">'
    )
    body = "<h1>Screens : «Night Shift», «Harbour»…</h1>" + BODY
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.headline == "Screens : «Night Shift», «Harbour»…"


def test_heading_link_mark_is_not_part_of_the_headline() -> None:
    head = "<title>Installing the tool — toolkit documentation</title>"
    body = "<h1>Installing the tool<a class='headerlink' href='#x'>¶</a></h1>" + BODY
    blocks, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.headline == "Installing the tool"
    assert [b.heading for b in blocks if b.text.startswith("Installing")] == [1]


def test_text_size_control_is_not_the_headline() -> None:
    body = (
        "<div>You are here: Home &gt; News</div>"
        "<h4>Mayor defends the bridge closure against critics</h4>"
        "<div>Tue 8 Jan 2008, 13:59 GMT</div>"
        "<div><a href='#'>[-]</a> Text <a href='#'>[+]</a></div>"
        + BODY
    )
    _, meta = read_html(_page("<title>News</title>", body), max_size=LIMIT)
    assert meta.headline == "Mayor defends the bridge closure against critics"


def test_section_link_in_the_headline_element_is_cut() -> None:
    head = "<title>The Courier : Business : Bank cuts its rates again</title>"
    body = (
        "<p><a href='/business/'>Business</a><br><br>"
        "<font class='storyhead'><b>Bank cuts its rates again</b></font></p>" + BODY
    )
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.headline == "Bank cuts its rates again"


NO_TITLE_STORY = (
    "<div>Last Updated: Tuesday, 4 December 2007, 17:04 GMT</div>"
    "<div>Harbour towns urge talks on the new bridge</div>"
    "<table><tr><td><div><img src='a.jpg' alt=''>{caption}</div></td></tr></table>" + BODY
)


@pytest.mark.parametrize(
    "caption",
    [
        "<div class='cap'>The mayor has been defended by his deputy</div>",
        "<span id='ctl00_Holder_lblCap'>The old bridge seen from the north bank</span>",
        "<div>Mayor Tom Reed © Harbour Photo Agency</div>",
    ],
)
def test_an_image_caption_is_not_the_headline(caption: str) -> None:
    body = NO_TITLE_STORY.format(caption=caption)
    _, meta = read_html(_page("<title></title>", body), max_size=LIMIT)
    assert meta.headline == "Harbour towns urge talks on the new bridge"


def test_a_date_glued_after_a_headline_line_is_cut() -> None:
    body = (
        "<div>Contact us</div>"
        "<td>'No exceptions to the bridge closure' Sat, 29 Dec 2007 17:50:54</td>" + BODY
    )
    _, meta = read_html(_page("<title>Harbour TV</title>", body), max_size=LIMIT)
    assert meta.headline == "'No exceptions to the bridge closure'"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wurz joins Honda as test driver Thursday, 10, January, 2008, 09:14",
         "Wurz joins Honda as test driver"),
        ("Weekly Edition for March 26, 2015 issue", "Weekly Edition for March 26, 2015 issue"),
        ("Mubarak backs Mideast pact in 2008", "Mubarak backs Mideast pact in 2008"),
        ("Dehradun (PTI): The institute on Friday paid rich tributes to the climber.",
         "Dehradun (PTI): The institute on Friday paid rich tributes to the climber."),
    ],
)
def test_cut_glued_tail(line: str, expected: str) -> None:
    assert cut_glued_tail(line) == expected


def test_a_dated_headline_named_by_the_title_keeps_its_date() -> None:
    head = "<title>Weekly Edition for March 26, 2015 [Example.net]</title>"
    body = "<div class='page'><b>Weekly Edition for March 26, 2015</b></div>" + BODY
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.headline == "Weekly Edition for March 26, 2015"


def test_a_title_that_is_the_home_link_names_no_headline() -> None:
    body = (
        "<div><a href='/'>The Harbour Courier</a></div>"
        "<p><strong>The Harbour Courier</strong></p>"
        "<h1>Council votes to close the old bridge</h1>" + BODY
    )
    _, meta = read_html(_page("<title>The Harbour Courier</title>", body), max_size=LIMIT)
    assert meta.headline == "Council votes to close the old bridge"


@pytest.mark.parametrize("stamp", ["20080109 15:24", "2008-01-01 17:15:00.0"])
def test_a_machine_date_glued_after_a_headline_line_is_cut(stamp: str) -> None:
    body = f"<td>FREE Newsletter</td><td>Harbour 0-2 Portsmouth {stamp}</td>" + BODY
    _, meta = read_html(_page("<title>Latest news, reports</title>", body), max_size=LIMIT)
    assert meta.headline == "Harbour 0-2 Portsmouth"


def test_modified_date_only_where_no_publication_date() -> None:
    head = '<meta itemprop="dateModified" content="2019-06-13">'
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert meta.published == dt.date(2019, 6, 13)
    head += '<meta property="article:published_time" content="2016-08-29T21:54:39Z">'
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert isinstance(meta.published, dt.datetime)
    assert meta.published.date() == dt.date(2016, 8, 29)


def test_time_element_of_a_page_without_an_article_element() -> None:
    body = (
        "<div class='chapter'><ul><li><i title='Published'></i>"
        "<time datetime='2020-08-06T09:09:24.0000000Z'>Thursday, August 6, 2020</time></li>"
        "</ul>" + BODY + "</div>"
    )
    _, meta = read_html(_page("", body), max_size=LIMIT)
    assert isinstance(meta.published, dt.datetime)
    assert meta.published.date() == dt.date(2020, 8, 6)


def test_labelled_date_in_a_date_classed_element() -> None:
    body = (
        "<h1>Cold wave alert lifted</h1>"
        "<p class='date'>Written: 2023-11-07 15:03:30<span> / </span>"
        "Updated: 2023-11-08 09:30:46</p>" + BODY
    )
    _, meta = read_html(_page("", body), max_size=LIMIT)
    assert isinstance(meta.published, dt.datetime)
    assert meta.published.date() == dt.date(2023, 11, 7)


def test_a_numeric_date_that_reads_both_ways_is_not_guessed() -> None:
    body = "<h1>Markets steady</h1><div class='date'>Posted: 11:47 IST(11/1/2008)</div>" + BODY
    _, meta = read_html(_page("", body), max_size=LIMIT)
    assert meta.published is None


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2020-02-25T02:25:54Z", dt.date(2020, 2, 24)),  # 21:25 the evening before in New York
        ("2020-02-25T15:25:54Z", dt.date(2020, 2, 25)),  # no zone has that on the 24th
    ],
)
def test_utc_time_given_on_the_permalink_day(published: str, expected: dt.date) -> None:
    head = (
        f'<meta property="article:published_time" content="{published}">'
        '<link rel="canonical" href="https://news.example.com/2020/02/24/press-secretary-exits/">'
    )
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert meta.published is not None
    day = meta.published.date() if isinstance(meta.published, dt.datetime) else meta.published
    assert day == expected


def test_json_ld_date_created_comes_after_a_meta_publication_date() -> None:
    head = _json_ld({"@type": "NewsArticle", "dateCreated": "2017-11-17T10:41:09Z"})
    head += '<meta itemprop="datePublished" content="2017-11-16T14:15+0000">'
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert isinstance(meta.published, dt.datetime)
    assert meta.published.date() == dt.date(2017, 11, 16)


def test_a_breadcrumb_that_holds_part_of_the_title_is_not_the_headline() -> None:
    body = (
        "<div><a href='/'>Harbour Courier</a></div>"
        "<div class='story-title'>Mayor endorses the bridge</div>" + BODY
    )
    _, meta = read_html(_page("<title>Harbour Courier Online</title>", body), max_size=LIMIT)
    assert meta.headline == "Mayor endorses the bridge"


def test_a_linked_blog_post_title_is_the_headline() -> None:
    body = (
        "<h1>Inside the Harbour Blog</h1>"
        "<h3 class='post-title'><a href='/2011/09/update.html'>Harbour ferry update</a></h3>"
        "<h2 class='date-header'>Friday, September 02, 2011 12:48 PM</h2>"
        "<div>Posted by Jane Roe, harbour master</div>" + BODY
    )
    head = "<title>Inside the Harbour Blog: Harbour ferry update</title>"
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.headline == "Harbour ferry update"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sunday, October 28, 2012 at 12:48 PM", True),
        ("2012-05-03", True),
        ("May Day at the harbour", False),
        ("Google News turns 10", False),
    ],
)
def test_is_date_only(line: str, expected: bool) -> None:
    assert is_date_only(line) is expected


def test_a_date_heading_is_not_the_headline() -> None:
    body = (
        "<h2 class='date-header'>Friday, September 02, 2011</h2>"
        "<div>Harbour ferry timetable changes</div>" + BODY
    )
    _, meta = read_html(_page("<title></title>", body), max_size=LIMIT)
    assert meta.headline == "Harbour ferry timetable changes"


@pytest.mark.parametrize(
    "hidden",
    [
        "<div style='display:none'><span class='headline'>{title}</span></div>",
        "<noscript><h1>{title}</h1></noscript>",
    ],
)
def test_a_hidden_copy_of_the_title_is_not_the_headline(hidden: str) -> None:
    title = "Harbour Courier | Sports | Rowers win the regatta"
    body = hidden.format(title=title) + "<h1>Rowers win the regatta</h1>" + BODY
    _, meta = read_html(_page(f"<title>{title}</title>", body), max_size=LIMIT)
    assert meta.headline == "Rowers win the regatta"


def test_site_name_cut_keeps_the_title_s_own_separators() -> None:
    head = (
        '<meta property="og:site_name" content="Example Browser">'
        '<meta property="og:title" content="Example Browser — Make it your own — '
        'The most flexible browser">'
    )
    _, meta = read_html(_page(head), max_size=LIMIT)
    assert meta.headline == "Make it your own — The most flexible browser"


INDEX_PAGE = """<html class="page" id="top"><head><title>A title</title>
<meta name="description" content="d"><link rel="canonical" href="https://example.org/a">
<script type="application/ld+json">{}</script></head>
<body class="b"><time datetime="2020-01-01">Jan 1</time>
<article id="outer"><time pubdate datetime="2020-01-02">Jan 2</time>
<article class="inner"><time datetime="2020-01-03">Jan 3</time></article>
<time datetime="2020-01-04">Jan 4</time></article>
<span itemprop="datePublished" content="2020-01-05"></span>
<abbr class="published" title="2020-01-06">Jan 6</abbr><abbr title="no class">x</abbr>
<a href="/" rel="author">Home</a><a name="anchor">no href</a>
<figure><figcaption>A caption</figcaption></figure><title>A second title</title>
</body></html>"""


@pytest.mark.parametrize(
    ("attribute", "path"),
    [
        ("metas", "//meta"),
        ("scripts", "//script"),
        ("times", "//time"),
        ("figcaptions", "//figcaption"),
        ("dated", ".//*[@itemprop='datePublished']"),
        ("pubdate_times", ".//time[@pubdate]"),
        # Nested articles repeat their times, as the ElementPath search gives them.
        ("article_times", ".//article//time"),
        ("abbrs", ".//abbr[@title][@class]"),
        ("classed", ".//*[@class]"),
        ("ided", ".//*[@id]"),
        ("canonical", ".//link[@rel='canonical']"),
        ("author_links", ".//a[@rel='author']"),
        ("links", ".//a[@href]"),
    ],
)
def test_page_elements_are_the_searches(attribute: str, path: str) -> None:
    root = parse_tree(INDEX_PAGE)
    assert root is not None
    expected = root.xpath(path) if path.startswith("//") else list(root.iterfind(path))
    assert getattr(page_elements(root), attribute) == expected
    assert expected  # the page holds some of each


def test_page_elements_title_and_article() -> None:
    root = parse_tree(INDEX_PAGE)
    assert root is not None
    page = page_elements(root)
    assert page.title is root.find(".//title")
    assert page.has_article
    assert len(page.article_times) == 4  # the inner article's time twice
    without = parse_tree("<html><body><p>No article here.</p></body></html>")
    assert without is not None
    bare = page_elements(without)
    assert (bare.title, bare.has_article, bare.times) == (None, False, [])


def test_a_title_that_only_a_footer_repeats_is_the_site_not_the_headline() -> None:
    # <title> is the paper's name, which the page shows only in its footer: the heading just
    # before the story is the headline.
    head = "<title>The Harbour Weekly Courier</title>"
    body = (
        "<div><h1>Ferry service to resume after storm repairs</h1>" + BODY + "</div>"
        "<div class='legal'>© 2007 The Harbour Weekly Courier</div>"
    )
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.headline == "Ferry service to resume after storm repairs"


def test_a_section_link_on_the_line_before_the_headline_is_cut() -> None:
    head = "<title>The Harbour Weekly Courier</title>"
    body = (
        "<div><a href='/top.htm'>Top Stories</a><br><b>Ferry service to resume after storm "
        "repairs</b>" + BODY + "</div>"
    )
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.headline == "Ferry service to resume after storm repairs"


def test_a_date_classed_element_after_the_headline_dates_the_page() -> None:
    head = "<title>Ferry service to resume</title>"
    body = (
        "<div class='today'>Monday, 4 March 2024</div>"
        "<h1>Ferry service to resume</h1><span class='post-date'>09 Oct 2018</span>" + BODY
    )
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.published == dt.date(2018, 10, 9)


def test_a_posted_on_line_dates_the_page() -> None:
    head = "<title>Ferry service to resume</title>"
    body = (
        "<h1>Ferry service to resume</h1><div class='meta'>Posted on September 21, 2020 by "
        "Jane Roe</div>" + BODY
    )
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.published == dt.date(2020, 9, 21)


@pytest.mark.parametrize(
    "line",
    ["<p>January 22, 2014</p>", "<i>Wednesday, 22 January 2014</i>",
     "<p class='info'>Wednesday, January 22 2014, 07:00 GMT</p>"],
)
def test_a_date_alone_under_the_headline_dates_the_page(line: str) -> None:
    head = "<title>Ferry service to resume</title>"
    body = "<h1>Ferry service to resume</h1>" + line + BODY
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.published is not None
    assert meta.published.isoformat()[:10] == "2014-01-22"


@pytest.mark.parametrize(
    "line",
    ["<p>01/02/2014</p>", "<p>Updated January 22, 2014</p>",
     "<p>Ferries will run from January 22, 2014</p>"],
)
def test_no_date_from_a_line_under_the_headline_that_is_not_a_date_alone(line: str) -> None:
    head = "<title>Ferry service to resume</title>"
    body = "<h1>Ferry service to resume</h1>" + line + BODY
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.published is None


def test_a_closing_aside_in_the_title_is_a_part_of_its_own() -> None:
    head = "<title>Ferry Service To Resume (from The Harbour Echo)</title>"
    root = parse_tree(_page(head, "<h1>Ferry service to resume</h1>" + BODY))
    assert root is not None
    metadata, _, _ = read_metadata(root)
    assert metadata.headline == "Ferry service to resume"


def test_an_infobox_date_or_todays_date_is_no_publication_date() -> None:
    head = "<title>Harbour Ferry Company</title>"
    body = (
        "<h1>Harbour Ferry Company</h1><nav><span class='date'>March 4, 2024</span></nav>"
        "<div class='current-date'>Monday, 4 March 2024</div>"
        "<table class='infobox'><tr><th>Founded</th><td><span class='dtstart published'>"
        "1998-02-28</span></td></tr></table>" + BODY
    )
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.published is None


def test_the_site_name_in_a_search_form_is_not_the_headline() -> None:
    head = "<title>Harbour Courier Online</title>"
    body = (
        "<form action='/search'><div>Harbour Courier</div><div>Search</div></form>"
        "<h1>Entertainment</h1><h1>Ferry service to resume after storm repairs</h1>" + BODY
    )
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.headline == "Ferry service to resume after storm repairs"


def test_an_edit_date_or_a_teasers_date_is_no_publication_date() -> None:
    head = "<title>Harbour Ferry Company</title>"
    teaser = (
        "<div><div class='time'>April 26, 2022</div><div class='title'><a href='/other'>"
        "Council opens three new winter shelters</a></div></div>"
    )
    body = (
        "<h1>Harbour Ferry Company</h1>" + BODY + teaser + "<div id='page-info'>page "
        "revision: 8, last edited: <span class='odate'>17 Jun 2018 15:15</span></div>"
    )
    _, meta = read_html(_page(head, body), max_size=LIMIT)
    assert meta.published is None


def test_a_linked_deeper_heading_just_above_the_body_is_the_headline() -> None:
    body = (
        "<div><a href='/'>Home</a> <a href='/rss'>RSS Feeds</a></div>"
        "<h5>January 18th, 2008</h5><h4><a href='/2008/01/ferry'>Ferry service to resume after "
        "storm repairs</a></h4><p><a href='/c'>4 comments</a></p>" + BODY
    )
    _, meta = read_html(_page("", body), max_size=LIMIT)
    assert meta.headline == "Ferry service to resume after storm repairs"
