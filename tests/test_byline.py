"""Bylines on their own line and glued before a dateline."""

from __future__ import annotations

import pytest

from articlekit.byline import parse_byline, split_leading_byline

BYLINES = [
    ("By Jane Doe, Associated Press", ("Jane Doe",)),
    ("By JANE DOE and JOHN ROE", ("Jane Doe", "John Roe")),
    ("By Jane Doe and John Roe | Reuters", ("Jane Doe", "John Roe")),
    ("Jane Doe, Staff Writer", ("Jane Doe",)),
    ("By The Associated Press", ()),
    ("By Jane Doe and The Associated Press", ("Jane Doe",)),
    ("By MARY CLARE JALONICK, Associated Press", ("Mary Clare Jalonick",)),
    ("By JOHN Q. PUBLIC, AP Business Writer", ("John Q. Public",)),
    ("By JOSH BOAK AP Economics Writer", ("Josh Boak",)),
    ("BY KEVIN MCDONALD", ("Kevin McDonald",)),
    ("By PATRICK O'NEIL", ("Patrick O'Neil",)),
    ("By: Jane Doe", ("Jane Doe",)),
    ("By Jane Doe, John Roe and Ann Poe", ("Jane Doe", "John Roe", "Ann Poe")),
    ("By ROBERT DOWNEY JR.", ("Robert Downey Jr.",)),
    ("By Oscar de la Hoya, Special to the Times", ("Oscar de la Hoya",)),
    ("By Scott Garbarini, Associate NFL Editor", ("Scott Garbarini",)),
    ("By Julian Linden in Sydney", ("Julian Linden",)),
    ("By SIBYLLA BRODZINSKY AND FRANCES ROBLES", ("Sibylla Brodzinsky", "Frances Robles")),
    ("By JESSICA MINTZ AP Technology Writer", ("Jessica Mintz",)),
    ("Written by Jane Doe on 24/10/12", ("Jane Doe",)),
    ("by jdoe on December 29, 2010", ("jdoe",)),
    ("Posted by Jane Doe on March 3, 2024 at 9:15 am", ("Jane Doe",)),
    ("By Jane Doe posted Nov 13th 2012 1:55PM", ("Jane Doe",)),
    ("Written By: Jane Doe - Oct• 28•12", ("Jane Doe",)),
    ("By Jane Doe, 01 June 2010", ("Jane Doe",)),
    ("By Jane Doe | 10:45 am", ("Jane Doe",)),
    ("Jane Doe on November 7, 2012, 7:19 PM", ("Jane Doe",)),
    ("Jane Doe | March 3, 2024", ("Jane Doe",)),
    ("by Jane Doe Published Nov. 7, 2012 8:42 am Updated Nov. 7, 2012 2:01 pm", ("Jane Doe",)),
    ("August 25th, 2012 by JD", ("JD",)),
    ("March 3, 2024 | by Jane Doe", ("Jane Doe",)),
    ("Posted on August 9, 2012 7:41AM by Jane Doe · 2 comments", ("Jane Doe",)),
    ("By Jane Doe | No Comments", ("Jane Doe",)),
    ("Posted by Jane Doe, Product Manager, Example News", ("Jane Doe",)),
    ("By John Roe, Director of Research", ("John Roe",)),
]

NOT_BYLINES = [
    "By Friday 3,000 people had left the city.",
    "By Monday on March 3 the council had voted twice.",
    "Posted by a reader",
    "Alternative Medicine November 5, 2012, 3:16 pm",
    "President Obama on Tuesday",
    "2012 by Design",
    "Storm hits the town - 3 comments",
    "In 2012 by accident the council voted",
    "By Tuesday, the city had run out of water.",
    "By late afternoon the crowd had gone home.",
    "By John Smith's account, it was a disaster.",
    "Jane Doe",
    "Jane Doe, who lives in Ohio",
    "The president said on Monday that he would veto the bill.",
    "By RAQUEL DILLON, For The Associated Press 2 hours, 23 minutes ago",
    "Clinton Hid Past Health Problems From Public, Former White House Doctor Says.",
    "Jim Urquhart / Reuters.",
    "Rep. Debbie Wasserman Schultz, D-Fla., chairs the Democratic National Committee.",
    "Billy Bush Joins a Parade of Political Scions on TV.",
    "By submitting this comment you agree to the terms",
    "",
    "By " + "Jane Doe and " * 40 + "John Roe",
]


@pytest.mark.parametrize(("text", "authors"), BYLINES)
def test_bylines(text: str, authors: tuple[str, ...]) -> None:
    assert parse_byline(text) == (text, authors)


def test_byline_surrounding_space_is_dropped() -> None:
    assert parse_byline("  By Jane Doe \n") == ("By Jane Doe", ("Jane Doe",))


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_not_bylines(text: str) -> None:
    assert parse_byline(text) is None


GLUED = [
    ("By JANE DOE and JOHN ROE NEW YORK (AP) — Stocks fell.", "By JANE DOE and JOHN ROE",
     ("Jane Doe", "John Roe"), "NEW YORK (AP) —"),
    ("By Tom Ashby ABUJA, Jan 10 (Reuters) - A leading Nigerian militant group", "By Tom Ashby",
     ("Tom Ashby",), "ABUJA, Jan 10"),
    ("By MARY CLARE JALONICK WASHINGTON (AP) — The Senate", "By MARY CLARE JALONICK",
     ("Mary Clare Jalonick",), "WASHINGTON"),
    ("By JOSH BOAK AP Economics Writer WASHINGTON (AP) — The economy",
     "By JOSH BOAK AP Economics Writer", ("Josh Boak",), "WASHINGTON"),
    ("By JANE DOE SPRINGFIELD, Ill. (AP) — Illinois", "By JANE DOE", ("Jane Doe",),
     "SPRINGFIELD, Ill."),
    ("By JANE DOE SALT LAKE CITY (AP) — Utah", "By JANE DOE", ("Jane Doe",), "SALT LAKE CITY"),
    ("By JANE DOE RIO DE JANEIRO (AP) — Brazil", "By JANE DOE", ("Jane Doe",), "RIO DE JANEIRO"),
    ("By Jane Doe and John Roe LOS ANGELES (Reuters) - Hollywood", "By Jane Doe and John Roe",
     ("Jane Doe", "John Roe"), "LOS ANGELES"),
    ("By Jane Doe CNN WASHINGTON (CNN) -- The White House", "By Jane Doe CNN", ("Jane Doe",),
     "WASHINGTON (CNN)"),
    ("By JANE DOE, Associated Press NEW YORK (AP) — Stocks", "By JANE DOE, Associated Press",
     ("Jane Doe",), "NEW YORK (AP)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "byline", "authors", "rest"), GLUED)
def test_glued_bylines(text: str, byline: str, authors: tuple[str, ...], rest: str) -> None:
    got = split_leading_byline(text)
    assert got is not None
    assert got[:2] == (byline, authors)
    assert text[got[2] :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) — The Senate voted.",
        "By the way, WASHINGTON (AP) — is not a byline.",
        "By Jane Doe",
        "By Tuesday the Senate had voted.",
        "By JANE DOE and",
    ],
)
def test_no_glued_byline(text: str) -> None:
    assert split_leading_byline(text) is None


@pytest.mark.parametrize(
    "text", ["By " + "JANE " * 50_000, "By Jane Doe " * 20_000, "By " + "A" * 200_000]
)
def test_pathological_bylines(text: str) -> None:
    assert parse_byline(text) is None
    assert split_leading_byline(text) is None
