"""dates: month names, the year nearest the reference date, and the lazy dateparser fallback."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit.dates import month_number, nearest_year, parse_date_text, parse_month_day


@pytest.mark.parametrize(
    ("name", "number"),
    [("Jan", 1), ("Jan.", 1), ("JANUARY", 1), ("feb", 2), ("Sept.", 9), ("Sep", 9), ("May", 5),
     ("December", 12), ("Mon", None), ("Marc", None)],
)  # fmt: skip
def test_month_number(name: str, number: int | None) -> None:
    assert month_number(name) == number


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (12, 30, dt.date(2024, 1, 2), dt.date(2023, 12, 30)),
        (1, 2, dt.date(2023, 12, 30), dt.date(2024, 1, 2)),
        (3, 3, dt.date(2024, 3, 5), dt.date(2024, 3, 3)),
        (7, 1, dt.date(2024, 1, 1), dt.date(2024, 7, 1)),
        (2, 29, dt.date(2024, 3, 1), dt.date(2024, 2, 29)),
        (2, 29, dt.date(2022, 6, 1), None),  # no leap year among 2021, 2022, 2023
        (4, 31, dt.date(2024, 4, 1), None),
    ],
)
def test_nearest_year(month: int, day: int, reference: dt.date, expected: dt.date | None) -> None:
    assert nearest_year(month, day, reference) == expected


def test_no_reference_no_year() -> None:
    assert nearest_year(3, 3, None) is None
    assert parse_month_day("March 3") is None


def test_tie_prefers_the_earlier_date() -> None:
    # July 1 stands 183 days either side of Dec. 31, 2023 (2024 is a leap year).
    reference = dt.date(2023, 12, 31)
    assert nearest_year(7, 1, reference) == dt.date(2023, 7, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3", dt.date(2024, 3, 3)),
        ("Nov. 24", dt.date(2023, 11, 24)),
        ("Feb 26", dt.date(2024, 2, 26)),
        ("2 Jan.", dt.date(2024, 1, 2)),
        ("MARCH 20", dt.date(2024, 3, 20)),
        ("Jan. 8, 2008", dt.date(2008, 1, 8)),
        ("Jan. 8 2008", dt.date(2008, 1, 8)),
        ("Feb 30", None),
        ("Tuesday", None),
    ],
)
def test_parse_month_day(text: str, expected: dt.date | None) -> None:
    assert parse_month_day(text, dt.date(2024, 3, 5)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-03", dt.date(2024, 3, 3)),
        ("2024-03-03T10:20:30", dt.datetime(2024, 3, 3, 10, 20, 30)),
        ("2024-03-03T10:20:30Z", dt.datetime(2024, 3, 3, 10, 20, 30, tzinfo=dt.timezone.utc)),
        ("March 3, 2024", dt.date(2024, 3, 3)),
        ("  Nov. 24, 2007 ", dt.date(2007, 11, 24)),
        ("", None),
        ("x" * 200, None),
        ("2024-13-45", None),
    ],
)
def test_parse_date_text_by_pattern(text: str, expected: dt.date | dt.datetime | None) -> None:
    assert parse_date_text(text) == expected


def test_parse_date_text_falls_back_to_dateparser() -> None:
    assert parse_date_text("Wednesday, 16th January 2008") == dt.date(2008, 1, 16)
    assert parse_date_text("2:18pm Tuesday 1st January 2008") == dt.datetime(2008, 1, 1, 14, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday before the date, as page headers write it.
        ("3 March 2024", dt.date(2024, 3, 3)),
        ("Sunday, 3 March 2024 14:05", dt.datetime(2024, 3, 3, 14, 5)),
        ("Sat, Jan. 19, 2008", dt.date(2008, 1, 19)),
        ("Thu Dec 27, 2007 7:00am EST", dt.datetime(2007, 12, 27, 7, 0)),
        ("WEDNESDAY, JANUARY 9, 2008", dt.date(2008, 1, 9)),
        ("Friday, October 19, 2012 at 9:15AM", dt.datetime(2012, 10, 19, 9, 15)),
        ("Friday, Feb 30, 2024", None),  # no such day
        # Machine-written: a zone's name glued to an ISO time, slashed year-first dates.
        ("2012-10-29T11:55EDT", dt.datetime(2012, 10, 29, 11, 55)),
        ("2008/01/10", dt.date(2008, 1, 10)),
        ("2012/07/24 00:55:05", dt.datetime(2012, 7, 24, 0, 55, 5)),
    ],
)
def test_parse_date_text_reads_common_forms_by_pattern(
    text: str, expected: dt.date | dt.datetime | None
) -> None:
    # Each reads as dateparser reads it (checked on every such date of the benchmark pages),
    # without its 2-6 ms a call.
    assert parse_date_text(text) == expected


def test_parse_date_text_never_reads_the_clock() -> None:
    assert parse_date_text("yesterday") is None
    assert parse_date_text("2 days ago") is None
    assert parse_date_text("March 3") is None  # no year: would be guessed from the clock
    assert parse_date_text("not a date at all") is None


def test_metadata_text_without_a_full_year_is_no_date() -> None:
    assert parse_date_text("on Tuesday July 24, @12:06PM") is None
    assert parse_date_text("about 1 month ago") is None
    assert parse_date_text("Tuesday, 24 July 2012 12:06") == dt.datetime(2012, 7, 24, 12, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("July 31, 2012, 2:42 pm", dt.datetime(2012, 7, 31, 14, 42)),
        ("July 24, 2012 8:10 AM PDT", dt.datetime(2012, 7, 24, 8, 10)),
        ("December 31, 2007 11:14:48 MST", dt.datetime(2007, 12, 31, 11, 14, 48)),
        ("Jul 4 2012 12:05 am", dt.datetime(2012, 7, 4, 0, 5)),
        ("March 3, 2024 at 9:15", dt.datetime(2024, 3, 3, 9, 15)),
        ("July 24, 2012 13:10 pm", dt.datetime(2012, 7, 24, 13, 10)),  # dateparser's reading
    ],
)
def test_a_date_with_a_time_of_day_keeps_the_clock_as_written(
    text: str, expected: dt.datetime
) -> None:
    assert parse_date_text(text) == expected
