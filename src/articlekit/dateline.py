"""The dateline at the head of a story's first paragraph: ``WASHINGTON —``, ``LONDON, March 3
(Reuters) -``, ``(CNN)``.

:data:`articlekit.lexicon.DATELINE_RE` finds the parts (place, regions, date, agency, dash) at
the start of the paragraph; the rules here decide whether they make a dateline. The stronger the
evidence, the less the place has to look like one:

- a date or an agency ("(AP)") is evidence enough for any capitalised place, or for none at all
  ("Nov 3 (Reuters) -", "(Bloomberg) --"); an agency with no place and no dash must be a known
  one ("(CNN)The");
- a place with only a dash ("WASHINGTON —", "NAPLES, Fla. -") must be written in capitals, or be
  one capitalised word or a known kind of city name ("Washington -", "New York -"), must not be
  a label ("ANALYSIS —"), and the text after the dash must not start in lower case
  ("NATO — the alliance — said" is a sentence).
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from articlekit.dates import date_from_match
from articlekit.lexicon import (
    CITY_PREFIXES,
    CITY_SUFFIXES,
    COLON_DATELINE_CITIES,
    DATELINE_RE,
    MIXED_CASE_CITY_PREFIXES,
    NEWS_AGENCIES,
    NOT_PLACE_WORDS,
    PARTY_LABEL_RE,
    PLACE_PARTICLES,
)
from articlekit.model import Dateline

__all__ = ["split_dateline"]

#: The most words a mixed-case place with no date or agency may have ("Rio de Janeiro"):
#: longer capitalised runs before a dash are names and titles ("Prime Minister Tony Blair -").
MAX_MIXED_CASE_PLACE_WORDS = 3

#: Bare places of this many words or more must be shaped like a city name: two-word cities are
#: common ("PALM DESERT", "GRANT TOWN"), longer ones have a known first or last word or a
#: particle ("SALT LAKE CITY", "RIO DE JANEIRO"); long capital runs are subheads.
MIN_WORDS_NEEDING_SHAPE = 3

#: The longest bare place: "ST. LOUIS PARK", "LA CANADA FLINTRIDGE" have three words, "PORT OF
#: SPAIN" and "SAN JUAN DEL SUR" four; five capital words before a dash are a subhead.
MAX_BARE_PLACE_WORDS = 4

#: How far into the body to look for the first word's capital ("iPhone", "eBay").
MAX_WORD_PROBE = 24

#: Before a date with no agency, a place of up to this many words needs only its first word
#: capitalised: Reuters-21578 has "San jose, march 18 -" and "La paz, march 18 -".
LOOSE_PLACE_WORDS = 2

#: The longest dateline read, in characters. The longest real ones ("KYIV/KHARKIV, Ukraine,
#: March 3 (Reuters) -", "(PressMediaWire) NEW YORK, Jan. 7 --") have under 60; the pattern
#: only looks this far, so a paragraph of a million capitals costs no more than a short one.
MAX_DATELINE_CHARS = 240

#: What :func:`split_dateline` returns for a paragraph without a dateline.
_NO_DATELINE = (None, 0)


def split_dateline(text: str, reference_date: dt.date | None = None) -> tuple[Dateline | None, int]:
    """Find the dateline at the start of ``text``, a story's first paragraph.

    Returns the :class:`~articlekit.model.Dateline` (or ``None``) and the offset in ``text``
    where the body starts, after the dash and the spaces that follow it (``0`` when there is
    no dateline). The date's year is the one nearest ``reference_date``; without a reference
    date the date is ``None``.

    >>> from articlekit.dateline import split_dateline
    >>> dateline, offset = split_dateline("WASHINGTON — The United States said ...")
    >>> dateline.location, "WASHINGTON — The United States said ..."[offset:]
    ('WASHINGTON', 'The United States said ...')
    """
    if not text or not (text[0].isalnum() or text[0] == "("):
        return _NO_DATELINE
    if "\xa0" in text[:MAX_DATELINE_CHARS]:  # after the dash: same length, offsets hold
        text = text[:MAX_DATELINE_CHARS].replace("\xa0", " ") + text[MAX_DATELINE_CHARS:]
    match = DATELINE_RE.match(text, 0, MAX_DATELINE_CHARS)
    if match is None:
        return _NO_DATELINE
    if _is_leading_agency(match):
        return _split_after_leading_agency(text, match, reference_date)
    return _split_at(text, match, reference_date)


def _split_at(
    text: str, match: re.Match[str], reference_date: dt.date | None
) -> tuple[Dateline | None, int]:
    """The dateline that ``match`` found, if its parts make one."""
    if not _is_dateline(match, text):
        return _NO_DATELINE
    return _build(text, match, reference_date), match.end()


def _agency(match: re.Match[str]) -> str | None:
    return match.group("agency") or match.group("slashagency") or match.group("agencyafter")


def _is_leading_agency(match: re.Match[str]) -> bool:
    """True for an agency with no place or date: "(CNN)The", or one before the place:
    "(PressMediaWire) NEW YORK, Jan. 7 --", "(Multichannel News) _ Washington --"."""
    return (
        match.group("location") is None
        and match.group("date") is None
        and match.group("agency") is not None
    )


def _is_dateline(match: re.Match[str], text: str) -> bool:
    location = match.group("location")
    agency = _agency(match)
    if agency is not None and not _is_agency_name(agency, match):
        return False
    if not _tail_fits(match, agency, text):
        return False
    if location is None:  # "Nov 3 (Reuters) -", "(Bloomberg) --", "Feb. 23, 2015 --"
        dated = match.group("year") is not None
        return (agency is not None or dated) and match.group("datenodash") is None
    return _is_place_start(location) and _place_fits(match, location, agency, text)


def _tail_fits(match: re.Match[str], agency: str | None, text: str) -> bool:
    """A colon needs a known agency before it ("(AFP):") or a known news centre ("NEW DELHI:";
    "TAPPER:" is a transcript's speaker, "Torque (Nom./Max.):" a table); text with no dash
    needs a date before it; a hyphen with no space before it ("KASSEL, West Germany,
    March 26- ") a date, an agency or capitals, and one with no space after it either must
    end the paragraph ("MONTREAL, Feb 26-", not where the pattern stopped looking) after a
    date or an agency."""
    if match.group("colon") is not None:
        location = match.group("location")
        named = location is not None and _place_words_text(location) in COLON_DATELINE_CITIES
        return agency in NEWS_AGENCIES or (agency is None and named)
    if match.group("datenodash") is not None:
        return match.group("date") is not None
    if match.group("dash2") is not None:  # "WASHINGTON- The" yes, "Maria- Hertfordshire" no
        location = match.group("location")
        strong = match.group("date") is not None or agency is not None
        if match.end() == match.end("dash2"):  # nothing after the dash
            return strong and match.end() == len(text)
        return strong or (location is not None and _is_capitals_place(location))
    return True


def _place_fits(match: re.Match[str], location: str, agency: str | None, text: str) -> bool:
    """Whether the place looks enough like one for the evidence around it."""
    if match.group("datenodash") is not None:  # "LONDON, Jan. 10 British actor"
        return _is_capitals_place(location) and _body_starts_well(text, match.end())
    if match.group("nodash") is not None:  # "WASHINGTON (AP) Congress", "Atlanta (CNN)The"
        # A region or a date makes a capitalised place enough: "Bowling Green, Kentucky
        # (CNN)A man", "Thiruvananthapuram, Mar 3 (PTI) The".
        strong = "," in location or match.group("date") is not None
        strict = _is_capitalised_place(location, strict=True)
        return _is_bare_place(location) or (strong and strict)
    if match.group("date") is not None or agency is not None:
        return _is_capitalised_place(location, strict=agency is not None)
    return _is_bare_place(location) and _body_starts_well(text, match.end())


def _is_capitals_place(location: str) -> bool:
    words = _place_words(location)
    return all(_is_capitals(word) or word.lower() in PLACE_PARTICLES for word in words) and any(
        _is_capitals(word) for word in words
    )


def _is_agency_name(agency: str, match: re.Match[str]) -> bool:
    """An agency in parentheses: a known one, or a name with a capital ("eCanadaNow") followed
    by a dash; not a party and state ("Sen. Ted Cruz (R-Texas) —")."""
    if agency in NEWS_AGENCIES:
        return True
    if match.group("nodash") is not None or PARTY_LABEL_RE.match(agency):
        return False
    return any(char.isupper() for char in agency)


def _is_place_start(location: str) -> bool:
    """A place does not start with a label or a function word ("UPDATE", "By"), nor with a
    mixed-case "The" ("The Palestinian National Authority (PNA)"); "THE HAGUE" is a place."""
    first = location.split(None, 1)[0].rstrip(",")
    if first.lower().rstrip(".") in NOT_PLACE_WORDS:
        return False
    return first != "The" or location.startswith("The Hague")


def _place_words_text(location: str) -> str:
    """The place proper in lower case: "NEW DELHI, India" -> "new delhi"."""
    return " ".join(_place_words(location)).lower()


def _place_words(location: str) -> list[str]:
    """The words of the place proper, before any region: "KYIV/KHARKIV, Ukraine" -> 2 words."""
    place = location.split(",", 1)[0].split(" [", 1)[0]  # "New Delhi [India]" -> New Delhi
    return place.replace("/", " ").split()


def _is_capitalised_place(location: str, *, strict: bool) -> bool:
    """A place before a date or agency: capitalised words (particles aside). Reuters-21578
    writes "San jose, march 18": before a date alone a place of two words needs only its
    first capitalised ("Submitted by vf2nsr on November 12, 2012 -" is not a place)."""
    words = _place_words(location)
    if not words[0][0].isupper():
        return False
    if not strict and len(words) <= LOOSE_PLACE_WORDS:
        return True
    return all(word[0].isupper() or word.lower() in PLACE_PARTICLES for word in words)


def _is_bare_place(location: str) -> bool:
    """A place with nothing but a dash after it must look like a place on its own: capitals
    or a mixed-case city name, and three words or more only when shaped like a city name
    ("SALT LAKE CITY", "RIO DE JANEIRO"; not a subhead like "QUESTIONABLE MEDICAL CLAIMS —")."""
    words = _place_words(location)
    if not _regions_capitalised(location) or not _is_city_shaped(words):
        return False
    return _is_capitals_place(location) or _is_mixed_case_place(words)


def _is_city_shaped(words: list[str]) -> bool:
    if len(words) < MIN_WORDS_NEEDING_SHAPE:
        return True
    if len(words) > MAX_BARE_PLACE_WORDS:
        return False
    lowered = [word.lower() for word in words]
    return (
        lowered[0] in CITY_PREFIXES
        or lowered[-1] in CITY_SUFFIXES
        or any(word in PLACE_PARTICLES for word in lowered[1:-1])
    )


def _is_capitals(word: str) -> bool:
    """An all-capitals word of two letters or more ("WASHINGTON", "ST.", "D'ALENE")."""
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _regions_capitalised(location: str) -> bool:
    regions = location.split(",")[1:]
    return all(region.strip()[:1].isupper() for region in regions)


def _is_mixed_case_place(words: list[str]) -> bool:
    """Tell a mixed-case place ("Washington", "Colombo", "New York", "Rio de Janeiro"): one
    capitalised word, or a few whose first or last word is a known part of city names."""
    if not all(word[0].isupper() or word in PLACE_PARTICLES for word in words):
        return False
    if len(words) == 1:
        return True
    if len(words) > MAX_MIXED_CASE_PLACE_WORDS:
        return False
    return words[0].lower() in MIXED_CASE_CITY_PREFIXES or words[-1].lower() in CITY_SUFFIXES


def _body_starts_well(text: str, offset: int) -> bool:
    """After a bare place and dash the body starts like a sentence, not in lower case
    ("NATO — the alliance — said"); a word with a capital inside counts ("iPhone")."""
    first = text[offset : offset + 1]
    if not first or not first.islower():
        return True
    word = text[offset : offset + MAX_WORD_PROBE].split(" ", 1)[0]
    return any(char.isupper() for char in word)


def _build(text: str, match: re.Match[str], reference_date: dt.date | None) -> Dateline:
    location = match.group("location")
    date = None
    if match.group("date") is not None:  # the date's groups are MONTH_DAY_RE's own
        date = date_from_match(match, reference_date)
    return Dateline(
        text=text[: match.end()].rstrip(),
        location=_clean_location(location, match),
        agency=_agency(match),
        date=date,
    )


def _clean_location(location: str | None, match: re.Match[str]) -> str | None:
    """The place as written, without the comma or the full stop that separates it from the
    date ("MOSCOW. March 3 (Interfax)"); "NAPLES, Fla." and "ST. LOUIS" keep theirs."""
    if location is None:
        return None
    location = location.rstrip(" ,")
    last = location.rsplit(" ", 1)[-1]
    separator_stop = "," not in location and _is_capitals(last) and "." not in last[:-1]
    if match.group("date") is not None and last.endswith(".") and separator_stop:
        return location[:-1]
    return location


def _split_after_leading_agency(
    text: str, match: re.Match[str], reference_date: dt.date | None
) -> tuple[Dateline | None, int]:
    """Read an agency first, then a dateline with a place ("(PressMediaWire) NEW YORK, Jan. 7
    --") or the story itself ("(CNN)The"). One level only: "(AP) (AP) ..." is one agency."""
    inner_match = DATELINE_RE.match(text, match.end(), match.end() + MAX_DATELINE_CHARS)
    if inner_match is not None and not _is_leading_agency(inner_match):
        inner, end = _split_at(text, inner_match, reference_date)  # its text starts at 0
        if inner is not None and inner.location is not None and inner.agency is None:
            return attrs.evolve(inner, agency=_agency(match)), end
    return _split_at(text, match, reference_date)
