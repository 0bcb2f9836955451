"""Expected-output cases: every ``seeds/NAME.txt`` beside a ``NAME.json`` parses to exactly it.

To add a case, write the text, run ``articlekit seeds/NAME.txt > seeds/NAME.json``, read the
JSON line by line, and correct it by hand where the library is wrong (the test then fails until
the library is right).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articlekit import parse_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CASES = sorted(path for path in SEEDS.glob("*.txt") if path.with_suffix(".json").exists())


def test_there_are_cases() -> None:
    assert len(CASES) >= 7


@pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
def test_case(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    article = parse_text(path.read_bytes())
    assert article.to_dict() == expected
