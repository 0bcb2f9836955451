"""A comment section that no class marks, under a heading, is not taken for the article."""

from __future__ import annotations

from articlekit import parse_html

COMMENT = (
    "<p>I have lived in this town for thirty years and I can tell you that the council has "
    "never listened to what the people who live here actually want, and this is no different "
    "from every other time they have promised to fix the roads and then done nothing.</p>"
)

PAGE = (
    "<html><head><title>Council approves budget</title></head><body>"
    "<div><h1>Council approves budget</h1>"
    "<p>The town council approved next year's budget on Tuesday after a short debate, "
    "raising spending on roads by a tenth.</p></div>"
    "<div><h3>{heading}</h3><div>" + COMMENT * 6 + "</div></div>"
    "</body></html>"
)


def test_comments_under_your_say_are_boilerplate() -> None:
    article = parse_html(PAGE.format(heading="Your say"))
    assert article.paragraphs[0].startswith("The town council approved")
    assert not any("thirty years" in paragraph for paragraph in article.paragraphs)
    assert any("thirty years" in block for block in article.boilerplate)


def test_a_comment_count_above_an_article_does_not_move_it() -> None:
    page = (
        "<html><body><div><h1>Council approves budget</h1><p>3 comments</p>"
        "<div>" + COMMENT.replace("I have lived", "Residents who have lived") * 3 + "</div>"
        "</div></body></html>"
    )
    assert len(parse_html(page).paragraphs) == 3
