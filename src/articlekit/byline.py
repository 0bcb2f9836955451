"""Bylines: "By Jane Doe, Associated Press" on a line of its own, or glued before a dateline.

A byline is "By" (or "BY", "By:"), one or more names joined by commas, "and" or "&", and
optionally an affiliation or a role after a comma, pipe, slash or dash ("Associated Press",
"AP Business Writer", "Reuters"). Without "By", a block is a byline only when a role word
makes it unambiguous ("Jane Doe, Staff Writer"). Names written in capitals ("JANE DOE") are
given in normal case in :func:`parse_byline`'s authors ("Jane Doe"); other names as written.
"""

from __future__ import annotations

import re

from articlekit.dateline import MAX_DATELINE_CHARS, split_dateline
from articlekit.lexicon import (
    BYLINE_BY_RE,
    BYLINE_LETTER_RUN_RE,
    BYLINE_NAME_PARTICLES,
    BYLINE_NAME_SUFFIXES,
    BYLINE_ROLE_WORDS,
    BYLINE_SEPARATOR_RE,
    BYLINE_STRONG_ROLE_WORDS,
    CITY_PREFIXES,
    CITY_SUFFIXES,
    NEWS_AGENCIES,
    PAGE_BYLINE_COMMENT_COUNT_RE,
    PAGE_BYLINE_DATE_LEAD_RE,
    PAGE_BYLINE_DATE_TAIL_RE,
    PAGE_BYLINE_HANDLE_RE,
    PAGE_BYLINE_LEAD_RE,
    PAGE_DATE_LINE_RE,
    PAGE_DAY_RE,
    PLACE_END_RE,
    PLACE_PARTICLES,
)

__all__ = ["parse_byline", "split_leading_byline"]

#: The longest block read as a byline: four names and an affiliation fit; a sentence that
#: starts with "By" ("By Tuesday the city had ...") is usually longer.
MAX_BYLINE_CHARS = 160

#: Words in a personal name: "Jane Doe" has two, "Mary Clare Jalonick" three, "Oscar de la
#: Hoya Jr." five. One word is a surname or a word, not a byline name.
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 5

#: The most words of the role in a byline without "By" ("Senior Political Correspondent").
MAX_UNPREFIXED_ROLE_WORDS = 5

#: The most words an affiliation after the names may have ("Associated Press Business Writer").
MAX_AFFILIATION_WORDS = 8

#: Words that are never part of a personal name in a byline: role words and the function
#: words of affiliations ("For The Associated Press").
_NOT_NAME_WORDS = BYLINE_ROLE_WORDS | {"for", "the", "of", "and", "by", "with", "from", "in", "at"}

#: What stands between a name and the date in a byline without "By" ("Jane Doe on March 3,
#: 2024"; the other form has "|"): without either, the pattern is not tried.
_SEPARATED_DATE = " on "

#: The separators that join two names.
_AND = frozenset(("and", "&", ", and"))

_AGENCY_NAMES = frozenset(name.lower() for name in NEWS_AGENCIES) | {
    "the associated press",
    "staff",
    "staff reports",
    "wire reports",
    "wire services",
}


def parse_byline(text: str) -> tuple[str, tuple[str, ...]] | None:
    """Read a whole block as a byline: return (the byline as written, the authors) or ``None``.

    >>> from articlekit.byline import parse_byline
    >>> parse_byline("By JANE DOE and JOHN ROE, Associated Press")
    ('By JANE DOE and JOHN ROE, Associated Press', ('Jane Doe', 'John Roe'))
    >>> parse_byline("Jane Doe, Staff Writer")
    ('Jane Doe, Staff Writer', ('Jane Doe',))
    >>> parse_byline("By Tuesday, the city had run out of water.") is None
    True
    """
    byline = text.strip()
    if not byline or len(byline) > MAX_BYLINE_CHARS:
        return None
    count = PAGE_BYLINE_COMMENT_COUNT_RE.search(byline)
    if count is not None:  # "... by Jane Doe · 2 comments": the count is no part of it
        counted = parse_byline(byline[: count.start()])
        return None if counted is None else (byline, counted[1])
    date_lead = _date_lead(byline)
    lead = PAGE_BYLINE_LEAD_RE.match(byline) or date_lead
    by = BYLINE_BY_RE.match(byline, lead.end() if lead else 0)
    if by is None:
        dated = _dated_names(byline, handle=False) if _SEPARATED_DATE in byline else None
        if dated is None and "|" in byline:
            dated = _dated_names(byline, handle=False)
        return _parse_unprefixed(byline) if dated is None else (byline, dated)
    parsed = _names_and_affiliation(byline[by.end() :])
    if parsed is None:
        rest = byline[by.end() :].strip()
        if date_lead is not None and PAGE_BYLINE_HANDLE_RE.fullmatch(rest):
            return byline, (rest,)  # "August 25th, 2012 by jdoe": dated already
        dated = _dated_names(rest)
        return None if dated is None else (byline, dated)
    return byline, tuple(_normal_case(name) for name in parsed[0])


def _date_lead(byline: str) -> re.Match[str] | None:
    """The post's date before "by" ("August 25th, 2012 by Jane Doe"), or ``None``."""
    if " by " not in byline.casefold():
        return None
    lead = PAGE_BYLINE_DATE_LEAD_RE.match(byline)
    if lead is None or PAGE_DATE_LINE_RE.fullmatch(lead.group(1)) is None:
        return None
    return lead if PAGE_DAY_RE.search(lead.group(1)) else None  # a day, not a year alone


def _dated_names(rest: str, handle: bool = True) -> tuple[str, ...] | None:
    """The authors of a web page's byline that ends with the post's date or time ("Jane Doe
    on November 13, 2012", "Jon Fingas posted Nov 13th 2012 1:55PM", "randfish on December
    29, 2010"): the names, or with ``handle`` (after "by") a lone user name, before the first
    date; ``None`` without one."""
    for tail in PAGE_BYLINE_DATE_TAIL_RE.finditer(rest):
        head = rest[: tail.start()].strip()
        if not head or PAGE_DATE_LINE_RE.fullmatch(rest[tail.end() :].strip()) is None:
            continue
        if not handle:  # a name alone, not in capitals, with "on" or "|" before the date
            separated = tail.group().strip().lower() in {"on", "|"}  # "NEW YORK, Feb 26" is not
            return (head,) if separated and not head.isupper() and _is_name(head) else None
        if PAGE_BYLINE_HANDLE_RE.fullmatch(head):
            return (head,)
        parsed = _names_and_affiliation(head)
        if parsed is not None and parsed[0]:
            return tuple(_normal_case(name) for name in parsed[0])
        return None
    return None


def _parse_unprefixed(byline: str) -> tuple[str, tuple[str, ...]] | None:
    """ "Jane Doe, Staff Writer": one name, a comma and a role with a strong role word (or an
    agency). Headlines in Title Case and photo credits ("Jim Urquhart / Reuters.") are not."""
    name, comma, role = byline.partition(", ")
    words = role.split()
    if not comma or not _is_name(name) or not words or len(words) > MAX_UNPREFIXED_ROLE_WORDS:
        return None
    if role.endswith(".") or not all(word[0].isupper() or word in {"of", "for", "the", "and"}
                                     for word in words):  # fmt: skip
        return None
    strong = any(word.lower() in BYLINE_STRONG_ROLE_WORDS for word in words)
    if not strong and role.lower() not in _AGENCY_NAMES:
        return None
    return byline, (_normal_case(name),)


def _names_and_affiliation(rest: str) -> tuple[list[str], str] | None:
    """Split "JANE DOE and JOHN ROE, Associated Press" into names and the affiliation."""
    parts = BYLINE_SEPARATOR_RE.split(rest.strip())
    if rest.strip().lower() in _AGENCY_NAMES:  # "By The Associated Press"
        return [], rest.strip()
    authors: list[str] = []
    for index in range(0, len(parts), 2):
        part = parts[index]
        if _is_name(part):
            authors.append(part)
            continue
        separator = parts[index - 1].strip().lower() if index else ""
        affiliation = "".join(parts[index:])
        if authors and separator not in _AND and _is_affiliation(affiliation, separator):
            return authors, affiliation  # "..., Associate NFL Editor"
        name, role = _split_name_role(part)
        if name:  # "JOSH BOAK AP Economics Writer": the last name, then the role
            return [*authors, name], role
        if not authors or not _is_affiliation(affiliation, separator):
            return None
        return authors, affiliation
    return (authors, "") if authors else None


def _split_name_role(part: str) -> tuple[str, str]:
    """Split a name followed by a role with no separator ("JOSH BOAK AP Economics Writer"),
    or return two empty strings."""
    words = part.split()
    for end in range(min(len(words) - 1, MAX_NAME_WORDS), MIN_NAME_WORDS - 1, -1):
        name, role = " ".join(words[:end]), " ".join(words[end:])
        if _is_name(name) and _is_affiliation(role, "") and _is_role(role):
            return name, role
    return "", ""


def _is_affiliation(affiliation: str, separator: str) -> bool:
    """What follows the names: capitalised, short, and after "and" only an agency ("By Jane
    Doe and The Associated Press")."""
    words = affiliation.split()
    if not words or len(words) > MAX_AFFILIATION_WORDS or not words[0][0].isupper():
        return False
    if any(char.isdigit() for char in affiliation):  # "2 hours, 23 minutes ago" is not one
        return False
    if separator in _AND:
        return affiliation.lower() in _AGENCY_NAMES
    return not affiliation.endswith((".", "!", "?")) or _is_role(affiliation)


def _is_role(affiliation: str) -> bool:
    words = affiliation.lower().replace(".", " ").split()
    return any(word in BYLINE_ROLE_WORDS for word in words) or affiliation.lower() in _AGENCY_NAMES


def _is_name(part: str) -> bool:
    """A personal name: two to five capitalised words or initials, particles inside, an
    optional suffix; no role words ("Staff Writer") and no agency ("Associated Press")."""
    words = part.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS:
        return False
    if words[-1].lower() in BYLINE_NAME_SUFFIXES:
        words = words[:-1]
    if len(words) < MIN_NAME_WORDS or not _is_name_word(words[0]) or not _is_name_word(words[-1]):
        return False
    if any(word.lower().strip(".") in _NOT_NAME_WORDS for word in words):
        return False
    return all(_is_name_word(word) or word in BYLINE_NAME_PARTICLES for word in words[1:-1])


def _is_name_word(word: str) -> bool:
    """ "Jane", "DOE", "O'Neil", "Smith-Jones", "J.", "J.R."."""
    if not word[0].isupper():
        return False
    core = word.rstrip(".")
    return all(char.isalpha() or char in "'’-." for char in core) and any(
        char.isalpha() for char in core
    )


def _normal_case(name: str) -> str:
    """ "JANE DOE" -> "Jane Doe", "PATRICK O'NEIL" -> "Patrick O'Neil"; "Jane Doe" as written."""
    letters = [char for char in name if char.isalpha()]
    if not letters or not all(char.isupper() for char in letters):
        return name
    return " ".join(_title_word(word) for word in name.split())


def _title_word(word: str) -> str:
    if len(word.rstrip(".")) <= 1 or "." in word.rstrip("."):  # initials: "J.", "J.R."
        return word
    if word.lower() in BYLINE_NAME_SUFFIXES and word.upper().rstrip(".") in {"II", "III", "IV"}:
        return word
    titled = BYLINE_LETTER_RUN_RE.sub(lambda match: match.group(0).capitalize(), word)
    if titled.startswith("Mc") and len(titled) > 3:
        titled = "Mc" + titled[2:].capitalize()
    return titled


def split_leading_byline(text: str) -> tuple[str, tuple[str, ...], int] | None:
    """Cut a byline glued before a dateline off a first paragraph.

    Returns (the byline as written, the authors, the offset in ``text`` where the dateline
    starts), or ``None`` when ``text`` does not open with "By" and names followed by a
    dateline.

    >>> from articlekit.byline import split_leading_byline
    >>> text = "By JANE DOE and JOHN ROE NEW YORK (AP) — Stocks fell."
    >>> byline, authors, offset = split_leading_byline(text)
    >>> byline, authors, text[offset:]
    ('By JANE DOE and JOHN ROE', ('Jane Doe', 'John Roe'), 'NEW YORK (AP) — Stocks fell.')
    """
    by = BYLINE_BY_RE.match(text)
    if by is None:
        return None
    candidates = [start for start in _word_starts(text, by.end()) if _dateline_at(text, start)]
    for start in _preferred(text, by.end(), candidates):
        parsed = parse_byline(text[:start].rstrip(" ,"))
        if parsed is not None and parsed[1]:
            return parsed[0], parsed[1], start
    return None


def _word_starts(text: str, start: int) -> list[int]:
    """Offsets of the words after the first two (a name has two words at least), up to the
    length of a byline."""
    starts = [match.start() for match in re.finditer(r"(?<= )\S", text[:MAX_BYLINE_CHARS])]
    return [offset for offset in starts if offset > start][1:]


def _dateline_at(text: str, start: int) -> bool:
    dateline, _ = split_dateline(text[start : start + MAX_DATELINE_CHARS])
    return dateline is not None and dateline.location is not None


def _preferred(text: str, by_end: int, candidates: list[int]) -> list[int]:
    """Order the places where the dateline may start: first where the case changes and the
    place looks whole ("By Tom Ashby ABUJA"; "By Jane Doe CNN WASHINGTON" starts at
    WASHINGTON), then where the place looks whole ("NEW YORK", not "YORK"), then where the
    case changes, then the rest from the left."""
    case_change = [start for start in candidates if _case_changes_at(text, by_end, start)]
    whole = [start for start in candidates if _place_is_whole(text, start)]
    both = [start for start in case_change if start in whole]
    ordered = both + whole + case_change + candidates
    return list(dict.fromkeys(ordered))


def _case_changes_at(text: str, by_end: int, start: int) -> bool:
    before = text[by_end:start].split()
    after = text[start:].split(None, 1)[0]
    return _is_upper(after) and not _is_upper(before[-1])


def _is_upper(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters)


#: Words that start a longer place name ("NEW" of "NEW YORK", "DE" of "DE MOINES").
_PLACE_LEADS = CITY_PREFIXES | PLACE_PARTICLES


def _place_is_whole(text: str, start: int) -> bool:
    """The place starting here is not the tail of a longer one: the word before it is not the
    first part of a city name ("NEW" of "NEW YORK"), and a place of several words starts or
    ends like a city name."""
    before = text[:start].split()
    if before and before[-1].lower() in _PLACE_LEADS:
        return False
    place = PLACE_END_RE.split(text[start:], maxsplit=1)[0].split()
    if len(place) <= 1:
        return True
    return place[0].lower() in CITY_PREFIXES or place[-1].lower() in CITY_SUFFIXES
