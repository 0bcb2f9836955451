"""Role assignment: headline, byline, body and leading/trailing furniture."""

from __future__ import annotations

import pytest

from articlekit.blocks import Block
from articlekit.boilerplate import is_boilerplate
from articlekit.roles import assign_roles, is_title_like


def blocks(*texts: str) -> list[Block]:
    return [Block(text=text) for text in texts]


@pytest.mark.parametrize(
    "text",
    [
        'Be the first to comment at "Now that ISIS is mostly defeated, will U.S. stay in Iraq?"',
        "Write your comment",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "12 Comments",
        "Copyright 2017 The Associated Press. All rights reserved.",
        "© 2024 Example News Ltd",
        "Reporting by Jane Doe; Editing by John Roe",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Reuter",
        "REUTER",
        "Sign up for our daily newsletter",
        "Follow us on Twitter",
        "Share this article",
        "Related: How the talks broke down",
        "Read more",
    ],
)
def test_boilerplate_wording(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company said all of its comments were made in good faith.",
        "Copyright lawyers say the ruling changes little for musicians.",
        "Reuters reported the deal on Monday, citing two people familiar with it.",
        "More than 200 people were hurt.",
        "Related parties must disclose their holdings, the regulator said.",
    ],
)
def test_prose_that_mentions_boilerplate_words_is_not_boilerplate(text: str) -> None:
    assert not is_boilerplate(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Now that ISIS is mostly defeated, will U.S. stay in Iraq?", True),
        ("BAHIA COCOA REVIEW", True),
        ("Activists Brick Up Entrance To Migrants-Only Polling Station Ahead Of Elections.", True),
        ("The Senate passed the budget on Tuesday.", False),
        (
            "The Senate passed the budget on Tuesday after a long debate over spending cuts and "
            "tax rises that divided the chamber for weeks, leaving both parties angry and the "
            "leaders of each side without a deal",
            False,
        ),
    ],
)
def test_title_like(text: str, expected: bool) -> None:
    assert is_title_like(Block(text=text)) is expected


def test_headline_body_and_trailing_boilerplate() -> None:
    roles = assign_roles(
        blocks(
            "Storm hits coast",
            "A storm hit the coast.",
            "It rained.",
            "Write your comment",
            "12 Comments",
        )
    )
    assert roles.headline == 0
    assert roles.body == (1, 2)
    assert roles.boilerplate == (3, 4)


def test_boilerplate_wording_in_the_middle_stays_body() -> None:
    roles = assign_roles(
        blocks("Storm hits coast", "A storm hit the coast.", "Read more", "It rained.")
    )
    assert roles.body == (1, 2, 3)
    assert roles.boilerplate == ()


def test_short_label_between_boilerplate_blocks_is_boilerplate() -> None:
    roles = assign_roles(
        blocks(
            "Title",
            "Body text here.",
            "Be the first to comment",
            "Your name",
            "This site uses Akismet to reduce spam.",
        )
    )
    assert roles.boilerplate == (2, 3, 4)


def test_short_last_paragraph_without_boilerplate_after_it_is_body() -> None:
    roles = assign_roles(blocks("Title", "Body text here.", "Ends here"))
    assert roles.body == (1, 2)


def test_leading_furniture_before_the_headline() -> None:
    roles = assign_roles(blocks("Advertisement", "Storm hits coast", "A storm hit the coast."))
    assert roles.boilerplate == (0,)
    assert roles.headline == 1
    assert roles.body == (2,)


def test_no_headline_when_the_first_block_is_a_sentence() -> None:
    roles = assign_roles(blocks("A storm hit the coast on Sunday.", "It rained."))
    assert roles.headline is None
    assert roles.body == (0, 1)


def test_a_lone_block_is_body_not_headline() -> None:
    assert assign_roles(blocks("Storm hits coast")).body == (0,)


def test_only_boilerplate() -> None:
    roles = assign_roles(blocks("Write your comment", "This site uses Akismet to reduce spam."))
    assert roles.body == ()
    assert roles.headline is None
    assert roles.boilerplate == (0, 1)


def test_byline_after_headline() -> None:
    roles = assign_roles(
        blocks("Storm hits coast", "By Jane Doe, Associated Press", "A storm hit the coast.")
    )
    assert roles.headline == 0
    assert roles.byline == 1
    assert roles.body == (2,)


def test_furniture_blocks_are_boilerplate_wherever_they_stand() -> None:
    page = [
        Block(text="Title", heading=1),
        Block(text="Menu", furniture=True),
        Block(text="Body.", tag="p"),
    ]
    roles = assign_roles(page)
    assert roles.headline == 0
    assert roles.body == (2,)
    assert roles.boilerplate == (1,)
