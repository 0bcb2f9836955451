"""Dates in news copy: month-and-day patterns, the year nearest a reference, and a lazy fallback.

The fast path is a regular expression (:data:`articlekit.lexicon.MONTH_DAY_RE`) that reads the
"March 3", "Nov. 24", "Feb 26" and "2 Jan." of datelines. A dateline has no year, so the year
is the one that puts the date nearest the article's reference date (``Dec. 30`` with a
reference of ``Jan. 2`` is the previous year); without a reference date the date is unknown,
never guessed from the machine clock.

:func:`parse_date_text` reads the dates of page metadata. It tries ISO 8601 and the month-day
pattern first and only then dateparser, which is imported on first use (importing articlekit
never imports it) and runs with one parser for the whole process, English only, absolute dates
only: a relative date ("yesterday") would depend on the clock.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from articlekit.lexicon import CLOCK_TIME_RE, MONTH_DAY_RE, MONTHS, WEEKDAY_PATTERN

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["month_day", "month_number", "nearest_year", "parse_date_text", "parse_month_day"]

#: The longest string handed to dateparser: metadata dates are short, and dateparser's time
#: grows with its input (it tries many tokenisations), so longer strings are not dates.
MAX_DATEPARSER_INPUT = 64

#: A whole-string ISO 8601 date or date-time, as ``<meta>`` and JSON-LD give them.
_ISO_RE = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?")


#: A weekday opening a date, full or short, any case, with the comma or full stop after it:
#: "Wednesday, 16 January 2008", "Sat, Jan. 19, 2008", "Thu Dec 27, 2007", "TUESDAY, JAN 15".
_WEEKDAY_RE = re.compile(rf"(?i:{WEEKDAY_PATTERN})\.?,?[ ]+")

#: An ISO 8601 date-time with a zone's abbreviation glued on ("2012-10-29T11:55EDT"), and the
#: slashed year-first dates of some CMSs ("2008/01/10", "2012/07/24 00:55:05"): read as
#: written, the zone left out (as dateparser reads them, naive).
_ISO_ZONE_NAME_RE = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)[A-Z]{2,5}")
_SLASHED_RE = re.compile(r"(\d{4})/(\d\d)/(\d\d)(?: (\d\d):(\d\d)(?::(\d\d))?)?")

#: A year written in full: text without one is no absolute date (and dateparser, at about 15 ms
#: a call on this machine, is not asked).
_FULL_YEAR_RE = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")


def month_number(name: str) -> int | None:
    """Return the number of a month name or abbreviation, or ``None``.

    >>> month_number("Sept."), month_number("MARCH"), month_number("Mon")
    (9, 3, None)
    """
    return MONTHS.get(name.rstrip(".").lower())


def month_day(match: re.Match[str]) -> tuple[int, int, int | None] | None:
    """Return (month, day, year or None) from a :data:`~articlekit.lexicon.MONTH_DAY_RE` match.

    ``None`` when the day cannot be in that month (``Feb 30``).
    """
    name = match.group("month") or match.group("month2")
    day_text = match.group("day") or match.group("day2")
    month = month_number(name)
    if month is None:  # pragma: no cover - the pattern only matches month names
        return None
    day = int(day_text)
    year_text = match.group("year")
    year = int(year_text) if year_text else None
    if not _valid_day(month, day, year):
        return None
    return month, day, year


def _valid_day(month: int, day: int, year: int | None) -> bool:
    try:
        dt.date(2000 if year is None else year, month, day)  # 2000 is a leap year: Feb 29 passes
    except ValueError:
        return False
    return True


def nearest_year(month: int, day: int, reference_date: dt.date | None) -> dt.date | None:
    """Return the date with this month and day nearest ``reference_date``, or ``None``.

    The candidates are the reference year and the years either side; on a tie the earlier date
    wins (a dateline is written before it is published). ``None`` without a reference date, or
    when no candidate year has that day (``Feb 29`` far from a leap year, ``April 31``).

    >>> import datetime
    >>> nearest_year(12, 30, datetime.date(2024, 1, 2))
    datetime.date(2023, 12, 30)
    >>> nearest_year(1, 3, datetime.date(2023, 12, 30))
    datetime.date(2024, 1, 3)
    >>> nearest_year(3, 3, None) is None
    True
    """
    if reference_date is None:
        return None
    candidates: list[dt.date] = []
    for year in (reference_date.year - 1, reference_date.year, reference_date.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda date: (abs((date - reference_date).days), date))


def parse_month_day(text: str, reference_date: dt.date | None = None) -> dt.date | None:
    """Read a month and day ("March 3", "Nov. 24", "2 Jan.") at the start of ``text``.

    A year written after the day ("Jan. 8, 2008") is used as it stands; otherwise the year is
    the one nearest ``reference_date`` (``None`` without one).

    >>> import datetime
    >>> parse_month_day("Feb 26", datetime.date(1987, 2, 26))
    datetime.date(1987, 2, 26)
    >>> parse_month_day("Jan. 8, 2008")
    datetime.date(2008, 1, 8)
    """
    match = MONTH_DAY_RE.match(text)
    if match is None:
        return None
    return date_from_match(match, reference_date)


def date_from_match(match: re.Match[str], reference_date: dt.date | None) -> dt.date | None:
    """Turn a :data:`~articlekit.lexicon.MONTH_DAY_RE` match into a date (see
    :func:`parse_month_day`)."""
    parts = month_day(match)
    if parts is None:
        return None
    month, day, year = parts
    if year is not None:
        return dt.date(year, month, day)
    return nearest_year(month, day, reference_date)


@functools.lru_cache(maxsize=1)
def _dateparser() -> DateDataParser:
    """The one dateparser parser of the process, built on first use (about a second)."""
    from dateparser.date import DateDataParser  # noqa: PLC0415 - lazy: slow to import

    settings = {
        "PARSERS": ["custom-formats", "absolute-time"],  # no relative dates: no clock
        "REQUIRE_PARTS": ["day", "month", "year"],  # no year guessed from the clock
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


def _parse_iso(text: str) -> dt.date | dt.datetime | None:
    if _ISO_RE.fullmatch(text) is None:
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_date_text(text: str) -> dt.date | dt.datetime | None:
    """Read a date from page metadata ("2024-03-03T10:00:00Z", "March 3, 2024", "3 Mar 2024").

    ISO 8601 (also with a zone's name glued on: "2012-10-29T11:55EDT"), "YYYY/MM/DD", and
    "Month D, YYYY" or "D Month YYYY" (after a weekday or not, with a time of day after it or
    not) are read by pattern, as dateparser would read them; anything else with a year written
    in full goes to dateparser (English, absolute dates with
    day, month and year only; about 15 ms a call). Returns a ``datetime`` when the text has a
    time of day, a ``date`` otherwise, and ``None`` for text that is not such a date or is
    longer than :data:`MAX_DATEPARSER_INPUT` characters.

    >>> parse_date_text("2024-03-03")
    datetime.date(2024, 3, 3)
    >>> parse_date_text("March 3, 2024")
    datetime.date(2024, 3, 3)
    >>> parse_date_text("yesterday") is None
    True
    """
    text = text.strip()
    if not text or len(text) > MAX_DATEPARSER_INPUT:
        return None
    iso = _parse_iso(text)
    if iso is None:
        iso = _parse_machine_written(text)
    if iso is not None:
        return iso
    weekday = _WEEKDAY_RE.match(text)
    match = MONTH_DAY_RE.match(text, weekday.end() if weekday else 0)
    if match is not None and match.group("year"):
        if match.end() == len(text):
            return date_from_match(match, None)
        clock = CLOCK_TIME_RE.fullmatch(text, match.end())
        timed = None if clock is None else _with_clock(date_from_match(match, None), clock)
        if timed is not None:
            return timed
    if _FULL_YEAR_RE.search(text) is None:
        return None  # "3 hours ago", "Tuesday July 24, @12:06PM": no year, nothing to read
    return _parse_with_dateparser(text)


def _parse_machine_written(text: str) -> dt.date | dt.datetime | None:
    """An ISO date-time with a zone's name glued on, or a slashed year-first date."""
    zoned = _ISO_ZONE_NAME_RE.fullmatch(text)
    if zoned is not None:
        return _parse_iso(zoned.group(1))
    slashed = _SLASHED_RE.fullmatch(text)
    if slashed is None:
        return None
    year, month, day = (int(slashed.group(n)) for n in (1, 2, 3))
    hour, minute, second = (int(slashed.group(n) or 0) for n in (4, 5, 6))
    try:
        if slashed.group(4) is None:
            return dt.date(year, month, day)
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _with_clock(day: dt.date | None, clock: re.Match[str]) -> dt.datetime | None:
    """A date at the time of a :data:`~articlekit.lexicon.CLOCK_TIME_RE` match."""
    if day is None:
        return None
    hour = int(clock["hour"])
    half = (clock["half"] or "").lower()[:1]
    if half and not 1 <= hour <= 12:
        return None
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return dt.datetime(day.year, day.month, day.day, hour, int(clock["minute"]),
                       int(clock["second"] or 0))


def _parse_with_dateparser(text: str) -> dt.date | dt.datetime | None:
    data = _dateparser().get_date_data(text)
    value = data.date_obj
    if value is None:
        return None
    if data.period == "time" or value.time() != dt.time(0):
        return value
    return value.date()
