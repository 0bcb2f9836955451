"""Hypothesis: datelines built from parts parse back to those parts; any text is safe."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from articlekit.dateline import split_dateline
from articlekit.lexicon import AP_STATE_ABBREVIATIONS, AP_STATES_SPELLED_OUT

CITIES = (
    "WASHINGTON", "NEW YORK", "SAN FRANCISCO", "ST. LOUIS", "WINSTON-SALEM", "COEUR D'ALENE",
    "RIO DE JANEIRO", "KYIV/KHARKIV", "SÃO PAULO", "THE HAGUE", "OSLO",
)  # fmt: skip
MIXED_CASE_CITIES = ("Washington", "New Delhi", "Mexico City", "Colombo", "Rio de Janeiro")
COUNTRIES = ("Ukraine", "New Zealand", "GERMANY", "Gaza Strip", "British Columbia")
AGENCIES = ("AP", "Reuters", "AFP", "UPI", "Xinhua", "CNN", "Bloomberg", "dpa", "Reuters Life!")
MONTH_FORMS = (
    ("January", "Jan.", "Jan"), ("February", "Feb.", "Feb"), ("March", "March", "Mar"),
    ("April", "April", "Apr"), ("May", "May", "May"), ("June", "June", "Jun"),
    ("July", "July", "Jul"), ("August", "Aug.", "Aug"), ("September", "Sept.", "Sep"),
    ("October", "Oct.", "Oct"), ("November", "Nov.", "Nov"), ("December", "Dec.", "Dec"),
)  # fmt: skip
#: Every dash, with the spaces it may have around it.
DASHES = (
    " — ",
    "—",
    " – ",
    " ― ",
    " -- ",
    "--",
    " --- ",
    " - ",
    "- ",
    " -",
    " _ ",
    "\u00a0—\u00a0",
)
BODIES = (
    "The Senate voted on Tuesday.",
    "Stocks fell.",
    "“We will win,” he said.",
    "2 people died.",
)
REFERENCE = dt.date(2024, 3, 5)


@st.composite
def places(draw: st.DrawFn, *, mixed_case: bool) -> str:
    cities = CITIES + MIXED_CASE_CITIES if mixed_case else CITIES
    city = draw(st.sampled_from(cities))
    regions = (*AP_STATE_ABBREVIATIONS, *AP_STATES_SPELLED_OUT, *COUNTRIES)
    region = draw(st.none() | st.sampled_from(regions))
    return city if region is None else f"{city}, {region}"


@st.composite
def dates(draw: st.DrawFn) -> tuple[str, dt.date]:
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    form = draw(st.sampled_from(MONTH_FORMS[month - 1]))
    written = draw(st.sampled_from((f"{form} {day}", f"{day} {form}")))
    candidates = [
        dt.date(year, month, day) for year in range(REFERENCE.year - 1, REFERENCE.year + 2)
    ]
    nearest = min(candidates, key=lambda date: (abs((date - REFERENCE).days), date))
    return written, nearest


@st.composite
def datelines(draw: st.DrawFn) -> tuple[str, str | None, str | None, dt.date | None, str]:
    """(opening, location, agency, date, body) for a dateline built from parts."""
    agency = draw(st.none() | st.sampled_from(AGENCIES))
    date = draw(st.none() | dates())
    strong = agency is not None or date is not None
    place: str | None = draw(places(mixed_case=strong))
    if agency is not None and date is not None:  # "Nov 3 (Reuters) -" has no place
        place = draw(st.sampled_from((place, None)))
    head = place or ""
    if date is not None:
        head = f"{head}, {date[0]}" if head else date[0]
    if agency is not None:
        head = f"{head} ({agency})" if head else f"({agency})"
    dash = draw(st.sampled_from(DASHES))
    body = draw(st.sampled_from(BODIES))
    opening = f"{head}{dash}{body}"
    return opening, place, agency, None if date is None else date[1], body


@given(datelines())
def test_round_trip(parts: tuple[str, str | None, str | None, dt.date | None, str]) -> None:
    opening, place, agency, date, body = parts
    dateline, offset = split_dateline(opening, REFERENCE)
    assert dateline is not None, opening
    assert (dateline.location, dateline.agency, dateline.date) == (place, agency, date)
    assert opening[offset:] == body
    assert opening.replace("\u00a0", " ").startswith(dateline.text)


@given(datelines())
def test_round_trip_without_reference(
    parts: tuple[str, str | None, str | None, dt.date | None, str],
) -> None:
    dateline, _ = split_dateline(parts[0])
    assert dateline is not None
    assert dateline.date is None


@given(st.text())
def test_any_text(text: str) -> None:
    dateline, offset = split_dateline(text, REFERENCE)
    assert 0 <= offset <= len(text)
    if dateline is None:
        assert offset == 0
    else:
        assert text.replace("\u00a0", " ").startswith(dateline.text)
        assert offset >= len(dateline.text)
        assert not text[len(dateline.text) : offset].strip()


@given(st.text(alphabet="ABC abc,.()-—_:/0123456789MarchNov", max_size=80))
def test_dateline_like_text(text: str) -> None:
    dateline, offset = split_dateline(text, REFERENCE)
    assert split_dateline(text, REFERENCE) == (dateline, offset)  # deterministic
    if dateline is not None:
        assert text.startswith(dateline.text)
        assert not text[len(dateline.text) : offset].strip()
