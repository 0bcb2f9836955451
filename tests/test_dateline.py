"""split_dateline: every form of issue 4, the non-forms, dates, offsets and the real cases."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from articlekit.byline import split_leading_byline
from articlekit.dateline import split_dateline
from articlekit.model import Dateline

REFERENCE = dt.date(2024, 3, 5)
CASES_FILE = Path(__file__).parent / "cases" / "datelines" / "real.jsonl"

# (opening, dateline text, location, agency, date, body start)
FORMS: list[tuple[str, str, str | None, str | None, dt.date | None, str]] = [
    # The seed.
    (
        "WASHINGTON — The United States is still deciding how many troops to keep in Iraq.",
        "WASHINGTON —", "WASHINGTON", None, None, "The United States",
    ),
    # Newspapers.
    ("NAPLES, Fla. — A man was arrested on Tuesday.", "NAPLES, Fla. —", "NAPLES, Fla.", None, None,
     "A man"),
    ("SAN FRANCISCO - The city's mayor said ...", "SAN FRANCISCO -", "SAN FRANCISCO", None, None,
     "The city's"),
    ("CHICAGO -- Police said two men were shot.", "CHICAGO --", "CHICAGO", None, None, "Police"),
    ("CHICAGO--Something happened downtown.", "CHICAGO--", "CHICAGO", None, None, "Something"),
    ("LONDON—The engines on a British Airways plane", "LONDON—", "LONDON", None, None, "The"),
    ("PALM DESERT – When the dust settled", "PALM DESERT –", "PALM DESERT", None, None, "When"),
    ("WASHINGTON ― After bragging for a year", "WASHINGTON ―", "WASHINGTON", None, None, "After"),
    ("CHAPEL HILL, N.C. --- Top-ranked North Carolina", "CHAPEL HILL, N.C. ---",
     "CHAPEL HILL, N.C.", None, None, "Top-ranked"),
    ("ST. LOUIS — Presumptive Republican nominee", "ST. LOUIS —", "ST. LOUIS", None, None,
     "Presumptive"),
    ("THE HAGUE, Netherlands – Judges in the war crimes trial", "THE HAGUE, Netherlands –",
     "THE HAGUE, Netherlands", None, None, "Judges"),
    ("Washington - The United States is considering", "Washington -", "Washington", None, None,
     "The United"),
    ("KATHMANDU: Lukla Airport, the gateway", "KATHMANDU:", "KATHMANDU", None, None, "Lukla"),
    ("NEW DELHI: Union Communications Minister A. Raja", "NEW DELHI:", "NEW DELHI", None, None,
     "Union"),
    ("New York - The city said", "New York -", "New York", None, None, "The city"),
    # AP.
    ("SPRINGFIELD, Ill. (AP) — Illinois lawmakers", "SPRINGFIELD, Ill. (AP) —",
     "SPRINGFIELD, Ill.", "AP", None, "Illinois"),
    ("COLUMBIA, S.C. (AP) — The Latest on the primary", "COLUMBIA, S.C. (AP) —", "COLUMBIA, S.C.",
     "AP", None, "The Latest"),
    ("ANCHORAGE, Alaska (AP) — Most of the 30 bald eagles", "ANCHORAGE, Alaska (AP) —",
     "ANCHORAGE, Alaska", "AP", None, "Most"),
    ("DES MOINES, Iowa (AP) — Iowa voters", "DES MOINES, Iowa (AP) —", "DES MOINES, Iowa", "AP",
     None, "Iowa voters"),
    ("HAMBURG, GERMANY (AP) _ A ship ran aground", "HAMBURG, GERMANY (AP) _", "HAMBURG, GERMANY",
     "AP", None, "A ship"),
    ("HONOLULU _ South Korean golfer Choi Kyung-ju", "HONOLULU _", "HONOLULU", None, None,
     "South Korean"),
    ("WASHINGTON (AP) Congress is asking", "WASHINGTON (AP)", "WASHINGTON", "AP", None, "Congress"),
    ("TORONTO (AP) -Raptors guard T.J. Ford", "TORONTO (AP) -", "TORONTO", "AP", None, "Raptors"),
    ("GAZA CITY, Gaza Strip, (AP) - Israeli tanks", "GAZA CITY, Gaza Strip, (AP) -",
     "GAZA CITY, Gaza Strip", "AP", None, "Israeli"),
    # Reuters.
    ("LONDON, March 3 (Reuters) - Britain's economy", "LONDON, March 3 (Reuters) -", "LONDON",
     "Reuters", dt.date(2024, 3, 3), "Britain's"),
    ("KYIV/KHARKIV, Ukraine, March 3 (Reuters) - Russian forces",
     "KYIV/KHARKIV, Ukraine, March 3 (Reuters) -", "KYIV/KHARKIV, Ukraine", "Reuters",
     dt.date(2024, 3, 3), "Russian"),
    ("Nov 3 (Reuters) - Shares rose", "Nov 3 (Reuters) -", None, "Reuters", dt.date(2023, 11, 3),
     "Shares"),
    ("SALVADOR, Feb 26 - Brazil's sugar crop", "SALVADOR, Feb 26 -", "SALVADOR", None,
     dt.date(2024, 2, 26), "Brazil's"),
    ("WASHINGTON, March 25, Reuter - The Senate", "WASHINGTON, March 25, Reuter -", "WASHINGTON",
     None, dt.date(2024, 3, 25), "The Senate"),
    ("Caracas, feb 26 - venezuela is seeking", "Caracas, feb 26 -", "Caracas", None,
     dt.date(2024, 2, 26), "venezuela"),
    # AFP, Xinhua, UPI, Bloomberg, CNN and others.
    ("PARIS (AFP) - France said", "PARIS (AFP) -", "PARIS", "AFP", None, "France"),
    ("BEIJING, Nov. 24 (Xinhua) -- China will", "BEIJING, Nov. 24 (Xinhua) --", "BEIJING", "Xinhua",
     dt.date(2023, 11, 24), "China"),
    ("BRISBANE, Australia, Jan. 1(Xinhua) -- An Australian",
     "BRISBANE, Australia, Jan. 1(Xinhua) --", "BRISBANE, Australia", "Xinhua",
     dt.date(2024, 1, 1), "An Australian"),
    ("June 3 (UPI) -- The Senate voted", "June 3 (UPI) --", None, "UPI", dt.date(2024, 6, 3),
     "The Senate"),
    ("(Bloomberg) -- Stocks fell", "(Bloomberg) --", None, "Bloomberg", None, "Stocks"),
    ("Washington (CNN) -- The White House", "Washington (CNN) --", "Washington", "CNN", None,
     "The White"),
    ("(CNN)The president said", "(CNN)", None, "CNN", None, "The president"),
    ("New Delhi (AFP) - India's government", "New Delhi (AFP) -", "New Delhi", "AFP", None,
     "India's"),
    ("NEW YORK, USA (AFP): Three of the world's", "NEW YORK, USA (AFP):", "NEW YORK, USA", "AFP",
     None, "Three"),
    ("Naciriya, 2 Jan. (AKI) - Al-Qaeda in the Islamic Maghreb", "Naciriya, 2 Jan. (AKI) -",
     "Naciriya", "AKI", dt.date(2024, 1, 2), "Al-Qaeda"),
    ("LAS VEGAS, Jan. 8 /PRNewswire/ -- LG Electronics", "LAS VEGAS, Jan. 8 /PRNewswire/ --",
     "LAS VEGAS", "PRNewswire", dt.date(2024, 1, 8), "LG"),
    ("LAS VEGAS --(Business Wire)-- Today at the show", "LAS VEGAS --(Business Wire)--",
     "LAS VEGAS", "Business Wire", None, "Today"),
    ("(PressMediaWire) NEW YORK, Jan. 7 -- As part of", "(PressMediaWire) NEW YORK, Jan. 7 --",
     "NEW YORK", "PressMediaWire", dt.date(2024, 1, 7), "As part"),
    ("Dec 27 (Reuters Life!) - Hollywood actress", "Dec 27 (Reuters Life!) -", None,
     "Reuters Life!", dt.date(2023, 12, 27), "Hollywood"),
    ("OSLO, Dec. 10 — He has said it again", "OSLO, Dec. 10 —", "OSLO", None,
     dt.date(2023, 12, 10), "He has"),
    ("LONDON, Jan. 10 British actor John Cleese", "LONDON, Jan. 10", "LONDON", None,
     dt.date(2024, 1, 10), "British"),
    ("Feb. 23, 2015 -- Life-threatening peanut allergies", "Feb. 23, 2015 --", None, None,
     dt.date(2015, 2, 23), "Life-threatening"),
    ("New Delhi [India], Mar 3 (ANI): The government", "New Delhi [India], Mar 3 (ANI):",
     "New Delhi [India]", "ANI", dt.date(2024, 3, 3), "The government"),
    ("Madrid, Mar 3 (EFE).- The Spanish government", "Madrid, Mar 3 (EFE).-", "Madrid", "EFE",
     dt.date(2024, 3, 3), "The Spanish"),
    ("MOSCOW, March 3. /TASS/. Russia's foreign minister", "MOSCOW, March 3. /TASS/.", "MOSCOW",
     "TASS", dt.date(2024, 3, 3), "Russia's"),
    ("MOSCOW. March 3 (Interfax) - Russia's central bank", "MOSCOW. March 3 (Interfax) -",
     "MOSCOW", "Interfax", dt.date(2024, 3, 3), "Russia's"),
    ("Thiruvananthapuram, Mar 3 (PTI) The Kerala government", "Thiruvananthapuram, Mar 3 (PTI)",
     "Thiruvananthapuram", "PTI", dt.date(2024, 3, 3), "The Kerala"),
    ("(ANSA) - Rome, March 3 - Italy's government", "(ANSA) - Rome, March 3 -", "Rome", "ANSA",
     dt.date(2024, 3, 3), "Italy's"),
    ("NEW YORK, March 3, 2020 /PRNewswire/ -- Acme Corp. today announced",
     "NEW YORK, March 3, 2020 /PRNewswire/ --", "NEW YORK", "PRNewswire", dt.date(2020, 3, 3),
     "Acme"),
    ("Bowling Green, Kentucky (CNN)A man was arrested", "Bowling Green, Kentucky (CNN)",
     "Bowling Green, Kentucky", "CNN", None, "A man"),
    ("WASHINGTON — iPhone sales fell", "WASHINGTON —", "WASHINGTON", None, None, "iPhone"),
]  # fmt: skip

NOT_DATELINES = [
    "NATO — the alliance — said on Tuesday that it would send more troops.",
    "U.S. and Iraq have not yet agreed on how many troops will stay.",
    "ISIS may not hold much territory, but it is not defeated.",
    "WASHINGTON STATE officials said the fire was contained.",
    "washington — the city said on Monday that it would appeal.",
    "The president — who had been in office for a week — said nothing.",
    "“WE WILL WIN,” the crowd chanted — and then it rained.",
    '"NOBODY KNOWS," — he said, and left.',
    "David Blunkett - who has resigned as home secretary - built his reputation.",
    "DJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead.",
    "The IAAF - athletics' world governing body - has met anti-doping officials.",
    "THE A-League must be going places - so much so that a club was accused.",
    "ANALYSIS — The war is not over.",
    "UPDATE: 5/12 — The website that originally listed the weapon",
    "Mehmet Oz — Ivy League-trained surgeon and daytime TV star — has been called a charlatan.",
    "The Palestinian National Authority (PNA) will not accept any exceptions.",
    "(after extra-time - score at 90 mins 1-1)",
    "CHICAGO-based Boeing said on Monday it would cut jobs.",
    "AL-QAEDA chief Osama bin Laden has warned Muslims.",
    "RPT --LUDWIGSHAFEN, West Germany, March 30 - BASF AG said",
    "Is the president being naive - or cunning?",
    "-- Justin Leonard moved into position for his second victory.",
    "TAPPER: Welcome back to the show.",
    "QUESTIONABLE MEDICAL CLAIMS — The candidate said",
    "NEW YORK AT ITS CORE— The city",
    "Sen. Ted Cruz (R-Texas) — the senator said",
    "When (TV): Sunday at 9 p.m.",
    "March 3 - The day the music died.",
    "FILE - In this Jan. 3, 2020, file photo, the president speaks.",
    "EDITOR'S NOTE — This story is part of a series.",
    "BUSINESS — Stocks fell on Monday.",
    "Torque (Nom./Max.): 12 Nm",
    "AFA12 Preview of the weekend",
    "Maria- Hertfordshire, England.",
    "New Project – The team released a new version.",
    "Submitted by vf2nsr on November 12, 2012 - Great post",
    "Google News launched on September 22, 2002— The service",
    "",
    "   ",
    "A",
]


@pytest.mark.parametrize("form", FORMS, ids=[form[1] for form in FORMS])
def test_forms(form: tuple[str, str, str | None, str | None, dt.date | None, str]) -> None:
    opening, text, location, agency, date, body = form
    dateline, offset = split_dateline(opening, REFERENCE)
    assert dateline == Dateline(text=text, location=location, agency=agency, date=date)
    assert opening[offset:].startswith(body)
    assert opening[:offset].rstrip() == text


@pytest.mark.parametrize("opening", NOT_DATELINES)
def test_not_datelines(opening: str) -> None:
    assert split_dateline(opening, REFERENCE) == (None, 0)


def test_no_break_space_after_the_dash() -> None:
    opening = "WASHINGTON —\u00a0The United States"
    dateline, offset = split_dateline(opening)
    assert dateline is not None
    assert dateline.location == "WASHINGTON"
    assert opening[offset:] == "The United States"


def test_no_reference_date_means_no_date() -> None:
    dateline, _ = split_dateline("LONDON, March 3 (Reuters) - Britain")
    assert dateline is not None
    assert dateline.date is None


def test_year_nearest_the_reference() -> None:
    dateline, _ = split_dateline("BEIJING, Dec. 30 (Xinhua) -- China", dt.date(2024, 1, 2))
    assert dateline is not None
    assert dateline.date == dt.date(2023, 12, 30)


def test_written_year_is_kept() -> None:
    dateline, _ = split_dateline("BEIJING, Dec. 30, 2007 (Xinhua) -- China", dt.date(2024, 1, 2))
    assert dateline is not None
    assert dateline.date == dt.date(2007, 12, 30)


def test_impossible_day_gives_no_date() -> None:
    dateline, _ = split_dateline("LONDON, Feb 30 (Reuters) - Britain", dt.date(2024, 3, 1))
    assert dateline is not None
    assert dateline.location == "LONDON"
    assert dateline.date is None


def test_dateline_alone() -> None:
    dateline, offset = split_dateline("WASHINGTON (AP) —")
    assert dateline == Dateline(text="WASHINGTON (AP) —", location="WASHINGTON", agency="AP")
    assert offset == len("WASHINGTON (AP) —")


def test_glued_dash_ending_the_paragraph() -> None:
    # Wire results tables: the dateline stands alone above the figures, its dash glued on.
    dateline, offset = split_dateline("MILWAUKEE, Wis., March 2-", REFERENCE)
    assert dateline is not None
    assert (dateline.text, dateline.location) == ("MILWAUKEE, Wis., March 2-", "MILWAUKEE, Wis.")
    assert offset == len("MILWAUKEE, Wis., March 2-")


@pytest.mark.parametrize(
    "opening",
    [
        "WASHINGTON-",  # no date: a word broken at the line's end as often as a dateline
        "LONDON, March 3-year-old plans were dropped.",
        "MOSCOW, March 3-4 talks ended.",
    ],
)
def test_glued_dash_not_ending_the_paragraph(opening: str) -> None:
    assert split_dateline(opening, REFERENCE) == (None, 0)


def test_long_capitalised_run_is_not_a_dateline() -> None:
    text = "ABC " * 5000 + "— the end"
    assert split_dateline(text) == (None, 0)


@pytest.mark.parametrize(
    "text",
    ["A" * 200_000, "AB/" * 50_000, "AB, " * 50_000, "(" + "a" * 200_000, "1" * 200_000,
     "March 3 " * 20_000, "(AP) (AP) " * 20_000, "(X)" * 50_000],
)  # fmt: skip
def test_pathological_openings(text: str) -> None:
    """Long runs that look like the start of a dateline: the pattern reads a bounded window,
    and an agency before a dateline is followed one level only (no recursion)."""
    dateline, offset = split_dateline(text)
    assert offset <= len(text)
    assert dateline is None or len(dateline.text) < 100


def test_import_does_not_import_dateparser() -> None:
    code = "import sys, articlekit.dateline, articlekit.dates; print('dateparser' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def _load_cases() -> list[dict[str, Any]]:
    with CASES_FILE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _case_param(case: dict[str, Any]) -> Any:
    marks = []
    if "known_miss" in case:
        marks.append(pytest.mark.xfail(reason=case["known_miss"], strict=True))
    return pytest.param(case, id=f"{case['source']}:{case['opening'][:30]}", marks=marks)


@pytest.mark.parametrize("case", [_case_param(case) for case in _load_cases()])
def test_real_opening(case: dict[str, Any]) -> None:
    """Openings of real stories (L3S-GN1, PolNeAR), hand-checked: the byline glued before the
    dateline, the dateline, and where the body starts."""
    opening: str = case["opening"]
    reference = case["reference_date"]
    reference_date = dt.date.fromisoformat(reference) if reference else None
    glued = split_leading_byline(opening)
    start = glued[2] if glued else 0
    assert (glued[0] if glued else None) == case.get("byline")
    assert (list(glued[1]) if glued else None) == case.get("authors")
    dateline, offset = split_dateline(opening[start:], reference_date)
    got = None if dateline is None else dateline.to_dict()
    assert got == case["dateline"]
    body_start = start + offset if dateline is not None else 0
    assert opening[body_start:].startswith(case["body"])
