"""Whole-page text: the page check, block classes, clusters, headline and lists."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import parse_text
from articlekit.blocks import Block
from articlekit.lexicon import (
    COMMENT_HEADER_RE,
    COMMENT_MARKER_FIRST_CHARS,
    COMMENT_MARKER_LOWER_RE,
    PAGE_LINK_LIST_RE,
    PAGE_NAVIGATION_LOWER_RE,
    PAGE_NAVIGATION_RE,
    SECTION_MARKER_FIRST_CHARS,
    SECTION_MARKER_LOWER_RE,
    STOP_WORDS,
    WORD_RE,
)
from articlekit.page import (
    MAX_COMMENT_HEADER_CHARS,
    MAX_LINK_LIST_CHARS,
    MAX_NAVIGATION_CHARS,
    Marker,
    Quality,
    _is_ascii_comment_header,
    _is_comment_header,
    _is_navigation_words,
    _keep_enclosed_runs,
    _stop_share,
    assign_page_roles,
    classify,
    classify_any_language,
    is_navigation,
    is_page_text,
    lower_caseless,
    page_furniture,
)
from articlekit.readers.text import read_text

PROSE = [
    "The city council voted on Tuesday to approve a plan that would add forty miles of "
    "protected bike lanes over the next three years, the largest expansion of the network.",
    "Supporters said that the lanes would make the streets safer for everyone who uses them, "
    "while opponents worried about the loss of parking on the busy commercial streets.",
    "Work on the first stretch of the new lanes, along Main Street, is expected to begin in "
    "the spring, and the city said it would be finished before the end of the summer.",
]

MENU = ["Home", "News", "Sport", "Weather", "Sign in", "Subscribe"]


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def blocks(*texts: str) -> list[Block]:
    return [Block(text=text) for text in texts]


@pytest.mark.parametrize(
    "text",
    [
        "Home",
        "Sign in / Sign up",
        "Privacy Policy",
        "Skip to main content",
        "News · Sport · Weather",
        "Home // News // Associated Press",
        "Decrease text size",
        "[ - ] Text [ + ]",
        "Get Arts and Entertainment Feeds",
        "E-mail this to a friend",
        "Printable version",
        "Click here to get our daily newsletter!",
    ],
)
def test_navigation_lines(text: str) -> None:
    assert is_navigation(text)


@pytest.mark.parametrize(
    "text",
    ["Home prices rose again in March.", "The search went on through the night.", PROSE[0]],
)
def test_prose_is_not_navigation(text: str) -> None:
    assert not is_navigation(text)


def test_a_clean_article_is_not_a_page() -> None:
    assert not is_page_text(blocks("Council approves bike lanes", *PROSE))


def test_an_article_with_a_long_list_is_not_a_page() -> None:
    items = [f"- Item number {n} of the plan" for n in range(20)]
    assert not is_page_text(blocks("Council approves bike lanes", PROSE[0], *items, PROSE[1]))


def test_navigation_makes_a_page() -> None:
    assert is_page_text(blocks(*MENU, "Council approves bike lanes", *PROSE))


def test_comment_and_section_markers_make_a_page() -> None:
    blog = blocks(
        "Council approves bike lanes",
        *PROSE,
        "Posted by Jane Doe at 9:15 AM",
        "2 comments:",
        "Neighbour said... Great news for the commuters on Main Street.",
        "Post a Comment",
    )
    assert is_page_text(blog)
    one_marker = blocks("Council approves bike lanes", *PROSE, "Related articles")
    assert not is_page_text(one_marker)


def test_a_kept_title_makes_a_page() -> None:
    dump = blocks(
        "Council approves bike lanes - City Gazette",
        "Council approves bike lanes",
        *PROSE,
    )
    assert is_page_text(dump)
    article = blocks("Council approves bike lanes", *PROSE, "Privacy Policy")
    assert not is_page_text(article)
    retold = blocks("Bike lanes - a history", "Bike lanes came to the city in 1990", *PROSE)
    assert not is_page_text(retold)


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Council approves bike lanes, opens three more. | City Gazette", "Council approves "
         "bike lanes, opens three more."),
        ("Council approves bike lanes -- City Gazette Online Edition",
         "Council approves bike lanes"),
        ("Bike-lanes approved - City Gazette", "Bike-lanes approved"),
    ],
)  # fmt: skip
def test_the_titles_headline_part_repeated_whole_is_the_headline(title: str, headline: str) -> None:
    text = page(
        title, *MENU, "City Gazette Online Edition", "Sections", headline, *PROSE, "Sign in"
    )
    assert parse_text(text).headline == headline


def test_the_headline_under_a_kept_title_is_the_headline() -> None:
    text = page("City Gazette: Council approves bike lanes", "Council approves bike lanes", *PROSE)
    article = parse_text(text)
    assert article.headline == "Council approves bike lanes"
    assert article.paragraphs == tuple(PROSE)


def test_a_bar_of_links_above_the_article_is_not_its_headline() -> None:
    text = page(
        "City Gazette",
        *MENU,
        "Council approves bike lanes",
        "| Print | Reprints |",
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Council approves bike lanes"


def test_a_short_post_under_its_title() -> None:
    text = page(
        "Sunset over the harbour | Jane's Photo Blog",
        *MENU,
        "Sunset over the harbour",
        "Taken last night from the pier. What a sky!",
        "3 comments",
        "Lovely colours",
        "Privacy Policy",
    )
    article = parse_text(text)
    assert article.headline == "Sunset over the harbour"
    assert article.paragraphs == ("Taken last night from the pier. What a sky!",)


def test_a_short_post_under_the_shorter_part_of_its_title() -> None:
    text = page(
        "Jane's Photo Blog » Harbour sunset",
        *MENU,
        "Harbour sunset",
        "Taken last night from the pier. What a sky!",
        "3 comments",
        "Lovely colours",
        "Privacy Policy",
    )
    article = parse_text(text)
    assert article.headline == "Harbour sunset"
    assert article.paragraphs == ("Taken last night from the pier. What a sky!",)


def test_a_short_post_beats_a_sidebar_blurb() -> None:
    blurb = (
        "I am a photographer who lives by the sea, and this is where I share the pictures that "
        "I take on my long walks along the coast with my old dog."
    )
    text = page(
        "Sunset over the harbour | Jane's Photo Blog",
        *MENU,
        "About me",
        blurb,
        "Archives",
        "Sunset over the harbour",
        "Taken last night from the pier. What a sky!",
        "3 comments",
        "Privacy Policy",
    )
    article = parse_text(text)
    assert article.headline == "Sunset over the harbour"
    assert article.paragraphs == ("Taken last night from the pier. What a sky!",)


def test_a_paywall_notice_above_the_headline_is_left_out() -> None:
    notice = (
        "To read this article in full you must be registered with the site and have a premium "
        "subscription, which you can buy from the link below at any time."
    )
    more = [f"{sentence} Officials said so again on Friday." for sentence in PROSE]
    text = page(
        "Council approves bike lanes - City Gazette",
        *MENU,
        notice,
        "Premium article",
        "Options",
        "Registered article",
        "Your account",
        "Choose a plan",
        "Gift a subscription",
        "Council approves bike lanes",
        *PROSE,
        *more,
        "Privacy Policy",
    )
    article = parse_text(text)
    assert article.headline == "Council approves bike lanes"
    assert article.paragraphs == (*PROSE, *more)


def test_the_paper_under_a_byline_is_not_the_headline() -> None:
    text = page(
        "City Gazette",
        *MENU,
        "Council approves bike lanes",
        "By Jane Doe",
        "The Evening Courier",
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Council approves bike lanes"


@pytest.mark.parametrize(
    "furniture",
    [
        "14 March, 2024",
        "Tuesday 12th March 2024",
        "03/12/24 - Metro Desk",
        "E-mail | Print",
        "Print this article Email this article",
        "News > Local >",
        "Staff and agencies",
        "THE ASSOCIATED PRESS",
        "Jane Doe © City Photo Agency",
        "Email | Print | Text size – + By Jane Doe",
        "MAIL THIS STORY",
    ],
)
def test_dates_tools_trails_and_credits_are_not_the_headline(furniture: str) -> None:
    text = page(
        "City Gazette",
        *MENU,
        "Council approves bike lanes",
        "Updated 3 March 2024",
        furniture,
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Council approves bike lanes"


def test_the_caption_under_the_dated_headline_is_not_the_headline() -> None:
    text = page(
        *MENU,
        "Council approves bike lanes",
        "Tue, 5 Mar 2024 17:50:54",
        "Cyclists wait at a red light on Main Street in the city centre",
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Council approves bike lanes"


def test_the_writer_above_the_date_is_not_the_headline() -> None:
    text = page(
        *MENU,
        "Jane van Doe",
        "5 Mar, 2024",
        "Bike lanes approved",
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Bike lanes approved"


def test_a_section_named_by_the_title_is_not_the_headline() -> None:
    text = page(
        "Transport & Streets",
        *MENU,
        "TRANSPORT & STREETS",
        "Updated 3 March 2024",
        "Council approves bike lanes",
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Council approves bike lanes"


def test_a_name_cut_from_its_line_is_not_the_headline() -> None:
    text = page(
        "City Gazette",
        *MENU,
        "Council approves bike lanes",
        "Updated 3 March 2024",
        "Jane Doe —",
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Council approves bike lanes"


def test_the_caption_under_the_headline_is_not_the_headline() -> None:
    text = page(
        *MENU,
        "Printable version",
        "Council approves bike lanes",
        "Cyclists wait at a red light on Main Street in the city centre",
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Council approves bike lanes"


def test_the_title_repeat_far_above_the_article_is_its_headline() -> None:
    player = [f"Clip {n} of 45" for n in range(45)]
    text = page(
        "Council approves bike lanes - City Gazette",
        *MENU,
        "Council approves bike lanes",
        *player,
        "Up next in the video player",
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Council approves bike lanes"


def test_a_question_opening_the_article_is_its_headline() -> None:
    text = page(*MENU, "What is the new plan for the bike lanes?", *PROSE, "Privacy Policy")
    article = parse_text(text)
    assert article.headline == "What is the new plan for the bike lanes?"
    assert article.paragraphs == tuple(PROSE)


def test_a_list_without_bullets_after_a_colon_is_kept() -> None:
    intro = "The council's plan for the new lanes, as the mayor put it, goes like this:"
    items = [
        "Paint the lanes first.",
        "Add the barriers in May.",
        "Move the parking to side streets.",
        "Open the route in June.",
    ]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        *PROSE,
        intro,
        *items,
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == (*PROSE, intro, *items)


def test_an_embed_printed_as_markup_is_not_the_headline() -> None:
    text = page(
        "City Gazette",
        *MENU,
        "Council approves bike lanes",
        '<iframe width="476" height="267" src="https://example.com/embed/1"></iframe>',
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Council approves bike lanes"


def test_short_lines_enclosed_by_paragraphs_are_kept() -> None:
    points = [
        "Key points",
        "Forty miles of lanes",
        "Three years of work",
        "Parking on side streets",
    ]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        PROSE[0],
        *points,
        PROSE[1],
        PROSE[2],
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == (PROSE[0], *points, PROSE[1], PROSE[2])


def test_the_article_before_an_inline_newsletter_box_is_kept() -> None:
    first_half = [f"{sentence} It was the first of many such votes." for sentence in PROSE * 3]
    second_half = [f"{sentence} Residents will be asked again next year." for sentence in PROSE * 4]
    text = page(
        "City Gazette",
        *MENU,
        "Council approves bike lanes",
        *first_half,
        "Share this article",
        "Newsletter",
        "Get the Gazette delivered to your inbox",
        "Subscribe now",
        *second_half,
        "Privacy Policy",
    )
    article = parse_text(text)
    assert article.headline == "Council approves bike lanes"
    assert article.paragraphs == (*first_half, *second_half)


def test_classes() -> None:
    assert classify(PROSE[0], False, 0.4) == "good"
    assert classify(PROSE[0], True, 0.4) == "bad"
    assert classify("Council approves bike lanes", False, 0.0) == "short"
    links = "Sports Results Weather Traffic Business Entertainment Travel Jobs Cars Homes Deals"
    assert classify(links, False, 0.0) == "bad"


def test_a_sentence_light_on_function_words_is_near_good() -> None:
    sentence = "Still, analysts at Morgan Stanley expect profit margins to recover by 2026."
    assert classify(sentence, False, 0.15) == "near"
    banks = "Morgan Stanley | Goldman Sachs | Barclays | Deutsche Bank | UBS | Credit Suisse | HSBC"
    assert classify(banks, False, 0.0) == "bad"


def test_a_one_sentence_paragraph_of_names_is_kept_in_the_story() -> None:
    sentence = "Still, analysts at Morgan Stanley expect profit margins to recover by 2026."
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        PROSE[0],
        PROSE[1],
        sentence,
        PROSE[2],
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == (PROSE[0], PROSE[1], sentence, PROSE[2])


def test_a_recipe_s_ingredients_between_paragraphs_are_kept() -> None:
    ingredients = [
        "Ingredients",
        "2 cups plain flour",
        "1 teaspoon baking soda",
        "half a teaspoon of fine salt",
        "3 ripe bananas, mashed",
        "1 cup brown sugar",
        "2 large eggs",
        "a handful of walnuts, chopped",
        "100 g butter, melted",
        "1 teaspoon vanilla extract",
    ]
    intro = (
        "This is the banana bread my grandmother baked every Sunday, and it is still the one "
        "that everybody in the family asks for when they come to visit us in the autumn."
    )
    method = (
        "Heat the oven to 180 degrees. Mix the dry things in one bowl and the wet things in "
        "another, then fold them together and bake the loaf for about an hour, until done."
    )
    text = page(
        "Banana bread | Kitchen Notes",
        *MENU,
        "Banana bread",
        intro,
        *ingredients,
        method,
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == (intro, *ingredients, method)


def test_a_date_line_stops_a_run_of_short_lines() -> None:
    good = [True, False, False, False, True]
    qualities: list[Quality] = ["good", "short", "short", "short", "good"]
    markers: list[Marker] = ["", "", "", "", ""]
    texts = ["prose", "Serves four", "Posted on March 3, 2024", "Print", "prose"]
    assert _keep_enclosed_runs(texts, qualities, markers, good.copy()) == good
    texts[2] = "2 cups of flour"
    assert _keep_enclosed_runs(texts, qualities, markers, good.copy()) == [True] * 5


def test_a_print_edition_note_under_the_story_is_furniture() -> None:
    note = (
        "A version of this article appeared in print on March 4, 2025, on page B2 of the "
        "national edition with the headline: Council approves bike lanes."
    )
    terms = "This copy is for your personal, non-commercial use only. Order reprints here."
    assert page_furniture([note, terms, PROSE[0]], [note.lower(), terms.lower(), None]) == [
        True,
        True,
        False,
    ]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        PROSE[0],
        PROSE[1],
        PROSE[2],
        note,
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == (PROSE[0], PROSE[1], PROSE[2])


def test_the_article_between_menus_and_comments() -> None:
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        "By Jane Doe",
        *PROSE,
        "Most read",
        "Storm hits coast",
        "3 comments",
        "I think that this is a really good idea and that the city should have done it years ago.",
        "Privacy Policy",
        "© 2024 City Gazette",
    )
    article = parse_text(text)
    assert article.headline == "Council approves bike lanes"
    assert article.byline == "By Jane Doe"
    assert article.paragraphs == tuple(PROSE)
    assert "Most read" in article.boilerplate
    assert "Privacy Policy" in article.boilerplate


def test_comments_longer_than_the_article_do_not_win() -> None:
    comment = (
        "I have lived in this city for thirty years and I can tell you that the traffic on "
        "Main Street has never been worse than it is right now, so I welcome the plan."
    )
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        *PROSE,
        "12 comments",
        *[line for _ in range(6) for line in ("Sam says:", comment, "Reply")],
    )
    assert parse_text(text).paragraphs == tuple(PROSE)


def test_a_long_reply_under_a_short_post_does_not_win() -> None:
    reply = [
        f"Thanks for all the notes, everyone; point {n} is a fair one and I will think about "
        "it some more before the next post, because the data leave a lot of room for doubt."
        for n in range(8)
    ]
    text = page(
        "Field notes",
        *MENU,
        "Ten thousand rectangles",
        *PROSE,
        "Privacy Policy",
        "14 Responses to Ten thousand rectangles",
        "on 3 May 2024 at 7:14 pm Sam",
        "Nice results, thank you for sharing them with us.",
        "on 3 May 2024 at 7:20 pm Alex",
        "I drew a square on purpose, sorry about that.",
        "on 3 May 2024 at 8:02 pm Dana",
        *reply,
    )
    assert parse_text(text).paragraphs == tuple(PROSE)


def test_a_comments_link_in_a_bar_of_tools_does_not_end_the_article() -> None:
    more = [
        f"Paragraph {n} of the story goes on to say that the council will review the lanes "
        "after a year, and that the mayor expects the first results to come in the autumn."
        for n in range(12)
    ]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        *PROSE,
        "Loading...",
        "Comments",
        "Weigh In",
        "Corrections?",
        *more,
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == (*PROSE, *more)


def test_a_count_of_comments_between_paragraphs_ends_the_article() -> None:
    comment = (
        "I have lived in this city for thirty years and I can tell you that the traffic on "
        "Main Street has never been worse than it is right now, so I welcome the plan."
    )
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        *PROSE,
        "{ 3 comments }",
        comment,
        comment.upper(),
        comment.lower(),
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == tuple(PROSE)


def test_a_teaser_under_an_earlier_repeat_of_the_title_does_not_win() -> None:
    teaser = (
        "The city council voted on Tuesday to approve a plan that would add forty miles of "
        "protected bike lanes, the largest expansion of the network in its history."
    )
    more = [
        f"{sentence} The plan was debated for {n} hours before the vote was finally taken."
        for n, sentence in enumerate(PROSE, start=2)
    ]
    text = page(
        "Council approves bike lanes in record expansion | City Gazette",
        *MENU,
        "Council approves bike lanes in record expansion",
        teaser,
        "Weather",
        "Sport",
        "Traffic",
        "Listings",
        "Council approves bike lanes in record expansion",
        "By Jane Doe",
        *PROSE,
        *more,
        "Privacy Policy",
    )
    article = parse_text(text)
    assert article.headline == "Council approves bike lanes in record expansion"
    assert article.paragraphs == (*PROSE, *more)


def test_a_lead_cut_off_by_a_table_of_contents_is_kept() -> None:
    lead = [
        "The river that runs through the valley has flooded its banks in most springs since "
        "records began, and the towns along it have learned to live with the water. Each "
        "flood leaves a line of mud on the walls of the houses nearest to the old bridge.",
        "This guide explains how the flood defences were built, who paid for them and what "
        "the engineers who designed them expect of the coming decades of heavier rain.",
        "It also tells the story of the families who stayed in the valley after the great "
        "flood of the last century, when the water reached the first floor of the church.",
    ]
    contents = ["Contents", *(f"{n} Section {n}" for n in range(1, 21))]
    more = [
        f"{sentence} Engineers reviewed it again in {year}."
        for year, sentence in zip((2001, 2008, 2015), PROSE, strict=True)
    ]
    text = page(
        "River defences | Valley Wiki",
        *MENU,
        *lead,
        *contents,
        *PROSE,
        *more,
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == (*lead, *PROSE, *more)


def test_a_prose_list_continuing_the_article_is_kept() -> None:
    items = [
        "- The lanes will be separated from traffic by concrete barriers.",
        "- Parking will be moved to the side streets where it is possible.",
        "- Buses will get their own lanes on the busiest stretches.",
    ]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        PROSE[0],
        "The plan has three parts:",
        *items,
        PROSE[1],
        PROSE[2],
        "Privacy Policy",
    )
    paragraphs = parse_text(text).paragraphs
    assert all(item in paragraphs for item in items)


def test_a_menu_after_the_article_is_not_kept() -> None:
    text = page("Council approves bike lanes | City Gazette", *MENU, *PROSE, *MENU)
    assert parse_text(text).paragraphs == tuple(PROSE)


def test_a_page_in_another_language() -> None:
    phrases = [
        "El consejo municipal aprobó el martes un plan para añadir sesenta kilómetros de "
        "carriles bici protegidos durante los próximos tres años, la mayor ampliación de la "
        "red desde que se creó hace más de una década.",
        "Los partidarios dijeron que los carriles harán las calles más seguras para todos los "
        "vecinos, mientras que los opositores temen perder plazas de aparcamiento en las "
        "calles comerciales más concurridas del centro.",
    ]
    text = page("Inicio", "Noticias", "Deportes", "Sign in", "Privacy Policy", *phrases, "Contacto")
    assert parse_text(text).paragraphs == tuple(phrases)


def test_no_prose_at_all_leaves_the_text_to_the_clean_rules() -> None:
    assert assign_page_roles(blocks(*MENU), [False] * len(MENU)) is None


def test_every_line_of_a_page_is_somewhere() -> None:
    text = page("Title | Site", *MENU, "Council approves bike lanes", *PROSE, "Privacy Policy")
    article = parse_text(text)
    kept = {article.headline, *article.paragraphs, *article.boilerplate}
    assert {block.text for block in read_text(text)} <= kept


def test_a_thread_of_timed_comments_is_not_the_article() -> None:
    comments = [
        "This is exactly what the neighbourhood has been asking for since the accident last "
        "year, and I am glad that the council finally listened to all of us who wrote in.",
        "I ride to work every day and I would use these lanes if they were built; right now "
        "I take the sidewalk because the road is simply too dangerous at rush hour.",
        "Parking is already hard to find near the shops, and I worry that the owners of "
        "small businesses will be the ones who pay for this plan in the end.",
        "My children could finally ride to school on their own, which is something that I "
        "never thought I would see in this part of the city in my lifetime.",
    ]
    thread = [
        line
        for n, comment in enumerate(comments)
        for line in (f"Reader{n} March {n + 3}, 2024 at 9:1{n} am | Permalink", comment)
    ]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        PROSE[0],
        PROSE[1],
        *thread,
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == tuple(PROSE[:2])


def test_a_quoted_post_is_not_a_comment_thread() -> None:
    quoted = "A different reader wrote:"
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        PROSE[0],
        quoted,
        PROSE[1],
        PROSE[2],
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == (PROSE[0], quoted, PROSE[1], PROSE[2])


def test_a_table_of_contents_does_not_end_the_article() -> None:
    contents = ["Table of contents", "Background", "The plan", "The vote", "What comes next"]
    later = [
        PROSE[2],
        "The council will meet again next month to decide which of the streets will get the "
        "first lanes, and residents will be able to speak at the meeting before the vote.",
        "A group of shop owners on Main Street said that they would ask the council to move "
        "the first stretch of the lanes to a quieter street a few blocks to the north, where "
        "there are fewer shops.",
    ]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        PROSE[0],
        PROSE[1],
        *contents * 5,
        *later,
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == (*PROSE[:2], *later)


def test_markup_printed_as_text_is_bad() -> None:
    ad = (
        '<div class="ad"><a href="https://ads.example.com/click?id=12345">Visit the store on '
        "Main Street to find the best shoes in the city at the lowest prices of the year, "
        "with a discount for every reader of the paper.</a></div>"
    )
    assert classify(ad, False, 0.4) == "bad"
    assert classify_any_language(ad, False, 0.0) == "bad"


_MENU_WORDS = [
    "Home",
    "NEWS",
    "Sport",
    "said",
    "Reply",
    "ago",
    "3 hours",
    "10:31 pm",
    "|",
    ":",
    "Permalink",
    "wrote",
    "Print",
    "Email",
    "Share",
    "Jane Doe",
    "Report Abuse",
]


@given(st.lists(st.sampled_from(_MENU_WORDS), max_size=8).map(" ".join) | st.text(max_size=60))
def test_fast_paths_agree_with_the_patterns(text: str) -> None:
    # ASCII lines are lower-cased and matched case-sensitively, and comment headers are looked
    # for only in lines holding one of their words: both must agree with the patterns.
    if len(text) <= MAX_NAVIGATION_CHARS:
        expected = PAGE_NAVIGATION_RE.match(text) is not None or is_navigation_by_list(text)
        assert is_navigation(text) == expected
    header = len(text) <= MAX_COMMENT_HEADER_CHARS and COMMENT_HEADER_RE.match(text) is not None
    assert _is_comment_header(text, lower_caseless(text)) == header


def is_navigation_by_list(text: str) -> bool:
    return len(text) <= MAX_LINK_LIST_CHARS and PAGE_LINK_LIST_RE.fullmatch(text) is not None


def test_the_title_repeat_above_a_bar_of_reactions_opens_the_article() -> None:
    reactions = ["React:", "Inspiring", "Funny", "Typical", "Scary", "Outrageous", "Amazing"]
    tags = ["Follow:", "Cycling , City Council , Main Street , Transport , Bike lanes"]
    teaser = (
        "The mayor's office said on Monday that the budget for the coming year would be "
        "published next week, after a long delay that the opposition blamed on the council."
    )
    text = page(
        "Council approves bike lanes",
        *MENU,
        "Council approves bike lanes",
        "Posted: 03/12/2024 4:03 pm",
        *reactions,
        *reactions,
        *tags,
        *PROSE,
        *MENU,
        "Most read",
        *MENU,
        *MENU,
        *[teaser.replace("Monday", day) for day in ("Monday", "Tuesday", "Friday", "Sunday")],
    )
    article = parse_text(text)
    assert article.headline == "Council approves bike lanes"
    assert article.paragraphs == tuple(PROSE)


def test_a_title_repeat_in_a_list_below_the_comments_does_not_win() -> None:
    comment = (
        "I have lived in this city for thirty years and I can tell you that the traffic on "
        "Main Street has never been worse than it is right now, so I welcome the plan."
    )
    footer = (
        "The City Gazette is a resource for readers across the county. We bring you the "
        "news, the opinions, and everything that matters to the people who live here."
    )
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        *PROSE,
        *[paragraph.replace("the", "this") for paragraph in PROSE],
        "3 comments",
        "Jane Doe March 3, 2024 at 9:15 am",
        comment,
        "Recent Posts",
        "Council approves bike lanes",
        "Parking fees go up",
        footer,
        footer.replace("county", "region"),
    )
    assert parse_text(text).paragraphs[0] == PROSE[0]


@pytest.mark.parametrize(
    "text",
    ["by jdoe1984 (543817) writes:", "Anonymous Coward writes:", "Jane Doe writes:"],
)
def test_a_writer_writes_heads_a_comment(text: str) -> None:
    assert _is_comment_header(text, lower_caseless(text))


def test_a_quotation_introduced_with_writes_is_not_a_comment_header() -> None:
    text = "As you may recall, the columnist writes:"
    assert not _is_comment_header(text, lower_caseless(text))


@pytest.mark.parametrize(
    "text", ["4 appreciated comments on “Bike lanes”", "Recent Comments", "Latest comments"]
)
def test_more_comment_and_section_headings_make_a_page(text: str) -> None:
    assert is_page_text(blocks("Council approves bike lanes", *PROSE, "Home", text))


LONG_PROSE = [
    paragraph.replace("the", word)
    for word in ("the", "this", "that", "each", "one")
    for paragraph in PROSE
]


def test_a_hundred_comments_do_not_beat_a_full_article() -> None:
    comments = [
        f"Reader number {n} thinks that the plan is a good one, and that the city should have "
        "done it years ago, before the traffic on Main Street got as bad as it is today."
        for n in range(60)
    ]
    names = [f"Reader{n}" for n in range(60)]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        *LONG_PROSE,
        "{ 60 comments }",
        *[line for pair in zip(names, comments, strict=True) for line in pair],
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == tuple(LONG_PROSE)


def test_a_dated_headline_inside_a_sidebar_cluster_opens_the_article() -> None:
    blurbs = [
        "Our newsletter: every week the stories that matter to the people of the county, from "
        "the council chamber to the high school football field, straight to your inbox.",
        "About the Gazette: the Gazette has been published in the city since 1901, and it is "
        "owned by a trust that keeps it independent of any company or political party.",
    ]
    text = page(
        "Council approves bike lanes | City Gazette",
        "Home",
        blurbs[0],
        "Podcast",
        "Blog",
        blurbs[1],
        "Books",
        blurbs[0].replace("week", "month"),
        "Wiki",
        blurbs[1].replace("city", "county"),
        "Council approves bike lanes",
        "Posted on: 03-12-2024 by Jane Doe",
        *PROSE,
        "Privacy Policy",
    )
    article = parse_text(text)
    assert article.headline == "Council approves bike lanes"
    assert article.paragraphs[-3:] == tuple(PROSE)
    assert not any("Gazette" in paragraph for paragraph in article.paragraphs)


def test_a_headline_ending_in_an_exclamation_mark_repeats_the_title() -> None:
    text = page(
        "Bike lanes are coming, at last! | City Gazette",
        *MENU,
        PROSE[0].replace("city", "county"),
        "Bike lanes are coming, at last!",
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Bike lanes are coming, at last!"


def test_teasers_after_a_related_posts_marker_are_not_the_article() -> None:
    teasers = [
        line
        for n in range(8)
        for line in (
            f"Parking fees go up in district {n}",
            f"The city said on Monday that parking in district {n} would cost more from "
            "the spring, to pay for the repairs of the garages. The owners of the shops "
            "said that they were worried about their customers [...]",
        )
    ]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        *PROSE,
        "Tags: Cycling, Council",
        "Related Posts",
        *teasers,
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == tuple(PROSE)


def test_a_short_post_under_a_line_of_tags() -> None:
    text = page(
        "City Gazette » Night trains",
        "Night trains",
        "all other stuff , images , trains , photography , city — Tags: trains , night — @ 15:25",
        "Photographed by Jane Doe on the last train home.",
        "Comments (0)",
        "Leave a comment",
        *MENU,
        *[f"{month} 2024" for month in ("March", "April", "May", "June", "July", "August")],
    )
    article = parse_text(text)
    assert article.headline == "Night trains"
    assert article.paragraphs == ("Photographed by Jane Doe on the last train home.",)


def test_a_short_post_that_is_a_list_keeps_the_whole_list() -> None:
    items = [f"+ Added {thing}" for thing in ("bike lanes", "bus stops", "benches", "trees")]
    items += [f"+ Fixed {thing}" for thing in ("street lights", "potholes", "signs", "drains")]
    text = page(
        "Version 2.0 - The Street Update - City Apps",
        "City Apps",
        "Powered by Tumblr",
        "Version 2.0 - The Street Update",
        *items,
        "Privacy Policy",
        "Terms of Service",
    )
    assert parse_text(text).paragraphs == tuple(items)


def test_the_title_in_a_list_of_recent_posts_does_not_anchor_the_sidebar() -> None:
    comments = [
        f"Reader{n}: I agree with the others that the plan is a good one, but it came far too "
        "late for the families who lost someone on that road in the last ten years..."
        for n in range(4)
    ]
    text = page(
        "How bike lanes work | City Gazette",
        "Comments",
        "Written by Jane Doe filed under City",
        *LONG_PROSE,
        *MENU,
        *MENU,
        *MENU,
        "Recent Posts",
        "How bike lanes work",
        "The pros and cons of parking fees",
        "Net worth of the city in October",
        "Recent Comments",
        *comments,
    )
    assert parse_text(text).paragraphs[-len(LONG_PROSE) :] == tuple(LONG_PROSE)


def test_a_long_table_between_sections_does_not_end_the_article() -> None:
    cells = [cell for n in range(60) for cell in (f"District number {n}", f"{n * 1000 + 500}")]
    later = [paragraph.replace("city", "town") for paragraph in LONG_PROSE]
    text = page(
        "Bike lanes in the city | City Encyclopedia",
        *MENU,
        "Bike lanes in the city",
        *PROSE,
        "Lanes by district",
        *cells,
        *later,
        *later[:6],
        "Privacy Policy",
    )
    paragraphs = parse_text(text).paragraphs
    assert paragraphs[:3] == tuple(PROSE)
    assert paragraphs[-6:] == tuple(later[:6])


def test_short_prose_between_captions_inside_the_article_is_kept() -> None:
    credits = [f"(Photo {n}/Associated Press)" for n in range(4)]
    short = "The plan now goes to the mayor, who has said that she will sign it."
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        PROSE[0],
        credits[0],
        "——————————",
        "FIRST VOTE",
        "——————————",
        short,
        credits[1],
        "——————————",
        "SECOND VOTE",
        "——————————",
        PROSE[1],
        PROSE[2],
        "Privacy Policy",
    )
    assert short in parse_text(text).paragraphs


def test_a_sub_heading_repeating_the_title_does_not_cut_the_lead() -> None:
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        "by Jane Doe",
        PROSE[0],
        PROSE[1],
        "Council approves bike lanes",
        PROSE[2],
        PROSE[0].replace("Tuesday", "Monday"),
        "Privacy Policy",
    )
    article = parse_text(text)
    assert article.headline == "Council approves bike lanes"
    assert article.paragraphs[:2] == (PROSE[0], PROSE[1])


def test_the_title_repeat_farther_above_a_share_bar_is_the_headline() -> None:
    tools = ["Facebook", "Twitter", "Show more sharing options", "Close extra sharing options"]
    text = page(
        "Bike lanes approved by council after long fight - City Gazette",
        *MENU,
        "After a long fight, bike lanes approved by council",
        "Riders on Main Street last week.",
        "(Jane Roe / City Gazette)",
        "By John Doe Staff Writer",
        "March 3, 2024",
        "9 AM",
        *tools,
        *tools,
        *tools,
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "After a long fight, bike lanes approved by council"


@pytest.mark.parametrize(
    "tools", ["Send Text Message Print", "Close extra sharing options", "Write the Editor"]
)
def test_a_bar_of_tools_is_not_the_headline(tools: str) -> None:
    text = page(
        "City Gazette",
        *MENU,
        "Council approves bike lanes",
        tools,
        "March 3, 2024",
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "Council approves bike lanes"


def test_a_related_box_after_the_article_is_not_the_article() -> None:
    slides = [
        line
        for n in range(6)
        for line in (
            f"BANK NUMBER {n}",
            f"Bank number {n} is among the banks being investigated, a person familiar with "
            "the matter said last year, and the bank did not comment on the inquiry.",
        )
    ]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        *PROSE,
        "Related on the Gazette:",
        "Loading Slideshow",
        *slides,
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == tuple(PROSE)


def test_a_dated_byline_under_the_headline_is_the_byline() -> None:
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        "August 25th, 2012 by jdoe",
        *PROSE,
        "Privacy Policy",
    )
    article = parse_text(text)
    assert article.byline == "August 25th, 2012 by jdoe"
    assert article.paragraphs == tuple(PROSE)


def test_the_article_goes_on_past_an_inline_box_of_links() -> None:
    later = [paragraph.replace("city", "county") for paragraph in PROSE]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        *PROSE,
        "More about the city's streets",
        "Parking fees go up in the city centre",
        "Bus lanes planned on Main Street",
        "The mayor's plan for the old bridge",
        *later,
        "Privacy Policy",
    )
    paragraphs = parse_text(text).paragraphs
    assert paragraphs[:3] == tuple(PROSE)
    assert paragraphs[-3:] == tuple(later)


def test_a_related_coverage_list_after_the_article_is_not_kept() -> None:
    teasers = [
        f"Parking fees go up in district {n} The city said on Monday that parking in district "
        f"{n} would cost more from the spring, to pay for the repairs of the old garages."
        for n in range(4)
    ]
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        *PROSE,
        "Related coverage",
        *teasers,
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == tuple(PROSE)


def test_a_listing_of_code_between_paragraphs_is_kept() -> None:
    intro = (
        "The new interface is simple to use from any script, and the example below shows how "
        "a page asks the server for the list of bike lanes and prints each one of them."
    )
    after = (
        "The call returns a promise, so the rest of the page keeps working while the request "
        "is on its way, and the lanes appear in the console as soon as they arrive."
    )
    code = [
        'fetch("/lanes.json").then(function(res) {',
        "if (res.ok) {",
        "res.json().then(function(data) {",
        "console.log(data.lanes);",
        "});",
        "}",
        "});",
    ]
    text = page(
        "Fetching bike lanes | City Dev Blog",
        *MENU,
        "Fetching bike lanes",
        intro,
        *code,
        after,
        PROSE[0],
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs == (intro, *code, after, PROSE[0])


def test_an_ad_script_between_paragraphs_is_not_kept_as_code() -> None:
    script = "<SCRIPT LANGUAGE='JavaScript1.1'>if (document.layers) {document.write('x');}"
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        PROSE[0],
        script,
        "}",
        PROSE[1],
        PROSE[2],
        "Privacy Policy",
    )
    assert script not in parse_text(text).paragraphs


def test_a_comments_link_between_a_bio_and_the_article_does_not_end_it() -> None:
    bio = (
        "Jane Doe is the city editor of the Gazette. She has written for the Daily Planet and "
        "the Evening Star, and covered the council for ten years."
    )
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        "Jane Doe",
        bio,
        "posted 56 mins ago",
        "Comments",
        *PROSE,
        "Tags: Cycling, Council",
        "Privacy Policy",
    )
    assert parse_text(text).paragraphs[-3:] == tuple(PROSE)


def test_a_post_of_two_sentences_under_its_title_beats_a_sidebar() -> None:
    post = [
        "The trailer for the new documentary about the old bridge came out today, and it is "
        "well worth two minutes of your time if you have ever crossed the river on a bike.",
        "Every day the bridge carries a thousand cyclists and as many walkers over the river, "
        "and the film shows them all!",
    ]
    about = [paragraph.replace("the", "our") for paragraph in (*PROSE, *PROSE)]
    text = page(
        "The bridge, the film",
        "Thursday, August 9, 2012",
        "The bridge, the film",
        "Tweet",
        *post,
        "H/T City Blog",
        "12 comments:",
        *MENU,
        "About me",
        *about,
        "Privacy Policy",
    )
    article = parse_text(text)
    assert article.headline == "The bridge, the film"
    assert article.paragraphs[:2] == tuple(post)


def test_a_long_line_of_categories_is_not_the_article() -> None:
    categories = "Categories: " + " , ".join(f"For the record {n}" for n in range(40))
    text = page(
        "Council approves bike lanes | City Gazette",
        *MENU,
        "Council approves bike lanes",
        "Posted on March 3rd, 2024 - By Jane Doe",
        categories,
        "View Comments",
        *PROSE,
        "Privacy Policy",
    )
    paragraphs = parse_text(text).paragraphs
    assert categories not in paragraphs
    assert paragraphs[-3:] == tuple(PROSE)


def test_a_label_with_a_sentence_glued_after_it_is_not_a_line_of_tags() -> None:
    line = "Filed under: Latest News " + PROSE[0]
    assert classify(line, False, 0.4) == "good"


def test_the_whole_title_with_its_date_repeated_is_the_headline() -> None:
    text = page(
        "The Briefing, Wednesday, November 7, 2012",
        *MENU,
        "The Briefing, Wednesday, November 7, 2012",
        "Wednesday, November 7, 2012",
        *PROSE,
        "Privacy Policy",
    )
    assert parse_text(text).headline == "The Briefing, Wednesday, November 7, 2012"


def test_a_long_run_of_one_line_items_does_not_end_the_article() -> None:
    items = [
        f"Jane fixed the lights on street number {n} so that the riders can be seen at night"
        for n in range(45)
    ]
    later = [paragraph.replace("city", "county") for paragraph in LONG_PROSE[:9]]
    text = page(
        "This week in the city | City Gazette",
        *MENU,
        "This week in the city",
        *LONG_PROSE[:9],
        *items,
        *later,
        "Privacy Policy",
    )
    paragraphs = parse_text(text).paragraphs
    assert paragraphs[:9] == tuple(LONG_PROSE[:9])
    assert paragraphs[-9:] == tuple(later)


def _stop_share_by_pattern(text: str) -> float:
    words = WORD_RE.findall(text.lower())
    return sum(w in STOP_WORDS for w in words) / len(words) if words else 0.0


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_the_fast_stop_share_of_ascii_text_is_the_patterns(text: str) -> None:
    assert _stop_share(text) == _stop_share_by_pattern(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council voted on Tuesday, and the mayor said it was a good day for the city.",
        "HOME | NEWS | SPORT_2024 | Weather",
        "Le conseil a voté mardi, et le maire a dit que c'était une bonne journée.",
        "“We won’t stop now,” the mayor said — and the council… agreed. © 2024 «Gazette»",
        "Café owners said it’s the “best” season — über alles.",
        "",
    ],
)
def test_the_stop_share_counts_function_words(text: str) -> None:
    assert _stop_share(text) == _stop_share_by_pattern(text)


@pytest.mark.parametrize(
    "line",
    [
        "home",
        "gold sponsors",
        "section sponsors:",
        "get our news feeds",
        "subscribe to the city desk rss feeds",
        "rss feeds",
        "our sponsors make this possible, the mayor said.",
        "the feeds were down all day",
        "business",
        "sign in / sign up",
    ],
)
def test_the_split_navigation_patterns_agree_with_the_whole(line: str) -> None:
    assert _is_navigation_words(line) == (PAGE_NAVIGATION_LOWER_RE.match(line) is not None)


@given(
    st.lists(
        st.sampled_from(["get", "our", "news", "rss", "feeds", "section", "sponsor", "sponsors",
                         "home", "&", "gold", "to", "subscribe", ":", "|", "x"]),
        max_size=6,
    )
)
def test_navigation_words_agree_with_the_whole_pattern(words: list[str]) -> None:
    line = " ".join(words)
    assert _is_navigation_words(line) == (PAGE_NAVIGATION_LOWER_RE.match(line) is not None)


@given(st.text(alphabet="ab ,.'_9’“”–—…‘©»•«éß", max_size=40))
def test_the_stop_share_with_curly_quotes_and_dashes_is_the_patterns(text: str) -> None:
    assert _stop_share(text) == _stop_share_by_pattern(text)


@pytest.mark.parametrize(
    "line",
    [
        "Maria July 7, 2012 at 2:31 pm",
        "Posted October 28, 2012 at 10:31 pm | Permalink",
        "jane says:",
        "Tom Jones wrote...",
        "3 hours ago",
        "Reply",
        "Report abuse |",
        "Posted by Jane | Reply",
        "Note: the meeting starts at 7:30 tonight.",
        "The mayor said the vote would be close, a council member said.",
        "12:55 PM - The leader bogeys the 18th and drops to third place behind the pair.",
        "Flagship stores will open in the fall",
    ],
)
def test_the_comment_header_patterns_one_at_a_time_agree_with_the_whole(line: str) -> None:
    whole = COMMENT_HEADER_RE.match(line) is not None
    assert _is_ascii_comment_header(line.lower()) == whole


@given(
    st.lists(
        st.sampled_from(["jane", "says", "said", "wrote", ":", "...", "2:31", "pm", "3", "hours",
                         "ago", "reply", "|", "permalink", "report", "abuse", "quote", "flag",
                         "the", "x."]),
        max_size=7,
    )
)
def test_comment_header_parts_agree_with_the_whole_pattern(words: list[str]) -> None:
    line = " ".join(words)
    assert _is_ascii_comment_header(line) == (COMMENT_HEADER_RE.match(line) is not None)


_MARKER_STARTS = [
    "comments", "3 comments", "12 thoughts on", "leave a comment", "join the discussion",
    "show all comments", "comments are closed", "be the first to comment", "reader comments",
    "{ 131 comments }", "( 4 comments", "[2 comments]", "reply", "report abuse",
    "related articles", "more from the desk", "most read", "you may also like",
    "we think you will enjoy", "recommended", "up next", "around the web", "tags: a, b",
    "share this", "next post", "this entry was posted", "discussion", "responses (2)",
]


@pytest.mark.parametrize("line", _MARKER_STARTS)
def test_every_marker_starts_with_a_listed_character(line: str) -> None:
    if COMMENT_MARKER_LOWER_RE.match(line):
        assert line[0] in COMMENT_MARKER_FIRST_CHARS
    if SECTION_MARKER_LOWER_RE.match(line):
        assert line[0] in SECTION_MARKER_FIRST_CHARS
    assert COMMENT_MARKER_LOWER_RE.match(line) or SECTION_MARKER_LOWER_RE.match(line)


@given(st.sampled_from(_MARKER_STARTS), st.characters(max_codepoint=127))
def test_a_marker_with_another_first_character_is_not_one(line: str, first: str) -> None:
    changed = first + line[1:]
    if first not in COMMENT_MARKER_FIRST_CHARS:
        assert COMMENT_MARKER_LOWER_RE.match(changed) is None
    if first not in SECTION_MARKER_FIRST_CHARS:
        assert SECTION_MARKER_LOWER_RE.match(changed) is None


@pytest.mark.parametrize(
    "line",
    [
        "Home »",
        "“Reply”",
        "© 2024 The Gazette. All rights reserved.",
        "Jane Doe — July 7, 2012 at 2:31 pm",
        "Related articles »",
        "3 Comments »",
        "News · Sport · Weather",
        "Café",
    ],
)
def test_lines_with_caseless_marks_read_as_with_the_case_insensitive_patterns(line: str) -> None:
    lower = lower_caseless(line)
    assert (lower is None) == ("é" in line)
    assert is_navigation(line) == (
        PAGE_NAVIGATION_RE.match(line) is not None
        or (len(line) <= MAX_LINK_LIST_CHARS and PAGE_LINK_LIST_RE.fullmatch(line) is not None)
    )
    if lower is not None:
        assert _is_ascii_comment_header(lower) == (COMMENT_HEADER_RE.match(line) is not None)
