"""The HTML reader: decoding, safety against hostile input, main content and furniture."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit.blocks import Block
from articlekit.errors import ParseError
from articlekit.pipeline import Metadata
from articlekit.readers.html import decode, read_html

#: A size limit for the tests, as the API's default (32 MiB).
LIMIT = 32 * 1024 * 1024

PROSE = (
    "The council voted on Tuesday to close the old bridge to traffic while engineers study "
    "the cracks that were found in two of its supports during a routine inspection this month."
)

PAGE = f"""<!doctype html>
<html><head><title>Bridge to close for repairs | The Daily Example</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<main>
<article>
<h1>Bridge to close for repairs</h1>
<p>{PROSE}</p>
<figure><img src="x.jpg"><figcaption>The bridge in 1950. Photo: Jane Roe</figcaption></figure>
<div class="ad-slot">Advertisement</div>
<p>Residents said the closure would add half an hour to their commute, and several of them
asked the council to run a shuttle bus until the work is done, which it agreed to consider.</p>
<h2>What happens next</h2>
<p>Engineers will report back in March, and the council will then decide whether the bridge
can be repaired or has to be replaced, a choice that will cost the town many millions.</p>
<ul><li>The bridge carries 12,000 cars a day, most of them in the morning and evening.</li>
<li>It was built in 1932 and last repaired in 1987, when its deck was replaced.</li></ul>
<p><a href="/other">Read more: Town budget approved</a></p>
<p>The council's next meeting is open to the public and will be held on the first Monday of
the month in the town hall, where residents can put questions to the engineers.</p>
</article>
</main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">A story</a></li></ul></aside>
<section id="comments"><h3>3 comments</h3>
<div class="comment"><p>I drive over this bridge every day and I am glad that someone is
finally looking at it, but the shuttle bus would really help those of us without cars.</p></div>
</section>
<footer><p>Copyright 2024 The Daily Example. All rights reserved.</p>
<p><a href="/about">About</a> <a href="/contact">Contact</a></p></footer>
</body></html>
"""


def _body(blocks: tuple[Block, ...]) -> list[str]:
    return [b.text for b in blocks if not b.furniture]


def test_main_content_in_order_with_headings_and_list_items() -> None:
    blocks, _ = read_html(PAGE, max_size=LIMIT)
    body = _body(blocks)
    assert body[0] == "Bridge to close for repairs"
    assert body[1] == PROSE
    assert "What happens next" in body
    assert "The bridge carries 12,000 cars a day, most of them in the morning and evening." in body
    assert body[-1].startswith("The council's next meeting")
    headings = {b.text: b.heading for b in blocks if b.heading}
    assert headings["Bridge to close for repairs"] == 1
    assert headings["What happens next"] == 2


def test_captions_ads_read_more_and_navigation_are_dropped() -> None:
    blocks, _ = read_html(PAGE, max_size=LIMIT)
    text = " ".join(b.text for b in blocks)
    for dropped in ("Photo: Jane Roe", "Advertisement", "Read more", "Home", "A story"):
        assert dropped not in text


def test_comments_and_copyright_are_furniture() -> None:
    blocks, _ = read_html(PAGE, max_size=LIMIT)
    furniture = [b.text for b in blocks if b.furniture]
    assert any(t.startswith("I drive over this bridge") for t in furniture)
    assert any(t.startswith("Copyright 2024") for t in furniture)
    assert not any(t.startswith("I drive over") for t in _body(blocks))


def test_blocks_carry_tag_and_link_density() -> None:
    blocks, _ = read_html(PAGE, max_size=LIMIT)
    first = next(b for b in blocks if b.text == PROSE)
    assert first.tag == "p"
    assert first.link_density == 0.0
    assert first.start == -1


def test_headline_from_the_page_heading() -> None:
    _, metadata = read_html(PAGE, max_size=LIMIT)
    assert metadata.headline == "Bridge to close for repairs"


@pytest.mark.parametrize(
    "title",
    [
        "Bridge to close for repairs: News: Local: The Daily Example",
        "Bridge to close for repairs-Local News-Towns-The Daily Example",
    ],
)
def test_headline_from_the_title_without_its_chain_of_sections(title: str) -> None:
    page = f"<html><head><title>{title}</title></head><body><p>{PROSE}</p></body></html>"
    _, metadata = read_html(page, max_size=LIMIT)
    assert metadata.headline == "Bridge to close for repairs"


@pytest.mark.parametrize(
    "title",
    ["Review: a bridge too far for the town council", "Town Diary: Bridges: A closure too far"],
)
def test_title_with_one_or_two_colons_is_kept_whole(title: str) -> None:
    page = f"<html><head><title>{title}</title></head><body><p>{PROSE}</p></body></html>"
    _, metadata = read_html(page, max_size=LIMIT)
    assert metadata.headline == title


def test_a_long_broken_xml_declaration_is_skipped() -> None:
    # A declaration stuffed with keywords runs on to the first ">", as browsers read it.
    words = ", ".join(["bridge", "council", "repairs", "traffic", "engineers"] * 60)
    page = f'<?xml version="1.0" encoding="{words}"\n<html><body><p>{PROSE}</p></body></html>'
    blocks, _ = read_html(page, max_size=LIMIT)
    assert [b.text for b in blocks] == [PROSE]


def test_headline_line_opening_the_content_before_a_byline() -> None:
    headline = "With the bridge shut, drivers, cyclists and buses face a long detour"
    page = (
        "<html><head><title>The Daily Example</title></head><body>"
        "<div><a href='/'>Home</a> <a href='/news'>News</a></div><div>"
        f"<p>{headline}</p>"
        "<p><a href='/staff/jr'>By Jane Roe</a></p>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
    )
    blocks, metadata = read_html(page, max_size=LIMIT)
    assert metadata.headline == headline
    assert PROSE in _body(blocks)


def test_headline_and_paragraphs_in_composed_form() -> None:
    decomposed = "Cafe\u0301 owners welcome the bridge repairs"
    page = (
        f"<html><head><title>{decomposed}</title></head><body><h1>{decomposed}</h1>"
        f"<p>{PROSE} The cafe\u0301 stays open.</p></body></html>"
    )
    blocks, metadata = read_html(page, max_size=LIMIT)
    assert metadata.headline == "Caf\u00e9 owners welcome the bridge repairs"
    assert _body(blocks)[-1].endswith("The caf\u00e9 stays open.")


def test_text_split_by_double_line_breaks() -> None:
    page = f"<body><div>{PROSE}<br><br>{PROSE.upper()}<br>still the second</div></body>"
    blocks, _ = read_html(page, max_size=LIMIT)
    assert [b.text for b in blocks] == [PROSE, PROSE.upper() + " still the second"]


def test_hidden_elements_are_not_read() -> None:
    page = f'<body><p>{PROSE}</p><p style="display: none">secret words</p><p hidden>more</p></body>'
    blocks, _ = read_html(page, max_size=LIMIT)
    assert [b.text for b in blocks] == [PROSE]


def test_white_space_is_normalised() -> None:
    blocks, _ = read_html(f"<p>  {PROSE[:60]}\u00a0\n\t end  </p>", max_size=LIMIT)
    assert blocks[0].text == PROSE[:60].rstrip() + " end"


# --- decoding ---


def test_decode_by_bom() -> None:
    assert decode(codecs.BOM_UTF16_LE + "<p>café</p>".encode("utf-16-le")) == "<p>café</p>"
    assert decode(codecs.BOM_UTF8 + "<p>café</p>".encode()) == "<p>café</p>"


def test_decode_by_meta_charset() -> None:
    page = '<meta charset="windows-1252"><p>“café”</p>'.encode("cp1252")
    assert decode(page).endswith("<p>“café”</p>")
    legacy = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>мир'
    assert decode(legacy.encode("koi8-r")).endswith("мир")


def test_decode_latin1_label_reads_as_cp1252() -> None:
    page = b'<meta charset="iso-8859-1"><p>\x93quoted\x94</p>'
    assert decode(page).endswith("<p>“quoted”</p>")


def test_decode_falls_back_to_cp1252_without_a_declaration() -> None:
    assert decode(b"<p>caf\xe9 \x96 bar</p>") == "<p>café – bar</p>"


def test_decode_prefers_valid_utf8_over_a_stale_declaration() -> None:
    page = '<meta charset="iso-8859-1"><p>Kosovo’s</p>'.encode()
    assert decode(page).endswith("<p>Kosovo’s</p>")


def test_bytes_and_str_read_the_same() -> None:
    assert read_html(PAGE.encode(), max_size=LIMIT) == read_html(PAGE, max_size=LIMIT)


# --- hostile input ---


def test_empty_and_blank_input() -> None:
    assert read_html("", max_size=LIMIT) == ((), Metadata())
    assert read_html(b"", max_size=LIMIT) == ((), Metadata())
    assert read_html(" \n\t ", max_size=LIMIT) == ((), Metadata())


def test_over_the_size_limit_raises() -> None:
    with pytest.raises(ParseError, match="over the limit"):
        read_html("<p>" + "x" * 100, max_size=50)
    with pytest.raises(ParseError, match="bytes"):
        read_html(b"<p>" + b"x" * 100, max_size=50)


def test_fifty_megabyte_page_is_refused_before_parsing() -> None:
    page = b"<html><body>" + b"<p>words and words</p>" * (50 * 1024 * 1024 // 22) + b"</body>"
    assert len(page) > 50 * 1024 * 1024
    with pytest.raises(ParseError):
        read_html(page, max_size=LIMIT)


def test_binary_garbage_bytes_raise_parse_error() -> None:
    garbage = bytes(range(256)) * 64
    with pytest.raises(ParseError, match="binary"):
        read_html(garbage, max_size=LIMIT)
    assert isinstance(ParseError("x"), ValueError)


def test_binary_garbage_as_text_returns() -> None:
    text = "".join(chr(c) for c in range(0, 0x3000, 7)) * 10
    blocks, _ = read_html(text, max_size=LIMIT)
    assert all(isinstance(b, Block) for b in blocks)


def test_billion_laughs_stays_small() -> None:
    lols = "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    page = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{lols}]>'
        "<html><body><p>&lol9;</p></body></html>"
    )
    blocks, _ = read_html(page, max_size=LIMIT)
    assert sum(len(b.text) for b in blocks) < 10_000


def test_external_entities_are_not_fetched() -> None:
    page = (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>&xxe;</p></body></html>"
    )
    blocks, _ = read_html(page, max_size=LIMIT)
    assert "root:" not in " ".join(b.text for b in blocks)


def test_deep_nesting_returns() -> None:
    page = "<div>" * 100_000 + PROSE + "</div>" * 100_000
    blocks, _ = read_html(page, max_size=LIMIT)
    assert all(isinstance(b, Block) for b in blocks)


def test_unclosed_title_does_not_swallow_the_page() -> None:
    page = f"<html><head><title>Bridge to close\n<script>x</script></head><body><p>{PROSE}</p>"
    blocks, _ = read_html(page, max_size=LIMIT)
    assert [b.text for b in blocks] == [PROSE]


def test_xml_declaration_with_encoding_in_text() -> None:
    page = f'<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>{PROSE}</p></body></html>'
    blocks, _ = read_html(page, max_size=LIMIT)
    assert [b.text for b in blocks] == [PROSE]


@given(st.text(max_size=300))
def test_any_text_reads_without_raising(text: str) -> None:
    blocks, metadata = read_html(text, max_size=LIMIT)
    assert isinstance(metadata, Metadata)
    assert all(b.text and b.text == b.text.strip() for b in blocks)


@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<li>", "<a href=x>", "</a>",
                                 "<br>", "<h2>", "</h2>", "<script>", "</script>", "word ",
                                 "<!--", "-->", "&amp;", "<nav>", "</nav>", "<footer>"]),
                max_size=60))
def test_any_tag_soup_reads_without_raising(parts: list[str]) -> None:
    blocks, _ = read_html("".join(parts), max_size=LIMIT)
    assert all(0.0 <= b.link_density <= 1.0 for b in blocks)


# --- content rules ---

PARAGRAPHS = "".join(
    f"<p>{PROSE} This is paragraph number {n} of the story, and it goes on a little.</p>"
    for n in range(4)
)


def test_comment_section_without_class_is_cut_at_its_heading() -> None:
    page = f"<body><div>{PARAGRAPHS}<h3>3 Comments</h3><p>{PROSE.upper()}</p></div></body>"
    blocks, _ = read_html(page, max_size=LIMIT)
    assert [b.text for b in blocks if b.furniture] == ["3 Comments", PROSE.upper()]


def test_related_box_inside_the_article_ends_at_the_next_paragraph() -> None:
    page = (
        f"<body><div>{PARAGRAPHS}<h4>Related stories</h4><p>Council budget</p>"
        f"<p>{PROSE.upper()}</p></div></body>"
    )
    blocks, _ = read_html(page, max_size=LIMIT)
    assert [b.text for b in blocks if b.furniture] == ["Related stories", "Council budget"]
    assert _body(blocks)[-1] == PROSE.upper()


def test_copyright_line_ends_the_article() -> None:
    page = (
        f"<body><div>{PARAGRAPHS}<p>Copyright 2008 Associated Press. All rights reserved.</p>"
        f"<p>{PROSE.upper()}</p></div></body>"
    )
    blocks, _ = read_html(page, max_size=LIMIT)
    assert PROSE.upper() not in _body(blocks)


def test_taxonomy_and_state_classes_mark_nothing() -> None:
    page = (
        '<body><div class="post tag-share category-social has-comments">'
        f"{PARAGRAPHS}</div></body>"
    )
    blocks, _ = read_html(page, max_size=LIMIT)
    assert len(_body(blocks)) == 4


def test_a_furniture_word_inside_a_wrapper_class_is_overruled() -> None:
    long_story = PARAGRAPHS * 2
    page = (
        f'<body><div class="above-footer"><div class="story">{long_story}</div></div>'
        '<div class="teaser"><p>Read the other story here today.</p></div></body>'
    )
    blocks, _ = read_html(page, max_size=LIMIT)
    assert len(_body(blocks)) == 8


def test_a_form_around_the_whole_page_is_not_furniture() -> None:
    page = f'<body><form id="aspnetForm"><div>{PARAGRAPHS * 3}</div></form></body>'
    blocks, _ = read_html(page, max_size=LIMIT)
    assert len(_body(blocks)) == 12


def test_intro_paragraph_beside_the_main_list_joins_the_content() -> None:
    items = "".join(f"<li>{PROSE} Item {n}.</li>" for n in range(6))
    page = f"<body><div><p>{PROSE.upper()}</p><ul>{items}</ul></div></body>"
    blocks, _ = read_html(page, max_size=LIMIT)
    assert _body(blocks)[0] == PROSE.upper()


def test_short_paragraph_next_to_a_long_one_is_kept() -> None:
    page = f"<body><div><p>{PROSE * 4}</p><p>And it happens again, every day.</p></div></body>"
    blocks, _ = read_html(page, max_size=LIMIT)
    assert _body(blocks)[-1] == "And it happens again, every day."


def test_text_without_spaces_is_prose() -> None:
    line = "這個季節正是控溪吊橋一帶的楓紅變葉時刻先行走一趟秀巒賞景"
    paragraphs = "".join(f"<p>{line}{n}</p>" for n in range(5))
    page = f"<body><div><a href=x>首頁</a></div><div>{paragraphs}</div></body>"
    blocks, _ = read_html(page, max_size=LIMIT)
    assert len(_body(blocks)) == 5


def test_paragraphs_nested_in_a_heading_are_not_headings() -> None:
    page = f"<body><div><h2>Standfirst<div>{PARAGRAPHS}</div></h2></div></body>"
    blocks, _ = read_html(page, max_size=LIMIT)
    assert [b.heading for b in blocks if not b.furniture][-4:] == [0, 0, 0, 0]
    assert len(_body(blocks)) == 5


def _page(inner: str) -> str:
    return f"<html><head><title>T</title></head><body><article>{inner}</article></body></html>"


def test_a_section_named_after_its_heading_is_read_whatever_its_id_says() -> None:
    # Documentation generators give each section its heading's slug as id; "sharing" in it
    # does not make the section a share bar.
    section = (
        '<div class="section" id="sharing-with-a-single-developer">'
        f"<h2>Sharing with a single developer</h2><p>{PROSE}</p></div>"
    )
    blocks, _ = read_html(_page(f"<p>{PROSE}</p>{section}"), max_size=LIMIT)
    assert _body(blocks).count(PROSE) == 2
    assert "Sharing with a single developer" in _body(blocks)


def test_a_short_id_matching_its_heading_still_names_the_part_of_the_page() -> None:
    comments = (
        '<section id="comments"><h2>Comments</h2><p>I agree with every word of this and I '
        "hope the council listens to what the residents have been saying for years now.</p>"
        "</section>"
    )
    blocks, _ = read_html(_page(f"<p>{PROSE}</p>{comments}"), max_size=LIMIT)
    assert _body(blocks) == [PROSE]


def test_player_controls_are_not_article_text() -> None:
    player = (
        '<div class="player"><div class="controls" tabindex="0"><div>Video Quality</div>'
        "<div>Auto</div><div>High (HD)</div><div>Medium</div></div>"
        '<div role="button">Full Screen</div></div>'
    )
    blocks, _ = read_html(_page(f"<p>{PROSE}</p>{player}<p>{PROSE}</p>"), max_size=LIMIT)
    texts = [b.text for b in blocks]
    assert texts == [PROSE, PROSE]


def test_a_paragraph_keeps_its_links_whatever_their_tabindex() -> None:
    paragraph = (
        '<p>The council voted on Tuesday to close the <a href="/b" tabindex="0">old bridge</a> '
        "to traffic while engineers study the cracks found in two of its supports.</p>"
    )
    blocks, _ = read_html(_page(paragraph), max_size=LIMIT)
    assert "old bridge to traffic" in _body(blocks)[0]


def test_a_slideshow_inside_the_article_is_furniture() -> None:
    slides = "".join(
        f"<li><h2>{n}/12 Picture number {n}</h2><p>A caption that describes what the picture "
        f"number {n} of the slideshow shows, in a full sentence of its own.</p></li>"
        for n in range(1, 6)
    )
    page = _page(f"<p>{PROSE}</p><ul class='legends'>{slides}</ul><p>{PROSE}</p>")
    blocks, _ = read_html(page, max_size=LIMIT)
    assert _body(blocks) == [PROSE, PROSE]
    assert any(b.furniture and b.text.startswith("3/12") for b in blocks)


def test_recipe_fractions_are_no_slideshow() -> None:
    items = "".join(
        f"<li>{q} cup of {what}</li>" for q, what in [("1/2", "milk"), ("1/2", "sugar"),
                                                       ("3/4", "flour"), ("1/4", "butter")]
    )
    blocks, _ = read_html(_page(f"<p>{PROSE}</p><ul>{items}</ul>"), max_size=LIMIT)
    assert "1/2 cup of milk" in _body(blocks)


def test_mathml_is_read_with_the_sentence_but_not_its_tex_annotation() -> None:
    formula = (
        "<math><semantics><mrow><mi>a</mi><mo>≠</mo><mn>0</mn></mrow>"
        '<annotation encoding="application/x-tex">a \\ne 0</annotation></semantics></math>'
    )
    paragraph = (
        f"<p>When {formula} there are two solutions to the equation, and the rest of this "
        "paragraph explains how to find both of them with the familiar formula.</p>"
    )
    blocks, _ = read_html(_page(paragraph), max_size=LIMIT)
    body = _body(blocks)[0]
    assert body.startswith("When a≠0 there are two solutions")
    assert "\\ne" not in body


def test_paragraphs_split_at_double_breaks_count_their_own_links() -> None:
    # One <p> holding the whole article, paragraphs separated by <br><br>: a paragraph full of
    # links must not make its neighbours read as link lists.
    lines = [
        PROSE,
        "The results, "
        '<a href="/j">published in the journal Technology last week by the team</a>, were '
        "comparable to clinical standards.",
        PROSE.replace("Tuesday", "Monday"),
    ]
    blocks, _ = read_html(_page(f"<p>{'<br><br>'.join(lines)}</p>"), max_size=LIMIT)
    body = _body(blocks)
    assert body[0] == PROSE
    assert body[-1] == PROSE.replace("Tuesday", "Monday")
    assert blocks[0].link_density == 0.0


def test_a_single_break_joins_lines_of_one_paragraph() -> None:
    blocks, _ = read_html(_page(f"<p>{PROSE}<br>{PROSE}<br> <br>{PROSE}</p>"), max_size=LIMIT)
    assert _body(blocks) == [f"{PROSE} {PROSE}", PROSE]


def test_an_unclosed_nav_around_the_whole_page_does_not_hide_the_article() -> None:
    # The parser lets an unclosed <nav> run to the end of the page, around the article.
    page = (
        "<html><body><header><nav><ul><li><a href='/'>Home</a></li></ul>"
        f"<article><h1>Bridge to close</h1><p>{PROSE}</p><p>{PROSE}</p></article>"
        "</body></html>"
    )
    blocks, _ = read_html(page, max_size=LIMIT)
    assert _body(blocks).count(PROSE) == 2


def test_a_closed_nav_is_still_dropped() -> None:
    page = _page(f"<nav><a href='/'>Home</a> <a href='/n'>News</a></nav><p>{PROSE}</p>")
    blocks, _ = read_html(page, max_size=LIMIT)
    assert [b.text for b in blocks] == [PROSE]


@pytest.mark.parametrize(
    "names",
    [
        "author-bio-box",
        "mvp-author-box-text",
        "ArticlePage-authorInfo-bio",
        "m-author__description",
    ],
)
def test_the_authors_biography_box_is_not_article_text(names: str) -> None:
    bio = (
        f'<div class="{names}"><p>Jane Roe writes about transport and local government for '
        "the paper, and before that covered the courts for ten years in two other cities.</p></div>"
    )
    blocks, _ = read_html(_page(f"<p>{PROSE}</p><p>{PROSE}</p>{bio}"), max_size=LIMIT)
    assert [b.text for b in blocks] == [PROSE, PROSE]


def test_a_post_filed_under_an_author_is_still_read() -> None:
    # WordPress files a post under its author: "author-jane" says whose post it is.
    page = _page(f'<div class="post author-jane category-news"><p>{PROSE}</p></div>')
    blocks, _ = read_html(page, max_size=LIMIT)
    assert _body(blocks) == [PROSE]


def test_an_article_written_by_script_is_read_from_its_noscript_copy() -> None:
    page = (
        "<html><body><div class='post'><h1>Bridge to close</h1>"
        "<script type='text/template'><p>Rendered by script.</p></script>"
        f"<noscript><p>{PROSE}</p><p>{PROSE}</p></noscript></div></body></html>"
    )
    blocks, _ = read_html(page, max_size=LIMIT)
    assert _body(blocks).count(PROSE) == 2


def test_noscript_is_not_read_when_the_page_has_its_article() -> None:
    page = _page(f"<p>{PROSE}</p><p>{PROSE}</p><noscript><p>Please enable JavaScript to "
                 "see the comments on this article, which are loaded by a script.</p></noscript>")
    blocks, _ = read_html(page, max_size=LIMIT)
    assert not any("JavaScript" in b.text for b in blocks)


def test_a_link_keeps_its_words_whatever_its_class() -> None:
    paragraph = (
        '<p>The council voted on Tuesday to close the <a href="#" class="popup">old bridge</a> '
        "to traffic while engineers study the cracks found in two of its supports.</p>"
    )
    blocks, _ = read_html(_page(paragraph), max_size=LIMIT)
    assert "close the old bridge to traffic" in _body(blocks)[0]


def test_a_charts_labels_are_not_article_text() -> None:
    chart = "<div class='chart'>" + "".join(
        f"<div>{label}</div>" for label in ["$915", "600", "$263", "’17", "’18", "’19", "’20"]
    ) + "</div>"
    blocks, _ = read_html(_page(f"<p>{PROSE}</p>{chart}<p>{PROSE}</p>"), max_size=LIMIT)
    assert _body(blocks) == [PROSE, PROSE]


def test_a_list_of_short_items_is_the_articles() -> None:
    items = "".join(f"<li>{n} eggs</li>" for n in range(1, 9))
    blocks, _ = read_html(_page(f"<p>{PROSE}</p><ul>{items}</ul><p>{PROSE}</p>"), max_size=LIMIT)
    assert "3 eggs" in _body(blocks)


def test_other_columns_after_the_article_are_a_related_box() -> None:
    teasers = "".join(f"<p><a href='/c{n}'>Columnist number {n}</a></p>" for n in range(3))
    page = _page(f"<p>{PROSE}</p>" * 3 + f"<h3>Other Opinion Columns</h3>{teasers}")
    blocks, _ = read_html(page, max_size=LIMIT)
    assert _body(blocks) == [PROSE] * 3


def test_a_class_word_inside_a_hex_id_is_no_class_word() -> None:
    # "...687ad78c..." holds "ad" between digits: an id, not an advertisement.
    page = _page(f'<div class="entry" id="entry-6a00e55391c48e88687ad78c970b"><p>{PROSE}</p></div>')
    blocks, _ = read_html(page, max_size=LIMIT)
    assert _body(blocks) == [PROSE]


def test_typepad_category_classes_name_the_post_not_the_element() -> None:
    names = "entry-category-social_media entry-author-jane_roe entry-type-post entry"
    blocks, _ = read_html(_page(f'<div class="{names}"><p>{PROSE}</p></div>'), max_size=LIMIT)
    assert _body(blocks) == [PROSE]


def test_a_content_class_overrules_a_drop_word_beside_it() -> None:
    page = _page(f'<div class="single-article-content" id="nav-single"><p>{PROSE}</p></div>')
    blocks, _ = read_html(page, max_size=LIMIT)
    assert _body(blocks) == [PROSE]


def test_an_aside_classed_as_the_post_is_the_article() -> None:
    page = f"""<html><body>
<aside class="blogPost"><h1>Bridge to close for repairs</h1><p>{PROSE}</p>
<p>Residents said the closure would add half an hour to their commute, and several of them
asked the council to run a shuttle bus until the work is done.</p></aside>
<aside class="rightBlock"><h3>Disclaimer</h3><p>The views expressed on this blog are those of
the writers alone and do not reflect the views of the company that owns the site.</p></aside>
<aside class="rightBlock"><h3>About us</h3><p>We are a small team of writers who have covered
the town and its council for twenty years, and we welcome letters from all of our readers.</p>
<p>Our offices are open every weekday, and the editor reads every message that is sent to her
through the form on this site, though she cannot answer all of them in person.</p></aside>
</body></html>"""
    blocks, _ = read_html(page, max_size=LIMIT)
    body = _body(blocks)
    assert PROSE in body
    assert not any("Disclaimer" in text or "views expressed" in text for text in body)


def test_prose_in_a_sidebar_too_large_to_drop_does_not_outweigh_a_short_post() -> None:
    about = (
        "This section of the site gathers posts from our own writers and from across the "
        "network, pieces that we think are worth your time, and we also take full-length "
        "submissions from readers, which the editors read and answer within a week. "
    ) * 3
    links = "".join(
        f'<li><a href="/s{n}">A headline of another story on the site, number {n}</a></li>'
        for n in range(30)
    )
    page = f"""<html><body><div id="content" class="layout-right-sidebar">
<div class="post"><h1>Bridge to close for repairs</h1><p>{PROSE}</p></div>
<div id="primary-sidebar"><div class="module"><h2>About this section</h2><p>{about}</p></div>
<ul>{links}</ul></div>
</div><div class="site-map"><ul>{links}{links}</ul></div></body></html>"""
    blocks, _ = read_html(page, max_size=LIMIT)
    body = _body(blocks)
    assert PROSE in body
    assert about.strip() not in body


def test_a_sidebar_with_more_prose_than_a_short_post_is_still_a_sidebar() -> None:
    disclaimer = (
        "This site has no link with any of the makers whose products are named in its posts, "
        "and readers should check every claim on the makers' own pages before they buy. "
    ) * 9
    links = "".join(
        f'<li><a href="/s{n}">A headline of another story on the site, number {n}</a></li>'
        for n in range(60)
    )
    page = f"""<html><body><ul class="site-map">{links}</ul>
<div id="container" class="with-sidebar">
<div class="post"><h1>New lens in stock</h1><p>{PROSE}</p></div>
<div id="sidebar"><div class="widget"><p>{disclaimer}</p></div></div>
</div><div class="site-map"><ul>{links}</ul></div></body></html>"""
    blocks, _ = read_html(page, max_size=LIMIT)
    body = _body(blocks)
    assert PROSE in body
    assert disclaimer.strip() not in body


def test_a_stream_of_teasers_in_a_list_does_not_join_the_article() -> None:
    teaser = (
        "The actor best known for his role in a long-running family sitcom died on Tuesday at "
        "the age of sixty-nine, his publicist said in a statement to the press this evening."
    )
    items = "".join(
        f'<li><h3><a href="/t{n}">An actor best known for a family sitcom of the eighties has '
        f"died at the age of sixty-nine, number {n}</a></h3><div><p>{teaser}</p></div>"
        "<div>Morning News Show</div></li>"
        for n in range(8)
    )
    page = f"""<html><body><div id="main">
<section class="story"><h1>Bridge to close for repairs</h1><p>{PROSE}</p>
<p>Residents said the closure would add half an hour to their commute, and several of them
asked the council to run a shuttle bus until the work is done, which it will consider.</p>
<p>Engineers will report back in March, and the council will then decide whether the bridge
can be repaired or has to be replaced, a choice that will cost the town many millions.</p>
</section><div class="stream"><ul>{items}</ul></div></div></body></html>"""
    blocks, _ = read_html(page, max_size=LIMIT)
    body = _body(blocks)
    assert PROSE in body
    assert teaser not in body


def test_a_related_box_right_after_the_comment_section_ends_the_article() -> None:
    teasers = "".join(
        f'<h3><a href="/t{n}">Another story from the morning show, number {n}</a></h3>'
        "<p>The actor best known for his role in a long-running family sitcom died on Tuesday "
        f"at the age of sixty-nine, his publicist said in a statement number {n}.</p>"
        "<div>Morning News Show</div>"
        for n in range(4)
    )
    page = f"""<html><body><div id="main">
<h1>Bridge to close for repairs</h1><p>{PROSE}</p>
<p>Residents said the closure would add half an hour to their commute, and several of them
asked the council to run a shuttle bus until the work is done, which it will consider.</p>
<p>Engineers will report back in March, and the council will then decide whether the bridge
can be repaired or has to be replaced, a choice that will cost the town many millions.</p>
<div class="comments"><p>Sign in to post a comment.</p></div>
<h2>Recommended for You</h2>{teasers}</div></body></html>"""
    blocks, _ = read_html(page, max_size=LIMIT)
    body = _body(blocks)
    assert PROSE in body
    assert body[-1].startswith("Engineers will report back")
    assert not any("sitcom" in text for text in body)


def test_paragraphs_between_displayed_equations_keep_the_page_they_stand_in() -> None:
    first = (
        "Finally, while displayed equations look good on a page of samples, the ability to mix "
        "mathematics and text in one paragraph matters as much to the people who write papers."
    )
    second = (
        "The same is true of the inline form, which the reader sees in the middle of a sentence "
        "and which has to sit on the line of text without pushing the lines apart from each other."
    )
    equations = "".join(
        f"<h2>Equation number {n}</h2>"
        f"<div>x = {n} y + {n} z - {n} w + {n} v - {n} u + {n} t - {n} s</div>"
        for n in range(10)
    )
    page = f"""<html><body><h1>Samples of mathematics</h1>{equations}
<p>{first}</p><p>{second}</p></body></html>"""
    blocks, _ = read_html(page, max_size=LIMIT)
    body = _body(blocks)
    assert "Equation number 0" in body
    assert "x = 3 y + 3 z - 3 w + 3 v - 3 u + 3 t - 3 s" in body
    assert body[-2:] == [first, second]


def test_linked_names_in_a_table_of_the_article_are_kept() -> None:
    rows = "".join(
        f'<tr><td><a href="/wiki/Film_{n}">The Film Number {n}</a></td><td>19{n}0</td>'
        f"<td>A man wakes up every morning on the same day of the year and has to live it "
        f"again until he learns what the day wants from him, in the film number {n}.</td></tr>"
        for n in range(1, 5)
    )
    page = f"""<html><body><div id="content"><h1>Films with time loops</h1>
<p>{PROSE}</p><table><tr><th>Film</th><th>Year</th><th>Description</th></tr>{rows}</table>
<p>Residents said the closure would add half an hour to their commute, and several of them
asked the council to run a shuttle bus until the work is done, which it will consider.</p>
</div><table><tr><td><a href="/a">Home</a></td><td><a href="/b">Sport</a></td></tr></table>
</body></html>"""
    blocks, _ = read_html(page, max_size=LIMIT)
    body = _body(blocks)
    assert "The Film Number 1" in body
    assert "The Film Number 4" in body
    assert "Home" not in body


def test_a_bio_box_is_furniture_but_a_has_no_bio_state_is_not() -> None:
    bio = (
        '<div class="post-body-bio">Jane Roe is a correspondent for the paper. She previously '
        "covered conflicts in the Middle East for ten years and wrote two books.</div>"
    )
    wrapper = f'<div class="sig-line hasnt-bio"><p>{PROSE}</p><p>{PROSE}</p>{bio}</div>'
    blocks, _ = read_html(_page(wrapper), max_size=LIMIT)
    assert _body(blocks) == [PROSE, PROSE]
    assert any(b.furniture and b.text.startswith("Jane Roe") for b in blocks)


def test_a_comment_prompt_in_spanish_ends_the_article() -> None:
    prompt = (
        "<h3>Enviá tu comentario</h3><p>Los comentarios publicados son de exclusiva "
        "responsabilidad de sus autores y pueden ser pasibles de sanciones legales.</p>"
    )
    blocks, _ = read_html(_page(f"<p>{PROSE}</p><p>{PROSE}</p>{prompt}"), max_size=LIMIT)
    assert _body(blocks) == [PROSE, PROSE]


def test_a_thumbnail_caption_is_a_caption() -> None:
    figure = '<div class="thumbcaption">The Waitangi sheet from the Treaty of Waitangi</div>'
    blocks, _ = read_html(_page(f"<p>{PROSE}</p>{figure}<p>{PROSE}</p>"), max_size=LIMIT)
    assert [b.text for b in blocks] == [PROSE, PROSE]


def test_a_no_caption_state_class_does_not_drop_the_story_item() -> None:
    # A list story's item says it has no caption ("no_caption"): the item is the story's,
    # while a real caption box beside it is still dropped.
    lede = (
        "The mayor said on Monday that the city would open three new shelters before the "
        "winter, after a month of protests outside the town hall."
    )
    item = (
        '<div class="story_item story_item_image no_caption">'
        f'<h2>{lede}</h2><div class="photo-caption">The town hall on Monday.</div></div>'
    )
    blocks, _ = read_html(_page(f"{item}<p>{PROSE}</p><p>{PROSE}</p>"), max_size=LIMIT)
    assert _body(blocks) == [lede, PROSE, PROSE]


def test_prose_beside_a_marked_article_stays_out() -> None:
    # The page marks its article; a sign-up pitch in a sibling box is the site's, however
    # much it reads like prose.
    pitch = (
        "Welcome to a place where ideas matter. Here smart voices and new ideas take the "
        "centre of the stage, and there are no ads anywhere in sight."
    )
    tags = "".join(f'<li><a href="/tag/{n}">Topic number {n}</a></li>' for n in range(12))
    page = (
        f"<html><body><div><article><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article>"
        f"<div>{tags}</div><div><div>{pitch}</div></div></div></body></html>"
    )
    blocks, _ = read_html(page, max_size=LIMIT)
    assert _body(blocks) == [PROSE, PROSE, PROSE]


_TEASER_BOX = "".join(
    f'<div class="story-block"><h4><a href="/opinion/story-{n}">Column number {n} of the '
    f"week</a></h4><p>A columnist asks why the council keeps putting off the repairs that "
    f"everyone agrees the old bridge needs, for the {n}th time.</p></div>"
    for n in range(1, 4)
)


def test_standfirsts_under_linked_headings_in_a_row_are_teasers() -> None:
    page = _page(f"<p>{PROSE}</p><p>{PROSE}</p><h2>Other columns</h2>{_TEASER_BOX}")
    blocks, _ = read_html(page, max_size=LIMIT)
    assert _body(blocks) == [PROSE, PROSE]
    assert sum(b.furniture and "columnist" in b.text for b in blocks) == 3


def test_sections_under_headings_linking_to_themselves_are_the_article() -> None:
    sections = "".join(
        f'<h3 id="part-{n}"><a href="#part-{n}">Part {n} of the guide</a></h3><p>{PROSE}</p>'
        for n in range(1, 4)
    )
    blocks, _ = read_html(_page(f"<p>{PROSE}</p>{sections}"), max_size=LIMIT)
    assert _body(blocks).count(PROSE) == 4
